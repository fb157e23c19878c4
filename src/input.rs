//! Turning bytes from files and pipes into text.

use std::borrow::Cow;
use std::fmt;

/// The input was not valid UTF-8.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidUtf8 {
    /// Byte offset of the first byte that is not part of a valid UTF-8 sequence.
    pub offset: usize,
}

impl fmt::Display for InvalidUtf8 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid UTF-8 at byte {}", self.offset)
    }
}

impl std::error::Error for InvalidUtf8 {}

/// Reads `bytes` as UTF-8 text.
///
/// Strict mode borrows valid input and reports the first bad byte; lossy mode replaces
/// every bad sequence with U+FFFD and never fails. A leading UTF-8 byte-order mark is left
/// in place (normalization removes it, and offsets stay true to the input).
///
/// # Examples
///
/// ```
/// use vinews::input::decode_utf8;
/// assert_eq!(decode_utf8(b"H\xc3\xa0 N\xe1\xbb\x99i", false).unwrap(), "Hà Nội");
/// let err = decode_utf8(b"H\xe0 N\xf4i", false).unwrap_err();
/// assert_eq!(err.offset, 1);
/// assert_eq!(decode_utf8(b"H\xe0", true).unwrap(), "H\u{fffd}");
/// ```
pub fn decode_utf8(bytes: &[u8], lossy: bool) -> Result<Cow<'_, str>, InvalidUtf8> {
    // Vietnamese text has a multi-byte character every few bytes, where the standard
    // library's check goes a character at a time; simdutf8 checks 32 bytes a step. Its
    // `basic` check only says yes or no: the standard one finds the offset of a bad byte.
    if let Ok(s) = simdutf8::basic::from_utf8(bytes) {
        return Ok(Cow::Borrowed(s));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        Err(_) if lossy => Ok(String::from_utf8_lossy(bytes)),
        Err(e) => Err(InvalidUtf8 {
            offset: e.valid_up_to(),
        }),
    }
}
