//! An aide's noun before a teacher's rank: the rank of a university's assistant
//! professor in Vietnamese words ("trợ lý giáo sư", as "phó giáo sư" an associate one).

use super::titles::{Hit, title_at};
use super::words::Words;

/// Extends the aide's title `hit` ("trợ lý") over the rank that opens at word `j`, its
/// head ending at word `head_end`, when that rank goes on with its field or the school it
/// is held at and names no one: "trợ lý giáo sư kỹ thuật cơ khí tại Đại học X" (an
/// assistant professor, one post). Before a name the rank is the person's own, the aide
/// serving them ("trợ lý Giáo sư Nguyễn Văn A").
pub(super) fn assistant_rank(w: &Words<'_>, hit: &mut Hit, j: usize, head_end: usize) {
    if let Some(h) = title_at(w, j).filter(|h| h.name.is_none() && h.to > head_end) {
        hit.to = h.to;
        hit.end = h.end;
    }
}
