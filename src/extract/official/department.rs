//! The department a head of department holds ("Trưởng khoa", "Phó khoa"): the
//! capitalised words right after the role are the department's field, never a holder's
//! name ("Phó khoa Ung Bướu", "Trưởng khoa Nhi").

use super::titles::{Hit, run_to, title_head};
use super::words::Words;

/// Most words of a department's field read this way ("Tai Mũi Họng", "Hồi sức Tích cực").
const MAX_FIELD_WORDS: usize = 4;

/// The title `h` run over the name read right after its role when the role is a head of
/// a hospital's or a faculty's department ("khoa", its last word): the head is named by
/// the department's field, whose words may read as a name ("Ung" is a surname: "Phó khoa
/// Ung Bướu cho biết"), while the holder's name is said before the title or after the
/// field ("bác sĩ X - Phó khoa Ung Bướu", "Trưởng khoa Nội Trần Văn A"). The press has no
/// "Trưởng khoa" + holder's name with no field between.
pub(super) fn field_not_holder(w: &Words<'_>, mut h: Hit) -> Hit {
    let Some((s, r)) = h.name else {
        return h;
    };
    let Some((_, (head_to, _), _)) = title_head(w, h.from) else {
        return h;
    };
    if head_to == s
        && s > h.from
        && r - s <= MAX_FIELD_WORDS
        && w.word(s - 1).eq_ignore_ascii_case("khoa")
    {
        run_to(w, &mut h, r);
    }
    h
}
