//! What the walk reads after a comma that closes the organisation of a title: the units
//! above its place, the province its body is in, the countries its office serves.

use super::super::lower_fields::field_before_parent;
use super::super::parent::{
    clause_ends_at, countries_listed, country_before, country_end, name_closing,
    numbered_unit_before, parent_ends_at, province_end, units_spelt,
};
use super::super::titles::Hit;
use super::super::words::{Case, Gap, Words};
use super::{OrgWalk, Step};
use crate::extract::gazetteer::{Level, UnitId, gazetteer};

impl OrgWalk {
    /// A unit after a comma at the next word (`g` the gap before it) that is the
    /// title's: `Some(true)` when the walk goes on after it, `Some(false)` when it ends
    /// there, `None` when there is none.
    ///
    /// "Chủ tịch xã Điện Hồng, thị xã Điện Bàn", "… phường 11, quận Tân Bình": the
    /// unit above the title's place, after a comma, is the title's; so is the unit an
    /// organisation's own name is in ("Trường Tiểu học Trung Hiền, quận Hai Bà Trưng").
    /// After such a unit, the province said bare closes it ("…, quận Hai Bà Trưng,
    /// Hà Nội").
    /// So is the province or city an organisation's own name is in, said bare ("Trường
    /// THCS Liên Hà, Hà Nội"), the highest unit: nothing is said above it; a mark
    /// after it, no verb ("…, Cần Thơ là …": the next clause's subject), or a reporting
    /// verb of two words ("…, TPHCM cho biết": a city reports nothing said so in its own
    /// name). So is the province or city of a body named by its head and field alone,
    /// no place in it, which it serves ("Phó Giám đốc Sở Du lịch, TPHCM cho biết": a
    /// department of the city's people's committee). (A dash that closes the apposition
    /// closes it too: "… thị xã A, tỉnh B - cho biết".)
    pub(super) fn unit_after_comma(&mut self, w: &Words<'_>, g: Gap) -> Option<bool> {
        let bare_body = self.proper || (self.org_seen && !self.placed);
        if (self.placed || bare_body)
            && let Some(k) = self.bare_unit_closed(w, g)
        {
            self.end = w.words[k - 1].end();
            self.j = k;
            // (the bracket after the unit is read next)
            return Some(g == Gap::Comma);
        }
        if g == Gap::Comma
            && (self.placed || bare_body || numbered_unit_before(w, self.j) || self.unit_hop)
            && let Some(p) = w.place_at(self.j)
            && p.from == self.j
            && (self.unit_hop
                || w.tag(self.j).is_some_and(|(_, x)| x.unit)
                || (bare_body
                    && province_end(w, self.j) == Some(p.to)
                    && (p.to >= w.len()
                        || w.gap(p.to) != Gap::Space
                        || (w.words[p.to].case() == Case::Lower
                            && w.tag(p.to).is_some_and(|(_, x)| x.reporting)))))
            && (parent_ends_at(w, p.to) || (self.unit_hop && province_then_and(w, p.from, p.to)))
        {
            self.end = w.words[p.to - 1].end();
            self.j = p.to;
            if self.unit_hop || !w.tag(p.from).is_some_and(|(_, x)| x.unit) {
                return Some(false);
            }
            self.unit_hop = true;
            return Some(true);
        }
        None
    }

    /// Closes the title with the parent ending before word `k`
    /// ([`OrgWalk::close_with_parent`]), and takes the holder's name right after it, if
    /// one closes the clause ([`name_closing`]: "Viện trưởng Viện X - Trường ĐH Xây dựng
    /// Nguyễn Văn A, …"): `true` then, the hit complete.
    pub(super) fn close_then_name(&mut self, w: &Words<'_>, k: usize, hit: &mut Hit) -> bool {
        self.close_with_parent(w, k);
        let j = self.j;
        if j < w.len() && w.gap(j) == Gap::Space && name_closing(w, j) {
            super::named(hit, j, self.end, w.hyphen_end(j, w.run_end(j)));
            return true;
        }
        false
    }

