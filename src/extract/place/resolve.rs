//! Candidates and resolution: the gazetteer units a mention may be, and the one the
//! article's evidence leaves. Mentions of the same name and unit pool their evidence; a
//! candidate is supported by the other mentions that name its ancestors or units below
//! it; the era (before or after the reform of 2025-07-01), the district types the article
//! names and "a bare name is the province" narrow the rest.

use crate::text::hash::FastHashMap;

use super::lexicon::LEX;
use super::{
    Candidate, Era, Hints, MAX_CANDIDATES, Mention, Mentions, Place, PlaceKind, UnitRef, Whats,
};
use crate::extract::gazetteer::{
    Gazetteer, Level, UnitId, UnitType, Validity, fold_key, gazetteer,
};

/// The gazetteer types a unit word may name.
pub(super) fn unit_types(unit: &str) -> &'static [UnitType] {
    match unit {
        "xã" => &[UnitType::Xa],
        "phường" => &[UnitType::Phuong],
        "thị trấn" => &[UnitType::ThiTran],
        "đặc khu" => &[UnitType::DacKhu],
        "huyện" => &[UnitType::Huyen],
        "quận" => &[UnitType::Quan],
        "thị xã" => &[UnitType::ThiXa],
        "thành phố" => &[UnitType::ThanhPho, UnitType::ThanhPhoThuocTinh],
        "tỉnh" => &[UnitType::Tinh],
        _ => &[],
    }
}

/// The level of the units a unit word names; `None` for a village word ("thôn").
pub(super) fn unit_level(unit: &str) -> Option<Level> {
    unit_types(unit).first().map(|t| t.level())
}

/// The units of `ids` whose type is one of `types`.
pub(super) fn exact_candidates(g: &Gazetteer, ids: &[UnitId], types: &[UnitType]) -> Vec<UnitId> {
    ids.iter()
        .copied()
        .filter(|&i| g.unit(i).is_some_and(|u| types.contains(&u.unit_type)))
        .collect()
}

/// Gazetteer units named `key` that fit `unit`: the exact unit types, else any unit of the
/// same level (a huyện that became a thị xã is still called huyện in older news).
pub(super) fn admin_candidates(g: &Gazetteer, key: &str, unit: &str) -> Vec<UnitId> {
    let ids = g.lookup_key(key);
    let types = unit_types(unit);
    let exact = exact_candidates(g, ids, types);
    if !exact.is_empty() || types.is_empty() {
        return exact;
    }
    let level = types[0].level();
    ids.iter()
        .copied()
        .filter(|&i| g.unit(i).is_some_and(|u| u.unit_type.level() == level))
        .collect()
}

const REFORM: (i32, u8, u8) = (2025, 7, 1);

/// The mentions `found` in `text` (their `What`s in `whats`), each with its group and
/// the unit each group resolves to when the evidence leaves one.
pub(super) fn resolve(
    mut found: Vec<Mention>,
    whats: Whats,
    hints: &Hints,
    era: Era,
    text: &str,
) -> Mentions {
    let g = gazetteer();
    let after = after_reform(era, hints);
    let groups = Groups::new(&mut found, &whats, text, |id| in_era(g, after, id));
    let support = Support::new(&groups.cands, g);
    let resolved = groups
        .cands
        .iter()
        .enumerate()
        .map(|(gi, cands)| choose(gi, cands, groups.bare[gi], &support, hints, g))
        .collect();
    Mentions {
        list: found,
        whats: whats.list,
        resolved,
    }
}

/// The era of the article: the publication date, else the article's year (a year before
/// the reform's; one after it unless the article names districts, which the reform
/// abolished: "tháng 5-2107" is a typo), else "the article names districts" → before the
/// reform; `None` when nothing tells.
fn after_reform(era: Era, hints: &Hints) -> Option<bool> {
    match (era.reference, era.year) {
        (Some(d), _) => Some((d.year(), d.month(), d.day()) >= REFORM),
        (None, Some(y)) if y < REFORM.0 => Some(false),
        (None, Some(y)) if y > REFORM.0 && !hints.has_districts => Some(true),
        _ if hints.has_districts => Some(false),
        _ => None,
    }
}

/// True when the unit `id` existed in the era `after` (any unit when it is unknown).
fn in_era(g: &Gazetteer, after: Option<bool>, id: UnitId) -> bool {
    match (after, g.unit(id)) {
        (Some(true), Some(u)) => u.valid.after(),
        (Some(false), Some(u)) => u.valid.before(),
        _ => true,
    }
}

/// Mentions of the same name and unit, whose evidence is pooled.
struct Groups {
    /// The candidates of each group: those of its first mention in the era, or all of
    /// them when none is.
    cands: Vec<Vec<UnitId>>,
    /// The group has a bare mention (no unit word).
    bare: Vec<bool>,
}

