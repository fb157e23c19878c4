//! The next byte of a small set at or after a position, for the paragraph and sentence
//! scanners: `memchr` searches, one a group of up to three bytes, whose results are kept
//! from one question to the next.
//!
//! A scanner asks again and again, a little further on each time; most of its bytes are
//! common (`\n`, `.`) and most are rare (`\r`, U+2028, `?`). A group's search stops at its
//! first byte and its answer holds for every later question up to that byte, so a group
//! of rare bytes is searched about once over the whole text, and the common group once
//! from each of its hits to the next.

/// The first byte at or after a position that is in one of `K` groups of bytes.
#[derive(Clone, Debug)]
pub(super) struct Stops<const K: usize> {
    groups: &'static [&'static [u8]; K],
    /// For each group, where its last search started and what it found (the text's
    /// length when nothing): no byte of the group lies between the two.
    found: [(usize, usize); K],
}

impl<const K: usize> Stops<K> {
    /// A finder for the bytes of `groups`, each of one to three bytes (the most frequent
    /// bytes together), with nothing searched yet.
    pub(super) const fn new(groups: &'static [&'static [u8]; K]) -> Stops<K> {
        Stops {
            groups,
            found: [(usize::MAX, 0); K],
        }
    }

    /// The first offset at or after `i` whose byte is in a group. `bytes` must be the
    /// same text at every call.
    ///
    /// # Time complexity
    ///
    /// A group is searched again only when `i` is past what it found or before where its
    /// search started, so for positions that only move forward (or back by a bounded
    /// amount) each group reads each byte about once.
    #[inline]
    pub(super) fn next(&mut self, bytes: &[u8], i: usize) -> Option<usize> {
        let n = bytes.len();
        let mut best = n;
        for (group, (from, at)) in self.groups.iter().zip(&mut self.found) {
            if i < *from || i > *at {
                let hay = bytes.get(i..).unwrap_or(&[]);
                let k = match **group {
                    [a] => memchr::memchr(a, hay),
                    [a, b] => memchr::memchr2(a, b, hay),
                    [a, b, c] => memchr::memchr3(a, b, c, hay),
                    _ => hay.iter().position(|x| group.contains(x)),
                };
                (*from, *at) = (i, k.map_or(n, |k| i + k));
            }
            best = best.min(*at);
        }
        (best < n).then_some(best)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static GROUPS: [&[u8]; 3] = [b".\n\"", b"!?\xE2", b"\xC2"];

    fn scan(bytes: &[u8], i: usize) -> Option<usize> {
        let set: Vec<u8> = GROUPS.concat();
        bytes
            .get(i..)
            .and_then(|r| r.iter().position(|b| set.contains(b)))
            .map(|o| i + o)
    }

    /// The kept answers agree with a plain scan, for questions that move forward, stay,
    /// jump back and go past the end.
    #[test]
    fn stops_are_a_scan() {
        let text = "Một dòng\u{2028}hai – ba\r\nbốn\u{85}năm. Sáu!\"bảy\" tám… chín?\x0b\x0c mười";
        let bytes = text.as_bytes();
        let n = bytes.len();
        let mut stops = Stops::new(&GROUPS);
        for i in (0..=n + 1).chain((0..=n).rev()).chain((0..n).step_by(7)) {
            assert_eq!(stops.next(bytes, i), scan(bytes, i), "at {i}");
        }
        let mut stops = Stops::new(&GROUPS);
        for i in 0..=n {
            for back in [0, 1, 5] {
                let j = i.saturating_sub(back);
                assert_eq!(stops.next(bytes, j), scan(bytes, j), "at {j}");
            }
        }
    }
}
