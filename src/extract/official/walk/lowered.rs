//! What ends right before a foreign name after a title: the organisation's initials
//! alone, or the title's lowercase words (moved out of walk.rs, at its line cap).

use super::super::words::{Case, Gap, Words};

/// Is the word before word `j` the whole organisation of the title whose role ends before
/// word `head_end`, named by its initials alone right after the role: capitals of A to Z
/// that no list holds, or an abbreviation that names an organisation by itself ("Chủ tịch
/// UEFA", "Giám đốc IHME", "Giám đốc CDC")? A foreign name after it is the holder's:
/// the initials end the organisation as a country does. Or initials after the
/// organisation's own words ([`super::acronym::initials_close_org`]).
pub(super) fn initials_org(w: &Words<'_>, head_end: usize, j: usize) -> bool {
    let k = head_end;
    (j == k + 1
        && w.words[k].case() == Case::Upper
        && w.gap(j) == Gap::Space
        && match w.tag(k) {
            Some((t, x)) => t.n == 1 && x.abbrev.as_ref().is_some_and(|(_, org)| *org),
            None => w.word(k).bytes().all(|b| b.is_ascii_uppercase()),
        })
        || super::acronym::initials_close_org(w, head_end, j)
}

/// Do the title's lowercase words end right before word `j`, the role's ending at
/// `head_end`: a lowercase word that ends no list's word and is no "của", or a modifier of
/// the role said lowercase right after it ("HLV tạm quyền Jeong Jeong-yong", "Phó Chủ tịch
/// thường trực …")?
pub(super) fn lower_before(w: &Words<'_>, head_end: usize, j: usize) -> bool {
    let role_modifier = || {
        w.entry_before(j, |s, x| x.modifier && s == head_end)
            .is_some()
    };
    w.words[j - 1].case() == Case::Lower
        && (!w.tag_ends_before(j) || role_modifier())
        && w.word(j - 1) != "của"
}
