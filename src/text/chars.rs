//! The Vietnamese character table and UTF-8 decoding, shared by every scanner.
//!
//! [`decode`] reads one character from the bytes of a `&str`, for the hot loops that scan
//! bytes.

/// The code point starting at byte `i` of valid UTF-8 `b` (a lead byte of a multi-byte
/// character, so `b[i] >= 0xC0`), and its length in bytes.
///
/// `b` comes from a `&str`, so the sequence is complete and well formed; the function only
/// reassembles the bits (out-of-range indexing would panic, which valid UTF-8 rules out).
#[inline(always)]
pub(crate) fn decode(b: &[u8], i: usize) -> (u32, usize) {
    let c0 = u32::from(b[i]);
    if c0 < 0xE0 {
        ((c0 & 0x1F) << 6 | (u32::from(b[i + 1]) & 0x3F), 2)
    } else if c0 < 0xF0 {
        (
            (c0 & 0x0F) << 12 | (u32::from(b[i + 1]) & 0x3F) << 6 | (u32::from(b[i + 2]) & 0x3F),
            3,
        )
    } else {
        (
            (c0 & 0x07) << 18
                | (u32::from(b[i + 1]) & 0x3F) << 12
                | (u32::from(b[i + 2]) & 0x3F) << 6
                | (u32::from(b[i + 3]) & 0x3F),
            4,
        )
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn agrees_with_std() {
        let s = "ắ đ ư 𑰯 € Ð ỹ";
        for (i, c) in s.char_indices().filter(|(_, c)| !c.is_ascii()) {
            assert_eq!(super::decode(s.as_bytes(), i), (c as u32, c.len_utf8()));
        }
    }
}
