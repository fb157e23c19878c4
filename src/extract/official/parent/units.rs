//! Administrative units said after a title's organisation: a province said bare, a unit
//! named by its number, the Central Committee, the units above a place up the hierarchy.

use super::super::words::{Gap, Words};
use super::parent_ends_at;
use crate::text::chars::to_lowercase;

/// The units of the gazetteer that `name` names, by their name or by another spelling
/// of it (`place_aliases.txt`: "TPHCM", the unit word run into the city's initials).
pub(in super::super) fn units_spelt(name: &str) -> &'static [crate::extract::gazetteer::UnitId] {
    let g = crate::extract::gazetteer::gazetteer();
    crate::extract::place::alias_key(name).map_or_else(|| g.lookup(name), |key| g.lookup_key(key))
}

/// The word after a province or centrally-run city said bare at word `j`, its unit word
/// left ("Hà Nội", "Đà Nẵng"): a place mention opening there whose words the gazetteer
/// names a unit of the province level ([`units_spelt`]: "TPHCM" too).
pub(in super::super) fn province_end(w: &Words<'_>, j: usize) -> Option<usize> {
    let p = w.place_from(j)?;
    let name = w.text.get(w.words[j].start()..w.words[p.to - 1].end())?;
    let g = crate::extract::gazetteer::gazetteer();
    units_spelt(name)
        .iter()
        .any(|&id| {
            g.unit(id)
                .is_some_and(|u| u.unit_type.level() == crate::extract::gazetteer::Level::Province)
        })
        .then_some(p.to)
}

/// Do a unit word and its number end right before word `j` ("phường 11", "quận 3"): a
/// unit named by its number, as a place name names one.
pub(in super::super) fn numbered_unit_before(w: &Words<'_>, j: usize) -> bool {
    j >= 2
        && w.word(j - 1).bytes().all(|b| b.is_ascii_digit())
        && w.gap(j - 1) == Gap::Space
        && w.tag(j - 2).is_some_and(|(t, x)| x.unit && t.n == 1)
}

/// Does the Central Committee, "Trung ương" or its abbreviation ("T.Ư", "TW"), end right
/// before word `j`?
pub(in super::super) fn central_before(w: &Words<'_>, j: usize) -> bool {
    let spelt = j >= 2 && to_lowercase(w.word(j - 2)) == "trung" && w.word(j - 1) == "ương";
    spelt
        || (1..=2).any(|b| {
            j >= b
                && w.tag(j - b).is_some_and(|(t, x)| {
                    t.n == b && x.abbrev.as_ref().is_some_and(|(e, _)| e == "Trung ương")
                })
        })
}

/// Most units said up the hierarchy after the place a title's parent ends with.
const MAX_UNITS_UP: usize = 2;

/// The end of the units above the place that ends before word `k`, each after a comma,
/// its unit word said and a unit of another level than the one before ("…, UBND thị
/// trấn A, huyện B, tỉnh C": the commune's district and province), each closing the
/// clause, opening a bracket or closing an apposition a dash set off ("… tỉnh C - cho
/// biết": [`parent_ends_at`]); `k` itself when there is none. Not a list of units of one
/// level ("…, UBND xã A, xã B"), nor a place that the clause goes on after ("…, tỉnh C
/// đã …").
pub(in super::super) fn units_up(w: &Words<'_>, mut k: usize) -> usize {
    let Some(mut last) = w.place_at(k.wrapping_sub(1)).filter(|p| p.to == k) else {
        return k;
    };
    for _ in 0..MAX_UNITS_UP {
        let Some(p) = w
            .place_at(k)
            .filter(|p| k < w.len() && p.from == k && w.gap(k) == Gap::Comma)
        else {
            break;
        };
        let unit = |s: usize| w.tag(s).filter(|(_, x)| x.unit).map(|(t, _)| t.n);
        let (Some(n), Some(before)) = (unit(p.from), unit(last.from)) else {
            break;
        };
        let word = |s: usize, n: usize| {
            w.text
                .get(w.words[s].start()..w.words[s + n - 1].end())
                .map(to_lowercase)
        };
        if word(p.from, n) == word(last.from, before) || !parent_ends_at(w, p.to) {
            break;
        }
        (k, last) = (p.to, p);
    }
    k
}
