//! The two sides of talks and signings (issue 18): "giữa A và B", "Nhật-Nga", a subject
//! "A và B", and "A … với B trong một cuộc gặp".

use super::find::{CLAUSE_MAX, NAME_MAX, SIDES_GAP, STOPS, link, object_opens};
use crate::Span;
use crate::extract::scan::Scanner;

/// "giữa A và B" (or "với", or "A - B") in the clause of the trigger `i..e` (after it, else
/// before it, in the sentence `a..z`; "hai nước" after "giữa" passed over): the tokens of
/// A and of B, B ending at a stop word, a link word ("sẽ", "đã") or a mark.
pub(super) fn between(
    s: &Scanner<'_>,
    a: usize,
    i: usize,
    e: usize,
    z: usize,
) -> Option<(Span, Span)> {
    // right after the trigger and its object's noun ("ký kết thỏa thuận giữa"), or
    // opening its subject ("giữa A và B sẽ có cuộc ký kết", "hiệp ước giữa A - B được ký")
    let after = (e..z.min(e + SIDES_GAP))
        .take_while(|&j| s.word(j).is_some() && !s.is_any(j, &STOPS))
        .find(|&j| s.is(j, "giữa"));
    let before = || {
        (a.max(i.saturating_sub(CLAUSE_MAX))..i)
            .rev()
            .take_while(|&j| !matches!(s.punct(j), Some(c) if c != '-' && c != '–'))
            .find(|&j| s.is(j, "giữa"))
    };
    let g = after.or_else(before)?;
    let mut from = g + 1;
    if s.is(from, "hai") {
        from += 2;
    }
    // (a hyphen glued between a syllable and a lowercase one is a name's: "Moon Jae-in")
    let inner = |j: usize| s.glued(j) && s.glued(j + 1) && !s.capitalised(j + 1);
    let joint = |j: usize| {
        s.is(j, "và") || s.is(j, "với") || (matches!(s.punct(j), Some('-' | '–')) && !inner(j))
    };
    let end = z.min(from + 2 * NAME_MAX);
    let j = (from..end)
        .take_while(|&j| joint(j) || s.punct(j).is_none() || inner(j))
        .find(|&j| joint(j))?;
    let stop = |k: usize| {
        k == i
            || s.punct(k).is_some_and(|c| c != '-')
            || s.is_any(k, &STOPS)
            || link(s, k)
            || s.is(k, "được")
            || s.is(k, "bị")
    };
    let b_max = z.min(j + 1 + NAME_MAX * 2);
    let b_end = (j + 1..b_max).find(|&k| stop(k)).unwrap_or(b_max);
    // (before the trigger, only link words between B and it)
    if g < i && !(b_end..i).all(|k| link(s, k) || s.is(k, "được") || s.is(k, "bị")) {
        return None;
    }
    (j > from && b_end > j + 1).then(|| {
        (
            Span::new(s.t[from].start(), s.t[j - 1].end()),
            Span::new(s.t[j + 1].start(), s.t[b_end - 1].end()),
        )
    })
}

/// "cuộc gặp thượng đỉnh Nhật-Nga", "hội đàm Việt - Lào": two capitalised names joined
/// by a hyphen or a dash right after the trigger ending at `e` (in the sentence ending at
/// `z`), each of at most [`NAME_MAX`] words: the tokens of A and of B.
pub(super) fn hyphen_sides(s: &Scanner<'_>, e: usize, z: usize) -> Option<(Span, Span)> {
    let run = |from: usize| {
        let end = z.min(from + NAME_MAX);
        (from..end).find(|&k| !s.capitalised(k)).unwrap_or(end)
    };
    let a_end = run(e);
    if a_end == e || !matches!(s.punct(a_end), Some('-' | '–')) {
        return None;
    }
    let b = a_end + 1;
    let b_end = run(b);
    // (B is the whole name: no capitalised word after its last)
    (b_end > b && b_end < z.min(b + NAME_MAX)).then(|| {
        (
            Span::new(s.t[e].start(), s.t[a_end - 1].end()),
            Span::new(s.t[b].start(), s.t[b_end - 1].end()),
        )
    })
}

/// A subject "A và B" ending before token `k`, in its clause from the sentence's start
/// `a` or its last mark: the tokens of A and of B.
pub(super) fn pair(s: &Scanner<'_>, a: usize, k: usize) -> Option<(Span, Span)> {
    let from = k.saturating_sub(4 * NAME_MAX).max(a);
    let open = (from..k)
        .rev()
        .find(|&j| matches!(s.punct(j), Some(c) if c != '-' && c != '–'))
        .map_or(from, |j| j + 1);
    let j = (open..k).rev().find(|&j| s.is(j, "và"))?;
    (j > open && j + 1 < k).then(|| {
        (
            Span::new(s.t[open].start(), s.t[j - 1].end()),
            Span::new(s.t[j + 1].start(), s.t[k - 1].end()),
        )
    })
}

/// "A … với B trong một cuộc gặp": a trigger made a noun right after "trong" or "tại" (and
/// "một" / "cuộc"), its counterpart given after "với" earlier in its clause, a person or
/// body ("X đưa ra đề nghị này với Thủ tướng Y trong một cuộc gặp riêng rẽ"): the tokens of
/// A (the clause before "với", from its sentence's start or its last mark) and of B (after
/// "với", to the preposition).
pub(super) fn met_before(s: &Scanner<'_>, i: usize) -> Option<(Span, Span)> {
    let mut k = i;
    while k > 0 && (s.is(k - 1, "cuộc") || s.is(k - 1, "một")) {
        k -= 1;
    }
    if k == i || k == 0 || !(s.is(k - 1, "trong") || s.is(k - 1, "tại")) {
        return None;
    }
    let prep = k - 1;
    let j = (prep.saturating_sub(CLAUSE_MAX)..prep)
        .rev()
        .take_while(|&j| s.word(j).is_some())
        .find(|&j| s.is(j, "với"))?;
    let from = (j.saturating_sub(CLAUSE_MAX)..j)
        .rev()
        .find(|&m| s.sentence_end(m) || matches!(s.punct(m), Some(',' | ';' | ':')))
        .map_or(j.saturating_sub(CLAUSE_MAX), |m| m + 1);
    if j <= from || j + 1 >= prep || !object_opens(s, j + 1) {
        return None;
    }
    Some((
        Span::new(s.t[from].start(), s.t[j - 1].end()),
        Span::new(s.t[j + 1].start(), s.t[prep - 1].end()),
    ))
}
