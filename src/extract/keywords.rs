//! The date and ratio keywords: the word lists of `src/lexicon/` that the date and ratio
//! grammars read, each read once through [`crate::text::lexicon`].

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::text::lexicon::{self, Lexicon};

/// The grammatical role of a date word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) enum Kw {
    #[default]
    None,
    Day,
    Ordinal,
    Month,
    Quarter,
    Year,
    Week,
    Hom,
    This,
    Past,
    Previous,
    Next,
    Tomorrow,
    Far,
    LastYear,
    Start,
    End,
    Middle,
    Weekday,
    FullMoon,
    Tet,
    Lunar,
    From,
    Until,
    Through,
    Hour,
    Minute,
    Period,
    Part,
}

fn role(s: &str) -> Kw {
    match s {
        "day" => Kw::Day,
        "ordinal" => Kw::Ordinal,
        "month" => Kw::Month,
        "quarter" => Kw::Quarter,
        "year" => Kw::Year,
        "week" => Kw::Week,
        "hom" => Kw::Hom,
        "this" => Kw::This,
        "past" => Kw::Past,
        "previous" => Kw::Previous,
        "next" => Kw::Next,
        "tomorrow" => Kw::Tomorrow,
        "far" => Kw::Far,
        "last_year" => Kw::LastYear,
        "start" => Kw::Start,
        "end" => Kw::End,
        "middle" => Kw::Middle,
        "weekday" => Kw::Weekday,
        "full_moon" => Kw::FullMoon,
        "tet" => Kw::Tet,
        "lunar" => Kw::Lunar,
        "from" => Kw::From,
        "until" => Kw::Until,
        "through" => Kw::Through,
        "hour" => Kw::Hour,
        "minute" => Kw::Minute,
        "period" => Kw::Period,
        _ => Kw::None,
    }
}

/// A small fast hasher (FNV-1a) for the short keyword strings; the table is fixed data,
/// so resistance to collision attacks is not needed.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

type FastMap<V> = HashMap<String, V, std::hash::BuildHasherDefault<Fnv>>;

/// Keyword table: lowercase word → role; and the longest keyword in bytes.
pub(crate) struct Keywords {
    pub map: FastMap<Kw>,
    pub max_len: usize,
    /// Open addressing over [`slot`] (keys are lowercase): most words of a text are not
    /// keywords and are rejected by one probe, without hashing the whole word.
    slots: Vec<Option<(Box<[u8]>, Kw)>>,
}

const SLOTS: usize = 512;

/// A cheap hash of a short word that ignores ASCII case: its length and its first, middle
/// and last bytes, each with bit 5 set (so `A` and `a` hash alike; other bytes only need
/// to hash consistently).
#[inline(always)]
fn slot(w: &[u8]) -> usize {
    let n = w.len();
    if n == 0 {
        return 0;
    }
    let h = (u32::from(w[0]) << 24 | u32::from(w[n - 1]) << 16 | u32::from(w[n / 2]) << 8)
        | 0x2020_2000
        | (n as u32 & 0xff);
    (h.wrapping_mul(0x9E37_79B1) >> 23) as usize & (SLOTS - 1)
}

impl Keywords {
    /// The role of the word `w` lowercased in ASCII (`Kw::None` when it is not a
    /// keyword): one probe rejects most words, with no copy.
    #[inline(always)]
    pub fn get(&self, w: &[u8]) -> Kw {
        if w.len() > self.max_len {
            return Kw::None;
        }
        let mut k = slot(w);
        loop {
            match &self.slots[k] {
                None => return Kw::None,
                Some((key, kw)) if key.eq_ignore_ascii_case(w) => return *kw,
                Some(_) => k = (k + 1) & (SLOTS - 1),
            }
        }
    }
}

pub(crate) static KEYWORDS: LazyLock<Keywords> = LazyLock::new(|| {
    let mut map = FastMap::default();
    for (w, role) in single_words(lexicon::DATE_WORDS) {
        map.insert(w.to_string(), self::role(role));
    }
    for (w, _) in single_words(lexicon::PARTS_OF_DAY) {
        map.insert(w.to_string(), Kw::Part);
    }
    let max_len = map.keys().map(String::len).max().unwrap_or(0);
    // the table stays at most half full, so every probe sequence meets an empty slot
    let mut slots: Vec<Option<(Box<[u8]>, Kw)>> = vec![None; SLOTS];
    for (w, &kw) in map.iter().take(SLOTS / 2) {
        let mut k = slot(w.as_bytes());
        while slots[k].is_some() {
            k = (k + 1) & (SLOTS - 1);
        }
        slots[k] = Some((w.as_bytes().into(), kw));
    }
    Keywords {
        map,
        max_len,
        slots,
    }
});

/// The one-word entries of a list with their second column (`""` when it has none).
fn single_words(lex: Lexicon) -> impl Iterator<Item = (&'static str, &'static str)> {
    lex.entries()
        .filter(|e| !e.key().contains(' '))
        .map(|e| (e.key(), e.column(1).unwrap_or("")))
}

