//! A profession's word inside an organisation head's own entry (issue 12, session 31,
//! dev31r): the organisations of lawyers hold the profession's word in their names
//! (`org_heads.txt`: "Văn phòng Luật sư", "Đoàn Luật sư"), and the head is read whole, so
//! the "Luật sư" in it opens no title of a person, whatever name follows: a law office is
//! named after a lawyer as often as not ("Văn phòng Luật sư Hoa Phượng Đỏ", "Văn phòng
//! Luật sư Lê Minh Tâm": Luật Luật sư 2006, Điều 34), the name the office's own.

use super::titles::Hit;
use super::words::{MAX_TAG_WORDS, Words};

/// Is the rank or profession `h` (no post, [`Hit::rank_only`]) said inside the entry of
/// an organisation head that opens before it and runs over it ("Văn phòng Luật sư")?
pub(super) fn rank_in_head(w: &Words<'_>, h: &Hit) -> bool {
    h.rank_only
        && (1..MAX_TAG_WORDS.min(h.from + 1)).any(|b| {
            w.tag(h.from - b)
                .is_some_and(|(t, x)| t.n > b && x.org.is_some())
        })
}