    /// At a lowercase word after a name that reads as whole: the walk goes on over a
    /// field written in lowercase that the parent follows after a comma or a dash
    /// ([`field_before_parent`]: "Viện Quy hoạch Kiến trúc đô thị - Trường ĐH X"), or the
    /// title ends.
    pub(super) fn field_then_parent(&mut self, w: &Words<'_>) -> Step {
        match field_before_parent(w, self.j) {
            Some(e) => {
                (self.end, self.j) = (w.words[e - 1].end(), e);
                Step::Next
            }
            None => Step::Stop,
        }
    }

    /// The end of a unit said bare (no unit word) at the next word (`g` the gap before
    /// it), after the organisation of a title, that is the title's: after a comma, a unit
    /// that the province in the bracket right after it holds ("Hiệu trưởng Trường THPT A,
    /// Long Biên (Hà Nội)": the district the school is in, and its city); after a dash,
    /// the province or centrally-run city the body's own name is in, closing the clause
    /// ("Hiệu trưởng Trường Tiểu học A - Bến Tre cho biết"), as after a comma
    /// ([`OrgWalk::unit_after_comma`]). The bracket is then read as the organisation's.
    fn bare_unit_closed(&self, w: &Words<'_>, g: Gap) -> Option<usize> {
        if self.j >= w.len() || w.tag(self.j).is_some_and(|(_, x)| x.unit) {
            return None;
        }
        let gz = gazetteer();
        let province = |u: &UnitId| {
            gz.unit(*u)
                .is_some_and(|x| x.unit_type.level() == Level::Province)
        };
        match g {
            Gap::Comma => {
                let p = w.place_from(self.j)?;
                let b = w.place_from(p.to).filter(|b| {
                    w.gap(p.to) == Gap::Open && (b.to >= w.len() || w.gap(b.to) == Gap::Close)
                })?;
                let lower = units_named(w, p.from, p.to);
                let held = units_named(w, b.from, b.to)
                    .iter()
                    .any(|u| province(u) && lower.iter().any(|&l| gz.is_ancestor(*u, l)));
                held.then_some(p.to)
            }
            // (the province said bare after a dash may be no place mention of its own)
            Gap::Dash if !w.joined_by(self.j, "-") && w.words[self.j].case() != Case::Lower => {
                let r = w.run_end(self.j);
                let spelt = w
                    .text
                    .get(w.words[self.j].start()..w.words[r - 1].end())
                    .is_some_and(|name| units_spelt(name).iter().any(province));
                let closed = r >= w.len()
                    || w.gap(r) != Gap::Space
                    || (w.words[r].case() == Case::Lower
                        && w.tag(r).is_some_and(|(_, x)| x.reporting));
                (spelt && closed && parent_ends_at(w, r)).then_some(r)
            }
            _ => None,
        }
    }

    /// A country after a comma at the next word (`g` the gap before it) that closes the
    /// title's organisation, the walk standing after it: `true` when there is one.
    pub(super) fn country_after_comma(&mut self, w: &Words<'_>, g: Gap) -> bool {
        // "Tổng giám đốc X Việt Nam, Lào và Campuchia": the countries an office of the
        // body serves, listed after the first.
        if g == Gap::Comma
            && country_before(w, self.j).is_some_and(|s| s > self.head_end)
            && let Some(k) = countries_listed(w, self.j)
        {
            self.end = w.words[k - 1].end();
            self.j = k;
            return true;
        }
        // "Giảng viên Đại học Oxford, Anh;", "… tại Đại học Curtin, Australia cho biết":
        // the country an organisation is in, after a comma, closing the clause.
        if g == Gap::Comma
            && self.j > self.head_end
            && w.words[self.j - 1].case() != Case::Lower
            && let Some(k) = country_end(w, self.j)
            && (clause_ends_at(w, k) || w.gap(k) == Gap::Open)
            && !countries_after(w, k)
        {
            self.end = w.words[k - 1].end();
            self.j = k;
            return true;
        }
        false
    }
}

/// Does another country follow the comma before word `k` ("…, Mỹ, Nhật Bản và Hàn
/// Quốc"): a list of countries, none of them the body's place?
pub(in super::super) fn countries_after(w: &Words<'_>, k: usize) -> bool {
    k < w.len()
        && w.gap(k) == Gap::Comma
        && w.words[k].case() == Case::Title
        && w.tag(k)
            .is_some_and(|(_, x)| x.abroad_seat && (x.country || x.syllable_country))
}

