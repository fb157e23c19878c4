//! A person's name run into the unknown name of a place after a unit word ("Trưởng bản
//! Nậm Pố Vừ A Chống", "Trưởng thôn Đông Giàng Thị Mai"): a word followed by a middle name
//! and one or two given names ending the run opens a person's name, whatever the surname.

use super::words::MAX_NAME_WORDS;

/// The middle names that stand right after a surname: "Văn" and "Thị" of the Kinh (and of
/// many other peoples), "A" of the men of the H'Mông, Dao and Hà Nhì ("Giàng A Páo",
/// "Vàng A Sử").
const MIDDLE: [&str; 3] = ["A", "Thị", "Văn"];

/// Does word `j` (≥ 1) of the `n` capitalised name words ending at `ends` open a
/// person's name: the word after it a middle name of [`MIDDLE`], then one or two given
/// names that end the run, all joined by single spaces ([`spaced_before`])?
pub(super) fn opens_person(text: &str, ends: &[usize; MAX_NAME_WORDS], n: usize, j: usize) -> bool {
    let given = n.saturating_sub(j + 2);
    if j == 0 || !(1..=2).contains(&given) {
        return false;
    }
    (j..n).all(|m| spaced_before(text, ends, m))
        && MIDDLE.contains(&word(text, ends, j + 1))
        && crate::normalize::has_syllable_shape(word(text, ends, j))
}

/// Is word `m` (≥ 1) of the name words ending at `ends` set apart from the one before by a
/// space, as a person's name's words are: not by a dash ("Hiền Lương - Bến Hải")? Word `m`
/// then starts right after that space.
pub(super) fn spaced_before(text: &str, ends: &[usize; MAX_NAME_WORDS], m: usize) -> bool {
    let gap = &text[ends[m - 1]..];
    gap.starts_with(' ') && !gap.starts_with(" - ") && !gap.starts_with(" – ")
}

/// Word `m` (≥ 1) of the name words ending at `ends`, one byte (a space) after the end of
/// the one before.
pub(super) fn word<'t>(text: &'t str, ends: &[usize; MAX_NAME_WORDS], m: usize) -> &'t str {
    &text[ends[m - 1] + 1..ends[m]]
}
