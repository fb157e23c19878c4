//! The date and ratio keywords: the word lists of `src/lexicon/` that the date and ratio
//! grammars read, each read once through [`crate::text::lexicon`].

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::text::dict::HashBits;

use crate::text::lexicon::{self, Lexicon};
use crate::text::tokens::{WordTags, ieq};

/// The grammatical role of a date word, stored in its token as the tag `role as u8`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(u8)]
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
    /// "xuân" (spring): before a can-chi year ("xuân Canh Tý").
    Spring,
    /// The first word of a festival not led by "Tết" ("Giỗ Tổ", "Vu Lan").
    Festival,
    /// Opens a decade, a century, a vague reference or a birth date (src/extract/date/era.rs).
    Era,
    /// A number in words before a duration unit ("hai năm"; duration_numbers.txt).
    Count,
    /// Makes the unit after it a recurrence ("hằng năm"; set_cues.txt).
    Every,
    /// A duration unit that is no date word ("tiếng", "giây"; duration_units.txt).
    Unit,
}

/// Every role, in the order of its tag.
const ROLES: [Kw; 37] = {
    use Kw::*;
    [
        None, Day, Ordinal, Month, Quarter, Year, Week, Hom, This, Past, Previous, Next, Tomorrow,
        Far, LastYear, Start, End, Middle, Weekday, FullMoon, Tet, Lunar, From, Until, Through,
        Hour, Minute, Period, Part, Spring, Festival, Era, Count, Every, Unit,
        // CUE_TAG and EVENT_TAG: no role in the date grammar
        None, None,
    ]
};

/// The tag of the first word of a reporting word of statements ("cho" of "cho biết",
/// `statement_cues.txt`), unless a date role overrides it: the statements' scan reads only
/// tagged words. The date grammar sees no role in it ([`Kw::from_tag`] gives `None`).
pub(crate) const CUE_TAG: u8 = 35;

/// The tag of the first word of an event's trigger ("làm" of "làm việc với",
/// `event_triggers.txt`), unless a date role or a reporting word's tag overrides it: the
/// events' scan reads only tagged words. No role in the date grammar either.
pub(crate) const EVENT_TAG: u8 = 36;

impl Kw {
    /// The role of a token's tag (`Kw::None` for 0 and any unknown tag).
    #[inline]
    pub(crate) fn from_tag(tag: u8) -> Kw {
        ROLES.get(usize::from(tag)).copied().unwrap_or(Kw::None)
    }
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
        "spring" => Kw::Spring,
        "festival" => Kw::Festival,
        "era" => Kw::Era,
        _ => Kw::None,
    }
}

/// The date words (with the parts of the day), and the words of durations and sets:
/// word → role, as token tags (a date word keeps its date role).
pub(crate) static KEYWORDS: LazyLock<WordTags> = LazyLock::new(|| {
    let tagged = |lex, kw: Kw| single_words(lex).map(move |(w, _)| (w.to_string(), kw as u8));
    let counts = tagged(lexicon::DURATION_NUMBERS, Kw::Count);
    let sets = tagged(lexicon::SET_CUES, Kw::Every);
    let units = tagged(lexicon::DURATION_UNITS, Kw::Unit);
    let dates = single_words(lexicon::DATE_WORDS).map(|(w, r)| (w.to_string(), role(r) as u8));
    let parts = single_words(lexicon::PARTS_OF_DAY).map(|(w, _)| (w.to_string(), Kw::Part as u8));
    let cues = lexicon::STATEMENT_CUES.entries().filter_map(|e| {
        let first = e.key().split(' ').next()?;
        Some((first.to_string(), CUE_TAG))
    });
    let triggers = lexicon::EVENT_TRIGGERS.entries().filter_map(|e| {
        let first = e.key().split(' ').next()?;
        Some((first.to_string(), EVENT_TAG))
    });
    // a later entry wins: the date roles come last (a reporting word's or a trigger's first
    // word that is also a date word keeps its date role, and a non-zero tag)
    WordTags::new(
        triggers
            .chain(cues)
            .chain(counts)
            .chain(sets)
            .chain(units)
            .chain(dates)
            .chain(parts),
    )
});

