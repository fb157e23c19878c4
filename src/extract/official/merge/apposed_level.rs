//! A post whose place the article gave by its level ("Bí thư Tỉnh ủy" in an article that
//! names another province most), said in one apposition with a post of the person that
//! names its place ("Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh Bắc Ninh"): the
//! titles of one apposition describe the person at one time, and the posts of one person
//! in the bodies of a level are held in one unit of it (the party committee of a unit
//! leads its council, committee and delegation: Điều lệ Đảng 2011, Điều 9 and 41). The
//! unit of that level holding the place named is the post's.

use super::super::home::within;
use super::super::record::{Scope, Title, classify};
use super::party::beside;

/// Gives each of a person's titles whose jurisdiction its level took from the article
/// ([`Title::inferred`]), of a level of units ("Tỉnh ủy", "UBND huyện"), the unit of that
/// level holding the place of the title said next to it in one apposition that names its
/// place: the first one after it, else the last one before it, passing over titles of no
/// jurisdiction (a rank) and other titles whose level gave theirs. A title of the central
/// level beside it gives none.
pub(super) fn level_of_apposed(text: &str, titles: &mut [(Title, String)]) {
    if titles.len() > super::MAX_TIED_TITLES {
        return;
    }
    let passed = |t: &Title| t.inferred.0 || t.jurisdiction.is_none();
    let mut given = Vec::new();
    for i in 0..titles.len() {
        let t = &titles[i].0;
        if !t.inferred.0 || t.jurisdiction.is_none() || t.organization.is_none() {
            continue;
        }
        // (the title beside it first: classifying the organization walks the dictionary)
        let Some(beside_j) = beside(text, titles, i, true, passed)
            .or_else(|| beside(text, titles, i, false, passed))
            .and_then(|k| titles[k].0.jurisdiction.as_ref())
        else {
            continue;
        };
        let Some(Scope::Units(types)) = classify(&t.expanded).scope else {
            continue;
        };
        if let Some(j) = within(beside_j, types) {
            given.push((i, j));
        }
    }
    for (i, j) in given {
        titles[i].0.jurisdiction = Some(j);
        titles[i].0.inferred.0 = false;
    }
}
