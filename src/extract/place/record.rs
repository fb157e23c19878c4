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

/// What makes two mentions of different groups one place.
#[derive(Debug, PartialEq, Eq, Hash)]
enum Key {
    /// The unit word and the unit it resolves to.
    Unit(&'static str, UnitId),
    /// The unit word of an unresolved place whose every candidate has this code.
    Code(&'static str, &'static str),
}

/// The key of mention `p`; `None` for an unresolved place, which is one with the
/// mentions of its group only (one folded name and unit word).
fn key(p: &Place) -> Option<Key> {
    if let Some(r) = &p.resolved {
        return Some(Key::Unit(p.unit, r.id));
    }
    let first = p.candidates.first()?;
    let one = p.candidate_count == p.candidates.len()
        && p.candidates.iter().all(|c| c.code == first.code);
    one.then_some(Key::Code(p.unit, first.code))
}

/// The records of the place mentions `mentions` (in order, their `mentions` empty), in
/// order of first mention. A mention's `parent` (the index of the mention of the place
/// it lies in) becomes the index of that place's record.
///
/// # Time complexity
///
/// Linear in the number of mentions (one hash look-up for each group's first); the
/// records are compacted in place.
pub(crate) fn records(mentions: Mentions) -> Vec<Place> {
    let Mentions { mut places, group } = mentions;
    let mut index: HashMap<Key, usize> = HashMap::new();
    // The record of each group's mentions (they share their resolution), so only a
    // group's first mention is keyed.
    let mut of_group: Vec<Option<usize>> = Vec::new();
    let mut record_of: Vec<usize> = Vec::with_capacity(places.len());
    // places[..kept] are the records; places[kept..i] the mentions joined to them
    let mut kept = 0;
    for (i, &g) in group.iter().enumerate() {
        if of_group.len() <= g {
            of_group.resize(g + 1, None);
        }
        let known = of_group[g].or_else(|| {
            let k = key(&places[i])?;
            let r = index.get(&k).copied();
            if r.is_none() {
                index.insert(k, kept);
            }
            r
        });
        let r = match known {
            Some(r) => {
                let (head, tail) = places.split_at_mut(i);
                if let (Some(rec), Some(m)) = (head.get_mut(r), tail.first_mut()) {
                    join(rec, m);
                }
                r
            }
            None => {
                places.swap(kept, i);
                let rec = &mut places[kept];
                rec.mentions.push(rec.span);
                kept += 1;
                kept - 1
            }
        };
        of_group[g] = Some(r);
        record_of.push(r);
    }
    places.truncate(kept);
    for (i, rec) in places.iter_mut().enumerate() {
        // A parent is said after its child, so its record is never the child's own.
        rec.parent = rec
            .parent
            .and_then(|m| record_of.get(m).copied())
            .filter(|&r| r != i);
    }
    places
}

/// Joins the mention `m` to the record `rec`: its span, and its resolution and parent
/// where the record has none.
fn join(rec: &mut Place, m: &mut Place) {
    rec.mentions.push(m.span);
    if rec.resolved.is_none() && m.resolved.is_some() {
        rec.resolved = m.resolved.take();
        rec.candidates = std::mem::take(&mut m.candidates);
        rec.candidate_count = m.candidate_count;
    }
    if rec.parent.is_none() {
        rec.parent = m.parent;
    }
}
