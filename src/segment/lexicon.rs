//! The abbreviation list: the built-in entries, a user's own, and lookup. The word lists
//! (`abbreviations.txt`, `person_titles.txt`, `sentence_starters.txt`) are read through
//! the crate's one lexicon reader, [`crate::text::lexicon`].

use std::fmt;

use crate::text::lexicon;

/// A problem with an abbreviation entry a user gave.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SegmentError {
    /// An entry that can never match: empty, with whitespace inside, or without a period.
    InvalidAbbreviation {
        /// 1-based line of the list, or 1-based position among the entries a user gave.
        line: usize,
        /// The offending entry as written.
        entry: String,
    },
    /// A second column other than `may-end`. Only the built-in list has a second column,
    /// and its test checks it, so this is no longer returned; kept for callers that match
    /// on it.
    UnknownFlag {
        /// 1-based line of the list.
        line: usize,
        /// The offending line as written.
        text: String,
    },
}

impl fmt::Display for SegmentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SegmentError::InvalidAbbreviation { line, entry } => write!(
                f,
                "invalid abbreviation {entry:?} at line {line}: an entry needs a period and no whitespace"
            ),
            SegmentError::UnknownFlag { line, text } => {
                write!(
                    f,
                    "unknown flag at line {line} in {text:?}: expected `may-end`"
                )
            }
        }
    }
}

impl std::error::Error for SegmentError {}

/// One abbreviation: its text and whether it may also end a sentence.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Entry {
    pub(crate) text: String,
    pub(crate) may_end: bool,
}

/// Checks one entry; `line` is used in the error.
pub(crate) fn check_entry(text: &str, line: usize) -> Result<(), SegmentError> {
    if text.is_empty() || text.chars().any(char::is_whitespace) || !text.contains('.') {
        return Err(SegmentError::InvalidAbbreviation {
            line,
            entry: text.to_owned(),
        });
    }
    Ok(())
}

/// The built-in abbreviations (`src/lexicon/abbreviations.txt`): the first column, and
/// `may-end` in the second for an abbreviation that may also end a sentence.
pub(crate) fn builtin() -> Vec<Entry> {
    lexicon::ABBREVIATIONS
        .entries()
        .map(|e| Entry {
            text: e.key().to_owned(),
            may_end: e.column(1) == Some(MAY_END),
        })
        .collect()
}

/// The flag of an abbreviation that may also end a sentence ("v.v.").
const MAY_END: &str = "may-end";

/// What the segmenter knows about a token that ends in a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Not an abbreviation.
    No,
    /// An abbreviation: the period never ends a sentence.
    Protected,
    /// An abbreviation that may close a sentence ("v.v.").
    MayEnd,
}

/// The compiled abbreviation set: every entry and every dotted prefix of it, as the text
/// up to and including a period ("PGS.TS." gives "PGS." and "PGS.TS."; "Th.S" gives "Th.").
#[derive(Clone, Debug)]
pub(crate) struct Abbreviations {
    /// Sorted, unique keys, each ending in "."; the flag says `may-end`.
    keys: Vec<(Box<str>, bool)>,
    /// Longest key in bytes: longer tokens are not looked up.
    max_len: usize,
    /// For each first byte, bit `n` is set when a key of `n` bytes opens with it (bit 63:
    /// of 63 bytes or more): most tokens before a period (ordinary words) are ruled out
    /// without the search.
    lens: Vec<u64>,
}

impl Abbreviations {
    pub(crate) fn new(entries: &[Entry]) -> Abbreviations {
        let mut keys: Vec<(Box<str>, bool)> = Vec::new();
        for e in entries {
            for (i, _) in e.text.match_indices('.') {
                let key = &e.text[..=i];
                let may_end = e.may_end && key.len() == e.text.len();
                keys.push((key.into(), may_end));
            }
        }
        keys.sort();
        // A key that is both protected and may-end (a prefix of one entry, the whole of
        // another) is protected: never split is the safer reading.
        keys.dedup_by(|later, earlier| {
            if later.0 == earlier.0 {
                earlier.1 &= later.1;
                true
            } else {
                false
            }
        });
        let max_len = keys.iter().map(|k| k.0.len()).max().unwrap_or(0);
        let mut lens = vec![0u64; 256];
        for (k, _) in &keys {
            if let Some(&b) = k.as_bytes().first() {
                lens[usize::from(b)] |= 1 << k.len().min(63);
            }
        }
        Abbreviations {
            keys,
            max_len,
            lens,
        }
    }