/// The end of the place abroad a foreign body is in, said after the comma before word
/// `j`, the organisation standing after word `head` ("Giáo sư tại Đại học Padova, Ý, cho
/// biết", "… ở Boston, Massachusetts, nói"): a country of the places' lists, by any of its
/// names, one syllable too ("Ý", "Đức"), or a state, province or region of another
/// country; after a body of a foreign name (a capitalised word that is no Vietnamese
/// syllable, or a place abroad, before the comma), and closing the apposition
/// ([`clause_ends_at`], or a bracket). A state may have its country after it ("…, Texas,
/// Mỹ"); two countries are a list, no place of the body's ("…, Nhật Bản, Hàn Quốc và Ý").
fn seat_abroad_end(w: &Words<'_>, head: usize, j: usize) -> Option<usize> {
    let seat = |k: usize| {
        let (t, x) = w.tag(k).filter(|(_, x)| x.abroad_seat)?;
        (w.words[k].case() == Case::Title
            && w.place_at(k)
                .is_none_or(|p| p.abroad && p.from == k && p.to == k + t.n))
        .then_some((k + t.n, x.country || x.syllable_country))
    };
    let foreign = |k: usize| {
        w.words[k].case() == Case::Title
            && (!crate::normalize::has_syllable_shape(w.word(k))
                || w.place_at(k).is_some_and(|p| p.abroad))
    };
    if j <= head + 1 || j >= w.len() || w.words[j - 1].case() == Case::Lower {
        return None;
    }
    if !(head..j).any(foreign) {
        return None;
    }
    let closes = |k: usize| clause_ends_at(w, k) || (k < w.len() && w.gap(k) == Gap::Open);
    // "… tại Đại học California, San Diego, nhận định": the city of a campus after a body
    // named by a state abroad (a state, no country, before the comma)
    if let Some(k) = campus_city_end(w, j).filter(|&k| closes(k)) {
        return Some(k);
    }
    let (k, country) = seat(j)?;
    if countries_after(w, k) && country {
        return None;
    }
    if k < w.len() && w.gap(k) == Gap::Comma {
        match seat(k) {
            // the state's country after it
            Some((e, true)) if !country && closes(e) => return Some(e),
            Some(_) => return None,
            None => {}
        }
    }
    closes(k).then_some(k)
}

/// The end of a city abroad of the places' lists at word `j`, capitalised, after the comma
/// that a state or region abroad (no country) ends right before: a body named by the
/// state, its campus or branch in that city ("Đại học California, San Diego").
fn campus_city_end(w: &Words<'_>, j: usize) -> Option<usize> {
    let state = w.entry_before(j, |s, x| {
        x.abroad_seat
            && !(x.country || x.syllable_country)
            && w.words[s].case() == Case::Title
            && w.place_at(s).is_none_or(|p| p.abroad)
    });
    if state.is_none() || w.gap(j) != Gap::Comma {
        return None;
    }
    let (t, c) = w.tag(j).filter(|(_, c)| c.world_place && !c.abroad_seat)?;
    (w.words[j].case() == Case::Title
        && w.place_at(j)
            .is_none_or(|p| p.abroad && p.from == j && p.to == j + t.n)
        && !c.country)
        .then_some(j + t.n)
}

/// Street words, said before a street's name ("đường Nguyễn Trãi", "phố Huế").
const STREET_WORDS: [&str; 2] = ["đường", "phố"];

/// Most words of a street's name said bare ("tại Phạm Văn Đồng").
const MAX_STREET_WORDS: usize = 4;

