//! A given name alone after a word of address ("ông Chung"): a later mention of someone
//! named in full before, with the titles a link word ties to it and those set after it.

use super::titles::Hit;
use super::words::{Case, Gap, Words};
use super::{Honorific, address_at, after, appointed, merge};

/// A given name alone after a word of address ("ông Chung", word `at`), a later mention
/// of someone named in full before, with the titles a link word ties to it ("ông Dương
/// đồng thời là Chủ tịch …", "bà Hà hiện là Giám đốc …"): the full name's, once it is
/// told whose.
#[derive(Debug)]
pub(super) struct Short {
    pub(super) at: usize,
    pub(super) honorific: Honorific,
    pub(super) titles: Vec<Hit>,
    /// The titles set after the given name by a comma, dash or bracket ("anh Lam, giám
    /// đốc một công ty …"): a new person's when no one has the given name
    /// ([`merge::introduced`]). Read again on their own (the scan goes on after the name).
    pub(super) apposed: Vec<Hit>,
    /// The apposed titles are set right after the name by a comma or a dash and are no
    /// apposition of the next addressed name ([`Short::set_off`]): a known person's posts.
    pub(super) set_off: bool,
}

impl Short {
    /// Records the given name at word `p` after a word of address, with the titles a
    /// link word ties to it; returns the word after the last title (or after the name).
    pub(super) fn push(
        w: &Words<'_>,
        shorts: &mut Vec<Short>,
        p: usize,
        honorific: Honorific,
    ) -> usize {
        let r = p + 1;
        // (a role said lowercase there describes more often than it names a post: "ông
        // Hai là tổng thống thứ hai bị …", "ông Ba từng là trợ lý của …")
        let mut titles = Vec::new();
        let mut next = after::linked_titles(w, w.words[p].end(), r, &mut titles);
        // (nor is the post a verb of appointment gives: "bầu ông Ba làm Chủ tịch")
        if titles
            .first()
            .is_some_and(|h| w.words[h.from].case() == Case::Lower)
            || appointed::given_after(w, after::mention_start(w, p, &[]), r)
        {
            titles.clear();
            next = r;
        }
        let mut apposed = Vec::new();
        if next == r
            && (merge::introduced::may_introduce(w, p) || merge::introduced::may_appose(w, p))
        {
            after::titles_after(w, p, r, &mut apposed);
        }
        let set_off = Short::set_off(w, p, &apposed);
        shorts.push(Short {
            at: p,
            honorific,
            titles,
            apposed,
            set_off,
        });
        next
    }

    /// Are the titles `apposed`, read after the name at word `p`, set right after it by a
    /// comma or a dash ("ông Lee - cố Chủ tịch Samsung Electronics -"), not past a bracket
    /// and a link ("bà Y (66 tuổi) là ngoại trưởng … trong nhiệm kỳ …" tells a past post)
    /// nor after the indefinite "một", which at a later mention classes the person ("ông
    /// Z, một thành viên chủ chốt của đảng …"), and is the last not followed by a comma and
    /// an addressed name, whose apposition it is ("về ông A, người phát ngôn của Tổng
    /// thống, ông B, cho biết")?
    fn set_off(w: &Words<'_>, p: usize, apposed: &[Hit]) -> bool {
        let (Some(first), Some(last)) = (apposed.first(), apposed.last()) else {
            return false;
        };
        let k = p + 1;
        first.from == k
            && matches!(w.gap(k), Gap::Comma | Gap::Dash)
            && !(last.to < w.len()
                && w.gap_from(last.end, last.to) == Gap::Comma
                && address_at(w, last.to).is_some())
    }
}
