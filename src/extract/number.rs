//! Numbers as Vietnamese news writes them.
//!
//! Vietnamese convention first: `.` groups thousands and `,` is the decimal mark
//! (`1.234,5`, `12,5%`). The English convention is accepted where it cannot be the
//! Vietnamese one (`1,234.5`, `1,234,567`, `3.75`). Ambiguous forms read the Vietnamese
//! way: `1.234` is one thousand two hundred thirty-four, `1,5` is one and a half.

use std::sync::LazyLock;

/// The value of a written number, or `None` when `s` is not one.
///
/// # Examples
///
/// ```
/// use vinews::extract::number::parse_number;
/// assert_eq!(parse_number("1.234,5"), Some(1234.5));
/// assert_eq!(parse_number("12,5"), Some(12.5));
/// assert_eq!(parse_number("2.000.000"), Some(2_000_000.0));
/// assert_eq!(parse_number("1,234.5"), Some(1234.5));
/// assert_eq!(parse_number("3.75"), Some(3.75));
/// assert_eq!(parse_number("1.2.3"), None);
/// ```
///
/// # Time complexity
///
/// Linear in `s.len()`.
#[must_use]
pub fn parse_number(s: &str) -> Option<f64> {
    let (neg, body) = match s.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    if body.is_empty()
        || !body
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    if !body.as_bytes()[0].is_ascii_digit() || !body.as_bytes()[body.len() - 1].is_ascii_digit() {
        return None;
    }
    let dots = body.bytes().filter(|&b| b == b'.').count();
    let commas = body.bytes().filter(|&b| b == b',').count();
    let grouped = |sep: char, s: &str| -> bool {
        let mut parts = s.split(sep);
        let first = parts.next().unwrap_or("");
        !first.is_empty() && first.len() <= 3 && parts.all(|p| p.len() == 3)
    };
    let (int_part, frac_part, group) = match (dots, commas) {
        (0, 0) => (body, "", None),
        // Vietnamese: thousands with '.', decimal ','
        (_, 0) if grouped('.', body) => (body, "", Some('.')),
        (1, 0) => {
            let (a, b) = body.split_once('.')?;
            (a, b, None)
        }
        (0, 1) => {
            let (a, b) = body.split_once(',')?;
            (a, b, None)
        }
        (0, _) if grouped(',', body) => (body, "", Some(',')),
        (_, 1) if body.rfind(',') > body.rfind('.') => {
            let (a, b) = body.rsplit_once(',')?;
            if a.contains(',') || !grouped('.', a) {
                return None;
            }
            (a, b, Some('.'))
        }
        (1, _) => {
            let (a, b) = body.rsplit_once('.')?;
            if !grouped(',', a) || (a.find(',')? > a.find('.').unwrap_or(usize::MAX)) {
                return None;
            }
            (a, b, Some(','))
        }
        _ => return None,
    };
    // (most numbers have at most 15 digits: read without a copy, see `short_value`)
    let v =
        short_value(int_part, frac_part, group).or_else(|| parsed(int_part, frac_part, group))?;
    Some(if neg { -v } else { v })
}

/// The value of the integer part `int_part` (its group separator `group` left out) and
/// the fraction `frac_part`, by the standard library's parse of them written as one
/// decimal; `None` when a part is not all digits or the integer part has none.
fn parsed(int_part: &str, frac_part: &str, group: Option<char>) -> Option<f64> {
    let digits: String = match group {
        Some(g) => int_part.chars().filter(|&c| c != g).collect(),
        None => int_part.to_string(),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !frac_part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let text = if frac_part.is_empty() {
        digits
    } else {
        format!("{digits}.{frac_part}")
    };
    text.parse().ok()
}

/// The most digits [`short_value`] reads: their integer is below 2^53, so exact in an
/// `f64`.
const SHORT_DIGITS: usize = 15;

/// Powers of ten, each exact in an `f64`.
const POWERS_OF_TEN: [f64; SHORT_DIGITS + 1] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// [`parsed`] of a number of at most [`SHORT_DIGITS`] digits, without writing it out: its
/// digits read as one integer `m` (exact), divided by ten to the fraction's length (exact):
/// one correctly rounded division of exact values is the correctly rounded value of the
/// decimal, which the standard library's parse gives too. `None` when the number is longer
/// or is no such number (then [`parsed`] answers).
fn short_value(int_part: &str, frac_part: &str, group: Option<char>) -> Option<f64> {
    let (mut m, mut n, mut whole) = (0u64, 0usize, 0usize);
    let int_digits = int_part
        .bytes()
        .filter(|&b| group.is_none_or(|g| char::from(b) != g));
    for (k, b) in int_digits
        .map(|b| (true, b))
        .chain(frac_part.bytes().map(|b| (false, b)))
    {
        if !b.is_ascii_digit() || n == SHORT_DIGITS {
            return None;
        }
        m = m * 10 + u64::from(b - b'0');
        n += 1;
        whole += usize::from(k);
    }
    if whole == 0 {
        return None;
    }
    // (at most 15 digits: below 2^53, so the conversion is exact)
    Some(m as f64 / POWERS_OF_TEN[n - whole])
}

/// The scale words of `src/lexicon/number_scales.txt` with their values.
static SCALES: LazyLock<Vec<(&'static str, f64)>> = LazyLock::new(|| {
    crate::text::lexicon::NUMBER_SCALES
        .entries()
        .filter_map(|e| Some((e.key(), e.column(1)?.parse().ok()?)))
        .collect()
});

