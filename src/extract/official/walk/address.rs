//! A word of address inside the name of a body or an event a title belongs to ("cuộc thi
//! Hoa hậu quý bà Sri Lanka"), read by the walk ([`super::OrgWalk`]).

use super::super::parent::{clause_ends_at, country_end};
use super::super::words::{Case, Gap, Tag, Words};

/// Is the lowercase word of address at word `j` (tag `t`), inside the organisation of a
/// title whose role ends before word `head_end`, a word of the body's or event's own name
/// ("Giám đốc quốc gia của cuộc thi Hoa hậu quý bà Sri Lanka nói": the pageant of married
/// women)? A country follows it, and the clause ends after the country: a word of address
/// stands before a person's name, never before a country alone. The country is of two
/// words or more, or spells no Vietnamese syllable (one syllable may be a given name: "bà
/// Mỹ").
pub(super) fn in_name(w: &Words<'_>, head_end: usize, j: usize, t: Tag) -> bool {
    let next = j + t.n;
    j > head_end
        && w.words[j].case() == Case::Lower
        && next < w.len()
        && w.gap_from(t.end, next) == Gap::Space
        && country_end(w, next).is_some_and(|e| {
            (e >= next + 2 || !crate::normalize::has_syllable_shape(w.word(next)))
                && clause_ends_at(w, e)
        })
}

/// Is the capitalised word of address at word `j` (tag `t`: "Bà", "Ông"), right after a
/// word of the organisation of a title whose role ends before word `head_end`, the first
/// word of a place that names the body ("Công ty CP Dịch vụ Cáp treo Bà Nà", "chợ Bà
/// Chiểu")? A word of address is written lowercase inside a sentence; capitalised there,
/// and followed by one capitalised Vietnamese syllable alone that the clause's end follows
/// ("… Bà Nà chia sẻ"), it is a place's: a person's name after a word of address has two
/// words or more, or is no part of a body's name.
pub(super) fn place_in_name(w: &Words<'_>, head_end: usize, j: usize, t: Tag) -> bool {
    let next = j + t.n;
    let after = next + 1;
    j > head_end
        && t.n == 1
        && w.words[j].case() == Case::Title
        && w.gap(j) == Gap::Space
        && next < w.len()
        && w.gap(next) == Gap::Space
        && w.words[next].case() == Case::Title
        && crate::normalize::has_syllable_shape(w.word(next))
        && w.tag(next).is_none()
        && (after >= w.len() || w.words[after].case() == Case::Lower || w.gap(after) != Gap::Space)
        && clause_ends_at(w, after)
}
