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
    /// The district-level units the gazetteer does not hold that the article places in
    /// a unit it holds, in brackets or after a comma right after them ("quận 2 (TP.HCM)"):
    /// each name (unit word and name, as written) with that unit.
    placed_unheld: Vec<(&'static str, String, UnitId)>,
    /// The units the place reader took for a namesake elsewhere, the article placing them
    /// in another unit right after ("phường X, quận Y" where the gazetteer's only "phường
    /// X" lies in another province): each name (unit word and name, as written) with the
    /// unit said after it ([`misplaced`]).
    misplaced: Vec<(&'static str, String, UnitId)>,
    /// How many units of each type the article points to.
    distinct: FastHashMap<UnitType, u32>,
    /// The names the article says with their unit word ("Hà Tiên" of "TP Hà Tiên"), each
    /// with its unit; `None` when two units share the name.
    named: FastHashMap<String, Option<UnitId>>,
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
        let mut named: FastHashMap<String, Option<UnitId>> = FastHashMap::default();
        // (a province-level city the article calls a "tỉnh": Thừa Thiên Huế before 2025,
        // which the gazetteer holds as "thành phố Huế" of both eras)
        let mut as_tinh: Vec<UnitId> = Vec::new();
        let g = gazetteer();
        for p in &places.list {
            let Some(c) = places.settled(p) else { continue };
            for u in g.chain(c) {
                counts.entry(u.id).or_insert((u.unit_type, 0)).1 += 1;
            }
            let (word, name) = places.written(p);
            if word.is_empty() {
                continue;
            }
            if let Some(name) = name.slice(text) {
                let e = named.entry(name.to_string()).or_insert(Some(c));
                if *e != Some(c) {
                    *e = None;
                }
            }
            if word == UnitType::Tinh.word()
                && g.unit(c).is_some_and(|u| u.unit_type == UnitType::ThanhPho)
                && !as_tinh.contains(&c)
            {
                as_tinh.push(c);
            }
        }
        let mut distinct: FastHashMap<UnitType, u32> = FastHashMap::default();
        for (t, _) in counts.values() {
            *distinct.entry(*t).or_insert(0) += 1;
        }
        let mut unheld: Vec<&'static str> = Vec::new();
        for u in places.list.iter().filter_map(|p| places.unheld_unit(p)) {
            if DISTRICT_WORDS.contains(&u) && !unheld.contains(&u) {
                unheld.push(u);
            }
        }
        let placed_unheld = placed_unheld(places, text);
        let misplaced = misplaced(places, text);
        // A unit the gazetteer does not hold counts for the province that holds it, when
        // the article has one such province ("quận 9" for the one centrally run city).
        // (the province asked once a unit word: its search reads every unit counted)
        let mut asked: Vec<(&str, Option<UnitId>)> = Vec::new();
        for u in places.list.iter().filter_map(|p| places.unheld_unit(p)) {
            let province = match asked.iter().find(|(w, _)| *w == u) {
                Some(&(_, p)) => p,
                None => {
                    let p = one_province(&distinct, &counts, std::iter::once(u));
                    asked.push((u, p));
                    p
                }
            };
            if let Some(id) = province {
                for a in g.chain(id) {
                    counts.entry(a.id).or_insert((a.unit_type, 0)).1 += 1;
                }
            }
        }
        let mut best: FastHashMap<UnitType, (UnitId, u32, bool)> = FastHashMap::default();
        let said_tinh = as_tinh
            .iter()
            .filter_map(|id| Some((*id, (UnitType::Tinh, counts.get(id)?.1))));
        for (id, (t, n)) in counts.iter().map(|(k, v)| (*k, *v)).chain(said_tinh) {
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
        Home {
            best,
            abroad,
            unheld,
            placed_unheld,
            misplaced,
            distinct,
            named,
        }
    }

    /// The unit the article places the unit of the mention `m` in, when the place reader
    /// took `m` for a namesake outside it ([`Home::misplaced`]): the smallest unit known to
    /// hold the one meant ("Công an phường X" of "phường X, quận Y": quận Y).
    pub(super) fn misplaced_holder(
        &self,
        places: &Mentions,
        m: &Mention,
        text: &str,
    ) -> Option<UnitId> {
        let (word, name) = places.written(m);
        let name = name.slice(text)?;
        self.misplaced
            .iter()
            .find(|(u, n, _)| *u == word && n == name)
            .map(|x| x.2)
    }

    /// The unit the article names `name` with its unit word, when one unit has that name
    /// ("Hà Tiên" after "TP Hà Tiên").
    pub(super) fn named_unit(&self, name: &str) -> Option<UnitId> {
        self.named.get(name).copied().flatten()
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
                Some(b) if n == b.1 => Some((b.0, n, b.2 || tied || b.0 != id)),
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

    /// The province that holds the unit of the mention `m` of `text` when the gazetteer
    /// does not hold it, for a title that names the unit: the article's one province
    /// ([`Home::unheld_province`]), else the one province its name tells
    /// ([`province_by_name`]).
    pub(super) fn province_of_mention(
        &self,
        places: &Mentions,
        m: &Mention,
        text: &str,
    ) -> Option<UnitId> {
        let unit = places.unheld_unit(m)?;
        let name = places.written(m).1.slice(text)?;
        let placed = self
            .placed_unheld
            .iter()
            .find(|(u, n, _)| *u == unit && n == name)
            .map(|x| x.2);
        placed
            .or_else(|| province_of_unheld(self, std::iter::once(unit)))
            .or_else(|| {
                let (word, name) = places.written(m);
                province_by_name(word, name.slice(text)?)
            })
    }
}

/// Most district-level units the gazetteer does not hold that one article places
/// ([`placed_unheld`]): the list is searched for each title that names one.
const MAX_PLACED_UNHELD: usize = 8;

/// The district-level units the gazetteer does not hold, each followed right after by a
/// unit it holds, in brackets or after a comma ("Công an quận 2 (TP.HCM)", "quận 9, TP
/// HCM"), a province or a centrally run city: the unit word, the name as written, and
/// that province ([`Home::placed_unheld`]).
/// In the order of the mentions, at most [`MAX_PLACED_UNHELD`].
fn placed_unheld(places: &Mentions, text: &str) -> Vec<(&'static str, String, UnitId)> {
    let mut out: Vec<(&'static str, String, UnitId)> = Vec::new();
    for (p, q) in places.list.iter().zip(places.list.iter().skip(1)) {
        let Some(unit) = places.unheld_unit(p).filter(|u| DISTRICT_WORDS.contains(u)) else {
            continue;
        };
        let between = text.get(p.span().end..q.span().start).unwrap_or_default();
        if !matches!(between, " (" | ", ") || places.kind(q) != PlaceKind::Admin {
            continue;
        }
        let province = |id: UnitId| {
            gazetteer()
                .unit(id)
                .is_some_and(|u| matches!(u.unit_type, UnitType::Tinh | UnitType::ThanhPho))
        };
        let (Some(name), Some(holder)) = (
            places.written(p).1.slice(text),
            places.settled(q).filter(|&id| province(id)),
        ) else {
            continue;
        };
        if out.len() < MAX_PLACED_UNHELD && !out.iter().any(|(u, n, _)| *u == unit && n == name) {
            out.push((unit, name.to_string(), holder));
        }
    }
    out
}

/// The units of the article that the place reader settled on a namesake outside the unit
/// said right after them, in brackets or after a comma, of a higher level ("phường Bùi Thị
/// Xuân, quận Hai Bà Trưng" when the gazetteer's "phường Bùi Thị Xuân" is another
/// province's): the unit word, the name as written, and that higher unit. A unit said with
/// the one that holds it names it ("phường X, quận Y" is the ward of quận Y), so a
/// namesake elsewhere is not it; the gazetteer may lack the ward (merged, or renamed), and
/// the unit after it is the smallest known to hold it. In the order of the mentions, at
/// most [`MAX_PLACED_UNHELD`].
fn misplaced(places: &Mentions, text: &str) -> Vec<(&'static str, String, UnitId)> {
    let g = gazetteer();
    let mut out: Vec<(&'static str, String, UnitId)> = Vec::new();
    for (p, q) in places.list.iter().zip(places.list.iter().skip(1)) {
        let between = text.get(p.span().end..q.span().start).unwrap_or_default();
        if !matches!(between, " (" | ", ")
            || places.kind(p) != PlaceKind::Admin
            || places.kind(q) != PlaceKind::Admin
        {
            continue;
        }
        let (Some(u), Some(v)) = (places.settled(p), places.settled(q)) else {
            continue;
        };
        let (Some(lu), Some(lv)) = (g.unit(u), g.unit(v)) else {
            continue;
        };
        if lv.unit_type.level() >= lu.unit_type.level() || g.chain(u).any(|a| a.id == v) {
            continue;
        }
        let (word, name) = places.written(p);
        let Some(name) = name.slice(text) else {
            continue;
        };
        if word.is_empty() {
            continue;
        }
        if out.len() < MAX_PLACED_UNHELD && !out.iter().any(|(w, n, _)| *w == word && n == name) {
            out.push((word, name.to_string(), v));
        }
    }
    out
}

/// The unit words of the district level, which a unit the gazetteer does not hold may have.
const DISTRICT_WORDS: [&str; 4] = ["quận", "huyện", "thị xã", "thành phố"];

/// The kinds of province that may hold a district-level unit of one of `words`: a
/// centrally run city for a "quận", else a province or such a city; none for no
/// district-level word.
fn unheld_types<'a>(words: impl Iterator<Item = &'a str>) -> Option<&'static [UnitType]> {
    let mut words = words.filter(|w| DISTRICT_WORDS.contains(w)).peekable();
    words.peek()?;
    Some(if words.all(|w| w == "quận") {
        &[UnitType::ThanhPho]
    } else {
        &[UnitType::Tinh, UnitType::ThanhPho]
    })
}

/// The one province the article points to that may hold a district-level unit of one of
/// `words` ([`unheld_types`]).
fn province_of_unheld<'a>(home: &Home, words: impl Iterator<Item = &'a str>) -> Option<UnitId> {
    let types = unheld_types(words)?;
    // (only the article's one province of the kind: one that names several, a digest of
    // stories, may place the unit in any of them)
    let n: u32 = types.iter().filter_map(|t| home.distinct.get(t)).sum();
    if n == 1 { home.unit(types) } else { None }
}

/// [`province_of_unheld`] from the counts of units `counts` and of units by type
/// `distinct`, before the article's [`Home`] is made.
fn one_province<'a>(
    distinct: &FastHashMap<UnitType, u32>,
    counts: &FastHashMap<UnitId, (UnitType, u32)>,
    words: impl Iterator<Item = &'a str>,
) -> Option<UnitId> {
    let types = unheld_types(words)?;
    let n: u32 = types.iter().filter_map(|t| distinct.get(t)).sum();
    if n != 1 {
        return None;
    }
    counts
        .iter()
        .find(|(_, (t, _))| types.contains(t))
        .map(|(id, _)| *id)
}

/// The province of a district-level unit the gazetteer does not hold, told by its name:
/// the reform of 2025 named many of its new communes and wards after the districts and
/// towns they took in ("phường Cửa Lò" of Nghệ An, after thị xã Cửa Lò, merged into TP Vinh
/// just before). When every unit of the gazetteer with that name, of either era, lies in
/// one province of before the reform, that province; none when the name is a unit's of
/// several provinces, or of a province made by the reform only.
fn province_by_name(word: &str, name: &str) -> Option<UnitId> {
    if !DISTRICT_WORDS.contains(&word) {
        return None;
    }
    let g = gazetteer();
    let mut found: Option<UnitId> = None;
    for &id in g.lookup(name).iter().take(MAX_NAMESAKES) {
        let p = g.chain(id).last()?;
        if !p.valid.before() || found.is_some_and(|f| f != p.id) {
            return None;
        }
        found = Some(p.id);
    }
    if g.lookup(name).len() > MAX_NAMESAKES {
        return None;
    }
    found
}

/// Most units of one name [`province_by_name`] reads; a name more share is no one
/// province's.
const MAX_NAMESAKES: usize = 16;

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
    places.said_from(at).first().is_some_and(|p| {
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