impl Groups {
    /// The groups of the mentions `found`, each mention's `group` set.
    fn new(
        found: &mut [Mention],
        whats: &Whats,
        text: &str,
        in_era: impl Fn(UnitId) -> bool,
    ) -> Groups {
        let mut index: FastHashMap<(String, &'static str), usize> = FastHashMap::default();
        // the group of each name as written: the same text has the same key, so a name
        // repeated in an article is folded once
        let mut written: FastHashMap<(&str, &'static str), usize> = FastHashMap::default();
        let mut groups = Groups {
            cands: Vec::new(),
            bare: Vec::new(),
        };
        for m in found {
            let f = whats.of(m);
            let name = whats.name(m);
            let name = &text[name.start..name.end];
            let gi = *written.entry((name, f.unit)).or_insert_with(|| {
                let next = index.len();
                *index.entry((fold_key(name), f.unit)).or_insert(next)
            });
            if gi == groups.cands.len() {
                let era: Vec<UnitId> = f.cands.iter().copied().filter(|&c| in_era(c)).collect();
                groups
                    .cands
                    .push(if era.is_empty() { f.cands.clone() } else { era });
                groups.bare.push(false);
            }
            if f.unit.is_empty() {
                groups.bare[gi] = true;
            }
            m.group = u32::try_from(gi).unwrap_or(u32::MAX);
        }
        groups
    }
}

/// Which groups name a unit, or a unit below it. The group lists are sorted (groups are
/// visited in order), so membership is a binary search and support is a sum of lengths:
/// linear in the number of candidates.
struct Support {
    named: FastHashMap<UnitId, Vec<usize>>,
    below: FastHashMap<UnitId, Vec<usize>>,
}

impl Support {
    fn new(groups: &[Vec<UnitId>], g: &Gazetteer) -> Support {
        let mut s = Support {
            named: FastHashMap::default(),
            below: FastHashMap::default(),
        };
        for (gi, cands) in groups.iter().enumerate() {
            for &c in cands {
                push_once(s.named.entry(c).or_default(), gi);
                for a in g.chain(c).skip(1) {
                    push_once(s.below.entry(a.id).or_default(), gi);
                }
            }
        }
        s
    }

    /// How many groups other than `gi` the list holds.
    fn others(list: Option<&Vec<usize>>, gi: usize) -> usize {
        list.map_or(0, |l| l.len() - usize::from(l.binary_search(&gi).is_ok()))
    }

    /// The support of candidate `c` of group `gi`: other groups naming its ancestors, and
    /// other groups naming units below it.
    fn of(&self, g: &Gazetteer, gi: usize, c: UnitId) -> usize {
        g.chain(c)
            .skip(1)
            .map(|a| Support::others(self.named.get(&a.id), gi))
            .sum::<usize>()
            + Support::others(self.below.get(&c), gi)
    }
}

/// Pushes `x` unless it is the last element (callers push in increasing order).
fn push_once(v: &mut Vec<usize>, x: usize) {
    if v.last() != Some(&x) {
        v.push(x);
    }
}

/// The unit of group `gi` with candidates `cands`, when the evidence leaves one: the best
/// supported, then those under a district type the article names, then (for a bare name)
/// the province.
fn choose(
    gi: usize,
    cands: &[UnitId],
    bare: bool,
    support: &Support,
    hints: &Hints,
    g: &Gazetteer,
) -> Option<UnitId> {
    let mut keep: Vec<UnitId> = cands.to_vec();
    if keep.len() > 1 {
        let scores: Vec<usize> = keep.iter().map(|&c| support.of(g, gi, c)).collect();
        let best = scores.iter().copied().max().unwrap_or(0);
        if best > 0 {
            keep = keep
                .iter()
                .zip(&scores)
                .filter(|&(_, &s)| s == best)
                .map(|(&c, _)| c)
                .collect();
        }
    }
    if keep.len() > 1 && !hints.district_types.is_empty() {
        let fits = narrowed(&keep, |c| {
            g.chain(c)
                .find(|u| u.unit_type.level() == Level::District)
                .is_some_and(|d| hints.district_types.contains(&d.unit_type))
        });
        if !fits.is_empty() {
            keep = fits;
        }
    }
    if keep.len() > 1 && bare {
        // A bare name is the province rather than a city of the same name.
        let provinces = narrowed(&keep, |c| {
            g.unit(c)
                .is_some_and(|u| u.unit_type.level() == Level::Province)
        });
        if provinces.len() == 1 {
            keep = provinces;
        }
    }
    if keep.len() > 1 {
        return one_place(&keep, g);
    }
    keep.first().copied()
}

/// The unit of `keep` when every one has the same path ("thành phố Hồ Chí Minh" before the
/// reform of 2025 and after it, when the article's era is unknown): the one of today (the
/// first valid after the reform, which the others passed into), else the first.
fn one_place(keep: &[UnitId], g: &Gazetteer) -> Option<UnitId> {
    let first = *keep.first()?;
    let words = |c: UnitId| g.chain(c).map(|u| (u.unit_type.word(), u.name));
    if !keep[1..].iter().all(|&c| words(c).eq(words(first))) {
        return None;
    }
    keep.iter()
        .copied()
        .find(|&c| g.unit(c).is_some_and(|u| u.valid.after()))
        .or(keep.first().copied())
}

/// The units of `keep` for which `fits` holds.
fn narrowed(keep: &[UnitId], fits: impl Fn(UnitId) -> bool) -> Vec<UnitId> {
    keep.iter().copied().filter(|&c| fits(c)).collect()
}

/// The place of the mention `m` of `mentions` in `text` (its `mentions` empty, its
/// `parent` the index of a mention): its candidates, its resolution listed first.
pub(super) fn place(mentions: &Mentions, m: &Mention, text: &str) -> Place {
    let g = gazetteer();
    let f = mentions.what(m);
    let res = mentions.resolution(m);
    let mut ids: Vec<UnitId> = f.cands.clone();
    if let Some(r) = res {
        ids.retain(|&c| c != r);
        ids.insert(0, r);
    }
    let name = mentions.name(m);
    Place {
        text: text[m.span().start..m.span().end].to_string(),
        span: m.span(),
        // filled by `record::records`
        mentions: Vec::new(),
        unit: mentions.unit(m),
        name: text[name.start..name.end].to_string(),
        kind: f.kind,
        country: f.country,
        candidate_count: ids.len(),
        candidates: ids
            .iter()
            .take(MAX_CANDIDATES)
            .map(|&c| candidate(g, c))
            .collect(),
        resolved: res.map(|c| candidate(g, c)),
        successors: if f.kind == PlaceKind::Admin && ids.is_empty() {
            former_successors(g, &text[name.start..name.end], f.unit)
        } else {
            Vec::new()
        },
        parent: m.parent(),
    }
}

/// The provinces (of before the reform of 2025) that took in the former province `name`
/// said with the unit word `unit` (`place_former.txt`); empty for any other name.
fn former_successors(g: &Gazetteer, name: &str, unit: &str) -> Vec<Candidate> {
    let Some(former) = LEX.former.get(&fold_key(name)) else {
        return Vec::new();
    };
    if former.unit != unit {
        return Vec::new();
    }
    former
        .successors
        .iter()
        .filter_map(|s| {
            g.lookup_key(&fold_key(s)).iter().copied().find(|&i| {
                g.unit(i)
                    .is_some_and(|u| u.unit_type.level() == Level::Province && u.valid.before())
            })
        })
        .map(|i| candidate(g, i))
        .collect()
}

/// A reference to the unit `id`.
fn unit_ref(g: &Gazetteer, id: UnitId) -> Option<UnitRef> {
    let u = g.unit(id)?;
    Some(UnitRef {
        code: u.code,
        unit_type: u.unit_type,
        path: g.path(id),
        id,
    })
}

/// The unit `id` as a candidate, with the units that took it in.
fn candidate(g: &Gazetteer, id: UnitId) -> Candidate {
    let succ = g.successors(id);
    let UnitRef {
        code,
        unit_type,
        path,
        ..
    } = unit_ref(g, id).unwrap_or(UnitRef {
        code: "",
        unit_type: UnitType::Xa,
        path: String::new(),
        id,
    });
    let split = succ.len() > 1;
    Candidate {
        code,
        unit_type,
        path,
        valid: g.unit(id).map_or(Validity::Before, |u| u.valid),
        successor: succ.first().and_then(|&s| unit_ref(g, s)),
        split,
        successors: if split {
            succ.iter().filter_map(|&s| unit_ref(g, s)).collect()
        } else {
            Vec::new()
        },
        id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::place::{Found, PlaceKind};
    use crate::span::Span;

    /// Grouping through the names as written gives the groups of their folded keys: the
    /// same spelling, other spellings of one key (tone placement, case, spaces), other
    /// units.
    #[test]
    fn groups_are_those_of_the_folded_keys() {
        let names = [
            "Hòa Bình",
            "Hoà Bình",
            "HÒA BÌNH",
            "Hòa  Bình",
            "Hòa Bình",
            "Mỹ Đức",
            "mỹ đức",
            "Hòa-Bình",
            "Mỹ Đức",
        ];
        let units = ["", "tỉnh", "huyện", "tỉnh"];
        let mut text = String::new();
        let mut found = Vec::new();
        let mut whats = Whats::default();
        for (i, name) in names.iter().cycle().take(3 * names.len()).enumerate() {
            let start = text.len();
            text.push_str(name);
            let span = Span::new(start, text.len());
            text.push_str(", ");
            found.push(whats.add(Found::name_only(
                span,
                units[i % 4],
                PlaceKind::Admin,
                Vec::new(),
            )));
        }
        Groups::new(&mut found, &whats, &text, |_| true);
        let got: Vec<usize> = found.iter().map(|m| m.group as usize).collect();
        let mut keys: Vec<(String, &str)> = Vec::new();
        let want: Vec<usize> = found
            .iter()
            .map(|m| {
                let key = (
                    fold_key(&text[whats.name(m).start..whats.name(m).end]),
                    whats.of(m).unit,
                );
                keys.iter().position(|k| *k == key).unwrap_or_else(|| {
                    keys.push(key);
                    keys.len() - 1
                })
            })
            .collect();
        assert_eq!(got, want);
        assert!(keys.len() < found.len() / 2, "{keys:?}");
    }
}