/// The first word of the place that ends before the comma at word `j`: a place mention
/// ending there, or a capitalised run of a street's name after "tại", "ở" or a street
/// word. With it, whether a street word opens it (`Some(true)`: "đường X", "phố Y"), the
/// place is said after "tại" or "ở" (`Some(false)`), or neither (`None`).
fn place_before(w: &Words<'_>, j: usize) -> Option<(usize, Option<bool>)> {
    let s = match w.place_at(j - 1).filter(|p| p.to == j) {
        Some(p) => p.from,
        None => {
            // (a street named for a person: "Phạm Văn Đồng", its surname of the lists)
            let plain = |k: usize| {
                w.words[k].case() == Case::Title && w.tag(k).is_none_or(|(_, x)| x.plain_proper())
            };
            let mut s = j - 1;
            while s > 0 && j - s < MAX_STREET_WORDS && w.gap(s) == Gap::Space && plain(s - 1) {
                s -= 1;
            }
            if !plain(s) {
                return None;
            }
            s
        }
    };
    let before = (s > 0 && w.gap(s) == Gap::Space && w.words[s - 1].case() == Case::Lower)
        .then(|| w.word(s - 1));
    let said = match before {
        Some(x) if STREET_WORDS.contains(&x) => Some(true),
        Some("tại" | "ở") => Some(false),
        _ => None,
    };
    if said.is_none() && w.place_at(j - 1).is_none() {
        return None;
    }
    Some((s, said))
}

/// Is the unit at words `s..e`, said with its unit word, a province or a centrally-run
/// city, "và" after it: the top of the places said after commas ("giáo viên Trường X,
/// huyện Y, tỉnh Z và …"), nothing said above it, "và" joining the clause's next item?
fn province_then_and(w: &Words<'_>, s: usize, e: usize) -> bool {
    let gz = gazetteer();
    e < w.len()
        && w.word(e) == "và"
        && w.gap(e) == Gap::Space
        && w.tag(s).is_some_and(|(_, x)| x.unit)
        && units_named(w, s, e).iter().any(|u| {
            gz.unit(*u)
                .is_some_and(|x| x.unit_type.level() == Level::Province)
        })
}

/// The units of the gazetteer that the place of words `s..e` names, its unit word left
/// out ("tỉnh Yên Bái": "Yên Bái").
fn units_named(w: &Words<'_>, s: usize, e: usize) -> &'static [UnitId] {
    let s = match w.tag(s) {
        Some((t, x)) if x.unit && s + t.n < e => s + t.n,
        _ => s,
    };
    w.text
        .get(w.words[s].start()..w.words[e - 1].end())
        .map_or(&[], units_spelt)
}

/// "chủ đại lý xe hơi tại Nguyễn Trãi, Hà Nội", "Giám đốc Trung tâm Y tế Nghĩa Lộ, tỉnh
/// Yên Bái": the title `hit`, with no name after it, run on over the province or
/// centrally-run city that the place it ends with lies in, said after a comma (its unit
/// word said or not) and closing the apposition ([`parent_ends_at`]). The place before the
/// comma is a unit that the gazetteer puts inside that province, or a street: a
/// capitalised run after "đường" or "phố", or after "tại" or "ở" and naming no unit of
/// the gazetteer (a unit outside the province makes a list: "tại Huế, Hà Nội").
pub(in super::super) fn province_after(w: &Words<'_>, mut hit: Hit) -> Hit {
    let j = hit.to;
    if hit.name.is_some()
        || j <= hit.from + 1
        || j >= w.len()
        || w.soft_gap(hit.end, j) != Gap::Comma
    {
        return hit;
    }
    // "… tại Đại học Padova, Ý, cho biết": the place abroad a foreign body is in
    if let Some(k) = seat_abroad_end(w, hit.from, j) {
        hit.to = k;
        hit.end = w.words[k - 1].end();
        return hit;
    }
    let Some(p) = w.place_from(j).filter(|p| parent_ends_at(w, p.to)) else {
        return hit;
    };
    let Some((s, street)) = place_before(w, j).filter(|&(s, _)| s > hit.from) else {
        return hit;
    };
    let gz = gazetteer();
    let upper = units_named(w, j, p.to);
    let lower = units_named(w, s, j);
    let province = upper.iter().any(|&u| {
        gz.unit(u)
            .is_some_and(|x| x.unit_type.level() == Level::Province)
    });
    let inside = lower
        .iter()
        .any(|&l| upper.iter().any(|&u| gz.is_ancestor(u, l)));
    let street = street.is_some_and(|named| named || lower.is_empty());
    // (a district said bare after a commune, "xã Gia Phú, Gia Viễn", is where the commune
    // is, said as an address is, not part of the body's name: only a province or city
    // closes a title so)
    if province && (inside || street) {
        hit.to = p.to;
        hit.end = w.words[p.to - 1].end();
    }
    hit
}
