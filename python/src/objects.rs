//! The Article as Python objects, written straight from its `Serialize` implementation.
//!
//! `pythonize` makes a new `str` for every field name of every struct (an Article has one
//! small `{"start", "end"}` dict per span, thousands an article), and goes through a
//! `serde_json::Value` when offsets are turned into code points. This serializer keeps one
//! interned `str` per field name for the whole call, and maps `start`/`end` numbers to
//! code points as it writes them, so the objects are built in one pass with no intermediate
//! tree. The result is the same as `json.loads` of the command line's JSON (tested in
//! `tests/test_api.py`).

use std::collections::HashMap;
use std::fmt::Display;

use pyo3::IntoPyObjectExt;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use serde::ser::{self, Serialize};

use crate::CharIndex;

/// An error while building the objects: a Python error, or serde's own (a map key that is
/// not a string).
pub(crate) struct Error(PyErr);

impl From<Error> for PyErr {
    fn from(e: Error) -> PyErr {
        e.0
    }
}

impl From<PyErr> for Error {
    fn from(e: PyErr) -> Error {
        Error(e)
    }
}

impl std::fmt::Debug for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&self.0, f)
    }
}

impl Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Display::fmt(&self.0, f)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Error {
        Error(PyValueError::new_err(msg.to_string()))
    }
}

type Result<T> = std::result::Result<T, Error>;

/// How many distinct short strings one builder keeps, and how long a short one is.
const STRINGS: usize = 4096;
const SHORT: usize = 24;

/// Builds Python objects for one or more values; field names are made once per builder.
pub(crate) struct Objects<'py> {
    py: Python<'py>,
    /// field names and enum variants, one interned `str` each, by their `&'static str`
    fields: HashMap<(usize, usize), Bound<'py, PyString>, foldhash::fast::FixedState>,
    /// map keys and short string values, one `str` each, by content (at most [`STRINGS`]:
    /// an Article's kinds, units and codes repeat; its names and texts rarely)
    strings: HashMap<Box<str>, Bound<'py, PyString>, foldhash::fast::FixedState>,
    /// the next string is a map key
    in_key: bool,
    /// byte offset → code point, when offsets are given in code points
    index: Option<CharIndex>,
    /// the value being written is a `start` or `end` offset
    offset: bool,
}

impl<'py> Objects<'py> {
    pub(crate) fn new(py: Python<'py>) -> Objects<'py> {
        Objects {
            py,
            fields: HashMap::default(),
            strings: HashMap::default(),
            in_key: false,
            index: None,
            offset: false,
        }
    }

    /// The objects of `value`; every `start`/`end` number mapped through `index` if given.
    pub(crate) fn build<T: Serialize + ?Sized>(
        &mut self,
        value: &T,
        index: Option<CharIndex>,
    ) -> PyResult<Bound<'py, PyAny>> {
        self.index = index;
        self.offset = false;
        Ok(value.serialize(&mut *self)?)
    }

    /// The `str` of a field name or variant (static: its address is its identity).
    fn name(&mut self, name: &'static str) -> Bound<'py, PyString> {
        self.fields
            .entry((name.as_ptr() as usize, name.len()))
            .or_insert_with(|| PyString::intern(self.py, name))
            .clone()
    }

    /// The `str` of a string value or map key: one object for each short string repeated.
    fn string(&mut self, v: &str) -> Bound<'py, PyString> {
        if v.len() > SHORT {
            return PyString::new(self.py, v);
        }
        if let Some(s) = self.strings.get(v) {
            return s.clone();
        }
        let s = PyString::new(self.py, v);
        if self.strings.len() < STRINGS {
            self.strings.insert(v.into(), s.clone());
        }
        s
    }

    /// Marks the next number as an offset when `key` names one.
    fn key(&mut self, key: &str) {
        self.offset = self.index.is_some() && (key == "start" || key == "end");
    }

    fn int(&mut self, v: u64) -> Result<Bound<'py, PyAny>> {
        let v = match (std::mem::take(&mut self.offset), &self.index) {
            (true, Some(index)) => index.get(v),
            _ => v,
        };
        Ok(v.into_bound_py_any(self.py)?)
    }
}

/// A list being built.
pub(crate) struct Seq<'s, 'py> {
    objects: &'s mut Objects<'py>,
    items: Vec<Bound<'py, PyAny>>,
}

/// A dict being built (structs, maps, flattened structs).
pub(crate) struct Dict<'s, 'py> {
    objects: &'s mut Objects<'py>,
    dict: Bound<'py, PyDict>,
    key: Option<Bound<'py, PyAny>>,
    /// an enum's struct variant: the dict goes under this name
    variant: Option<&'static str>,
}

