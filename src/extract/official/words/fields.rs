//! Organizations whose own name has a comma or a hyphen inside ("Sở Văn hóa, Thể thao và
//! Du lịch", "Vụ Kế hoạch - Tài chính"): the separators inside such a name are not the end
//! of a title. The names' fields are the word list `src/lexicon/org_fields.txt`, matched
//! case-insensitively with any mix of spaces, commas and hyphens between their words: one
//! aho-corasick automaton of the fields in lower case with single spaces, run over the
//! window's text in lower case with each run of separators made one space.

use std::collections::HashSet;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::{Gap, Word};
use crate::text::dict::{fold_into, word_hash};
use crate::text::lexicon;

/// A separator a field may be written with between two of its words (a run of them is
/// one).
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | '-' | '–' | '—')
}

/// The compiled field list.
struct Fields {
    /// Every field in lower case with single spaces ([`canonical`]), leftmost-first and
    /// longest first, so that "Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng" wins
    /// over "Văn hóa, Giáo dục".
    ac: AhoCorasick,
    /// The folded-word hashes of the two words on each side of a comma or a hyphen inside
    /// a field, sorted: only where a text's words meet at such a pair is a field looked
    /// for.
    pairs: Vec<(u32, u32)>,
    /// A bit set of the low 16 bits of the second hash of each pair, asked first.
    after: Vec<u64>,
    /// The most words of a field.
    words: usize,
}

/// The words of a field as written, without its separators.
fn field_words(field: &str) -> impl Iterator<Item = &str> {
    field
        .split(|c: char| c == ',' || c == '-' || c.is_whitespace())
        .filter(|w| !w.is_empty())
}

fn hash(word: &str) -> u32 {
    let mut folded = String::new();
    fold_into(word, &mut folded);
    word_hash(folded.as_bytes())
}

impl Fields {
    /// Do the words of hashes `a` and `b` meet at a comma or a hyphen of some field?
    #[inline]
    fn may_meet(&self, a: u32, b: u32) -> bool {
        let h = b as usize & 0xFFFF;
        self.after
            .get(h >> 6)
            .is_some_and(|bits| bits >> (h & 63) & 1 != 0)
            && self.pairs.binary_search(&(a, b)).is_ok()
    }
}

/// May a word of hash `b` after a comma or a hyphen go on a field written with one, from
/// the word of hash `a` before it ([`crate::text::dict::text_word_hash`])?
#[inline]
pub(super) fn may_meet(a: u32, b: u32) -> bool {
    FIELDS.as_ref().is_some_and(|f| f.may_meet(a, b))
}

/// `None` only if the list could not be compiled (then nothing is joined).
static FIELDS: LazyLock<Option<Fields>> = LazyLock::new(|| {
    let mut patterns = Vec::new();
    let mut pairs = HashSet::new();
    let mut most = 0;
    for e in lexicon::ORG_FIELDS.entries() {
        let field = e.key();
        let words: Vec<&str> = field_words(field).collect();
        most = most.max(words.len());
        patterns.push(canonical(field).0);
        // the pairs of words around a comma or a hyphen of the field as written
        let mut rest = field;
        for (k, w) in words.iter().enumerate() {
            let at = rest.find(w).unwrap_or(0);
            if k > 0 && rest[..at].contains([',', '-']) {
                pairs.insert((hash(words[k - 1]), hash(w)));
            }
            rest = &rest[at + w.len()..];
        }
    }
    patterns.sort_by_key(|f| std::cmp::Reverse(f.len()));
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(&patterns)
        .ok()?;
    let mut after = vec![0u64; 1 << 10];
    for &(_, h) in &pairs {
        after[(h as usize & 0xFFFF) >> 6] |= 1 << (h & 63);
    }
    let mut pairs: Vec<(u32, u32)> = pairs.into_iter().collect();
    pairs.sort_unstable();
    Some(Fields {
        ac,
        pairs,
        after,
        words: most,
    })
});

/// `text` in lower case with each run of separators one space, and for each of its bytes
/// the byte range of `text` it comes from (a run of separators: the whole run).
fn canonical(text: &str) -> (String, Vec<(usize, usize)>) {
    let mut out = String::with_capacity(text.len());
    let mut from = Vec::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let mut end = at + c.len_utf8();
        if is_separator(c) {
            while let Some(&(next, d)) = chars.peek() {
                if !is_separator(d) {
                    break;
                }
                end = next + d.len_utf8();
                chars.next();
            }
            out.push(' ');
            from.push((at, end));
            continue;
        }
        for l in c.to_lowercase() {
            out.push(l);
            from.extend(std::iter::repeat_n((at, end), l.len_utf8()));
        }
    }
    (out, from)
}

