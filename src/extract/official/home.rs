//! The places a title's organisation governs, beyond the title's own words: the units the
//! article points to most ([`Home`]), Vietnam's central level, another country's places,
//! and the unit of a level that holds another.

use crate::text::hash::FastHashMap;

use super::record::Jurisdiction;
use crate::extract::gazetteer::{UnitId, UnitType, gazetteer};
use crate::extract::place::{Mention, Mentions, PlaceKind};

/// The article's administrative units that place mentions point to (a unit itself or a
/// unit inside it), the most pointed-to of each unit type: what a title that names no
/// place refers to.
pub(super) struct Home {
    /// For each unit type: its unit with the most mentions, their count, and whether
    /// another unit of the type has as many.
    best: FastHashMap<UnitType, (UnitId, u32, bool)>,
    /// The article is set abroad: it names another country or a place in one, and Vietnam
    /// nowhere (no unit of the gazetteer, no "Việt Nam" in its text, not even in a body's
    /// name). Its national bodies named bare ("Bộ trưởng Tài chính", "Cục Điều tra Liên
    /// bang") are that country's, not Vietnam's.
    pub(super) abroad: bool,
}

impl Home {
    /// Linear in the places and their ancestors (a hash map of counts), and in the text.
    pub(super) fn new(places: &Mentions, text: &str) -> Home {
        let kinds = || places.list.iter().map(|p| places.kind(p));
        let abroad = kinds().any(|k| matches!(k, PlaceKind::Country | PlaceKind::Foreign))
            && !kinds().any(|k| k == PlaceKind::Admin)
            && !places
                .list
                .iter()
                .any(|p| places.kind(p) == PlaceKind::Country && is_vietnam(p, text))
            && memchr::memmem::find(text.as_bytes(), "Việt Nam".as_bytes()).is_none();
        let mut counts: FastHashMap<UnitId, (UnitType, u32)> = FastHashMap::default();
        let g = gazetteer();
        for c in places.list.iter().filter_map(|p| places.settled(p)) {
            for u in g.chain(c) {
                counts.entry(u.id).or_insert((u.unit_type, 0)).1 += 1;
            }
        }
        let mut best: FastHashMap<UnitType, (UnitId, u32, bool)> = FastHashMap::default();
        for (id, (t, n)) in counts {
            let e = best.entry(t).or_insert((id, n, false));
            if e.0 == id {
                continue;
            }
            if n > e.1 {
                *e = (id, n, false);
            } else if n == e.1 {
                e.2 = true;
            }
        }
        Home { best, abroad }
    }

    /// The unit of one of `types` that the article points to most, when one does more
    /// than every other.
    pub(super) fn unit(&self, types: &[UnitType]) -> Option<UnitId> {
        let mut best: Option<(UnitId, u32, bool)> = None;
        for t in types {
            let Some(&(id, n, tied)) = self.best.get(t) else {
                continue;
            };
            best = match best {
                Some(b) if n < b.1 => Some(b),
                Some(b) if n == b.1 => Some((b.0, n, true)),
                _ => Some((id, n, tied)),
            };
        }
        best.filter(|b| !b.2).map(|b| b.0)
    }
}

/// The unit of one of `types` that holds the unit of `j` (or is it): "huyện Như Xuân,
/// tỉnh Thanh Hóa" within a province is Thanh Hóa. None for the national jurisdiction.
pub(super) fn within(j: &Jurisdiction, types: &[UnitType]) -> Option<Jurisdiction> {
    let g = gazetteer();
    let first = j.path.split(", ").next()?;
    // (the unit word, then the name)
    let name = [
        UnitType::ThanhPho,
        UnitType::ThiXa,
        UnitType::ThiTran,
        UnitType::DacKhu,
        UnitType::Tinh,
        UnitType::Huyen,
        UnitType::Quan,
        UnitType::Xa,
        UnitType::Phuong,
    ]
    .iter()
    .find_map(|t| first.strip_prefix(t.word())?.strip_prefix(' '))?;
    let id = g
        .lookup(name)
        .iter()
        .copied()
        .find(|&id| g.unit(id).is_some_and(|u| u.code == j.code) && g.path(id) == j.path)?;
    let u = g.chain(id).find(|u| types.contains(&u.unit_type))?;
    jurisdiction_of(u.id)
}

/// Does a place mention of another country (or of a place in one) start at byte `at` of
/// `text`?
pub(super) fn foreign_place_at(places: &Mentions, text: &str, at: usize) -> bool {
    let list = &places.list;
    let k = list.partition_point(|p| p.span().start < at);
    list.get(k).is_some_and(|p| {
        p.span().start == at
            && matches!(places.kind(p), PlaceKind::Country | PlaceKind::Foreign)
            && !is_vietnam(p, text)
    })
}

/// Is the place mention `p` of `text` Vietnam by name ("Việt Nam", "VN")?
pub(super) fn is_vietnam(p: &Mention, text: &str) -> bool {
    matches!(p.span().slice(text), Some("Việt Nam" | "VN"))
}

/// The jurisdiction of Vietnam's central bodies.
pub(super) fn national() -> Jurisdiction {
    Jurisdiction {
        code: "VN",
        path: "Việt Nam".to_string(),
    }
}

pub(super) fn jurisdiction_of(id: UnitId) -> Option<Jurisdiction> {
    let g = gazetteer();
    Some(Jurisdiction {
        code: g.unit(id)?.code,
        path: g.path(id),
    })
}
