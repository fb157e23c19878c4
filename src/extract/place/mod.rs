//! Places: administrative units, villages, provinces and cities named bare, countries and
//! regions, each with its candidates in the [gazetteer](super::gazetteer) and, when the
//! article leaves one choice, the resolved unit.
//!
//! Runs on normalized text. One Aho-Corasick pass (`MatchKind::LeftmostLongest`) finds
//! unit words ("xã", "thành phố", "TP.", "Q."), party committees ("Tỉnh ủy"), bare names
//! (provinces, cities, countries, regions) and non-places that contain one ("Thái Bình
//! Dương"); a name after a unit word is read as a run of capitalised words and cut to the
//! longest prefix the gazetteer knows, so "Tỉnh ủy Thanh Hóa Đỗ Trọng Hưng" gives Thanh
//! Hóa and leaves the person alone.
//!
//! The work is done in three steps: `lexicon` compiles the word lists and the
//! gazetteer's province names into one `matcher`; `read` walks its matches and reads each
//! mention (unit word and name, a list after it, a bare name), with the word helpers of
//! `words`; `resolve` pools the evidence of the whole article and picks each mention's
//! unit.
//!
//! # Examples
//!
//! ```
//! use vinews::extract::place::places;
//! let text = "Thường trực Huyện ủy làm việc với Đảng ủy xã Đức Ninh.";
//! let found = places(text, None);
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].text, "xã Đức Ninh");
//! let resolved = found[0].resolved.as_ref().unwrap();
//! assert_eq!(resolved.code, "02422");
//! assert_eq!(resolved.path, "xã Đức Ninh, huyện Hàm Yên, tỉnh Tuyên Quang");
//! ```

mod address;
mod blocking;
mod credit;
mod later;
mod lexicon;
mod matcher;
mod middle_named;
mod parent;
mod read;
mod record;
mod resolve;
mod team;
#[cfg(test)]
mod tests;
mod words;
mod world;

use crate::text::hash::{FastHashMap, FastSet};

use serde::{Deserialize, Serialize};

use super::gazetteer::{UnitId, UnitType, Validity, gazetteer};
use crate::extract::date::Date;
use crate::span::Span;
use crate::text::doc::Doc;

pub use crate::text::lexicon::LexiconError;

/// What kind of place a mention names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PlaceKind {
    /// An administrative unit: province, district, commune (in the gazetteer).
    Admin,
    /// A village, hamlet or residential group (thôn, bản, ấp, xóm, tổ dân phố, khu phố);
    /// not in the gazetteer.
    Village,
    /// A country.
    Country,
    /// A region (Tây Nguyên, đồng bằng sông Cửu Long, châu Âu, Trung Đông).
    Region,
    /// A province, state or city of another country ("Tứ Xuyên", "Viêng Chăn", "Pa-ri");
    /// `country` says which.
    Foreign,
    /// A state that no longer exists ("Liên Xô", "Đông Đức").
    Historic,
    /// A natural feature named with its class word ("sông Hồng", "vịnh Hạ Long"); the
    /// class word is its `unit`.
    Natural,
}

/// A unit of the gazetteer, as a place refers to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UnitRef {
    /// The official code.
    #[serde(deserialize_with = "crate::de::static_str")]
    pub code: crate::de::StaticStr,
    /// The unit word: "xã", "huyện", "tỉnh", …
    #[serde(rename = "type")]
    pub unit_type: UnitType,
    /// "xã Đức Ninh, huyện Hàm Yên, tỉnh Tuyên Quang".
    pub path: String,
    /// Its index in the gazetteer.
    #[serde(skip)]
    pub id: UnitId,
}

/// A unit a place may be.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Candidate {
    /// The official code.
    #[serde(deserialize_with = "crate::de::static_str")]
    pub code: crate::de::StaticStr,
    /// The unit word: "xã", "huyện", "tỉnh", …
    #[serde(rename = "type")]
    pub unit_type: UnitType,
    /// "xã Đức Ninh, huyện Hàm Yên, tỉnh Tuyên Quang".
    pub path: String,
    /// Before or after the reform of 2025-07-01, or both.
    pub valid: Validity,
    /// For a unit of before 2025-07-01: the unit that took it in (the main one when it
    /// was divided).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub successor: Option<UnitRef>,
    /// True when the old unit was divided among several new ones; `successors` lists
    /// them.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub split: bool,
    /// All the new units an old unit was divided among (empty unless `split`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub successors: Vec<UnitRef>,
    /// Its index in the gazetteer.
    #[serde(skip)]
    pub id: UnitId,
}

