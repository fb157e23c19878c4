//! Words of the text as place reading sees them: the word-character test, the word at or
//! before an offset, the capitalised (or lowercase) name words after a unit word, and the
//! gazetteer keys of their prefixes.

use crate::extract::gazetteer::fold_key;

/// `char::is_alphanumeric`, from the crate's character table.
pub(super) use crate::text::chars::is_alphanumeric as is_word_char;

pub(super) fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|s| s.chars().next_back())
}

pub(super) fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|s| s.chars().next())
}

/// The word starting at `at`: letters, digits, and apostrophes inside ("H'Leo").
pub(super) fn word_at(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let mut end = 0;
    for (i, c) in rest.char_indices() {
        if is_word_char(c) || ((c == '\'' || c == '’') && i > 0) {
            end = i + c.len_utf8();
        } else {
            break;
        }
    }
    // no trailing apostrophe
    let w = &rest[..end];
    let w = w.trim_end_matches(['\'', '’']);
    (!w.is_empty()).then_some(at + w.len())
}

pub(super) fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

pub(super) fn is_number(s: &str) -> bool {
    !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit())
}

/// The word before `at` (skipping one space), if any.
pub(super) fn word_before(text: &str, at: usize) -> Option<&str> {
    let head = text.get(..at)?.strip_suffix(' ')?;
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c) || c == '.')
        .last()
        .map(|(i, _)| i)?;
    Some(&head[start..])
}

/// An acronym such as UBND, HĐND: all capitals, two or more letters.
pub(super) fn is_acronym(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// True when the word at `at` opens a sentence: nothing but spaces, opening quotes or
/// brackets between it and the text's start, a line break, a colon or a sentence's final
/// mark.
pub(super) fn opens_sentence(text: &str, at: usize) -> bool {
    let before = text
        .get(..at)
        .unwrap_or("")
        .trim_end_matches([' ', '"', '“', '(', '\'', '‘']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', '…'])
}

pub(super) const MAX_NAME_WORDS: usize = 6;

/// The name words after `at`: their ends, capitalised ("Đức Ninh Hàm Yên" → 4 ends).
/// `lower` reads lowercase words instead. Words are joined by one space, or a hyphen or an
/// en dash, with a space on each side or none ("Bà Rịa – Vũng Tàu"); never a word that a
/// hyphen joins to a lowercase part ("Bun-tôn").
pub(super) fn name_words(
    text: &str,
    at: usize,
    lower: bool,
    ends: &mut [usize; MAX_NAME_WORDS],
) -> usize {
    let mut n = 0;
    let mut p = at;
    while n < MAX_NAME_WORDS {
        let Some(end) = word_at(text, p) else { break };
        let w = &text[p..end];
        let ok = if lower {
            w.starts_with(char::is_lowercase)
        } else {
            starts_upper(w) || (n == 0 && is_number(w))
        };
        // (a capitalised word a hyphen joins to a lowercase part is half of a transliterated
        // word, "Bun-tôn", "Khăm-phăn": the name ends before it, not inside it)
        let half = !lower
            && text[end..].starts_with('-')
            && char_at(text, end + 1).is_some_and(char::is_lowercase);
        if !ok || half {
            break;
        }
        ends[n] = end;
        n += 1;
        if is_number(w) {
            break;
        }
        // "Mỹ Đình 1": a number may end a capitalised name.
        if !lower
            && text[end..].starts_with(' ')
            && let Some(num_end) = word_at(text, end + 1)
            && is_number(&text[end + 1..num_end])
            && n < MAX_NAME_WORDS
            && number_ends_name(text, num_end)
        {
            ends[n] = num_end;
            n += 1;
            break;
        }
        let rest = &text[end..];
        let skip = if rest.starts_with(" - ") {
            3
        } else if rest.starts_with(" – ") {
            5
        } else if rest.starts_with('-') || rest.starts_with(' ') {
            1
        } else if rest.starts_with('–') {
            3
        } else {
            break;
        };
        let next = end + skip;
        match char_at(text, next) {
            Some(c) if (lower && c.is_lowercase()) || (!lower && c.is_uppercase()) => p = next,
            _ => break,
        }
    }
    n
}

/// After "Mỹ Đình 1": punctuation or the end, not "8/19" nor "3 hộ".
fn number_ends_name(text: &str, at: usize) -> bool {
    match char_at(text, at) {
        None => true,
        Some(' ') => !char_at(text, at + 1).is_some_and(|c| c.is_lowercase() || c.is_ascii_digit()),
        Some(c) => {
            matches!(c, ',' | ';' | ')' | '(' | '\n')
                || (c == '.' && !char_at(text, at + 1).is_some_and(|c| c.is_ascii_digit()))
        }
    }
}

/// The search keys of the first words of a name read by [`name_words`]: [`fold_key`] folds
/// each word on its own and joins them with one space, so the key of the first `k` words
/// is the key of all `n` cut before its `k`-th space. One fold instead of one per prefix.
pub(super) struct NameKeys {
    /// The key of all the words, and where each prefix's key ends; `None` when the key
    /// does not have one segment per word (then each prefix is folded on its own).
    pub(super) full: Option<(String, [usize; MAX_NAME_WORDS])>,
}

impl NameKeys {
    pub(super) fn new(text: &str, at: usize, ends: &[usize; MAX_NAME_WORDS], n: usize) -> NameKeys {
        let full = (1..=MAX_NAME_WORDS).contains(&n).then(|| {
            let key = text.get(at..ends[n - 1]).map(fold_key)?;
            let mut cuts = [0; MAX_NAME_WORDS];
            let mut k = 0;
            for (i, b) in key.bytes().enumerate() {
                if b == b' ' {
                    *cuts.get_mut(k)? = i;
                    k += 1;
                }
            }
            if k + 1 != n {
                return None;
            }
            cuts[n - 1] = key.len();
            Some((key, cuts))
        });
        NameKeys {
            full: full.flatten(),
        }
    }

    /// `fold_key(&text[at..ends[k - 1]])`, for `k` in `1..=n`.
    pub(super) fn key<'a>(
        &'a self,
        text: &str,
        at: usize,
        ends: &[usize; MAX_NAME_WORDS],
        k: usize,
    ) -> std::borrow::Cow<'a, str> {
        match &self.full {
            Some((key, cuts)) => std::borrow::Cow::Borrowed(&key[..cuts[k - 1]]),
            None => std::borrow::Cow::Owned(fold_key(&text[at..ends[k - 1]])),
        }
    }
}
