//! The crate's hasher for its fixed tables keyed by short strings (word lists, the
//! gazetteer's keys): FNV-1a, a few instructions a byte where the standard library's
//! SipHash costs some hundred a key. The tables are the crate's own data, so resistance to
//! collision attacks is not needed.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// FNV-1a over the bytes written.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A map with string keys hashed by [`Fnv`].
pub(crate) type FastMap<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;
