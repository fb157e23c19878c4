//! A given name that is also a word of address ("Anh", "Thầy"), read after a word of
//! address: "ông Anh Tuấn", "bà Anh Thư". A word of address stands before a name;
//! capitalised right after another word of address, a second one can only be the name's
//! first syllable (a person is addressed once), so the name runs from it, not from the
//! word after it.

use super::super::words::{Case, Gap, Words};

/// Most syllables of such a name after its first ("Anh Ngọc Tuấn").
const MAX_AFTER: usize = 2;

/// The end of a name that opens at word `p` with a capitalised one-word word of address,
/// where `p` follows a word of address (the caller's: "ông", "Bà" opening a sentence)
/// and a space: one or two capitalised Vietnamese syllables follow it after a space, none
/// of them a title's, an honorific's or a place's, and no capitalised word after them.
pub(in super::super) fn name_at(w: &Words<'_>, p: usize) -> Option<usize> {
    if p == 0
        || p + 1 >= w.len()
        || w.words[p].case() != Case::Title
        || !w.tag(p).is_some_and(|(t, x)| x.honorific && t.n == 1)
        || w.gap(p + 1) != Gap::Space
    {
        return None;
    }
    let mut e = p + 1;
    while e < w.len()
        && e - p <= MAX_AFTER
        && (e == p + 1 || w.gap(e) == Gap::Space)
        && w.words[e].case() == Case::Title
        && w.name_like(e)
        && w.place_at(e).is_none()
        && crate::normalize::is_syllable(w.word(e))
    {
        e += 1;
    }
    // (a capitalised word more after the syllables: a longer run, read otherwise)
    let more = e < w.len() && w.gap(e) == Gap::Space && w.words[e].case() != Case::Lower;
    (e > p + 1 && !more).then_some(e)
}
