//! A realm named after a monarch's role: "Quốc vương Nữ Nhi Quốc", "vua Xiêm La Quốc".
//! Sino-Vietnamese "… Quốc" (the land of …) closing capitalised words is a realm's name,
//! and after a monarch's role those words are the realm the title is of, not a name.

use super::super::titles::Hit;
use super::super::words::{Gap, Words};
use super::field_country::field_country_then_name;
use super::{Step, country_then_name};

/// Are the capitalised words `j..r`, right after the monarch's role of the title opening at
/// word `from`, a realm's name: two to four words, the last "Quốc", the first no
/// Vietnamese surname (a person named "… Quốc" is said with one: "Mã Bảo Quốc")?
fn realm_after_monarch(w: &Words<'_>, from: usize, j: usize, r: usize) -> bool {
    (2..=4).contains(&(r - j))
        && w.word(r - 1) == "Quốc"
        && (j + 1..r).all(|k| w.gap(k) == Gap::Space)
        && w.tag(from)
            .is_some_and(|(t, x)| x.monarch && from + t.n == j)
        && !w.tag(j).is_some_and(|(_, x)| x.surname)
}

/// The walk's step at the capitalised run `j..r` of the title `hit`: its end, no name,
/// at a realm right after a monarch's role ([`realm_after_monarch`]); else a name after a
/// country, as [`country_then_name`] reads it, or after a body's field and its country
/// ([`field_country_then_name`]: "Bộ Nông Lâm Lào X").
pub(super) fn or_country(w: &Words<'_>, j: usize, r: usize, hit: &mut Hit) -> Option<Step> {
    if realm_after_monarch(w, hit.from, j, r) {
        return Some(Step::Stop);
    }
    country_then_name(w, j, r, hit).or_else(|| field_country_then_name(w, j, r, hit))
}