/// The one-word entries of a list with their second column (`""` when it has none).
fn single_words(lex: Lexicon) -> impl Iterator<Item = (&'static str, &'static str)> {
    lex.entries()
        .filter(|e| !e.key().contains(' '))
        .map(|e| (e.key(), e.column(1).unwrap_or("")))
}

/// The hash a token of the lowercase word `w` carries. A list word is its own folded
/// form (lowercase, word characters that fold to themselves: see the test
/// `list_words_fold_to_themselves`), so this is the hash of every word equal to it
/// ignoring case.
pub(crate) fn hash_of(w: &str) -> u32 {
    crate::text::dict::word_hash(w.as_bytes())
}

/// A one-word list, read by `Scanner::is_any`: its words with their hashes, and the set
/// of those hashes, so most words are rejected without a comparison.
#[derive(Debug)]
pub(crate) struct WordList {
    words: Vec<(&'static str, u32)>,
    hashes: HashBits,
}

impl WordList {
    pub(crate) fn new(words: impl IntoIterator<Item = &'static str>) -> WordList {
        let words: Vec<(&str, u32)> = words.into_iter().map(|w| (w, hash_of(w))).collect();
        let mut hashes = HashBits::default();
        for &(_, h) in &words {
            hashes.insert(h);
        }
        WordList { words, hashes }
    }

    /// True when the word `w`, whose token hash is `hash`, equals a word of the list
    /// ignoring case (`ieq`).
    #[inline]
    pub(crate) fn contains(&self, w: &str, hash: u32) -> bool {
        self.hashes.may_contain(hash) && self.words.iter().any(|&(x, h)| h == hash && ieq(w, x))
    }

    /// The words.
    #[cfg(test)]
    pub(crate) fn words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.words.iter().map(|&(w, _)| w)
    }
}

