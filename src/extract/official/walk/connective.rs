//! An English connective inside a foreign body's own name ("Bank of America", "Institute
//! of International Finance", "Center for Strategic Studies"): the capitalised words
//! after "of" or "for" go on with the name before it, no person's. A person's name has no
//! such word, and neither word is a Vietnamese syllable, so a capitalised run right after
//! one, inside a title's organisation, is the body's (issue 12: "Nhà phân tích của Bank of
//! America Securities ông X" read "America Securities" as the holder).

use super::super::apposed::foreign_full_name;
use super::super::words::{Case, Gap, Words};

/// The English connectives of a body's own name, written lowercase between its words.
const CONNECTIVES: [&str; 2] = ["of", "for"];

/// Does the capitalised word `j` go on a foreign body's name past a connective right
/// before it, a capitalised word before that, all after spaces?
pub(in crate::extract::official) fn after(w: &Words<'_>, j: usize) -> bool {
    j >= 2
        && j < w.len()
        && w.gap(j) == Gap::Space
        && w.gap(j - 1) == Gap::Space
        && CONNECTIVES.contains(&w.word(j - 1))
        && w.words[j - 2].case() != Case::Lower
}

/// Is word `k` a brand in mixed case ("SpaceX"), a mark right after it: a body's own
/// name that "và" joins to the one before ("giám đốc điều hành của Tesla và SpaceX,", the
/// thirty-fifth draw), no person's (a name's words are each capitalised once).
pub(in crate::extract::official) fn brand_closes(w: &Words<'_>, k: usize) -> bool {
    k < w.len()
        && w.words[k].case() == Case::Other
        && w.word(k).chars().next().is_some_and(char::is_uppercase)
        && super::super::parent::mark_at(w, k + 1)
}

/// Is the capitalised run at word `k`, right after a "và" inside a title's organisation,
/// a second person, no part of the body's name: a foreign full name (a first name and a
/// surname, [`foreign_full_name`]) that a comma closes before the clause goes on ("A,
/// nhà sáng lập tuần lễ thời trang X Fashion Week và Mia Lorant, sẽ …": "và" joins two
/// subjects, the second named without a post). A body's own name after "và" goes on to
/// a title, a list or the clause's verb with no comma between.
pub(in crate::extract::official) fn person_after_and(w: &Words<'_>, k: usize) -> bool {
    let r = w.run_end(k);
    r < w.len()
        && w.gap(r) == Gap::Comma
        && super::super::after::goes_on_after_comma(w, r)
        && foreign_full_name(w, k, r)
}

/// Is "và" at word `j` (the next word `next`) inside the name of a joint office of elected
/// bodies, each written by its initials ("Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng
/// HĐND và UBND huyện": one office serves both, by the Luật Tổ chức chính quyền địa
/// phương)? "Văn phòng" (or "VP", "Chánh VP") is said at or after the role's last two words
/// (`head_end`: "Chánh Văn phòng", "Trưởng phòng Tổng hợp Văn phòng …"), and abbreviations
/// stand on both sides.
pub(in crate::extract::official) fn joint_office(
    w: &Words<'_>,
    head_end: usize,
    j: usize,
    next: usize,
) -> bool {
    let abbrev = |k: usize| {
        w.words[k].case() == Case::Upper
            && w.tag(k)
                .is_some_and(|(t, x)| t.n == 1 && x.abbrev.is_some())
    };
    j >= 1
        && next < w.len()
        && w.gap(j) == Gap::Space
        && abbrev(j - 1)
        && abbrev(next)
        && (head_end.saturating_sub(2)..j).any(|k| {
            (w.word(k) == "Văn" && k + 1 < j && w.word(k + 1) == "phòng") || w.word(k) == "VP"
        })
}
