//! Initials that close an organisation's name inside a title, read by the walk
//! ([`super::OrgWalk`]): a foreign name after them is the title's holder.

use super::super::words::{Case, Gap, Words};

/// Does the organisation of the title whose role ends before word `head_end` end right
/// before word `j` with its initials, after its own words, a foreign name after them
/// being the holder's ("Ủy ban điều hành UEFA" + "Jesper Moller đã …", "Quỹ UNICEF" +
/// "Henrietta Fore cho biết")? The initials end the organisation as they do right after
/// the role ("Chủ tịch UEFA X", [`super::initials_org`]) and as a country does: capitals of
/// A to Z that no list holds, three or more (two are most often a company's or a school's
/// form, "Công ty CP …", "trường PT …", "PV Gas"), or an abbreviation that names an
/// organisation by itself ("EU"). The name is a person's only where it reads as one: two
/// parts or more of the lists' words none, the first no Vietnamese syllable ("Cty TNHH
/// TMDV Tâm Vân Petro" is a trade name), the clause going on after it in lowercase ("…
/// Enclave Phú Quốc.", "TUI Blue Nam Hội An (…)" name a resort).
pub(super) fn initials_close_org(w: &Words<'_>, head_end: usize, j: usize) -> bool {
    let k = j - 1;
    let initials = match w.tag(k) {
        Some((t, x)) => t.n == 1 && x.abbrev.as_ref().is_some_and(|(_, org)| *org),
        None => w.word(k).len() >= 3 && w.word(k).bytes().all(|b| b.is_ascii_uppercase()),
    };
    if j <= head_end + 1 || w.words[k].case() != Case::Upper || w.gap(j) != Gap::Space || !initials
    {
        return false;
    }
    w.foreign_name_at(j, 2).is_some_and(|e| {
        e < w.len()
            && w.gap(e) == Gap::Space
            && w.words[e].case() == Case::Lower
            && !crate::normalize::is_syllable(w.word(j))
            && (j..e).all(|i| w.tag(i).is_none() && w.place_at(i).is_none())
    })
}
