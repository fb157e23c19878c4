//! A teacher's trade noun beside a post apposed to the name (issue 12, the audit of session
//! 29): "thầy giáo" and "cô giáo" (not the honorifics "thầy", "cô") are a teacher's staff
//! post when the sentence ties the teacher to a school, by a bracket or "tại" after the name
//! ([`super::role`]), or by a post apposed to the name after a comma or a dash, the
//! person's age or year of birth said first or not ("thầy giáo X, SN 1986, giáo viên
//! Trường THPT Y", "thầy giáo X, giáo viên chủ nhiệm lớp 10 A3", "cô giáo X - Hiệu trưởng
//! trường Mầm non Y"): the guide of the fourteenth and twenty-fourth draws writes the trade
//! noun as a title beside the post; said alone it is a common noun.

use super::titles::Hit;
use super::words::{Case, Gap, Words};

/// Is the role of `hit`, words `hit.from..role_end`, a teacher's trade noun ("thầy giáo",
/// "cô giáo") before a name that a post apposed after a comma or a dash follows
/// ([`super::apposed::titled_segment`])?
pub(super) fn teacher_with_apposed_post(w: &Words<'_>, hit: Hit, role_end: usize) -> bool {
    let Some((_, to)) = hit.name else {
        return false;
    };
    // (the lists' `teacher` entries, "Thầy giáo", "Cô giáo", with "giáo" lowercase)
    w.tag(hit.from)
        .is_some_and(|(t, x)| x.teacher && hit.from + t.n == role_end)
        && w.words
            .get(hit.from + 1)
            .is_some_and(|x| x.case() == Case::Lower)
        && w.gap(hit.from + 1) == Gap::Space
        && super::apposed::titled_segment(w, to)
}