/// A phrase list with a numeric value per phrase (0 when it has none), longest phrases
/// first, with its entries grouped by first word so that a word is compared once with
/// the first word it can be (see `Scanner::phrase`).
pub(crate) struct Phrases {
    /// The entries as listed (what the tests compare the look-ups with).
    #[cfg(test)]
    pub list: Vec<(Vec<&'static str>, u32)>,
    /// The distinct first words, grouped by the bucket of their hash ([`bucket`]) and
    /// sorted by hash within it.
    firsts: Vec<First>,
    /// For each bucket, the index in `firsts` of its first word, and of the next
    /// bucket's: a word's candidates are read at once, without a search.
    buckets: Box<[u16; BUCKETS + 1]>,
    /// The hashes of the first words.
    pub hashes: HashBits,
    /// The entries of `list`, grouped by first word (in `list`'s order within a group),
    /// each as [`Entry`]: what a look-up reads, side by side.
    entries: Vec<Entry>,
    /// The words of the entries after their first, [`Entry::rest`] a range of them.
    rest_words: Vec<&'static str>,
}

/// A distinct first word of a [`Phrases`]: the word, its hash ([`hash_of`]) and the range
/// in [`Phrases::entries`] of the entries it starts.
struct First {
    word: &'static str,
    hash: u32,
    entries: (u32, u32),
}

/// An entry of a [`Phrases`] as a look-up reads it: the hash of its second word (0 for
/// one word: an entry whose second word is not the next token's hash is passed over
/// without reading it), its value, and its words after the first (a range of
/// [`Phrases::rest_words`]).
#[derive(Clone, Copy)]
pub(crate) struct Entry {
    second: u32,
    value: u32,
    rest: (u32, u32),
}

/// The buckets of [`Phrases::buckets`]: those of [`HashBits`], so a word whose bit is not
/// set has an empty bucket.
const BUCKETS: usize = 1024;

/// The bucket of the hash `hash` (the bit [`HashBits`] sets for it).
fn bucket(hash: u32) -> usize {
    hash as usize % BUCKETS
}

impl Phrases {
    /// The list, longest phrases first, grouped by first word; entries without words (a
    /// lexicon key is never empty) are dropped.
    pub(crate) fn new(mut list: Vec<(Vec<&'static str>, u32)>) -> Phrases {
        list.retain(|e| !e.0.is_empty());
        list.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        // each distinct first word with the indices into `list` of its entries
        let mut groups: Vec<(&'static str, u32, Vec<usize>)> = Vec::new();
        let mut hashes = HashBits::default();
        for (k, (words, _)) in list.iter().enumerate() {
            let w = words[0];
            match groups.iter_mut().find(|f| f.0 == w) {
                Some(f) => f.2.push(k),
                None => {
                    let h = hash_of(w);
                    hashes.insert(h);
                    groups.push((w, h, vec![k]));
                }
            }
        }
        groups.sort_by_key(|f| (bucket(f.1), f.1));
        let (mut firsts, mut entries, mut rest_words) = (Vec::new(), Vec::new(), Vec::new());
        for (word, hash, ks) in groups {
            let from = entries.len() as u32;
            for k in ks {
                let (words, value) = &list[k];
                let at = rest_words.len() as u32;
                rest_words.extend_from_slice(&words[1..]);
                entries.push(Entry {
                    second: words.get(1).map_or(0, |w| hash_of(w)),
                    value: *value,
                    rest: (at, rest_words.len() as u32),
                });
            }
            firsts.push(First {
                word,
                hash,
                entries: (from, entries.len() as u32),
            });
        }
        // (the lists have at most a few hundred first words)
        let mut buckets = Box::new([0u16; BUCKETS + 1]);
        for (b, at) in buckets.iter_mut().enumerate() {
            *at = firsts.partition_point(|f| bucket(f.hash) < b) as u16;
        }
        Phrases {
            #[cfg(test)]
            list,
            firsts,
            buckets,
            hashes,
            entries,
            rest_words,
        }
    }

    /// Whether an entry is the words `word(0)`, `word(1)`, … (compared ignoring case), for
    /// words that are no document's tokens (an organization's name). `word(0)` is
    /// lowercase, as a list word is: its hash is [`hash_of`] it.
    pub(crate) fn starts<'w>(&self, word: impl Fn(usize) -> Option<&'w str>) -> bool {
        let Some(first) = word(0) else {
            return false;
        };
        self.starting(first, hash_of(first)).iter().any(|e| {
            self.rest(e)
                .iter()
                .enumerate()
                .all(|(n, w)| word(n + 1).is_some_and(|x| ieq(x, w)))
        })
    }

    /// The entries (in `list`'s order) whose first word is `first` (compared ignoring
    /// case), whose hash ([`hash_of`]) is `hash`; empty when none.
    #[inline]
    pub(crate) fn starting(&self, first: &str, hash: u32) -> &[Entry] {
        let b = bucket(hash);
        let (from, to) = (self.buckets[b], self.buckets[b + 1]);
        self.firsts
            .get(usize::from(from)..usize::from(to))
            .unwrap_or_default()
            .iter()
            .find(|f| f.hash == hash && ieq(first, f.word))
            .and_then(|f| self.entries.get(f.entries.0 as usize..f.entries.1 as usize))
            .unwrap_or_default()
    }

    /// The words of the entry `e` after its first.
    #[inline]
    pub(crate) fn rest(&self, e: &Entry) -> &[&'static str] {
        self.rest_words
            .get(e.rest.0 as usize..e.rest.1 as usize)
            .unwrap_or_default()
    }
}

impl Entry {
    /// The entry's value.
    #[inline]
    pub(crate) fn value(&self) -> u32 {
        self.value
    }

