//! Reading a speaker's stretch of text: the mark that sets off an apposition, and the
//! words. Byte by byte, with no character decoded: the stretches are read once per
//! reporting word, and a search by characters cost more than the rest of naming a speaker.

/// Where the head of `region` ends at the mark that sets off an apposition: a comma, an
/// opening parenthesis, a dash, or a hyphen with a space on a side ("ông B - Giám đốc
/// MB"); a hyphen inside a word is the word's ("Bộ KH-ĐT", "bà Whang-Od").
///
/// Read byte by byte (the marks are ASCII but the dash, whose three bytes are matched
/// whole), with no character decoded.
pub(super) fn apposition_mark(region: &str) -> Option<usize> {
    let b = region.as_bytes();
    (0..b.len()).find(|&c| match b[c] {
        b',' | b'(' => true,
        b'-' => c == 0 || b[c - 1] == b' ' || b.get(c + 1).is_none_or(|&x| x == b' '),
        0xE2 => b.get(c..c + DASH.len()) == Some(DASH),
        _ => false,
    })
}

/// Most bytes of a bracket after a speaker's stretch that [`bracket_close_after`] reads
/// ("(PC46)", "(CDC Quảng Nam)").
const MAX_BRACKET: usize = 64;

/// The byte after the closing parenthesis of a bracket that opens right after byte `end`
/// of `text` (after spaces) and holds no other bracket, within [`MAX_BRACKET`] bytes.
pub(super) fn bracket_close_after(text: &str, end: usize) -> Option<usize> {
    let rest = text.as_bytes().get(end..)?;
    let open = rest.iter().position(|&b| b != b' ')?;
    if rest[open] != b'(' {
        return None;
    }
    let inside = rest.get(open + 1..)?;
    let close = inside
        .iter()
        .take(MAX_BRACKET)
        .position(|&b| b == b')' || b == b'(')?;
    (inside[close] == b')').then_some(end + open + 1 + close + 1)
}

/// The UTF-8 bytes of the dash "–" (U+2013), the one mark of [`apposition_mark`] that is
/// not ASCII.
const DASH: &[u8] = "–".as_bytes();

/// The words of `region`: its pieces between single spaces, the empty ones left out
/// (`region.split(' ').filter(|w| !w.is_empty())`), read byte by byte into `out`
/// (cleared first).
pub(super) fn words_into<'a>(region: &'a str, out: &mut Vec<&'a str>) {
    out.clear();
    let mut from = 0;
    for (k, &x) in region.as_bytes().iter().enumerate() {
        if x == b' ' {
            if k > from {
                out.extend(region.get(from..k));
            }
            from = k + 1;
        }
    }
    if region.len() > from {
        out.extend(region.get(from..));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The searches by bytes find what the searches by characters find.
    #[test]
    fn bytes_read_as_characters() {
        let direct_mark = |region: &str| {
            let b = region.as_bytes();
            region
                .match_indices([',', '-', '–', '('])
                .map(|(c, _)| c)
                .find(|&c| {
                    b[c] != b'-'
                        || c == 0
                        || b[c - 1] == b' '
                        || b.get(c + 1).is_none_or(|&x| x == b' ')
                })
        };
        let stretches = [
            "",
            " ",
            "ông An, Chủ tịch xã",
            "bà Whang-Od – nghệ nhân",
            "ông B - Giám đốc MB-",
            "-ông C",
            "Bộ KH-ĐT (Hà Nội)",
            "ông D—ông E – “F” … ",
            "  hai  khoảng   trắng ",
            "ông Đ-",
            "–",
            "a\u{2012}b\u{2014}c–",
        ];
        for s in stretches {
            assert_eq!(apposition_mark(s), direct_mark(s), "{s:?}");
            let mut words = vec!["left over"];
            words_into(s, &mut words);
            let direct: Vec<&str> = s.split(' ').filter(|w| !w.is_empty()).collect();
            assert_eq!(words, direct, "{s:?}");
        }
    }

    /// The bracket after a stretch: right after it or after spaces, closed within the
    /// bound, with no bracket inside; else none.
    #[test]
    fn bracket_close_after_a_stretch() {
        let text = "Công an tỉnh (PC46) thông tin";
        let end = "Công an tỉnh".len();
        assert_eq!(
            bracket_close_after(text, end),
            Some(text.find(')').unwrap() + 1)
        );
        assert_eq!(bracket_close_after("X(Bộ Y) nói", 1), Some("X(Bộ Y)".len()));
        assert_eq!(bracket_close_after("X, (A) nói", 1), None);
        assert_eq!(bracket_close_after("X (A (B) nói", 1), None);
        assert_eq!(bracket_close_after("X (A nói", 1), None);
        let long = format!("X ({})", "a".repeat(MAX_BRACKET + 1));
        assert_eq!(bracket_close_after(&long, 1), None);
        assert_eq!(bracket_close_after("X", 5), None);
    }
}
