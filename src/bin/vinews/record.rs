//! One JSON Lines input record: its `id`, its `text` (borrowed from the line when it has no
//! escapes) and every other field, kept in input order for the output line's `input`.

use std::borrow::Cow;

use serde::Deserialize;
use serde::de::{Deserializer, Error as _, MapAccess, Visitor};
use serde_json::{Map, Value};

/// The fields of a JSON Lines record, as the line's `Value` gives them ([`Record::of`]).
/// Deserialized straight from the line, `text` is borrowed from it when it has no escapes
/// and no `Value` of the whole line is built; every other field is still parsed as a
/// `Value`, so this succeeds only on lines that `Value` accepts. It fails on anything but
/// an object with a string `text` (then the line is read as a `Value`, which says what is
/// wrong).
#[derive(Debug, PartialEq)]
pub(crate) struct Record<'a> {
    /// `null` when absent.
    pub(crate) id: Value,
    pub(crate) text: Cow<'a, str>,
    /// Every other field (`date` too), in input order; a key given twice keeps its last
    /// value, as in a `Value`.
    pub(crate) fields: Map<String, Value>,
}

impl Record<'_> {
    /// The record of a line read as a `Value`: its fields as `Value::get` gives them;
    /// `None` unless it is an object with a string `text`.
    pub(crate) fn of(v: Value) -> Option<Record<'static>> {
        let Value::Object(mut m) = v else {
            return None;
        };
        let Some(Value::String(text)) = m.shift_remove("text") else {
            return None;
        };
        Some(Record {
            id: m.shift_remove("id").unwrap_or(Value::Null),
            text: Cow::Owned(text),
            fields: m,
        })
    }

    /// The publication date field, when there is one.
    pub(crate) fn date(&self) -> Option<&Value> {
        self.fields.get("date")
    }
}

/// A string, borrowed from the input when it has no escapes.
struct Str<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Str<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Str<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Str<'de>, E> {
                Ok(Str(Cow::Borrowed(s)))
            }
            fn visit_str<E>(self, s: &str) -> Result<Str<'de>, E> {
                Ok(Str(Cow::Owned(s.to_string())))
            }
        }
        d.deserialize_str(V)
    }
}

impl<'de> Deserialize<'de> for Record<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Record<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object with a string \"text\"")
            }
            // A key given twice keeps its last value (in the place of its first), as in a
            // `Value`.
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record<'de>, A::Error> {
                let (mut id, mut text, mut fields) = (Value::Null, None, Map::new());
                while let Some(Str(key)) = map.next_key()? {
                    match &*key {
                        "id" => id = map.next_value()?,
                        "text" => text = Some(map.next_value::<Str>()?.0),
                        _ => {
                            let value = map.next_value::<Value>()?;
                            fields.insert(key.into_owned(), value);
                        }
                    }
                }
                let text = text.ok_or_else(|| A::Error::missing_field("text"))?;
                Ok(Record { id, text, fields })
            }
        }
        d.deserialize_map(V)
    }
}