    /// Whether the entry may start at a word whose next token's hash is `next`: it is
    /// one word, or its second word has that hash.
    #[inline]
    pub(crate) fn may_follow(&self, next: u32) -> bool {
        self.rest.0 == self.rest.1 || self.second == next
    }
}

pub(crate) fn phrases(lex: Lexicon) -> Phrases {
    Phrases::new(entries(lex))
}

/// The entries of a phrase list: words and value.
fn entries(lex: Lexicon) -> Vec<(Vec<&'static str>, u32)> {
    lex.entries()
        .map(|e| {
            let value = e.column(1).map_or(0, |v| v.parse().unwrap_or(0));
            (e.key().split_whitespace().collect(), value)
        })
        .collect()
}

/// The words of a one-word list.
pub(crate) fn words(lex: Lexicon) -> WordList {
    WordList::new(lex.entries().map(|e| e.key()))
}

pub(crate) static WEEKDAY_PHRASES: LazyLock<Phrases> = LazyLock::new(|| phrases(lexicon::WEEKDAYS));
pub(crate) static LUNAR_MONTH_PHRASES: LazyLock<Phrases> =
    LazyLock::new(|| phrases(lexicon::LUNAR_MONTHS));
/// Lunar month names that stand alone ("tháng Giêng").
pub(crate) static LUNAR_ONLY_MONTHS: LazyLock<Phrases> =
    LazyLock::new(|| phrases(lexicon::LUNAR_MONTH_NAMES));
/// The stems of the sexagenary cycle with their index (Giáp = 0).
pub(crate) static CAN_CHI_STEMS: LazyLock<Phrases> =
    LazyLock::new(|| phrases(lexicon::CAN_CHI_STEMS));
/// The branches of the sexagenary cycle with their index (Tý = 0).
pub(crate) static CAN_CHI_BRANCHES: LazyLock<Phrases> =
    LazyLock::new(|| phrases(lexicon::CAN_CHI_BRANCHES));
/// The value of a solar festival in [`FESTIVALS`] (added to `100 * month + day`).
pub(crate) const SOLAR_FESTIVAL: u32 = 10_000;
/// Festivals: `100 * month + day` of the lunar calendar, [`SOLAR_FESTIVAL`] more for a
/// solar day, 0 for a "Tết …" that is no day of the table.
pub(crate) static FESTIVALS: LazyLock<Phrases> = LazyLock::new(|| {
    let list = lexicon::LUNAR_FESTIVALS
        .entries()
        .map(|e| {
            let num = |k| e.column(k).and_then(|v| v.parse::<u32>().ok()).unwrap_or(0);
            let md = 100 * num(2) + num(3);
            let value = match e.column(1) {
                Some("lunar") => md,
                Some("solar") => SOLAR_FESTIVAL + md,
                _ => 0,
            };
            (e.key().split_whitespace().collect(), value)
        })
        .collect();
    Phrases::new(list)
});
/// The value of a unit phrase that names one whole ("diện tích"); counted units have 0.
pub(crate) const WHOLE: u32 = 1;

/// The nouns after a ratio: the counted ones (value 0) and the wholes ([`WHOLE`]).
pub(crate) static UNIT_PHRASES: LazyLock<Phrases> = LazyLock::new(|| {
    let mut list = entries(lexicon::RATIO_UNITS);
    list.extend(
        entries(lexicon::RATIO_WHOLES)
            .into_iter()
            .map(|(w, _)| (w, WHOLE)),
    );
    Phrases::new(list)
});
pub(crate) static SUBJECT_UNIT_PHRASES: LazyLock<Phrases> =
    LazyLock::new(|| phrases(lexicon::SUBJECT_UNITS));
pub(crate) static CUE_PHRASES: LazyLock<Phrases> = LazyLock::new(|| phrases(lexicon::RATIO_CUES));
pub(crate) static ITEM_OPENERS: LazyLock<Phrases> =
    LazyLock::new(|| phrases(lexicon::RATIO_ITEM_OPENERS));

/// The one-word lists, read by `Scanner::is_any`.
pub(crate) static DATE_CUES: LazyLock<WordList> = LazyLock::new(|| words(lexicon::DATE_CUES));
pub(crate) static DATE_AFTER_WORDS: LazyLock<WordList> =
    LazyLock::new(|| words(lexicon::DATE_AFTER_WORDS));
pub(crate) static DATE_SCORE_CUES: LazyLock<WordList> =
    LazyLock::new(|| words(lexicon::DATE_SCORE_CUES));
pub(crate) static DATE_PERIOD_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| words(lexicon::DATE_PERIOD_NOUNS));
pub(crate) static DATE_QUANTIFIERS: LazyLock<WordList> =
    LazyLock::new(|| words(lexicon::DATE_QUANTIFIERS));
pub(crate) static FRACTION_CUES: LazyLock<WordList> =
    LazyLock::new(|| words(lexicon::FRACTION_CUES));
pub(crate) static NUMBER_SCALES: LazyLock<WordList> =
    LazyLock::new(|| words(lexicon::NUMBER_SCALES));
pub(crate) static NUMBER_CODE_CUES: LazyLock<WordList> =
    LazyLock::new(|| words(lexicon::NUMBER_CODE_CUES));
pub(crate) static RATIO_NAMED_UNITS: LazyLock<WordList> =
    LazyLock::new(|| words(lexicon::RATIO_NAMED_UNITS));
pub(crate) static DATE_REFERENCE_BLOCKERS: LazyLock<WordList> =
    LazyLock::new(|| words(lexicon::DATE_REFERENCE_BLOCKERS));

/// A number word's value in [`DURATION_NUMBERS`]: tenths of a unit, or one of these.
pub(crate) const COUNT_UNKNOWN: u32 = 1 << 30;
/// The value of "mươi" (tens: "hai mươi").
pub(crate) const COUNT_TENS: u32 = 1 << 29;
/// Set on a scale word's value ("chục", "trăm"), read only after "hàng".
pub(crate) const COUNT_SCALE: u32 = 1 << 28;

/// The numbers written in words of durations, with their value (see [`COUNT_UNKNOWN`]);
/// entries with an unknown value are dropped.
pub(crate) static DURATION_NUMBERS: LazyLock<Phrases> = LazyLock::new(|| {
    let list = lexicon::DURATION_NUMBERS
        .entries()
        .filter_map(|e| {
            let v = match e.column(1)? {
                "X" => COUNT_UNKNOWN,
                "tens" => COUNT_TENS,
                "0.5" => 5,
                n => 10 * n.parse::<u32>().ok().filter(|&n| n < 100_000)?,
            };
            let scale = if e.column(2) == Some("scale") {
                COUNT_SCALE
            } else {
                0
            };
            Some((e.key().split_whitespace().collect(), v | scale))
        })
        .collect();
    Phrases::new(list)
});

/// The TIMEX3 units of [`DURATION_UNITS`], by their value.
pub(crate) const DURATION_UNIT_NAMES: [&str; 9] = ["Y", "M", "W", "D", "H", "MIN", "S", "DE", "CE"];

/// Duration units with the index of their unit in [`DURATION_UNIT_NAMES`]; unknown units
/// are dropped.
pub(crate) static DURATION_UNITS: LazyLock<Phrases> =
    LazyLock::new(|| indexed(lexicon::DURATION_UNITS, &DURATION_UNIT_NAMES));

/// The TIMEX3 mods of [`DURATION_MODIFIERS`], by their value.
pub(crate) const DURATION_MOD_NAMES: [&str; 3] = ["MORE_THAN", "LESS_THAN", "APPROX"];

/// Words of approximation before a duration's count, with the index of their mod in
/// [`DURATION_MOD_NAMES`].
pub(crate) static DURATION_MODIFIERS: LazyLock<Phrases> =
    LazyLock::new(|| indexed(lexicon::DURATION_MODIFIERS, &DURATION_MOD_NAMES));

/// A phrase list whose second column is one of `names`, valued by its index there.
fn indexed(lex: Lexicon, names: &[&str]) -> Phrases {
    let list = lex
        .entries()
        .filter_map(|e| {
            let k = names.iter().position(|&n| Some(n) == e.column(1))?;
            Some((e.key().split_whitespace().collect(), k as u32))
        })
        .collect();
    Phrases::new(list)
}

pub(crate) static SET_BLOCKERS: LazyLock<WordList> = LazyLock::new(|| words(lexicon::SET_BLOCKERS));

/// A vague reference's TIMEX3 value, by its number in [`DATE_REFERENCES`]; `THEN` marks
/// a phrase that points back to the time named before it ("khi đó", "lúc đó"), whose value
/// is that time's ([`ANAPHOR`]).
pub(crate) const REFERENCE_VALUES: [&str; 4] = ["PRESENT_REF", "PAST_REF", "FUTURE_REF", "THEN"];

/// The number in [`REFERENCE_VALUES`] of a phrase that points back ("khi đó").
pub(crate) const ANAPHOR: u8 = 3;

/// The vague-reference phrases: value `k + 4 * w`, `k` an index into
/// [`REFERENCE_VALUES`] and `w` one plus the index into [`REFERENCE_NEEDS`] of the word
/// required before the phrase (0: none); unknown values are dropped.
pub(crate) static DATE_REFERENCES: LazyLock<Phrases> = LazyLock::new(|| {
    let list = lexicon::DATE_REFERENCES
        .entries()
        .filter_map(|e| {
            let v = e.column(1)?;
            let k = REFERENCE_VALUES.iter().position(|&x| x == v)?;
            let w = e.column(2).map_or(0, |need| {
                1 + REFERENCE_NEEDS.iter().position(|&n| n == need).unwrap_or(0)
            });
            Some((e.key().split_whitespace().collect(), (k + 4 * w) as u32))
        })
        .collect();
    Phrases::new(list)
});

/// The words required before some reference phrases (third column of the list), in order.
pub(crate) static REFERENCE_NEEDS: LazyLock<Vec<&str>> = LazyLock::new(|| {
    let mut v: Vec<&str> = lexicon::DATE_REFERENCES
        .entries()
        .filter_map(|e| e.column(2))
        .collect();
    v.dedup();
    v
});
pub(crate) static TIME_CUES: LazyLock<WordList> = LazyLock::new(|| words(lexicon::TIME_CUES));
pub(crate) static TIME_DURATION_AFTER: LazyLock<WordList> =
    LazyLock::new(|| words(lexicon::TIME_DURATION_AFTER));
pub(crate) static TIME_DURATION_BEFORE: LazyLock<WordList> =
    LazyLock::new(|| words(lexicon::TIME_DURATION_BEFORE));

/// The hours a part of the day spans on a 24-hour clock, `(from, to)` inclusive, `to`
/// past 24 for the next morning ("đêm" 18–29): how a 12-hour reading in it is read.
pub(crate) static PART_HOURS: LazyLock<HashMap<String, (u8, u8)>> = LazyLock::new(|| {
    lexicon::PARTS_OF_DAY
        .entries()
        .filter_map(|e| {
            let (a, b) = e.column(1)?.split_once('-')?;
            let (a, b) = (a.parse().ok()?, b.parse().ok()?);
            (a <= b).then(|| (e.key().to_string(), (a, b)))
        })
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    /// The word lists the date and ratio grammars read by their words' hashes.
    const KEYWORD_LISTS: [lexicon::Lexicon; 48] = [
        lexicon::CAN_CHI_BRANCHES,
        lexicon::HONORIFICS,
        lexicon::STATEMENT_BLOCKERS,
        lexicon::STATEMENT_CUES,
        lexicon::EVENT_ATTENDANCE,
        lexicon::EVENT_BLOCKERS,
        lexicon::EVENT_FILLERS,
        lexicon::EVENT_OBJECT_STOPS,
        lexicon::EVENT_LINKS,
        lexicon::EVENT_OBJECTS,
        lexicon::EVENT_ROLES,
        lexicon::EVENT_TRIGGERS,
        lexicon::AMOUNT_CHANGES,
        lexicon::AMOUNT_LABELS,
        lexicon::AMOUNT_MONEY_CUES,
        lexicon::AMOUNT_NOT_UNITS,
        lexicon::AMOUNT_QUALIFIERS,
        lexicon::AMOUNT_SINGLE_NOUNS,
        lexicon::AMOUNT_UNITS,
        lexicon::CAN_CHI_STEMS,
        lexicon::DATE_AFTER_WORDS,
        lexicon::DATE_CUES,
        lexicon::DATE_PERIOD_NOUNS,
        lexicon::DATE_QUANTIFIERS,
        lexicon::DATE_REFERENCES,
        lexicon::DATE_REFERENCE_BLOCKERS,
        lexicon::DATE_SCORE_CUES,
        lexicon::DURATION_MODIFIERS,
        lexicon::DURATION_NUMBERS,
        lexicon::DURATION_UNITS,
        lexicon::FRACTION_CUES,
        lexicon::LUNAR_FESTIVALS,
        lexicon::LUNAR_MONTHS,
        lexicon::LUNAR_MONTH_NAMES,
        lexicon::NUMBER_CODE_CUES,
        lexicon::NUMBER_SCALES,
        lexicon::RATIO_CUES,
        lexicon::RATIO_ITEM_OPENERS,
        lexicon::RATIO_NAMED_UNITS,
        lexicon::RATIO_UNITS,
        lexicon::RATIO_WHOLES,
        lexicon::SET_BLOCKERS,
        lexicon::SET_CUES,
        lexicon::SUBJECT_UNITS,
        lexicon::TIME_CUES,
        lexicon::TIME_DURATION_AFTER,
        lexicon::TIME_DURATION_BEFORE,
        lexicon::WEEKDAYS,
    ];

    /// The shared rules (NFC, trimmed, unique, normalized form) are tested in
    /// src/text/lexicon.rs; the date and ratio lists are also lowercase, since the
    /// grammar compares them with words lowercased.
    #[test]
    fn keyword_lists_are_lowercase() {
        for lex in KEYWORD_LISTS
            .iter()
            .chain(&[lexicon::DATE_WORDS, lexicon::PARTS_OF_DAY])
        {
            for e in lex.entries() {
                assert_eq!(e.key(), e.key().to_lowercase(), "{}:{}", lex.file, e.line);
            }
        }
    }

    /// The hash filters of [`WordList`] and [`Phrases`] are exact only if a word equal
    /// to a list word ignoring case (`ieq`) folds to it, so that its token carries the
    /// list word's hash. `ieq` pairs the characters of two strings of the same byte
    /// length, each equal to or lowercasing to its partner; so it suffices that every
    /// character lowercasing to a character of a list word either folds to it (same
    /// length) or is longer (a lengthening pair would be needed to balance it, and there
    /// is none), and that every word character of a list word folds to itself.
    #[test]
    fn list_words_fold_to_themselves() {
        use crate::text::tokens::fold_char;
        let tab = crate::text::chars::table();
        let mut chars = std::collections::BTreeSet::new();
        let literal = ["và", "đến", "tới", "hoặc", "số", "tổng"];
        for lex in KEYWORD_LISTS {
            chars.extend(lex.entries().flat_map(|e| e.key().chars()));
        }
        chars.extend(literal.iter().flat_map(|w| w.chars()));
        for &y in &chars {
            if let Some(f) = fold_char(tab, y) {
                assert_eq!(f, y, "{y:?} of a list word does not fold to itself");
            }
        }
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let mut lower = c.to_lowercase();
            let (Some(y), None) = (lower.next(), lower.next()) else {
                continue;
            };
            if y != c && chars.contains(&y) {
                assert!(
                    fold_char(tab, c) == Some(y) || c.len_utf8() > y.len_utf8(),
                    "{c:?} lowercases to {y:?} of a list word but folds to {:?}",
                    fold_char(tab, c)
                );
            }
        }
    }

    #[test]
    fn word_lists_hash_their_words() {
        let list = WordList::new(["và", "đến", "tổng"]);
        for (w, want) in [
            ("và", true),
            ("VÀ", true),
            ("Và", true),
            ("ĐẾN", true),
            ("tổng", true),
            ("TỔNG", true),
            ("va", false),
            ("vào", false),
            ("tông", false),
        ] {
            let h = hash_of(&w.to_lowercase());
            assert_eq!(list.contains(w, h), want, "{w}");
        }
    }

    #[test]
    fn every_date_word_has_a_role() {
        use crate::text::tokens::CAPACITY;
        for e in lexicon::DATE_WORDS.entries() {
            let role = e.column(1).unwrap_or("");
            assert_ne!(self::role(role), Kw::None, "unknown role {role:?}");
        }
        assert!(KEYWORDS.len() > 30);
        // the table must hold them all, and the tokenizer lowercases candidates into a
        // 64-byte buffer
        assert!(KEYWORDS.len() <= CAPACITY);
        assert!(KEYWORDS.max_len() <= 32);
        for (w, tag) in KEYWORDS.words() {
            assert_eq!(KEYWORDS.get(w.as_bytes()), tag, "{w}");
        }
        let get = |w: &str| Kw::from_tag(KEYWORDS.get(w.as_bytes()));
        assert_eq!(get("xyz"), Kw::None);
        assert_eq!(get("NGÀY"), Kw::None); // only ASCII case is ignored
        assert_eq!(get("NGàY"), Kw::Day);
        for (k, &kw) in ROLES.iter().enumerate() {
            if k == usize::from(CUE_TAG) || k == usize::from(EVENT_TAG) {
                // the reporting words' and triggers' tags have no role in the date grammar
                assert_eq!(kw, Kw::None);
                continue;
            }
            assert_eq!(kw as usize, k);
            assert_eq!(Kw::from_tag(k as u8), kw);
        }
        // every reporting word's first word is tagged CUE_TAG (none has a date role): the
        // statements' scan skips the other words
        for e in lexicon::STATEMENT_CUES.entries() {
            let first = e.key().split(' ').next().unwrap_or_default();
            assert_eq!(KEYWORDS.get(first.as_bytes()), CUE_TAG, "{first}");
        }
        // and every trigger's first word EVENT_TAG: the events' scan skips the other words
        for e in lexicon::EVENT_TRIGGERS.entries() {
            let first = e.key().split(' ').next().unwrap_or_default();
            assert_eq!(KEYWORDS.get(first.as_bytes()), EVENT_TAG, "{first}");
        }
        assert_eq!(PART_HOURS.len(), lexicon::PARTS_OF_DAY.entries().count());
        // every duration word is read: no unit, mod or value unknown to the grammar
        assert_eq!(
            DURATION_UNITS.list.len(),
            lexicon::DURATION_UNITS.entries().count()
        );
        assert_eq!(
            DURATION_MODIFIERS.list.len(),
            lexicon::DURATION_MODIFIERS.entries().count()
        );
        assert_eq!(
            DURATION_NUMBERS.list.len(),
            lexicon::DURATION_NUMBERS.entries().count()
        );
        assert_eq!(get("tiếng"), Kw::Unit);
        assert_eq!(get("năm"), Kw::Year);
        assert_eq!(get("hai"), Kw::Count);
        assert_eq!(get("hằng"), Kw::Every);
    }
}
