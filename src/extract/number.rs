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
    let v: f64 = text.parse().ok()?;
    Some(if neg { -v } else { v })
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