/// The value of a scale word ("triệu" → 1e6), any case.
fn scale(word: &str) -> Option<f64> {
    let lower = word.to_lowercase();
    SCALES.iter().find(|(w, _)| *w == lower).map(|&(_, v)| v)
}

/// A number with its scale word and unit ("1,2 tỷ đồng", "48h", "12,5%").
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Quantity {
    /// The value after the scale word (nghìn, triệu, tỷ) is applied.
    pub value: f64,
    /// The unit written after the number and scale, when there is one ("đồng", "%", "h").
    pub unit: Option<String>,
    /// Bytes of `s` the quantity covers.
    pub len: usize,
}

/// Reads a quantity at the start of `s`: a number, an optional scale word and an optional
/// unit, glued or after one space. The unit is the next word (letters or `%`).
///
/// # Examples
///
/// ```
/// use vinews::extract::number::parse_quantity;
/// let q = parse_quantity("1,2 tỷ đồng cho dự án").unwrap();
/// assert_eq!((q.value, q.unit.as_deref()), (1_200_000_000.0, Some("đồng")));
/// let q = parse_quantity("48h qua").unwrap();
/// assert_eq!((q.value, q.unit.as_deref()), (48.0, Some("h")));
/// assert_eq!(parse_quantity("12,5%").unwrap().unit.as_deref(), Some("%"));
/// assert_eq!(parse_quantity("2 triệu").unwrap().value, 2_000_000.0);
/// ```
#[must_use]
pub fn parse_quantity(s: &str) -> Option<Quantity> {
    let num_len = s
        .char_indices()
        .find(|&(i, c)| {
            !(c.is_ascii_digit()
                || ((c == '.' || c == ',') && s[i + 1..].starts_with(|d: char| d.is_ascii_digit())))
        })
        .map_or(s.len(), |(i, _)| i);
    let mut value = parse_number(&s[..num_len])?;
    let mut len = num_len;
    let mut rest = &s[num_len..];
    let word = |r: &str| -> (usize, usize) {
        // (leading spaces, word length)
        let sp = usize::from(r.starts_with(' '));
        let w = r[sp..]
            .char_indices()
            .find(|&(_, c)| !(c.is_alphabetic() || c == '%'))
            .map_or(r.len() - sp, |(i, _)| i);
        (sp, w)
    };
    let (sp, w) = word(rest);
    if let Some(k) = scale(&rest[sp..sp + w]) {
        value *= k;
        len += sp + w;
        rest = &s[len..];
    }
    let (sp, w) = word(rest);
    let unit = (w > 0).then(|| rest[sp..sp + w].to_string());
    if unit.is_some() {
        len += sp + w;
    }
    Some(Quantity { value, unit, len })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_and_english_forms() {
        assert_eq!(parse_number("1.234.567,89"), Some(1_234_567.89));
        assert_eq!(parse_number("1,234,567"), Some(1_234_567.0));
        assert_eq!(parse_number("1,234"), Some(1.234));
        assert_eq!(parse_number("1.234"), Some(1234.0));
        assert_eq!(parse_number("0,5"), Some(0.5));
        assert_eq!(parse_number("1.23,4"), None);
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number(","), None);
        assert_eq!(parse_number("12a"), None);
    }

    /// The short reading is the standard library's parse, for numbers of every length
    /// up to its limit, with and without a fraction and group separators.
    #[test]
    fn short_value_is_the_parse() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        let mut checked = 0;
        for _ in 0..20_000 {
            let int_len = 1 + next(9) as usize;
            let frac_len = next(8) as usize;
            let digits = |len: usize, next: &mut dyn FnMut(u64) -> u64| -> String {
                (0..len)
                    .map(|_| char::from(b'0' + next(10) as u8))
                    .collect()
            };
            let int = digits(int_len, &mut next);
            let frac = digits(frac_len, &mut next);
            for group in [None, Some('.'), Some(',')] {
                // the integer part grouped by threes, as the text writes it
                let written: String = match group {
                    None => int.clone(),
                    Some(g) => int
                        .chars()
                        .enumerate()
                        .flat_map(|(k, c)| {
                            let sep = k > 0 && (int_len - k).is_multiple_of(3);
                            sep.then_some(g).into_iter().chain([c])
                        })
                        .collect(),
                };
                let want = parsed(&written, &frac, group);
                assert!(want.is_some(), "{written} {frac}");
                if let Some(v) = short_value(&written, &frac, group) {
                    assert_eq!(v.to_bits(), want.unwrap().to_bits(), "{written} {frac}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 50_000, "{checked}");
        // longer than it reads, or no number: left to the parse
        assert_eq!(short_value("1234567890123456", "", None), None);
        assert_eq!(short_value("12345678", "12345678", None), None);
        assert_eq!(short_value("", "5", None), None);
        assert_eq!(short_value("1a", "", None), None);
        assert_eq!(short_value("1", "5x", None), None);
        assert_eq!(parse_number("0,1"), Some(0.1));
        assert_eq!(parse_number("-0"), Some(-0.0));
    }

    #[test]
    fn quantities() {
        let q = parse_quantity("9h30").unwrap();
        assert_eq!((q.value, q.unit.as_deref(), q.len), (9.0, Some("h"), 2));
        let q = parse_quantity("15 xã").unwrap();
        assert_eq!(q.unit.as_deref(), Some("xã"));
        assert!(parse_quantity("xã").is_none());
        assert_eq!(parse_quantity("11 vạn tấn").unwrap().value, 110_000.0);
        assert_eq!(parse_quantity("3 Tỷ").unwrap().value, 3e9);
        assert_eq!(
            SCALES.len(),
            6,
            "every line of number_scales.txt has a value"
        );
    }
}
