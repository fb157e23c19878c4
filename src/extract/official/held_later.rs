//! A post held said after a clause of the sentence's subject: "Ông Trần Văn Phúc gia
//! nhập ngân hàng X từ năm 2019, hiện là Phó tổng giám đốc …". The subject, a name
//! addressed ("ông", "bà") that opens the sentence ("Còn" before it or not), holds the
//! post a link of a post held ("hiện là", "đang giữ chức") sets after a comma later in
//! the same sentence, or "và là" (and is) after a space, when no other person is addressed
//! and no "là" said between. An adverb of the present and a comma may open the sentence
//! before the subject ("Hiện nay, anh A …").

use super::titles::{Hit, title_at};
use super::words::{Case, Gap, Words};

/// Most words between the name and the link.
const MAX_CLAUSE_WORDS: usize = 24;

/// Words that open a sentence before its subject and leave it the subject ("Còn ông A").
const OPENERS: [&str; 2] = ["Còn", "Riêng"];

/// The adverbs of the present that open a sentence before a comma and its subject
/// ("Hiện nay, ông A …": now), the post then said being the one held now.
const NOW: [&str; 3] = ["Hiện", "Hiện nay", "Hiện tại"];

/// Does the sentence open at word `a` (a word of address), or after one of [`OPENERS`],
/// or after an adverb of [`NOW`] and a comma?
fn opens_sentence(w: &Words<'_>, a: usize) -> bool {
    let starts = |k: usize| k == 0 || matches!(w.gap(k), Gap::Stop | Gap::Break);
    let now = |n: usize| {
        a > n
            && starts(a - n)
            && (a - n + 1..a).all(|k| w.gap(k) == Gap::Space)
            && NOW.iter().any(|x| {
                let mut parts = x.split(' ');
                (a - n..a).all(|k| parts.next() == Some(w.word(k))) && parts.next().is_none()
            })
    };
    starts(a)
        || (a >= 1 && w.gap(a) == Gap::Space && OPENERS.contains(&w.word(a - 1)) && starts(a - 1))
        || (w.gap(a) == Gap::Comma && (now(1) || now(2)))
}

/// Is word `k` "và" followed by "là", linking a second predicate of the clause's subject
/// ("ông A có tên trong danh sách ứng cử và là Chủ tịch Ủy ban bầu cử phường")?
fn and_is(w: &Words<'_>, k: usize) -> bool {
    k + 2 < w.len()
        && w.word(k) == "và"
        && w.word(k + 1) == "là"
        && w.gap(k + 1) == Gap::Space
        && w.gap(k + 2) == Gap::Space
}

/// The post held that a link after a comma states of the name of words `from..to`, the
/// addressed subject of its sentence, later in the sentence.
///
/// # Time complexity
///
/// Bounded by [`MAX_CLAUSE_WORDS`] words and one title read.
pub(super) fn held_after_clause(w: &Words<'_>, from: usize, to: usize) -> Option<Hit> {
    if w.gap(from) != Gap::Space {
        return None;
    }
    let address = w.entry_before_within(from, 2, |_, x| x.honorific)?;
    if !opens_sentence(w, address) {
        return None;
    }
    let mut k = to;
    let end = w.len().min(to + MAX_CLAUSE_WORDS);
    // (the first word after the name goes on the clause: a comma right after the name
    // is an apposition's, read by [`super::after::titles_after`])
    if k >= end || w.gap(k) != Gap::Space {
        return None;
    }
    while k < end {
        let gap = w.gap(k);
        if !matches!(gap, Gap::Space | Gap::Comma) {
            return None;
        }
        let tag = w.tag(k);
        if gap == Gap::Space && and_is(w, k) {
            return title_at(w, k + 2).filter(|h| h.name.is_none() && !h.rank_only);
        }
        if w.word(k) == "là" || tag.is_some_and(|(_, x)| x.honorific) {
            return None;
        }
        if gap == Gap::Comma
            && w.words[k].case() == Case::Lower
            && let Some((t, x)) = tag
            && x.held_link
            && k + t.n < w.len()
            && w.gap_from(t.end, k + t.n) == Gap::Space
        {
            return title_at(w, k + t.n).filter(|h| h.name.is_none() && !h.rank_only);
        }
        k += tag.map_or(1, |(t, _)| t.n.max(1));
    }
    None
}