/// A phrase list with a numeric value per phrase (0 when it has none), longest phrases
/// first.
pub(crate) struct Phrases {
    pub list: Vec<(Vec<&'static str>, u32)>,
}

fn phrases(lex: Lexicon) -> Phrases {
    let mut list: Vec<(Vec<&'static str>, u32)> = lex
        .entries()
        .map(|e| {
            let value = e.column(1).map_or(0, |v| v.parse().unwrap_or(0));
            (e.key().split_whitespace().collect(), value)
        })
        .collect();
    list.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
    Phrases { list }
}

/// The words of a one-word list.
fn words(lex: Lexicon) -> Vec<&'static str> {
    lex.entries().map(|e| e.key()).collect()
}

pub(crate) static WEEKDAY_PHRASES: LazyLock<Phrases> = LazyLock::new(|| phrases(lexicon::WEEKDAYS));
pub(crate) static LUNAR_MONTH_PHRASES: LazyLock<Phrases> =
    LazyLock::new(|| phrases(lexicon::LUNAR_MONTHS));
/// Lunar month names that stand alone ("tháng Giêng").
pub(crate) static LUNAR_ONLY_MONTHS: LazyLock<Phrases> =
    LazyLock::new(|| phrases(lexicon::LUNAR_MONTH_NAMES));
pub(crate) static UNIT_PHRASES: LazyLock<Phrases> = LazyLock::new(|| phrases(lexicon::RATIO_UNITS));
pub(crate) static PLACE_PHRASES: LazyLock<Phrases> =
    LazyLock::new(|| phrases(lexicon::SUBJECT_UNITS));
pub(crate) static CUE_PHRASES: LazyLock<Phrases> = LazyLock::new(|| phrases(lexicon::RATIO_CUES));
pub(crate) static ITEM_OPENERS: LazyLock<Phrases> =
    LazyLock::new(|| phrases(lexicon::RATIO_ITEM_OPENERS));

/// The one-word lists, read by `Scanner::is_any`.
pub(crate) static DATE_CUES: LazyLock<Vec<&str>> = LazyLock::new(|| words(lexicon::DATE_CUES));
pub(crate) static DATE_PERIOD_NOUNS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(lexicon::DATE_PERIOD_NOUNS));
pub(crate) static DATE_QUANTIFIERS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(lexicon::DATE_QUANTIFIERS));
pub(crate) static NUMBER_CODE_CUES: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(lexicon::NUMBER_CODE_CUES));
pub(crate) static RATIO_NAMED_UNITS: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(lexicon::RATIO_NAMED_UNITS));
pub(crate) static TIME_CUES: LazyLock<Vec<&str>> = LazyLock::new(|| words(lexicon::TIME_CUES));
pub(crate) static TIME_DURATION_AFTER: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(lexicon::TIME_DURATION_AFTER));
pub(crate) static TIME_DURATION_BEFORE: LazyLock<Vec<&str>> =
    LazyLock::new(|| words(lexicon::TIME_DURATION_BEFORE));

/// How a clock reading in a part of the day becomes 24-hour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Clock {
    Am,
    Noon,
    Pm,
    Night,
}

pub(crate) static PART_CLOCK: LazyLock<HashMap<String, Clock>> = LazyLock::new(|| {
    lexicon::PARTS_OF_DAY
        .entries()
        .filter_map(|e| {
            let clock = match e.column(1)? {
                "am" => Clock::Am,
                "noon" => Clock::Noon,
                "pm" => Clock::Pm,
                "night" => Clock::Night,
                _ => return None,
            };
            Some((e.key().to_string(), clock))
        })
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    /// The shared rules (NFC, trimmed, unique, normalized form) are tested in
    /// src/text/lexicon.rs; the date and ratio lists are also lowercase, since the
    /// grammar compares them with words lowercased.
    #[test]
    fn keyword_lists_are_lowercase() {
        use lexicon::*;
        for lex in [
            DATE_CUES,
            DATE_PERIOD_NOUNS,
            DATE_QUANTIFIERS,
            DATE_WORDS,
            LUNAR_MONTHS,
            LUNAR_MONTH_NAMES,
            NUMBER_CODE_CUES,
            PARTS_OF_DAY,
            RATIO_CUES,
            RATIO_ITEM_OPENERS,
            RATIO_NAMED_UNITS,
            RATIO_UNITS,
            SUBJECT_UNITS,
            TIME_CUES,
            TIME_DURATION_AFTER,
            TIME_DURATION_BEFORE,
            WEEKDAYS,
        ] {
            for e in lex.entries() {
                assert_eq!(e.key(), e.key().to_lowercase(), "{}:{}", lex.file, e.line);
            }
        }
    }

    #[test]
    fn every_date_word_has_a_role() {
        for e in lexicon::DATE_WORDS.entries() {
            let role = e.column(1).unwrap_or("");
            assert_ne!(self::role(role), Kw::None, "unknown role {role:?}");
        }
        assert!(KEYWORDS.map.len() > 30);
        // the table must hold them all (half full at most), and token.rs lowercases
        // candidates into a 32-byte buffer
        assert!(KEYWORDS.map.len() <= SLOTS / 2);
        assert!(KEYWORDS.max_len <= 32);
        for (w, &kw) in &KEYWORDS.map {
            assert_eq!(KEYWORDS.get(w.as_bytes()), kw, "{w}");
        }
        assert_eq!(KEYWORDS.get(b"xyz"), Kw::None);
        assert_eq!(KEYWORDS.get("NGÀY".as_bytes()), Kw::None); // only ASCII case is ignored
        assert_eq!(KEYWORDS.get("NGàY".as_bytes()), Kw::Day);
        assert_eq!(PART_CLOCK.len(), lexicon::PARTS_OF_DAY.entries().count());
    }
}
