//! An aide's remit: "Đặc phái viên của Tổng thống Mỹ về khí hậu X", "… về vấn đề Syria Y",
//! "…, Đặc phái viên của Tổng thống Mỹ về Kiểm soát Vũ khí, …" — the matter an envoy is
//! sent on, said with "về" after the post of the one served, is the title's; the name
//! after it, if any, is the envoy's, and the post served is never the envoy's title.

use super::names::name_right_at;
use super::titles::{Hit, title_at};
use super::words::{Case, Gap, Words};

/// Most words of a remit ("vấn đề hạt nhân Triều Tiên").
const MAX_REMIT_WORDS: usize = 6;

/// Runs the aide's title `hit`, which names the one served after "của" and no one yet,
/// over the remit "về …" right after it, up to the envoy's name or a mark; a name with no
/// remit right after the post served is the aide's. `hit` untouched otherwise.
pub(super) fn remit(w: &Words<'_>, hit: &mut Hit) {
    let Some(v) = served_then(w, hit) else {
        return;
    };
    if v + 1 >= w.len() || w.gap(v + 1) != Gap::Space {
        return;
    }
    // (no remit opens with a place: "về Hà Nội", "về Việt Nam" is a journey)
    let first = v + 1;
    if w.place_at(first).is_some() || w.tag(first).is_some_and(|(_, x)| x.country) {
        return;
    }
    let mut k = first;
    while k < w.len() && k - first < MAX_REMIT_WORDS && (k == first || w.gap(k) == Gap::Space) {
        if k > first
            && let Some(r) = w.foreign_name_at(k, 2).or_else(|| {
                (w.words[k - 1].case() == Case::Lower
                    || w.tag(k - 1).is_some_and(|(_, x)| x.country))
                .then(|| name_right_at(w, k))
                .flatten()
            })
        {
            (hit.to, hit.end) = (k, w.words[k - 1].end());
            hit.name = Some((k, r));
            return;
        }
        match remit_word(w, k) {
            Some(n) => k += n,
            None => break,
        }
    }
    // a remit closed by a mark, no name after it: one of the subject's words (a
    // capitalised remit: "về Kiểm soát Vũ khí,"; "về vấn đề …")
    let strong = w.words[first].case() != Case::Lower || w.word(first) == "vấn";
    if k > first && strong && (k >= w.len() || matches!(w.gap(k), Gap::Comma | Gap::Stop)) {
        (hit.to, hit.end) = (k, w.words[k - 1].end());
    }
}

/// Where the remit of the aide's title `hit` may open, after the post served, which the
/// title takes: at "về", after the post's organisation ("Đặc phái viên của Liên Hợp Quốc
/// về …") or after the post said with "của" and its holder's name ("… của Tổng thống Mỹ
/// Joe Biden về khí hậu …"). A name right after that post and no remit is left to that
/// post ("Thư ký riêng của Thủ tướng Lý Hiển Long": the principal's; the grammar does not
/// tell an envoy's name there). `None` where no remit may follow.
fn served_then(w: &Words<'_>, hit: &mut Hit) -> Option<usize> {
    let v = hit.to;
    if hit.name.is_some() || v + 1 >= w.len() || w.soft_gap(hit.end, v) != Gap::Space {
        return None;
    }
    if w.word(v) == "về" {
        return (hit.from..v).any(|k| w.word(k) == "của").then_some(v);
    }
    if w.word(v) != "của" || w.gap(v + 1) != Gap::Space {
        return None;
    }
    let h = title_at(w, v + 1).filter(|h| !h.rank_only && h.from == v + 1)?;
    let Some((s, r)) = h.name else {
        // the post's organisation not walked by the aide's title: "về" after it
        let to = h.to;
        return (to < w.len() && w.word(to) == "về" && w.soft_gap(h.end, to) == Gap::Space).then(
            || {
                (hit.to, hit.end) = (to, h.end);
                to
            },
        );
    };
    if w.gap(s) != Gap::Space {
        return None;
    }
    if r < w.len() && w.word(r) == "về" && w.gap(r) == Gap::Space {
        (hit.to, hit.end) = (r, w.words[r - 1].end());
        return Some(r);
    }
    None
}

/// The number of words of the remit at word `k`: a country, or a word of no stop, link,
/// title or organisation (a field's word counts), one Vietnamese syllable if capitalised.
fn remit_word(w: &Words<'_>, k: usize) -> Option<usize> {
    if let Some((t, x)) = w.tag(k) {
        if x.country {
            return Some(t.n);
        }
        if !x.field && (x.stop || x.link || x.title || x.org.is_some() || x.honorific) {
            return None;
        }
    }
    let capital = w.words[k].case() != Case::Lower;
    (!capital || (crate::normalize::has_syllable_shape(w.word(k)) && w.place_at(k).is_none()))
        .then_some(1)
}