/// One place of the text: a record per distinct place, with every mention of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Place {
    /// The first mention in normalized form: "xã Đức Ninh", "Thanh Hóa", "Lào".
    pub text: String,
    /// Where the first mention is (in the text given to [`places`];
    /// [`Article`](crate::Article) maps it back to the original).
    #[serde(flatten)]
    pub span: Span,
    /// Every mention of the place, in order, the first being `span`: the unit word and
    /// name ("huyện Gia Lâm"), the name alone ("Gia Lâm"), another spelling ("TPHCM").
    pub mentions: Vec<Span>,
    /// The unit: "xã", "thành phố", "thôn", …; "quốc gia" for a country or a historic
    /// state, the class word for a natural feature ("sông", "vịnh"), "vùng" for a
    /// region.
    #[serde(deserialize_with = "crate::de::static_str")]
    pub unit: crate::de::StaticStr,
    /// The name without its unit word: "Đức Ninh", "1".
    pub name: String,
    /// What kind of place.
    pub kind: PlaceKind,
    /// The country a country or a foreign place is (ISO 3166-1 alpha-2: "CN" for "Trung
    /// Quốc" and for "Tứ Xuyên"); absent for Vietnam's units, regions, natural features and
    /// historic states.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::de::static_opt"
    )]
    pub country: Option<crate::de::StaticStr>,
    /// The gazetteer units it may be (at most [`MAX_CANDIDATES`], the resolved one
    /// first).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<Candidate>,
    /// How many units matched in all (more than `candidates.len()` when cut).
    #[serde(skip)]
    pub candidate_count: usize,
    /// The unit the article's evidence leaves, when it leaves exactly one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved: Option<Candidate>,
    /// For a former province the gazetteer does not hold ("Hà Tây", "Hà Sơn Bình"; it has
    /// no candidates): the provinces of before the reform of 2025 that took it in, each
    /// with its own successor.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub successors: Vec<Candidate>,
    /// For a village, hamlet or residential group, the place it lies in when the text
    /// names it right after ("tổ 7, phường Quang Trung"): the index of that place's record
    /// in the same list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<usize>,
}

/// At most this many candidates are listed on a place.
pub const MAX_CANDIDATES: usize = 10;

/// The places in `text` (normalized), one record per place in order of first mention,
/// with candidates and resolution. `reference` is the publication date: units of the
/// wrong era are set aside.
///
/// # Time complexity
///
/// Linear in `text.len()`: one automaton pass, name reading bounded by six words, and
/// resolution linear in the number of candidates.
#[must_use]
pub fn places(text: &str, reference: Option<Date>) -> Vec<Place> {
    record::records(&mentions(text, reference), text)
}

/// The place mentions of a text, in order and disjoint: what the officials read, and
/// what [`records`] joins into one [`Place`] per place. A mention is a small record (its
/// spans, its group, its parent) pointing to data shared by every mention that names the
/// same kind of thing ([`What`]): an article that names one place a thousand times
/// keeps its candidates once.
#[derive(Debug, Default)]
pub(crate) struct Mentions {
    pub(crate) list: Vec<Mention>,
    /// What the mentions name, each distinct one once.
    whats: Vec<What>,
    /// For each group (the mentions of one folded name and unit word, whose evidence
    /// resolution pooled): the unit it resolved to.
    resolved: Vec<Option<UnitId>>,
}

/// One mention of a place, in 20 bytes: its offsets are `u32`, as those of the tokens
/// it is read from (a text over 4 GiB has no tokens, hence no mentions), and where its
/// name starts is its [`What`]'s. A text that names a place every few words has a
/// mention for each (issue 15).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    /// The unit word and name ("xã Đức Ninh"), or the name alone: where it starts…
    start: u32,
    /// …and where it ends.
    end: u32,
    /// Its [`What`] in [`Mentions::whats`] (while reading, in [`Whats`]).
    what: u32,
    /// Its group in [`Mentions::resolved`] (set by resolution).
    group: u32,
    /// The index of the mention of the place it lies in; [`NO_PARENT`] when none.
    parent: u32,
}

/// [`Mention::parent`] of a mention that lies in no place named after it.
const NO_PARENT: u32 = u32::MAX;

const _: () = assert!(size_of::<Mention>() == 20);

impl Mention {
    /// The unit word and name ("xã Đức Ninh"), or the name alone.
    #[inline]
    pub(crate) fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// The index of the mention of the place it lies in.
    fn parent(&self) -> Option<usize> {
        (self.parent != NO_PARENT).then_some(self.parent as usize)
    }

