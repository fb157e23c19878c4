//! The abbreviation and person-title lists: parsing and lookup.

use std::fmt;

/// The built-in abbreviation list (`src/lexicon/abbreviations.txt`).
pub(crate) const ABBREVIATIONS: &str = include_str!("../lexicon/abbreviations.txt");

/// Words that come before a personal name (`src/lexicon/person_titles.txt`).
pub(crate) const PERSON_TITLES: &str = include_str!("../lexicon/person_titles.txt");

/// Words that open a sentence and never a name (`src/lexicon/sentence_starters.txt`).
pub(crate) const SENTENCE_STARTERS: &str = include_str!("../lexicon/sentence_starters.txt");

/// A problem with an abbreviation entry, from the built-in list or a user's.
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
    /// A second column other than `may-end`.
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

/// Parses an abbreviation list: one entry a line, `#` comments, blank lines skipped,
/// an optional tab-separated `may-end` column.
pub(crate) fn parse(text: &str) -> Result<Vec<Entry>, SegmentError> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (entry, flag) = match line.split_once('\t') {
            Some((e, f)) => (e.trim(), Some(f.trim())),
            None => (line, None),
        };
        check_entry(entry, i + 1)?;
        let may_end = match flag {
            None => false,
            Some("may-end") => true,
            Some(_) => {
                return Err(SegmentError::UnknownFlag {
                    line: i + 1,
                    text: raw.to_owned(),
                });
            }
        };
        out.push(Entry {
            text: entry.to_owned(),
            may_end,
        });
    }
    Ok(out)
}

/// Parses a plain word list: one entry a line, `#` comments.
pub(crate) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

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
#[derive(Clone, Debug, Default)]
pub(crate) struct Abbreviations {
    /// Sorted, unique keys, each ending in "."; the flag says `may-end`.
    keys: Vec<(Box<str>, bool)>,
    /// Longest key in bytes: longer tokens are not looked up.
    max_len: usize,
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
        Abbreviations { keys, max_len }
    }

    /// Looks up `key`, which ends with ".".
    pub(crate) fn get(&self, key: &str) -> Abbrev {
        if key.len() > self.max_len {
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

    #[test]
    fn builtin_list_parses() {
        let entries = parse(ABBREVIATIONS).unwrap();
        assert!(entries.len() > 20);
        let a = Abbreviations::new(&entries);
        assert_eq!(a.get("TP."), Abbrev::Protected);
        assert_eq!(a.get("PGS."), Abbrev::Protected);
        assert_eq!(a.get("Th."), Abbrev::Protected);
        assert_eq!(a.get("v."), Abbrev::Protected);
        assert_eq!(a.get("v.v."), Abbrev::MayEnd);
        assert_eq!(a.get("ông."), Abbrev::No);
    }

    #[test]
    fn bad_entries_are_errors() {
        assert!(matches!(
            parse("TP.\nT S.\n"),
            Err(SegmentError::InvalidAbbreviation { line: 2, .. })
        ));
        assert!(matches!(
            parse("v.v.\tfinal\n"),
            Err(SegmentError::UnknownFlag { line: 1, .. })
        ));
        assert!(parse("TP\n").is_err());
    }
}
