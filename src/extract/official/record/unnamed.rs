//! A unit word said with a name that is no Vietnamese place: "Chủ tịch Hội đồng nhân dân
//! tỉnh Chămpaxắc" (a province of Laos the gazetteer does not hold). The unit is named,
//! so it is not the article's own unit of that type, which a bare unit word means ("UBND
//! tỉnh"): the title has no jurisdiction of the country.

use super::super::words::{Case, Gap, Words};

/// Do the words `o..to` of a title's organisation end with a lowercase unit word and a
/// name after it, capitalised, one of its words no Vietnamese syllable ("tỉnh
/// Chămpaxắc"; the place reader's mention of it, if any, settled on no unit)?
pub(super) fn foreign_named_unit(w: &Words<'_>, o: usize, to: usize) -> bool {
    let Some((u, n)) = (o..to).rev().find_map(|k| {
        w.tag(k)
            .filter(|(_, x)| x.unit && w.words[k].case() == Case::Lower)
            .map(|(t, _)| (k, t.n))
    }) else {
        return false;
    };
    let s = u + n;
    s < to
        && (s..to).all(|k| {
            w.words[k].case() == Case::Title
                && (k == s || w.gap(k) == Gap::Space || w.joined_by(k, "-"))
        })
        && (s..to).any(|k| !crate::normalize::is_syllable(w.word(k)))
}
