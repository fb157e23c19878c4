//! A holder's full name whose surname no list holds, right after the place that closes a
//! state body's title: "Phó Chủ tịch HĐND tỉnh Quảng Trị Cái Văn Tuấn lần lượt …" (the
//! surnames' list leaves out those as often a word or a given name: "Cái", "Đèo", "Lăng").

use super::super::words::{Case, Gap, Words};

/// The words of a Vietnamese full name.
const FULL_NAME_WORDS: usize = 3;

/// Where the name starts in the capitalised run `i..r` of a title's organisation: the run
/// opens with a place mention of the country (a unit the gazetteer knows, "tỉnh Thừa
/// Thiên-Huế"), then exactly three capitalised Vietnamese syllables that no list tags
/// and no place mention holds, then the clause goes on lowercase or ends (a comma, a
/// stop): after a unit's name nothing but its holder's name is said capitalised there.
pub(super) fn name_after_place(w: &Words<'_>, i: usize, r: usize) -> Option<usize> {
    let p = w.place_at(i)?;
    let s = p.to;
    if p.abroad || p.to <= i || r != s + FULL_NAME_WORDS || w.gap(s) != Gap::Space {
        return None;
    }
    let plain = (s..r).all(|k| {
        w.words[k].case() == Case::Title
            && (k == s || w.gap(k) == Gap::Space)
            && crate::normalize::is_syllable(w.word(k))
            && w.tag(k).is_none()
            && w.place_at(k).is_none()
    });
    let closed = r >= w.len() || w.gap(r) != Gap::Space || w.words[r].case() == Case::Lower;
    (plain && closed).then_some(s)
}
