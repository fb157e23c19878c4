//! The word lists of `src/lexicon/` used by date and ratio extraction, parsed once.

use std::collections::HashMap;
use std::sync::LazyLock;

/// One entry of a word list: the phrase (lowercase words) and its optional value column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    pub words: Vec<String>,
    pub value: String,
}

/// Parses a list: one entry a line, `#` comments, blank lines ignored, an optional second
/// column after a tab.
pub(crate) fn parse(src: &str) -> Vec<Entry> {
    src.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| {
            let mut cols = l.split('\t');
            let phrase = cols.next().unwrap_or("").trim();
            let value = cols.next().unwrap_or("").trim().to_string();
            Entry {
                words: phrase.split_whitespace().map(str::to_string).collect(),
                value,
            }
        })
        .collect()
}

pub(crate) const DATE_WORDS: &str = include_str!("../lexicon/date_words.txt");
pub(crate) const PARTS_OF_DAY: &str = include_str!("../lexicon/parts_of_day.txt");
pub(crate) const WEEKDAYS: &str = include_str!("../lexicon/weekdays.txt");
pub(crate) const LUNAR_MONTHS: &str = include_str!("../lexicon/lunar_months.txt");
pub(crate) const RATIO_UNITS: &str = include_str!("../lexicon/ratio_units.txt");
pub(crate) const PLACE_UNITS: &str = include_str!("../lexicon/subject_units.txt");
pub(crate) const RATIO_CUES: &str = include_str!("../lexicon/ratio_cues.txt");

/// All lists, by file name (for the hygiene test).
#[cfg(test)]
pub(crate) const ALL: [(&str, &str); 7] = [
    ("date_words.txt", DATE_WORDS),
    ("parts_of_day.txt", PARTS_OF_DAY),
    ("weekdays.txt", WEEKDAYS),
    ("lunar_months.txt", LUNAR_MONTHS),
    ("ratio_units.txt", RATIO_UNITS),
    ("subject_units.txt", PLACE_UNITS),
    ("ratio_cues.txt", RATIO_CUES),
];

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
    for e in parse(DATE_WORDS) {
        if let [w] = e.words.as_slice() {
            map.insert(w.clone(), role(&e.value));
        }
    }
    for e in parse(PARTS_OF_DAY) {
        if let [w] = e.words.as_slice() {
            map.insert(w.clone(), Kw::Part);
        }
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

/// A phrase list with a numeric value per phrase, longest phrases first.
pub(crate) struct Phrases {
    pub list: Vec<(Vec<String>, u32)>,
}

fn phrases(src: &str) -> Phrases {
    let mut list: Vec<(Vec<String>, u32)> = parse(src)
        .into_iter()
        .map(|e| (e.words, e.value.parse().unwrap_or(0)))
        .collect();
    list.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
    Phrases { list }
}

pub(crate) static WEEKDAY_PHRASES: LazyLock<Phrases> = LazyLock::new(|| phrases(WEEKDAYS));
pub(crate) static LUNAR_MONTH_PHRASES: LazyLock<Phrases> = LazyLock::new(|| phrases(LUNAR_MONTHS));
pub(crate) static UNIT_PHRASES: LazyLock<Phrases> = LazyLock::new(|| phrases(RATIO_UNITS));
pub(crate) static PLACE_PHRASES: LazyLock<Phrases> = LazyLock::new(|| phrases(PLACE_UNITS));
pub(crate) static CUE_PHRASES: LazyLock<Phrases> = LazyLock::new(|| phrases(RATIO_CUES));

/// How a clock reading in a part of the day becomes 24-hour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Clock {
    Am,
    Noon,
    Pm,
    Night,
}

pub(crate) static PART_CLOCK: LazyLock<HashMap<String, Clock>> = LazyLock::new(|| {
    parse(PARTS_OF_DAY)
        .into_iter()
        .filter_map(|e| {
            let clock = match e.value.as_str() {
                "am" => Clock::Am,
                "noon" => Clock::Noon,
                "pm" => Clock::Pm,
                "night" => Clock::Night,
                _ => return None,
            };
            Some((e.words.join(" "), clock))
        })
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    /// The rules every word list shares (NFC, trimmed, normalized form, no duplicate
    /// line) are in tests/lexicons.rs; these are the rules of these lists.
    #[test]
    fn lexicon_hygiene() {
        for (name, src) in ALL {
            let mut seen = std::collections::HashSet::new();
            for (n, line) in src.lines().enumerate() {
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let at = format!("src/lexicon/{name}:{}", n + 1);
                let key = line.split('\t').next().unwrap_or("");
                assert!(!key.is_empty(), "{at}: empty entry");
                assert_eq!(key, key.to_lowercase(), "{at}: not lowercase");
                assert!(seen.insert(key.to_string()), "{at}: duplicate {key:?}");
            }
        }
    }

    #[test]
    fn every_date_word_has_a_role() {
        for e in parse(DATE_WORDS) {
            assert_ne!(role(&e.value), Kw::None, "unknown role {:?}", e.value);
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
        assert_eq!(PART_CLOCK.len(), parse(PARTS_OF_DAY).len());
    }
}
