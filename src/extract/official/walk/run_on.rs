//! A heading or a new sentence run together with a title whose organisation's name is
//! whole: "… Thứ trưởng Bộ Y tế Giảm phiền hà cho người bệnh …", the line break or stop
//! before the heading lost, the capitalised verb that opens it read as a word of the
//! body's name.

use super::super::words::{Case, Gap, Words};

/// Fewest lowercase words after the capitalised word that opens a heading.
const MIN_HEADING_LOWER: usize = 3;

/// Does a heading run together with the text open at the capitalised word `j`, right
/// after a body's name that is whole: its field of the law's list ("Bộ Y tế", "Sở Tài
/// chính": [`super::super::vocab::Info::ends_name`], written capitalised) or the place it serves
/// ("Sở Y tế Hà Nội")? The word is of no list and no place's, and three lowercase words or
/// more follow it after spaces: a name said after a whole name ("Sở Y tế Đồng Nai") is
/// capitalised throughout, and a person's given name alone after it ("Bộ Y tế Tuấn") opens
/// no holder's name.
pub(super) fn heading_after_whole_name(w: &Words<'_>, j: usize) -> bool {
    if !(j > 0
        && j < w.len()
        && w.gap(j) == Gap::Space
        // (a space alone: a field joined by a dash goes on, "Tư pháp - Hộ tịch")
        && w.text.get(w.words[j - 1].end()..w.words[j].start()) == Some(" ")
        && w.words[j].case() == Case::Title
        && w.tag(j).is_none()
        && w.place_at(j).is_none())
    {
        return false;
    }
    let whole = w
        .entry_before(j, |s, x| x.ends_name() && w.words[s].case() != Case::Lower)
        .is_some()
        || w.place_at(j - 1).is_some_and(|p| p.to == j);
    whole
        && (j + 1..=j + MIN_HEADING_LOWER).all(|k| {
            k < w.len()
                && w.gap(k) == Gap::Space
                && w.words[k].case() == Case::Lower
                && w.place_at(k).is_none()
        })
}
