//! A light tokenizer for the date and ratio grammars: digit runs, letter runs, and single
//! punctuation characters, each with its byte span; spaces are skipped, line ends kept.

use super::lexicon::{KEYWORDS, Kw};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// A run of ASCII digits.
    Num,
    /// A run of letters.
    Word,
    /// One other visible character.
    Punct(char),
    /// A line end (`\n`), which no date or ratio crosses.
    Newline,
}

/// One token of the normalized text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// The date-word role of a word.
    pub kw: Kw,
    /// The value of a digit run, `u32::MAX` when it has more than 9 digits.
    pub num: u32,
}

impl Tok {
    pub fn digits(&self) -> usize {
        self.end - self.start
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&c)
}

fn keyword(word: &str) -> Kw {
    let kws = &*KEYWORDS;
    if word.len() > kws.max_len {
        return Kw::None;
    }
    // lowercase ASCII letters into a stack buffer; other capitals are rare
    let mut buf = [0u8; 32];
    let b = word.as_bytes();
    for (k, &c) in b.iter().enumerate() {
        buf[k] = c.to_ascii_lowercase();
    }
    let Ok(lower) = std::str::from_utf8(&buf[..b.len()]) else {
        return Kw::None;
    };
    if let Some(&k) = kws.map.get(lower) {
        return k;
    }
    if !b.is_ascii() && word.chars().any(char::is_uppercase) {
        let lower = word.to_lowercase();
        return kws.map.get(lower.as_str()).copied().unwrap_or_default();
    }
    Kw::None
}

/// Tokenizes `text` into `out` (cleared first).
///
/// # Time complexity
///
/// Linear in `text.len()`.
pub(crate) fn tokenize(text: &str, out: &mut Vec<Tok>) {
    out.clear();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let num = if i - start <= 9 {
                text[start..i]
                    .bytes()
                    .fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'))
            } else {
                u32::MAX
            };
            out.push(Tok {
                start,
                end: i,
                kind: TokKind::Num,
                kw: Kw::None,
                num,
            });
            continue;
        }
        if c == b'\n' {
            out.push(Tok {
                start: i,
                end: i + 1,
                kind: TokKind::Newline,
                kw: Kw::None,
                num: 0,
            });
            i += 1;
            continue;
        }
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if c.is_ascii_alphabetic() || c >= 0x80 {
            let start = i;
            let mut end = i;
            for ch in text[i..].chars() {
                if is_word_char(ch) {
                    end += ch.len_utf8();
                } else {
                    break;
                }
            }
            if end > start {
                let word = &text[start..end];
                out.push(Tok {
                    start,
                    end,
                    kind: TokKind::Word,
                    kw: keyword(word),
                    num: 0,
                });
                i = end;
                continue;
            }
            // a non-letter, non-ASCII character
            let ch = text[i..].chars().next().unwrap_or(' ');
            let len = ch.len_utf8();
            if !ch.is_whitespace() {
                out.push(Tok {
                    start: i,
                    end: i + len,
                    kind: TokKind::Punct(ch),
                    kw: Kw::None,
                    num: 0,
                });
            }
            i += len;
            continue;
        }
        out.push(Tok {
            start: i,
            end: i + 1,
            kind: TokKind::Punct(c as char),
            kw: Kw::None,
            num: 0,
        });
        i += 1;
    }
}

/// True when `word` equals `lower` (a lowercase phrase word) ignoring case.
pub(crate) fn ieq(word: &str, lower: &str) -> bool {
    if word.len() != lower.len() {
        return false;
    }
    if word == lower {
        return true;
    }
    let mut a = word.chars();
    let mut b = lower.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) => {
                if x != y && !x.to_lowercase().eq(std::iter::once(y)) {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_of_a_date() {
        let mut t = Vec::new();
        let text = "Ngày 19/9, 9h30 Đức";
        tokenize(text, &mut t);
        let kinds: Vec<_> = t.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(kinds, ["Ngày", "19", "/", "9", ",", "9", "h", "30", "Đức"]);
        assert_eq!(t[0].kw, Kw::Day);
        assert_eq!(t[1].num, 19);
        assert_eq!(t[6].kw, Kw::Hour);
    }

    #[test]
    fn ieq_ignores_case() {
        assert!(ieq("Tiêu", "tiêu"));
        assert!(ieq("ĐẠT", "đạt"));
        assert!(!ieq("đạt", "đat"));
    }
}
