//! A name, a bracket of the person's birth, and the post right after it with no comma:
//! "bị cáo Hà Văn An (SN: 1969) nguyên Trưởng phòng TN&MT huyện X, …" (the way a court
//! report lists defendants, each with the year of birth and the posts held).

use super::super::age::age_at;
use super::super::tail;
use super::super::titles::{Hit, title_at};
use super::super::walk::term::year;
use super::super::words::{Gap, Words};

/// Does the bracket whose first word is `j` open with the person's year of birth or age:
/// "SN" (sinh năm) and a year, after a colon or not ("SN: 1969", "SN 1969; trú tại …"),
/// "sinh năm 1970", a year alone ("(1969)"), or an age ("52 tuổi")?
fn born_at(w: &Words<'_>, j: usize, after: usize) -> bool {
    let n = w.len();
    if w.word(j) == "SN"
        && j + 1 < after
        && matches!(w.gap(j + 1), Gap::Space | Gap::Colon)
        && year(w.word(j + 1)).is_some()
    {
        return true;
    }
    (after == j + 1 && year(w.word(j)).is_some())
        || age_at(w, j).is_some_and(|len| j + len <= after.min(n))
}

/// The post said right after the birth bracket of a name: the bracket's first word is `j`,
/// the word after it `after`, the bracket closing at byte `close`; one space, then a title
/// that names no one and is no bare rank ("… (SN: 1969) nguyên Trưởng phòng …").
fn post_after_birth(w: &Words<'_>, j: usize, after: usize, close: usize) -> Option<Hit> {
    if after >= w.len()
        || !born_at(w, j, after)
        || w.text.get(close..w.words[after].start()) != Some(" ")
    {
        return None;
    }
    let mut h = title_at(w, after).filter(|h| h.name.is_none() && !h.rank_only)?;
    tail::apposed_tail(w, &mut h);
    Some(h)
}

/// The post right after the birth bracket of words `j..after` ([`post_after_birth`]) and
/// the chain of posts after it: the word after them, `None` when no post follows.
pub(super) fn chain_after_birth(
    w: &Words<'_>,
    (j, after): (usize, usize),
    close: usize,
    addressed: bool,
    titles: &mut Vec<Hit>,
) -> Option<usize> {
    let h = post_after_birth(w, j, after, close)?;
    titles.push(h);
    Some(super::chain(w, h.end, h.to, false, addressed, titles))
}
