//! A degree's or profession's field tied to the institution its holder belongs to by a
//! preposition of affiliation other than "tại" (issue 12, titles cut short on unseen
//! articles): "giáo sư cổ sinh vật học từ Đại học X" (from), "giáo sư của Đại học Y"
//! (of), "giáo sư thuộc trường Đại học Z" (belonging to). As with "tại" ([`super::field::
//! held_at`]), the institution, named and capitalised, is the title's, and so is the
//! field before it; the lowercase "trường" (school) before the institution's capitalised
//! name is read too, after "tại" as well ("tại trường Đại học Oxford"). A person
//! ("luật sư của bà Mai") or a lowercase body is no institution, and a comma before the
//! preposition ends the title ("Tiến sĩ X, từ Đại học Y" ties nothing by the guide).

use super::titles::Hit;
use super::walk::OrgWalk;
use super::words::{Case, Gap, Words};

/// Most lowercase words of the field before the preposition ("kỹ thuật cơ khí", "cổ sinh
/// vật học": four syllables, and one more).
const MAX_FIELD_WORDS: usize = 5;

/// A title whose degree or profession ends before word `hit.to`, run on over its field
/// and the institution it is affiliated with, when the field (possibly none) is a few
/// lowercase words after spaces, untagged or a field's, then a preposition of affiliation
/// of `role_links.txt` other than "tại"/"ở" (or "tại"/"ở" then "trường"), then an institution's capitalised head: the institution
/// read as after "tại". `false` (and `hit` untouched) otherwise.
pub(super) fn run_to_institution(w: &Words<'_>, hit: &mut Hit) -> bool {
    let j = hit.to;
    let mut k = j;
    while k < w.len() && k - j <= MAX_FIELD_WORDS && w.gap(k) == Gap::Space {
        if w.words[k].case() != Case::Lower {
            return false;
        }
        if let Some(at) = institution_after(w, k) {
            hit.to = k;
            hit.end = w.words[k - 1].end();
            // (the walk goes on from the institution's name, held there as after "tại")
            let mut walk = OrgWalk::new(*hit, false);
            (walk.held, walk.j, walk.end) = (true, at, w.words[at - 1].end());
            walk.run(w, hit);
            return true;
        }
        // (a field's words: no verb, role, place or function word of the lists)
        if w.tag(k).is_some_and(|(_, x)| !x.field || x.field_verb) || w.place_at(k).is_some() {
            return false;
        }
        k += 1;
    }
    false
}

/// A title that ends with a body's own name, run on over the institution that body
/// belongs to, said right after it by a preposition of affiliation ([`institution_after`]:
/// "chuyên gia tại Khoa Nghiên cứu Chiến tranh thuộc Đại học Hoàng gia London"): the
/// institution read as after "tại". `hit` untouched when none follows.
pub(super) fn belongs_on(w: &Words<'_>, hit: &mut Hit) {
    let k = hit.to;
    if k >= w.len()
        || k <= hit.from
        || w.soft_gap(hit.end, k) != Gap::Space
        // (the body's name ends capitalised, or with a capitalised word's second syllable)
        || (w.words[k - 1].case() == Case::Lower && !w.not_lower(k.saturating_sub(2)))
    {
        return;
    }
    if let Some(at) = institution_after(w, k) {
        let mut walk = OrgWalk::new(*hit, false);
        (walk.held, walk.j, walk.end) = (true, at, w.words[at - 1].end());
        walk.run(w, hit);
    }
}

/// At a preposition at word `k`: the first word of the capitalised institution it ties
/// the title to.
fn institution_after(w: &Words<'_>, k: usize) -> Option<usize> {
    let (tag, x) = w.tag(k)?;
    let at = x.at && tag.n == 1;
    let link = x.role_link && !at;
    if !(link || at) {
        return None;
    }
    let mut i = k + tag.n;
    // "thuộc trường Đại học Z": the lowercase school noun before the name
    let school = w.word(i) == "trường" && w.gap(i) == Gap::Space;
    if school {
        i += 1;
    }
    // ("tại Đại học X" is read by `held_at` already)
    if !(link || school) || i >= w.len() || w.gap(i) != Gap::Space {
        return None;
    }
    w.tag(i)
        .is_some_and(|(_, x)| x.institution && w.words[i].case() != Case::Lower)
        .then_some(i)
}
