//! A verb of assigning run into a title (issue 12, the thirty-fifth draw: "Thủ tướng giao
//! Phó Thủ tướng X chỉ đạo", "Chủ tịch ủy quyền Phó Chủ tịch Y ký"): the verb opens the
//! predicate of the clause the title is the subject of, and its object, a body or an
//! official, is said right after it, capitalised. The title ends before the verb. A body's
//! own words with "giao" are read before the walk comes to it ("Bộ Ngoại giao", "Cảnh sát
//! giao thông", "phòng giao dịch": a lowercase word follows). The verbs of appointment
//! ("phân công", "chỉ định") are `official_appointments.txt`'s, stops already.

use super::super::words::{Case, Gap, Words};

/// The verbs of assigning a task to a body or an official, their syllables as written.
const VERBS: [&[&str]; 5] = [
    &["giao"],
    &["ủy", "quyền"],
    &["uỷ", "quyền"],
    &["ủy", "nhiệm"],
    &["uỷ", "nhiệm"],
];

/// Does a verb of assigning open at word `j`, lowercase, a capitalised word right after
/// it, all after spaces?
pub(super) fn verb_at(w: &Words<'_>, j: usize) -> bool {
    VERBS.iter().any(|v| {
        let n = v.len();
        j + n < w.len()
            && v.iter().enumerate().all(|(i, s)| {
                w.word(j + i) == *s
                    && w.words[j + i].case() == Case::Lower
                    && (i == 0 || w.gap(j + i) == Gap::Space)
            })
            && w.gap(j + n) == Gap::Space
            && w.words[j + n].case() != Case::Lower
    })
}
