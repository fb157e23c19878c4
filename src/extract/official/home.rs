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
    /// The district-level unit words of the article's units that the gazetteer does not
    /// hold ("quận 9" of TP HCM, merged in 2021; "thị xã Cửa Lò", merged in 2025).
    unheld: Vec<&'static str>,
    /// How many units of each type the article points to.
    distinct: FastHashMap<UnitType, u32>,
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
        let mut distinct: FastHashMap<UnitType, u32> = FastHashMap::default();
        for (id, (t, n)) in counts {
            *distinct.entry(t).or_insert(0) += 1;
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
        let mut unheld: Vec<&'static str> = Vec::new();
        for u in places.list.iter().filter_map(|p| places.unheld_unit(p)) {
            if DISTRICT_WORDS.contains(&u) && !unheld.contains(&u) {
                unheld.push(u);
            }
        }
        Home {
            best,
            abroad,
            unheld,
            distinct,
        }
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

    /// The province of a unit of one of `types` that the gazetteer does not hold, when
    /// the article names such a unit (and no unit of `types` it holds): the one province
    /// the article points to, the smallest unit known to hold it. A "quận" is a district
    /// of a centrally run city (Luật Tổ chức chính quyền địa phương 2015, Điều 2): the
    /// city.
    pub(super) fn unheld_province(&self, types: &[UnitType]) -> Option<UnitId> {
        let named = types.iter().any(|t| self.unheld.contains(&t.word()));
        if !named || types.iter().any(|t| self.best.contains_key(t)) {
            return None;
        }
        province_of_unheld(self, types.iter().map(|t| t.word()))
    }

    /// The province that holds a unit of the unit word `word` the gazetteer does not
    /// hold ([`Home::unheld_province`]), for a title that names the unit.
    pub(super) fn province_of(&self, word: &str) -> Option<UnitId> {
        province_of_unheld(self, std::iter::once(word))
    }
}

/// The unit words of the district level, which a unit the gazetteer does not hold may have.
const DISTRICT_WORDS: [&str; 4] = ["quận", "huyện", "thị xã", "thành phố"];

/// The one province the article points to that may hold a district-level unit of one of
/// `words`: a centrally run city for a "quận", else a province or such a city.
fn province_of_unheld<'a>(home: &Home, mut words: impl Iterator<Item = &'a str>) -> Option<UnitId> {
    let mut words = words
        .by_ref()
        .filter(|w| DISTRICT_WORDS.contains(w))
        .peekable();
    words.peek()?;
    let types: &[UnitType] = if words.all(|w| w == "quận") {
        &[UnitType::ThanhPho]
    } else {
        &[UnitType::Tinh, UnitType::ThanhPho]
    };
    // (only the article's one province of the kind: one that names several, a digest of
    // stories, may place the unit in any of them)
    let n: u32 = types.iter().filter_map(|t| home.distinct.get(t)).sum();
    if n == 1 { home.unit(types) } else { None }
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