    fn set_parent(&mut self, parent: Option<usize>) {
        self.parent = parent
            .and_then(|p| u32::try_from(p).ok())
            .unwrap_or(NO_PARENT);
    }
}

impl Mentions {
    /// Mentions of names alone at `spans`, of the kinds given, with no candidates: for
    /// tests of what reads them.
    #[cfg(test)]
    pub(crate) fn of_names(spans: &[(Span, PlaceKind)]) -> Mentions {
        let mut whats = Whats::default();
        let list = spans
            .iter()
            .map(|&(span, kind)| whats.add(Found::name_only(span, "", kind, Vec::new())))
            .collect();
        Mentions {
            list,
            whats: whats.list,
            resolved: vec![None],
        }
    }

    /// The mentions said from byte `at` on (the list is in text order).
    pub(crate) fn said_from(&self, at: usize) -> &[Mention] {
        &self.list[self.list.partition_point(|p| p.span().start < at)..]
    }

    /// The mentions said wholly inside bytes `from..end`, in text order.
    pub(crate) fn said_within(
        &self,
        from: usize,
        end: usize,
    ) -> impl Iterator<Item = &Mention> + Clone {
        self.said_from(from)
            .iter()
            .take_while(move |p| p.span().end <= end)
    }

    /// What the mention `m` names.
    fn what(&self, m: &Mention) -> &What {
        &self.whats[m.what as usize]
    }

    /// The name of the mention `m` without its unit word.
    fn name(&self, m: &Mention) -> Span {
        name_of(m, self.what(m))
    }

    /// What kind of place the mention `m` names.
    pub(crate) fn kind(&self, m: &Mention) -> PlaceKind {
        self.what(m).kind
    }

    /// The unit word of the mention `m`: its own, or for a bare name that of the unit it
    /// resolved to (else of its first candidate; else "tỉnh").
    fn unit(&self, m: &Mention) -> &'static str {
        let f = self.what(m);
        if !f.unit.is_empty() {
            return f.unit;
        }
        self.resolution(m)
            .or(f.cands.first().copied())
            .and_then(|c| gazetteer().unit(c))
            .map_or("tỉnh", |u| u.unit_type.word())
    }

    /// The unit word of the mention `m` of a unit the gazetteer does not hold (no
    /// candidate: "thị xã Cửa Lò" after its merger, "quận 9" of TP HCM), if it is one.
    pub(crate) fn unheld_unit(&self, m: &Mention) -> Option<&'static str> {
        let f = self.what(m);
        (f.kind == PlaceKind::Admin && f.cands.is_empty() && !f.unit.is_empty()).then_some(f.unit)
    }

    /// The unit word the mention `m` is said with ("tỉnh" of "tỉnh Thừa Thiên Huế"), and
    /// its name's span; an empty word for a name said bare.
    pub(crate) fn written(&self, m: &Mention) -> (&'static str, Span) {
        (self.what(m).unit, self.name(m))
    }

    /// The unit the mention `m` resolved to.
    fn resolution(&self, m: &Mention) -> Option<UnitId> {
        self.resolved.get(m.group as usize).copied().flatten()
    }

    /// The unit of the mention `m` as far as a jurisdiction goes: its resolution, or,
    /// when it is not resolved but every candidate has one code ("TP Đà Nẵng" without a
    /// date: the city before the reform of 2025 and the one after), the candidate of
    /// today (the first that is valid after the reform, else the first).
    pub(crate) fn settled(&self, m: &Mention) -> Option<UnitId> {
        if let Some(r) = self.resolution(m) {
            return Some(r);
        }
        let cands = &self.what(m).cands;
        one_code(cands)?;
        let g = gazetteer();
        let today = cands
            .iter()
            .find(|&&c| g.unit(c).is_some_and(|u| u.valid != Validity::Before));
        today.or(cands.first()).copied()
    }
}

/// The code of every candidate of `cands` when they have one and are not cut (at most
/// [`MAX_CANDIDATES`]).
fn one_code(cands: &[UnitId]) -> Option<&'static str> {
    let g = gazetteer();
    let first = g.unit(*cands.first()?).map_or("", |u| u.code);
    let one = cands.len() <= MAX_CANDIDATES
        && cands
            .iter()
            .all(|&c| g.unit(c).map_or("", |u| u.code) == first);
    one.then_some(first)
}

