//! A name romanized without tone marks, three words, after a title's organisation ("Bộ
//! trưởng Công thương Chan Chung Sing"): whole, though a Vietnamese surname stands inside
//! it ("Chung"), which would read its last two words as the name and its first as the
//! organisation's.

use super::super::words::{Case, Words};

/// Words of a romanized Chinese name read whole (surname, two given syllables).
const ROMANIZED_WORDS: usize = 3;

/// Is the capitalised run `j..r` after a title's organisation (or its bare role) ending
/// lowercase a name romanized without tone marks: three words of plain ASCII letters, none
/// a place or a word of the lists but a surname, the first no surname, where a surname
/// inside it opens a shorter name? A Vietnamese name is written with its tone marks, and an
/// organisation's own name after its lowercase field is no bare syllable ("Chan").
pub(super) fn romanized_name(w: &Words<'_>, head_end: usize, j: usize, r: usize) -> bool {
    let plain = |k: usize| {
        let word = w.word(k);
        word.len() > 1
            && word.bytes().all(|b| b.is_ascii_alphabetic())
            && w.place_at(k).is_none()
            && w.tag(k)
                .is_none_or(|(t, x)| t.n == 1 && x.surname && !x.not_name)
    };
    r == j + ROMANIZED_WORDS
        && j > 0
        && !w.institution_before(j)
        && (j == head_end || w.words[j - 1].case() == Case::Lower)
        && w.tag(j).is_none()
        && (j..r).all(plain)
        && w.split_run(j, r, 2) == Some(j + 1)
}
