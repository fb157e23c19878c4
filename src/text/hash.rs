//! The crate's hasher for its fixed tables keyed by short strings (word lists, the
//! gazetteer's keys) and for the maps and sets of its own keys that a pass over an article
//! builds (unit ids, places read): FNV-1a, a few instructions a byte (one multiplicative
//! step an integer)
//! where the standard library's SipHash costs some hundred a key. The keys are the crate's
//! own data or derived from it, and every map is bounded by the text, so resistance to
//! collision attacks is not needed.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

/// FNV-1a over the bytes written.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.state();
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(PRIME);
        }
        self.0 = h;
    }
    // An integer is one step, not one a byte.
    fn write_u16(&mut self, x: u16) {
        self.step(u64::from(x));
    }
    fn write_u32(&mut self, x: u32) {
        self.step(u64::from(x));
    }
    fn write_u64(&mut self, x: u64) {
        self.step(x);
    }
    fn write_usize(&mut self, x: usize) {
        self.step(x as u64);
    }
}

/// FNV's 64-bit prime.
const PRIME: u64 = 0x100_0000_01b3;

impl Fnv {
    /// The state before the next write (FNV's offset basis before the first).
    #[inline]
    fn state(&self) -> u64 {
        if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        }
    }

    /// One step over a whole integer: FNV-1a's, with a multiplier whose high bits are
    /// set (Fibonacci hashing's), so that the integer reaches the top bits of the hash as
    /// well as the low ones (a hash map tags entries by the top seven; FNV's prime would
    /// leave them the same for every small integer).
    #[inline]
    fn step(&mut self, x: u64) {
        self.0 = (self.state() ^ x).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// The build-hasher of [`Fnv`].
pub(crate) type FnvBuild = BuildHasherDefault<Fnv>;

/// A map hashed by [`Fnv`].
pub(crate) type FastHashMap<K, V> = HashMap<K, V, FnvBuild>;

/// A set hashed by [`Fnv`].
pub(crate) type FastSet<K> = HashSet<K, FnvBuild>;

/// A map with string keys hashed by [`Fnv`].
pub(crate) type FastMap<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    /// Integers are hashed in one step each and still spread: the unit ids of a pass are
    /// small and close together, and a hash map indexes its buckets by the low bits of a
    /// hash and tags its entries by the top seven.
    #[test]
    fn integers_spread() {
        let build = FnvBuild::default();
        let hashes: Vec<u64> = (0u32..4096).map(|x| build.hash_one(x)).collect();
        let low: FastSet<u64> = hashes.iter().map(|h| h & 0xfff).collect();
        assert_eq!(low.len(), 4096);
        let top: FastSet<u64> = hashes.iter().map(|h| h >> 57).collect();
        assert!(top.len() > 100, "{} top tags", top.len());
        // a key of several integers depends on each
        let pairs: FastSet<u64> = (0u32..64)
            .flat_map(|a| (0u32..64).map(move |b| (a, b)))
            .map(|k| build.hash_one(k))
            .collect();
        assert_eq!(pairs.len(), 64 * 64);
        // strings hash as before: FNV-1a over their bytes and the terminator
        let mut map: FastHashMap<String, u32> = FastHashMap::default();
        map.insert("Hà Nội".to_string(), 1);
        assert_eq!(map.get("Hà Nội"), Some(&1));
        assert_eq!(map.get("Hà nội"), None);
    }
}
