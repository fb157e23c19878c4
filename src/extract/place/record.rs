//! One record per place: the mentions of an article that name the same place are joined
//! into the record of the first, which keeps its text and span and lists every mention's
//! span in `mentions`.
//!
//! Two mentions name the same place when they have the same unit word and resolve to the
//! same unit, or, unresolved, every candidate of each has one code ("TP.HCM" and "TPHCM"
//! in an undated article), else when they have the same unit word and the same folded
//! name. The unit word counts: "tỉnh Thừa Thiên Huế" and "TP Huế" are two places even
//! where both resolve to the city of Huế. A bare mention of a
//! name said with its unit word carries that unit word (`later::add_later_bare`), so it joins
//! that record.

use std::collections::HashMap;

use super::{Mentions, Place};
use crate::extract::gazetteer::UnitId;

/// What makes two mentions one place.
#[derive(Debug, PartialEq, Eq, Hash)]
enum Key {
    /// The unit word and the unit it resolves to.
    Unit(&'static str, UnitId),
    /// The unit word of an unresolved place whose every candidate has this code.
    Code(&'static str, &'static str),
    /// An unresolved place: its group of mentions of one folded name and unit word.
    Group(usize),
}

/// The key of mention `p` of group `group`.
fn key(p: &Place, group: usize) -> Key {
    if let Some(r) = &p.resolved {
        return Key::Unit(p.unit, r.id);
    }
    if let Some(first) = p.candidates.first()
        && p.candidate_count == p.candidates.len()
        && p.candidates.iter().all(|c| c.code == first.code)
    {
        return Key::Code(p.unit, first.code);
    }
    Key::Group(group)
}

/// The records of the place mentions `mentions` (in order, their `mentions` empty), in
/// order of first mention. A mention's `parent` (the index of the
/// mention of the place it lies in) becomes the index of that place's record.
///
/// # Time complexity
///
/// Linear in the number of mentions (one hash look-up for each group's first).
pub(crate) fn records(mentions: Mentions) -> Vec<Place> {
    let Mentions { places, group } = mentions;
    let mut index: HashMap<Key, usize> = HashMap::with_capacity(places.len());
    let mut record_of: Vec<usize> = Vec::with_capacity(places.len());
    let mut out: Vec<Place> = Vec::new();
    // The record of each group's mentions (they share their resolution), so only a
    // group's first mention is keyed.
    let mut of_group: Vec<Option<usize>> = Vec::new();
    for (m, g) in places.into_iter().zip(group) {
        if of_group.len() <= g {
            of_group.resize(g + 1, None);
        }
        let known = of_group[g].or_else(|| {
            let k = key(&m, g);
            let r = index.get(&k).copied();
            if r.is_none() {
                index.insert(k, out.len());
            }
            r
        });
        if let Some(r) = known {
            of_group[g] = Some(r);
            record_of.push(r);
            let rec = &mut out[r];
            rec.mentions.push(m.span);
            if rec.resolved.is_none() && m.resolved.is_some() {
                rec.resolved = m.resolved;
                rec.candidates = m.candidates;
                rec.candidate_count = m.candidate_count;
            }
            if rec.parent.is_none() {
                rec.parent = m.parent;
            }
        } else {
            of_group[g] = Some(out.len());
            record_of.push(out.len());
            let mut m = m;
            m.mentions.push(m.span);
            out.push(m);
        }
    }
    for (i, rec) in out.iter_mut().enumerate() {
        // A parent is said after its child, so its record is never the child's own.
        rec.parent = rec
            .parent
            .and_then(|m| record_of.get(m).copied())
            .filter(|&r| r != i);
    }
    out
}
