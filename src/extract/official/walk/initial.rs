//! An initial inside a body's own name, read by the walk ([`super::OrgWalk`]): "Trường
//! Nghiên cứu Quốc tế S. Rajaratnam", "Công ty Chăn nuôi C.P Việt Nam" — one capital
//! letter and its period, then a capitalised word: the period is the initial's, not a
//! full stop.

use super::super::words::{Case, Gap, Words};
use super::term;

/// The separator the walk reads between byte `from` and word `j`: [`Words::soft_gap`], a
/// space for a hyphen without spaces, inside a word ("dịch Covid-19"), for a term's years
/// joined by a spaced dash ("nhiệm kỳ 2021 - 2025") and for an initial's period
/// ([`initial_period`]).
pub(super) fn walk_gap(w: &Words<'_>, from: usize, j: usize) -> Gap {
    match w.soft_gap(from, j) {
        Gap::Dash if w.joined_by(j, "-") || term::year_range_at(w, j) || w.hyphen_in_place(j) => {
            Gap::Space
        }
        Gap::Stop if initial_period(w, from, j) => Gap::Space,
        g => g,
    }
}

/// Is the period between byte `from` and word `j` the period of an initial inside a
/// body's name: word `j - 1` one capital letter after a space, the period right after it,
/// then word `j` capitalised, glued to it ("C.P") or after one space ("S. Rajaratnam");
/// a spaced one after a capitalised word one or two words before the letter ("Quốc tế
/// S."), and before a word that spells no Vietnamese syllable (a letter may end a
/// sentence: "… Công ty Hạng A. Ông …")?
pub(super) fn initial_period(w: &Words<'_>, from: usize, j: usize) -> bool {
    if j < 3 || j >= w.len() {
        return false;
    }
    let mut c = w.word(j - 1).chars();
    if !(c.next().is_some_and(char::is_uppercase) && c.next().is_none())
        || w.gap(j - 1) != Gap::Space
        || !matches!(w.words[j].case(), Case::Title | Case::Upper)
    {
        return false;
    }
    match w.text.get(from..w.words[j].start()) {
        Some(".") => true,
        Some(". ") => {
            !crate::normalize::has_syllable_shape(w.word(j))
                && (w.not_lower(j - 2) || (w.gap(j - 2) == Gap::Space && w.not_lower(j - 3)))
        }
        _ => false,
    }
}
