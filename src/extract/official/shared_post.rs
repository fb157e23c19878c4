//! Names listed before one post that several hold ("Dự có các đồng chí Lê Văn A, Trần Văn
//! B, Phó Chủ tịch UBND tỉnh", "các đồng chí: A, B - Phó Chủ tịch UBND tỉnh; C - Giám đốc
//! Sở Y tế"): in a list of people introduced as several ("các đồng chí", "các ông") or
//! opened by a colon or a semicolon, a bare name joined by a comma to the next name, whose
//! apposed post is a deputy's ("Phó …") or a member's ("Ủy viên …"), shares that post: the
//! list names its posts once for all who hold them, as the apparatus has several deputies
//! and members of one body. A post only one person holds ("Chủ tịch UBND tỉnh") is none
//! shared: a bare name before it is left as read.

use super::Named;
use super::words::{Case, Gap, Words};

/// Gives each bare name of `named` the posts apposed to the name after it, where
/// [`self`] says they are shared; from the last to the first, so that a chain of bare
/// names before one post all share it.
pub(super) fn share_posts(w: &Words<'_>, named: &mut [Named]) {
    for i in (0..named.len().saturating_sub(1)).rev() {
        let (a, b) = (&named[i], &named[i + 1]);
        if !a.titles.is_empty() || a.given || !joined(w, a, b) || !in_list(w, named, i) {
            continue;
        }
        let shared: Vec<_> = b
            .titles
            .iter()
            .filter(|h| h.from >= b.to && h.name.is_none())
            .copied()
            .collect();
        if shared.first().is_some_and(|h| held_by_several(w, h.from)) {
            named[i].titles = shared;
        }
    }
}

/// Most bare names in a row before the post they share.
const MAX_SHARING: usize = 6;

/// Does the name `named[i]` stand in a list of several people: it or the first of the bare
/// names joined by commas right before it (at most [`MAX_SHARING`]) after "các" and a word
/// of address ("các đồng chí A"), or after a colon or a semicolon, a word of address
/// between or not?
fn in_list(w: &Words<'_>, named: &[Named], i: usize) -> bool {
    let mut j = i;
    while j > 0
        && i - j < MAX_SHARING
        && named[j - 1].titles.is_empty()
        && joined(w, &named[j - 1], &named[j])
    {
        j -= 1;
    }
    opens_list(w, &named[j])
}

/// Does the name `a` open a list of several people ([`in_list`])?
fn opens_list(w: &Words<'_>, a: &Named) -> bool {
    let k = a.honorific.map_or(a.from, |(s, _)| {
        w.words.partition_point(|x| x.start() < s).min(a.from)
    });
    k > 0 && (w.plural_before(k) || matches!(w.gap(k), Gap::Colon | Gap::Semicolon))
}

/// Is the name `b` right after the name `a`, a comma between them, a word of address
/// before `b` or not?
fn joined(w: &Words<'_>, a: &Named, b: &Named) -> bool {
    let k = a.to;
    if k >= w.len() || w.gap(k) != Gap::Comma {
        return false;
    }
    b.from == k
        || (b.from == k + 1
            && w.words[k].case() == Case::Lower
            && w.tag(k).is_some_and(|(t, x)| t.n == 1 && x.honorific))
}

/// Does the post at word `k` open with "Phó" (a deputy) or "Ủy viên" (a member)?
fn held_by_several(w: &Words<'_>, k: usize) -> bool {
    w.word(k).eq_ignore_ascii_case("phó")
        || (k + 1 < w.len()
            && matches!(w.word(k), "Ủy" | "ủy" | "Uỷ" | "uỷ")
            && w.word(k + 1) == "viên")
}
