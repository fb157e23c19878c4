//! One record per place: the mentions of an article that name the same place are joined
//! into the record of the first, which keeps its text and span and lists every mention's
//! span in `mentions`.
//!
//! Two mentions name the same place when they have the same unit word and resolve to the
//! same unit, or, unresolved, every candidate of each has one code ("TP.HCM" and "TPHCM"
//! in an undated article), else when they have the same unit word and the same folded
//! name; a country is one place under all its names ("Việt Nam" and "VN"). The unit word counts: "tỉnh Thừa Thiên Huế" and "TP Huế" are two places even
//! where both resolve to the city of Huế. A bare mention of a
//! name said with its unit word carries that unit word (`later::add_later_bare`), so it joins
//! that record.

use crate::text::hash::FastHashMap;

use super::resolve::place;
use super::{Mention, Mentions, Place, PlaceKind, one_code};
use crate::extract::gazetteer::UnitId;

/// What makes two mentions of different groups one place.
#[derive(Debug, PartialEq, Eq, Hash)]
enum Key {
    /// The unit word and the unit it resolves to.
    Unit(&'static str, UnitId),
    /// The unit word of an unresolved place whose every candidate has this code.
    Code(&'static str, &'static str),
    /// A country by its ISO code, under any of its names ("Việt Nam" and "VN", "Mỹ" and
    /// "Hoa Kỳ").
    Country(&'static str),
}

/// The key of mention `m`; `None` for an unresolved place, which is one with the
/// mentions of its group only (one folded name and unit word).
fn key(mentions: &Mentions, m: &Mention) -> Option<Key> {
    let what = mentions.what(m);
    if let (PlaceKind::Country, Some(code)) = (what.kind, what.country) {
        return Some(Key::Country(code));
    }
    let unit = mentions.unit(m);
    if let Some(r) = mentions.resolution(m) {
        return Some(Key::Unit(unit, r));
    }
    one_code(&mentions.what(m).cands).map(|code| Key::Code(unit, code))
}

/// The records of the place mentions `mentions` of `text`, in order of first mention:
/// a full [`Place`] is built once for each. A mention's `parent` (the index of the
/// mention of the place it lies in) becomes the index of that place's record.
///
/// # Time complexity
///
/// Linear in the number of mentions (one hash look-up for each group's first).
pub(crate) fn records(mentions: &Mentions, text: &str) -> Vec<Place> {
    let mut index: FastHashMap<Key, usize> = FastHashMap::default();
    // The record of each group's mentions (they share their resolution), so only a
    // group's first mention is keyed.
    let mut of_group: Vec<Option<usize>> = vec![None; mentions.resolved.len()];
    let mut record_of: Vec<u32> = Vec::with_capacity(mentions.list.len());
    let mut places: Vec<Place> = Vec::new();
    for m in &mentions.list {
        let g = m.group as usize;
        let known = of_group.get(g).copied().flatten().or_else(|| {
            let k = key(mentions, m)?;
            let r = index.get(&k).copied();
            if r.is_none() {
                index.insert(k, places.len());
            }
            r
        });
        let r = match known.filter(|&r| r < places.len()) {
            Some(r) => {
                join(&mut places[r], mentions, m, text);
                r
            }
            None => {
                let mut rec = place(mentions, m, text);
                rec.mentions.push(rec.span);
                places.push(rec);
                places.len() - 1
            }
        };
        if let Some(slot) = of_group.get_mut(g) {
            *slot = Some(r);
        }
        record_of.push(u32::try_from(r).unwrap_or(u32::MAX));
    }
    for (i, rec) in places.iter_mut().enumerate() {
        // A parent is said after its child, so its record is never the child's own.
        rec.parent = rec
            .parent
            .and_then(|m| record_of.get(m).map(|&r| r as usize))
            .filter(|&r| r != i);
    }
    places
}

/// Joins the mention `m` to the record `rec`: its span, and its resolution and parent
/// where the record has none.
fn join(rec: &mut Place, mentions: &Mentions, m: &Mention, text: &str) {
    rec.mentions.push(m.span());
    if rec.resolved.is_none() && mentions.resolution(m).is_some() {
        let full = place(mentions, m, text);
        rec.resolved = full.resolved;
        rec.candidates = full.candidates;
        rec.candidate_count = full.candidate_count;
    }
    if rec.parent.is_none() {
        rec.parent = m.parent();
    }
}
