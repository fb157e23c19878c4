//! Reading the JSON back (`Deserialize`): the few fields the library keeps as
//! `&'static str` (gazetteer codes, unit words, country codes) take a string interned
//! once per distinct value, and at most [`MAX_BYTES`] of them in all, so reading untrusted
//! JSON cannot grow memory without bound.

use std::collections::HashSet;
use std::sync::{Mutex, PoisonError};

use serde::de::{Deserialize, Deserializer, Error as _};

/// `&'static str` under another name: serde's derive reads a field written `&'static str`
/// as borrowed from the input (and the whole Article as borrowing `'static` data); the
/// fields read with [`static_str`] and [`static_opt`] are declared with this alias.
pub(crate) type StaticStr = &'static str;

/// The most bytes of distinct strings interned in a process.
pub(crate) const MAX_BYTES: usize = 1 << 20;

struct Interned {
    set: Option<HashSet<&'static str>>,
    bytes: usize,
}

static INTERNED: Mutex<Interned> = Mutex::new(Interned {
    set: None,
    bytes: 0,
});

/// `s` as a `&'static str`: the one interned before, or a new one while the budget lasts.
fn intern(s: &str) -> Option<&'static str> {
    let mut guard = INTERNED.lock().unwrap_or_else(PoisonError::into_inner);
    let Interned { set, bytes } = &mut *guard;
    let set = set.get_or_insert_with(HashSet::new);
    if let Some(&known) = set.get(s) {
        return Some(known);
    }
    if *bytes + s.len() > MAX_BYTES {
        return None;
    }
    let new: &'static str = Box::leak(s.to_owned().into_boxed_str());
    *bytes += s.len();
    set.insert(new);
    Some(new)
}

/// `deserialize_with` for a `&'static str` field.
pub(crate) fn static_str<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
    let s = String::deserialize(d)?;
    intern(&s).ok_or_else(|| {
        D::Error::custom("too many distinct codes and unit words to read back (over 1 MB)")
    })
}

/// `deserialize_with` for an `Option<&'static str>` field.
pub(crate) fn static_opt<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<&'static str>, D::Error> {
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(s) => intern(&s).map(Some).ok_or_else(|| {
            D::Error::custom("too many distinct codes and unit words to read back (over 1 MB)")
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_strings_are_interned_once() {
        let a = intern("xã").unwrap();
        let b = intern(&String::from("xã")).unwrap();
        assert!(std::ptr::eq(a, b));
        assert_eq!(a, "xã");
    }

    #[test]
    fn the_budget_is_kept() {
        let big = "x".repeat(MAX_BYTES + 1);
        assert_eq!(intern(&big), None);
    }
}
