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
/// names that end the run, all joined by single spaces?
pub(super) fn opens_person(text: &str, ends: &[usize; MAX_NAME_WORDS], n: usize, j: usize) -> bool {
    let given = n.saturating_sub(j + 2);
    if j == 0 || !(1..=2).contains(&given) {
        return false;
    }
    // (one space between the words of the person's name, and before it: not "Hiền Lương -
    // Bến Hải"; word `m` then starts right after it)
    let spaced = (j..n).all(|m| {
        let gap = &text[ends[m - 1]..];
        gap.starts_with(' ') && !gap.starts_with(" - ") && !gap.starts_with(" – ")
    });
    let word = |m: usize| &text[ends[m - 1] + 1..ends[m]];
    spaced && MIDDLE.contains(&word(j + 1)) && crate::normalize::has_syllable_shape(word(j))
}
