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
}
