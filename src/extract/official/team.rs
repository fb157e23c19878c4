//! The head of a team that is no body (issue 12, the recall-and-precision audit of session
//! 29): "trưởng nhóm nghiên cứu" (a research team's head) or "người đứng đầu nhóm …" said
//! with no organisation after the team's noun ("Tiến sĩ X, trưởng nhóm nghiên cứu, cho
//! biết", "trưởng nhóm nghiên cứu, Giáo sư Y") heads the team of one study, no post: the
//! guide of the eighteenth draw ("Tiến sĩ X, trưởng nhóm nghiên cứu" gives "Tiến sĩ" only),
//! as a member of such a team holds none ([`super::band`]). The head of a team of a named
//! body is one ("Trưởng nhóm nghiên cứu vật liệu nano, Trường Đại học Y", "trưởng nhóm
//! nghiên cứu đến từ Đại học Z", the twenty-sixth and fifth draws). Said right before the
//! name ("Theo trưởng nhóm nghiên cứu X, …") the role stays the name's title, as session
//! 26's tests have it.

use super::titles::Hit;
use super::words::{Gap, Words};

/// Is the title `h` the head of a team that is no body, named by no capitalised word: its
/// role "trưởng" or "người đứng đầu" before the noun "nhóm" (a team gathered for a task;
/// not "đội bóng", a club said by its noun: "người đứng đầu đội bóng, X" heads one), the
/// rest of its words the team's lowercase field ([`super::band::unnamed_group`])?
pub(super) fn unnamed_team_head(w: &Words<'_>, h: &Hit) -> bool {
    let role = |k: usize, words: &[&str]| {
        k + words.len() <= h.to
            && words.iter().enumerate().all(|(i, s)| {
                w.word(k + i).eq_ignore_ascii_case(s) && (i == 0 || w.gap(k + i) == Gap::Space)
            })
    };
    let group = if role(h.from, &["trưởng", "nhóm"]) {
        h.from + 1
    } else if role(h.from, &["người", "đứng", "đầu", "nhóm"]) {
        h.from + 3
    } else {
        return false;
    };
    // (said right before the name, the role is the name's title as any role is, the
    // sixteenth session's reading: "Theo trưởng nhóm nghiên cứu X, …")
    let before_name = h
        .name
        .is_some_and(|(s, _)| s == h.to && w.gap(s) == Gap::Space);
    !before_name
        && group < h.to
        && w.gap(group) == Gap::Space
        && super::band::unnamed_group(w, group, h.to)
}