impl<'s, 'py> ser::Serializer for &'s mut Objects<'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = Seq<'s, 'py>;
    type SerializeTuple = Seq<'s, 'py>;
    type SerializeTupleStruct = Seq<'s, 'py>;
    type SerializeTupleVariant = Seq<'s, 'py>;
    type SerializeMap = Dict<'s, 'py>;
    type SerializeStruct = Dict<'s, 'py>;
    type SerializeStructVariant = Dict<'s, 'py>;

    fn serialize_bool(self, v: bool) -> Result<Self::Ok> {
        Ok(pyo3::types::PyBool::new(self.py, v).to_owned().into_any())
    }
    fn serialize_i8(self, v: i8) -> Result<Self::Ok> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<Self::Ok> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<Self::Ok> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<Self::Ok> {
        match u64::try_from(v) {
            Ok(u) => self.int(u),
            Err(_) => {
                self.offset = false;
                Ok(v.into_bound_py_any(self.py)?)
            }
        }
    }
    fn serialize_u8(self, v: u8) -> Result<Self::Ok> {
        self.int(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<Self::Ok> {
        self.int(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<Self::Ok> {
        self.int(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<Self::Ok> {
        self.int(v)
    }
    fn serialize_f32(self, v: f32) -> Result<Self::Ok> {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result<Self::Ok> {
        Ok(v.into_bound_py_any(self.py)?)
    }
    fn serialize_char(self, v: char) -> Result<Self::Ok> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<Self::Ok> {
        if std::mem::take(&mut self.in_key) {
            self.key(v);
        }
        Ok(self.string(v).into_any())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Self::Ok> {
        Ok(pyo3::types::PyBytes::new(self.py, v).into_any())
    }
    fn serialize_none(self) -> Result<Self::Ok> {
        Ok(self.py.None().into_bound(self.py))
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Self::Ok> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Self::Ok> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<Self::Ok> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<Self::Ok> {
        Ok(self.name(variant).into_any())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<Self::Ok> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Self::Ok> {
        let dict = PyDict::new(self.py);
        let key = self.name(variant);
        let value = value.serialize(&mut *self)?;
        dict.set_item(key, value)?;
        Ok(dict.into_any())
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Seq<'s, 'py>> {
        Ok(Seq {
            items: Vec::with_capacity(len.unwrap_or(0)),
            objects: self,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'s, 'py>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Seq<'s, 'py>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Seq<'s, 'py>> {
        Err(ser::Error::custom("tuple variants are not written"))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Dict<'s, 'py>> {
        Ok(Dict {
            dict: PyDict::new(self.py),
            objects: self,
            key: None,
            variant: None,
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Dict<'s, 'py>> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Dict<'s, 'py>> {
        let mut dict = self.serialize_map(Some(len))?;
        dict.variant = Some(variant);
        Ok(dict)
    }
}

impl<'py> Seq<'_, 'py> {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.objects.offset = false;
        let item = value.serialize(&mut *self.objects)?;
        self.items.push(item);
        Ok(())
    }

    fn finish(self) -> Result<Bound<'py, PyAny>> {
        Ok(PyList::new(self.objects.py, self.items)?.into_any())
    }
}

/// The list-shaped serde traits: each writes a list.
macro_rules! seq {
    ($trait:ident, $method:ident) => {
        impl<'py> ser::$trait for Seq<'_, 'py> {
            type Ok = Bound<'py, PyAny>;
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
                self.push(value)
            }
            fn end(self) -> Result<Self::Ok> {
                self.finish()
            }
        }
    };
}

seq!(SerializeSeq, serialize_element);
seq!(SerializeTuple, serialize_element);
seq!(SerializeTupleStruct, serialize_field);
seq!(SerializeTupleVariant, serialize_field);

impl<'py> Dict<'_, 'py> {
    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<()> {
        let name = self.objects.name(key);
        self.objects.key(key);
        let value = value.serialize(&mut *self.objects)?;
        self.objects.offset = false;
        self.dict.set_item(name, value)?;
        Ok(())
    }

    fn finish(self) -> Result<Bound<'py, PyAny>> {
        match self.variant {
            None => Ok(self.dict.into_any()),
            Some(variant) => {
                let outer = PyDict::new(self.objects.py);
                outer.set_item(self.objects.name(variant), self.dict)?;
                Ok(outer.into_any())
            }
        }
    }
}

impl<'py> ser::SerializeMap for Dict<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        self.objects.offset = false;
        self.objects.in_key = true;
        let key = key.serialize(&mut *self.objects);
        self.objects.in_key = false;
        self.key = Some(key?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        let key = self
            .key
            .take()
            .ok_or_else(|| <Error as ser::Error>::custom("a map value without its key"))?;
        // `offset` was set from the key by serialize_str
        let value = value.serialize(&mut *self.objects)?;
        self.objects.offset = false;
        self.dict.set_item(key, value)?;
        Ok(())
    }
    fn end(self) -> Result<Self::Ok> {
        self.finish()
    }
}

/// The struct-shaped serde traits: each writes a dict (a struct variant's under its name).
macro_rules! fields {
    ($trait:ident) => {
        impl<'py> ser::$trait for Dict<'_, 'py> {
            type Ok = Bound<'py, PyAny>;
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<()> {
                self.field(key, value)
            }
            fn end(self) -> Result<Self::Ok> {
                self.finish()
            }
        }
    };
}

fields!(SerializeStruct);
fields!(SerializeStructVariant);