    /// Looks up `key`, which ends with ".".
    pub(crate) fn get(&self, key: &str) -> Abbrev {
        if key.len() > self.max_len {
            return Abbrev::No;
        }
        let lens = key
            .as_bytes()
            .first()
            .map_or(0, |&b| self.lens[usize::from(b)]);
        if lens & 1 << key.len().min(63) == 0 {
            return Abbrev::No;
        }
        match self.keys.binary_search_by(|(k, _)| k.as_ref().cmp(key)) {
            Ok(i) if self.keys[i].1 => Abbrev::MayEnd,
            Ok(_) => Abbrev::Protected,
            Err(_) => Abbrev::No,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first-byte and length look answers as the search alone, for every key, its
    /// neighbours and words of every length.
    #[test]
    fn lookup_is_the_search() {
        let mut entries = builtin();
        entries.push(Entry {
            text: format!("{}.", "X".repeat(70)),
            may_end: false,
        });
        let a = Abbreviations::new(&entries);
        let search = |key: &str| match a.keys.binary_search_by(|(k, _)| k.as_ref().cmp(key)) {
            Ok(i) if a.keys[i].1 => Abbrev::MayEnd,
            Ok(_) => Abbrev::Protected,
            Err(_) => Abbrev::No,
        };
        let mut keys: Vec<String> = a.keys.iter().map(|(k, _)| k.to_string()).collect();
        for k in keys.clone() {
            keys.push(format!("a{k}"));
            keys.push(k[1..].to_string());
            keys.push(k.to_lowercase());
        }
        for n in 0..80 {
            keys.push(format!("{}.", "X".repeat(n)));
            keys.push(format!("{}.", "T".repeat(n)));
            keys.push(format!("{}.", "đ".repeat(n)));
        }
        for k in &keys {
            assert_eq!(a.get(k), search(k), "{k:?}");
        }
        assert_eq!(a.get(&format!("{}.", "X".repeat(70))), Abbrev::Protected);
    }

    #[test]
    fn builtin_list_compiles() {
        let a = Abbreviations::new(&builtin());
        assert_eq!(a.get("TP."), Abbrev::Protected);
        assert_eq!(a.get("PGS."), Abbrev::Protected);
        assert_eq!(a.get("Th."), Abbrev::Protected);
        assert_eq!(a.get("v."), Abbrev::Protected);
        assert_eq!(a.get("v.v."), Abbrev::MayEnd);
        assert_eq!(a.get("ông."), Abbrev::No);
    }

    /// The rules of the segmenter's lists (the shared ones are `text::lexicon`'s hygiene
    /// test): every abbreviation is a usable entry with no flag but `may-end`, and every
    /// list is sorted by byte order.
    #[test]
    fn lists_are_usable_and_sorted() {
        for e in lexicon::ABBREVIATIONS.entries() {
            let at = format!("src/lexicon/abbreviations.txt:{}", e.line);
            assert_eq!(check_entry(e.key(), e.line), Ok(()), "{at}");
            assert!(e.columns.len() <= 2, "{at}: more than two columns");
            assert!(
                e.column(1).is_none_or(|f| f == MAY_END),
                "{at}: unknown flag, expected `may-end`"
            );
        }
        for list in [
            lexicon::ABBREVIATIONS,
            lexicon::PERSON_TITLES,
            lexicon::SENTENCE_STARTERS,
        ] {
            let keys: Vec<&str> = list.keys().collect();
            assert!(
                keys.is_sorted(),
                "src/lexicon/{}: entries must be sorted by byte order",
                list.file
            );
        }
    }

    #[test]
    fn bad_user_entries_are_errors() {
        assert!(matches!(
            check_entry("T S.", 2),
            Err(SegmentError::InvalidAbbreviation { line: 2, .. })
        ));
        assert!(check_entry("TP", 1).is_err());
        assert!(check_entry("", 1).is_err());
    }
}