/// Makes the gaps inside every field of `text` that is written with a comma or a hyphen
/// spaces, for the words of `text` (in order); `seps` lists the words after a comma or a
/// hyphen that [`may_meet`] the word before them. Returns the byte spans of those fields,
/// in order.
///
/// # Time complexity
///
/// Linear in the number of words: a search of a window of a field's length where the
/// words around a comma or a hyphen are those of a field.
pub(super) fn join(text: &str, words: &mut [Word], seps: &[u32]) -> Vec<(u32, u32)> {
    let mut found = Vec::new();
    let Some(f) = &*FIELDS else {
        return found;
    };
    for i in seps.iter().map(|&i| i as usize) {
        if i == 0 || i >= words.len() || !matches!(words[i].gap(), Gap::Comma | Gap::Dash) {
            continue;
        }
        let from = i.saturating_sub(f.words);
        let to = (i + f.words).min(words.len() - 1);
        let (ws, we) = (words[from].start(), words[to].end());
        let sep = words[i - 1].end()..words[i].start();
        let (window, from_bytes) = canonical(&text[ws..we]);
        for m in f.ac.find_iter(&window) {
            let (Some(first), Some(last)) =
                (from_bytes.get(m.start()), from_bytes.get(m.end() - 1))
            else {
                continue;
            };
            let (ms, me) = (ws + first.0, ws + last.1);
            let whole_words = !text[..ms]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && !text[me..].chars().next().is_some_and(char::is_alphanumeric);
            if whole_words && ms < sep.start && me > sep.end {
                // (a text's offsets fit in a `u32`, as its tokens' do)
                found.push((ms as u32, me as u32));
                for w in words[from..=to]
                    .iter_mut()
                    .filter(|w| w.start() > ms && w.start() < me)
                {
                    w.set_gap(Gap::Space);
                }
            }
        }
    }
    found.sort_unstable();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first field found in `text`, as written there.
    fn find(text: &str) -> Option<&str> {
        let ac = &FIELDS.as_ref().expect("the field list compiles").ac;
        let (window, from) = canonical(text);
        let m = ac.find(&window)?;
        Some(&text[from[m.start()].0..from[m.end() - 1].1])
    }

    #[test]
    fn fields_match_with_their_separators() {
        for (text, field) in [
            (
                "Sở Văn hóa, Thể thao và Du lịch tỉnh",
                "Văn hóa, Thể thao và Du lịch",
            ),
            ("Vụ Kế hoạch - Tài chính,", "Kế hoạch - Tài chính"),
            (
                "Bộ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI",
                "LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI",
            ),
        ] {
            assert_eq!(find(text), Some(field), "{text}");
        }
    }

    /// The automaton finds what the regular expression it replaced found (issue 16: the
    /// library no longer depends on regex): the fields of the list, in upper, lower and
    /// title case, with every kind of separator run, alone and inside longer text.
    #[test]
    fn matches_what_the_regex_matched() {
        let fields: Vec<&str> = lexicon::ORG_FIELDS.entries().map(|e| e.key()).collect();
        let mut patterns: Vec<String> = fields
            .iter()
            .map(|f| {
                let words: Vec<String> = field_words(f).map(regex::escape).collect();
                words.join(r"[\s,\-–—]+")
            })
            .collect();
        patterns.sort_by_key(|f| std::cmp::Reverse(f.len()));
        let re = regex::Regex::new(&format!("(?i){}", patterns.join("|"))).unwrap();
        let ac = &FIELDS.as_ref().unwrap().ac;
        let seps = [" ", ", ", " - ", "-", " – ", "—", " ,  ", "\u{a0}", "\t,"];
        let mut checked = 0;
        for (k, f) in fields.iter().enumerate() {
            let words: Vec<&str> = field_words(f).collect();
            for (j, case) in ["as is", "upper", "lower"].into_iter().enumerate() {
                let mut field = String::new();
                for (i, w) in words.iter().enumerate() {
                    if i > 0 {
                        field.push_str(seps[(i + j + k) % seps.len()]);
                    }
                    field.push_str(&match case {
                        "upper" => w.to_uppercase(),
                        "lower" => w.to_lowercase(),
                        _ => (*w).to_string(),
                    });
                }
                let other = fields[(k + 7) % fields.len()];
                let half: String = field.chars().take(field.chars().count() / 2 + 1).collect();
                for text in [
                    field.clone(),
                    format!("Sở {field} tỉnh"),
                    format!("Bộ {field}, {other} và Vụ {field}-x"),
                    format!("Ông A,{field}—{}", half.trim_end()),
                ] {
                    let want: Vec<(usize, usize)> =
                        re.find_iter(&text).map(|m| (m.start(), m.end())).collect();
                    let (window, from) = canonical(&text);
                    let got: Vec<(usize, usize)> = ac
                        .find_iter(&window)
                        .map(|m| (from[m.start()].0, from[m.end() - 1].1))
                        .collect();
                    assert_eq!(got, want, "{text:?}");
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, 12 * fields.len());
    }
}
