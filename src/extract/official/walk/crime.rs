//! The crimes a police department is named for, after "tội phạm về", read by the walk
//! over a title's organisation.

use super::super::lower_fields::lower_field_end;
use super::super::parent::clause_ends_at;
use super::super::words::{Case, Gap, Words};
use crate::text::chars::to_lowercase;

/// The end of the crimes a department fights, said after "tội phạm về" with "về" at word
/// `j`: the police's departments are named for the crimes they investigate or prevent
/// ("Phòng Cảnh sát điều tra tội phạm về trật tự xã hội", "… tội phạm về ma túy", "Cục
/// Cảnh sát phòng, chống tội phạm về môi trường"), the field in lowercase part of the
/// body's name, its parent after it ("… (Công an tỉnh X)", "… Công an tỉnh X"). The
/// field's words are those of a field of a body ([`lower_field_end`]); the name ends
/// after them (a mark, a bracket, a capitalised word, or the clause's end). `None` for any
/// other "về" ("… tội phạm về nước": a verb of return, no field).
pub(super) fn crime_field(w: &Words<'_>, j: usize) -> Option<usize> {
    let next = j + 1;
    if j < 2
        || next >= w.len()
        || w.word(j) != "về"
        || w.gap(j) != Gap::Space
        || w.gap(j - 1) != Gap::Space
        || w.gap(next) != Gap::Space
        || to_lowercase(w.word(j - 2)) != "tội"
        || to_lowercase(w.word(j - 1)) != "phạm"
    {
        return None;
    }
    let closes = |e: usize| {
        e >= w.len()
            || w.gap(e) != Gap::Space
            || w.words[e].case() != Case::Lower
            || clause_ends_at(w, e)
    };
    let mut e = lower_field_end(w, next)?;
    // (the crimes listed with commas: "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh
    // tế, buôn lậu"; each a field of a body's, the last closing the name)
    for _ in 0..MAX_LISTED_CRIMES {
        match (e < w.len() && w.gap(e) == Gap::Comma && w.words[e].case() == Case::Lower)
            .then(|| lower_field_end(w, e))
            .flatten()
        {
            Some(k) if closes(k) => e = k,
            _ => break,
        }
    }
    closes(e).then_some(e)
}

/// Most crimes listed after the first in a department's name.
const MAX_LISTED_CRIMES: usize = 4;
