//! A given name that is also a part of the day ("Sáng", "Chiều"): `name_breaks.txt` ends a
//! run of capitalised words at such a word, for a caption run into the sentence after it
//! ("… Nguyễn Văn An Sáng 5/3, …"). Inside a run, after a name's first words, with the
//! clause going on after it by punctuation or by a lowercase word that says no time
//! ("Trần Văn Sáng cho biết", "bị cáo Lê Văn Chiều (SN 1970)"), it is the person's given
//! name; a time after it ("Sáng nay", "Chiều 5/3", "Sáng cùng ngày", "Tối qua") keeps it
//! the opener of a time.

use super::super::tail::time_word;
use super::super::words::{Case, Gap, Words};

/// Lowercase words that go on a part of the day and say no time themselves ("sáng cùng
/// ngày", "sáng sớm", "tối muộn").
const DAY_GOES_ON: [&str; 4] = ["cùng", "sớm", "muộn", "khuya"];

/// Is word `j`, inside a run of capitalised words that opens at word `i` before it, a part
/// of the day that ends a personal name ([`self`])?
pub(in super::super) fn day_given_at(w: &Words<'_>, i: usize, j: usize) -> bool {
    if j <= i
        || j >= w.len()
        || w.words[j].case() != Case::Title
        || w.gap(j) != Gap::Space
        || !w.tag(j).is_some_and(|(t, x)| t.n == 1 && x.name_break)
    {
        return false;
    }
    let lower = crate::text::chars::to_lowercase(w.word(j));
    if !crate::text::lexicon::PARTS_OF_DAY
        .keys()
        .any(|k| k == lower)
    {
        return false;
    }
    let next = j + 1;
    if next >= w.len() {
        return true;
    }
    match w.gap(next) {
        Gap::Space => {
            w.words[next].case() == Case::Lower
                && !time_word(w, next)
                && !DAY_GOES_ON.contains(&w.word(next))
        }
        Gap::Comma
        | Gap::Semicolon
        | Gap::Open
        | Gap::Close
        | Gap::Dash
        | Gap::Stop
        | Gap::Break => true,
        _ => false,
    }
}
