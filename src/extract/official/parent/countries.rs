//! Countries said after a title's organisation: one that ends it, two joined by a dash
//! (a body of both), the countries listed that an office serves.

use super::super::words::{Case, Gap, Words};
use super::clause_ends_at;

/// The word after a country named at word `j`, capitalised: a country of the officials'
/// lists (not a region: "Tây Nguyên"), a place mention of its own or not ("Anh", which the
/// places leave out for being a word of address too).
pub(in super::super) fn country_end(w: &Words<'_>, j: usize) -> Option<usize> {
    if w.place_at(j).is_some_and(|p| p.from != j || !p.abroad) {
        return None;
    }
    let (t, info) = w.tag(j)?;
    (info.country && w.words[j].case() != Case::Lower).then_some(j + t.n)
}

/// Do two countries meet at the dash before word `j`, the one before it ending there
/// and the one after it closing the clause, a bracket or going on lowercase ("hữu nghị
/// Việt Nam - Romania", "Phòng Thương mại Việt Nam - Hoa Kỳ tại …"): a body of the two,
/// one name? Not a person's name after the dash ("… Việt Nam - Nguyễn Văn A").
pub(in super::super) fn countries_dashed(w: &Words<'_>, j: usize) -> bool {
    country_before(w, j).is_some()
        && !w.joined_by(j, "-")
        && country_end(w, j).is_some_and(|k| {
            w.place_at(j).is_none_or(|p| p.to == k)
                && (k >= w.len() || w.gap(k) != Gap::Space || w.words[k].case() == Case::Lower)
        })
}

/// The first word of a capitalised country that ends right before word `j`.
pub(in super::super) fn country_before(w: &Words<'_>, j: usize) -> Option<usize> {
    w.entry_before(j, |s, x| {
        x.country && w.words[s].case() != Case::Lower && w.place_at(s).is_none_or(|p| p.to == j)
    })
}

/// Most countries listed after the first one a title's body serves.
const MAX_LISTED_COUNTRIES: usize = 4;

/// The end of the countries listed after a country that ends before word `k`, joined by
/// commas and a last "và", closing the clause: the countries one office of a company
/// serves ("Tổng giám đốc X Việt Nam, Lào và Campuchia", "… tại Việt Nam, Lào và
/// Campuchia"). Without the last "và" and its country, or with the clause going on after
/// it, no list of the title's: `None`.
pub(in super::super) fn countries_listed(w: &Words<'_>, mut k: usize) -> Option<usize> {
    for _ in 0..MAX_LISTED_COUNTRIES {
        if k >= w.len() {
            return None;
        }
        match w.gap(k) {
            Gap::Comma => k = country_end(w, k)?,
            Gap::Space
                if w.words[k].case() == Case::Lower
                    && w.tag(k).is_some_and(|(t, x)| x.join && t.n == 1)
                    && w.gap(k + 1) == Gap::Space =>
            {
                let e = country_end(w, k + 1)?;
                return (clause_ends_at(w, e) || w.gap(e) == Gap::Open).then_some(e);
            }
            _ => return None,
        }
    }
    None
}