/// The place mentions of `text`.
///
/// # Time complexity
///
/// As [`places`].
pub(crate) fn mentions(text: &str, reference: Option<Date>) -> Mentions {
    let (found, whats, hints) = read::read(text);
    let era = Era {
        reference,
        year: None,
    };
    resolve::resolve(found, whats, &hints, era, text)
}

pub(crate) use record::records;

/// The gazetteer's key of the unit that `name` names by another spelling of
/// `place_aliases.txt` ("TPHCM", "Sài Gòn": "hồ chí minh"), if it is one.
pub(crate) fn alias_key(name: &str) -> Option<&'static str> {
    lexicon::LEX
        .aliases
        .get(&super::gazetteer::fold_key(name))
        .map(|(key, _)| key.as_str())
}

/// [`mentions`] of a document: the pipeline's entry, like the other extractors'. The
/// automaton is asked at the starts of the document's word tokens only; the mentions
/// are then read from the text itself (the word helpers of `words`): read from the
/// tokens instead, the look-up of a match's token costs more than the few characters it
/// saves decoding (measured, issue 11).
///
/// # Time complexity
///
/// As [`places`].
pub(crate) fn mentions_in(doc: &Doc<'_>, reference: Option<Date>, year: Option<i32>) -> Mentions {
    let (found, whats, hints) = read::read_tokens(doc.text, &doc.tokens);
    let era = Era { reference, year };
    resolve::resolve(found, whats, &hints, era, doc.text)
}

/// What tells an article's era (before or after the reform of 2025-07-01): its
/// publication date, else the most frequent year its dates name.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Era {
    pub(crate) reference: Option<Date>,
    pub(crate) year: Option<i32>,
}

/// What a mention names, apart from where it is: shared by the mentions that name the
/// same.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct What {
    unit: &'static str,
    kind: PlaceKind,
    cands: Vec<UnitId>,
    /// The country of a country or a foreign place.
    country: Option<&'static str>,
    /// A numbered group ("tổ 7"): a place only when the place it lies in follows.
    tied: bool,
    /// Where the name starts, from the start of the mention (the name ends where the
    /// mention does): set by [`Whats::add`], so that the mentions that name the same from
    /// the same unit word share it rather than each keep it.
    name_at: u32,
}

/// The name of the mention `m`, which names `what`, without its unit word.
fn name_of(m: &Mention, what: &What) -> Span {
    Span::new((m.start + what.name_at) as usize, m.end as usize)
}

/// The distinct [`What`]s of the mentions read so far, each once.
#[derive(Debug, Default)]
struct Whats {
    list: Vec<What>,
    index: FastHashMap<What, u32>,
}

impl Whats {
    /// The mention of `f`, its `What` kept once.
    fn add(&mut self, mut f: Found) -> Mention {
        f.what.name_at = u32::try_from(f.name.start - f.span.start).unwrap_or(0);
        let what = match self.index.get(&f.what) {
            Some(&i) => i,
            None => {
                let i = u32::try_from(self.list.len()).unwrap_or(u32::MAX);
                self.list.push(f.what.clone());
                self.index.insert(f.what, i);
                i
            }
        };
        // (the offsets of a text's tokens fit in a `u32`, those of its mentions too)
        let offset = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        Mention {
            start: offset(f.span.start),
            end: offset(f.span.end),
            what,
            group: 0,
            parent: NO_PARENT,
        }
    }

    /// What the mention `m` names.
    fn of(&self, m: &Mention) -> &What {
        &self.list[m.what as usize]
    }

    /// The name of the mention `m` without its unit word.
    fn name(&self, m: &Mention) -> Span {
        name_of(m, self.of(m))
    }
}

/// A mention as it is read, before it is kept as a [`Mention`].
#[derive(Debug)]
struct Found {
    span: Span,
    name: Span,
    what: What,
}

impl Found {
    /// A mention that is its name alone, with no unit word in it.
    fn name_only(name: Span, unit: &'static str, kind: PlaceKind, cands: Vec<UnitId>) -> Found {
        Found {
            span: name,
            name,
            what: What {
                unit,
                kind,
                cands,
                country: None,
                tied: false,
                name_at: 0,
            },
        }
    }
}

/// Evidence about the article as a whole.
#[derive(Debug, Default)]
struct Hints {
    /// District-level unit types named by committees or bare unit words ("Huyện ủy",
    /// "UBND huyện").
    district_types: FastSet<UnitType>,
    /// The article names districts, so it was written before 2025-07-01.
    has_districts: bool,
}
