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
mod later;
mod lexicon;
mod matcher;
mod parent;
mod read;
mod record;
mod resolve;
#[cfg(test)]
mod tests;
mod words;
mod world;

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::gazetteer::{UnitId, UnitType, Validity};
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
    record::records(mentions(text, reference))
}

/// The place mentions of a text, one [`Place`] each (its `mentions` empty, its `parent`
/// the index of a mention), in order and disjoint: what the officials read.
pub(crate) struct Mentions {
    pub(crate) places: Vec<Place>,
    /// For each mention, the group of the mentions of its name (folded) and unit word
    /// whose evidence resolution pooled.
    group: Vec<usize>,
}

/// The place mentions of `text`.
///
/// # Time complexity
///
/// As [`places`].
pub(crate) fn mentions(text: &str, reference: Option<Date>) -> Mentions {
    let (found, hints) = read::read(text);
    resolve::resolve(found, &hints, reference, text)
}

pub(crate) use record::records;

/// [`mentions`] of a document: the pipeline's entry, like the other extractors'. The
/// automaton is asked at the starts of the document's word tokens only; the mentions
/// are then read from the text itself (the word helpers of `words`): read from the
/// tokens instead, the look-up of a match's token costs more than the few characters it
/// saves decoding (measured, issue 11).
///
/// # Time complexity
///
/// As [`places`].
pub(crate) fn mentions_in(doc: &Doc<'_>, reference: Option<Date>) -> Mentions {
    let (found, hints) = read::read_tokens(doc.text, &doc.tokens);
    resolve::resolve(found, &hints, reference, doc.text)
}

/// A place found in the scan, before resolution.
#[derive(Debug)]
struct Found {
    span: Span,
    name: Span,
    unit: &'static str,
    kind: PlaceKind,
    cands: Vec<UnitId>,
    /// The country of a country or a foreign place.
    country: Option<&'static str>,
    /// The index of the mention of the place it lies in (a village's commune).
    parent: Option<usize>,
    /// A numbered group ("tổ 7"): a place only when the place it lies in follows.
    tied: bool,
}

impl Found {
    /// A mention that is its name alone, with no unit word in it.
    fn name_only(name: Span, unit: &'static str, kind: PlaceKind, cands: Vec<UnitId>) -> Found {
        Found {
            span: name,
            name,
            unit,
            kind,
            cands,
            country: None,
            parent: None,
            tied: false,
        }
    }
}

/// Evidence about the article as a whole.
#[derive(Debug, Default)]
struct Hints {
    /// District-level unit types named by committees or bare unit words ("Huyện ủy",
    /// "UBND huyện").
    district_types: HashSet<UnitType>,
    /// The article names districts, so it was written before 2025-07-01.
    has_districts: bool,
}
