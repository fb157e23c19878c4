//! Triggers made nouns by a classifier ("cuộc gặp", "chuyến thăm", "buổi làm việc"):
//! which they are, and the agent "của" names after them (issue 18).

use super::find::{STOPS, object_opens, run_to_mark};
use crate::Span;
use crate::extract::scan::Scanner;

/// Is the trigger at `i` made a noun by a classifier, before it ("cuộc gặp", "chuyến
/// thăm") or as its own first word (the triggers "cuộc họp", "buổi làm việc", "phiên
/// họp")?
pub(super) fn nominal(s: &Scanner<'_>, i: usize) -> bool {
    classifier(s, i).is_some()
}

/// The token of the classifier that makes the trigger at `i` a noun: its own first word
/// ("cuộc họp"), else the word before it ("cuộc gặp").
fn classifier(s: &Scanner<'_>, i: usize) -> Option<usize> {
    let is = |k: usize| CLASSIFIERS.iter().any(|c| s.is(k, c));
    if is(i) {
        Some(i)
    } else {
        i.checked_sub(1).filter(|&k| is(k))
    }
}

/// "chuyến thăm Việt Nam của Tổng thống X", "cuộc gặp với Y của Z": a trigger made a noun
/// by the classifier before it names its agent after "của" in its object, where its
/// partner is not. The tokens after "của" to the object's end `to`, and the token of "của".
///
/// A noun whose object has no "của" ("cuộc họp khẩn của UBND huyện X vào ngày mai", "phiên họp
/// thường kỳ của Chính phủ") names its owner after "của" right after it or after a word or
/// two that qualify it, lowercase; the owner's tokens then run to the clause's end
/// (before the next mark or `z`, the sentence's end), [`MAX_OWNER_TOKENS`] at most (not to
/// the clause's agent: "cuộc họp của ủy ban sẽ được chủ trì bởi X"), where the event reads
/// the first official or organization named.
pub(super) fn owner(
    s: &Scanner<'_>,
    i: usize,
    e: usize,
    to: usize,
    z: usize,
) -> Option<(Span, usize)> {
    if !nominal(s, i) {
        return None;
    }
    if let Some(of) = (e..to).find(|&k| s.is(k, "của")) {
        return (of + 1 < to).then(|| (Span::new(s.t[of + 1].start(), s.t[to - 1].end()), of));
    }
    let of = (e..z.min(e + MAX_QUALIFIERS + 1)).find(|&k| {
        s.is(k, "của") || s.word(k).is_none_or(|w| !w.starts_with(char::is_lowercase))
    })?;
    if !s.is(of, "của") {
        return None;
    }
    let end = run_to_mark(s, of + 1, z.min(of + 1 + MAX_OWNER_TOKENS));
    (of + 1 < end).then(|| (Span::new(s.t[of + 1].start(), s.t[end - 1].end()), of))
}

/// "một loạt cuộc gặp với …": a trigger made a noun by its classifier counted as a series
/// sums up meetings the report tells one by one (or not at all): no one event.
pub(super) fn in_series(s: &Scanner<'_>, i: usize) -> bool {
    classifier(s, i).is_some_and(|k| k > 0 && s.is(k - 1, "loạt"))
}

/// "hủy một cuộc họp báo", "hủy bỏ buổi họp": a meeting called off is no event (the guide:
/// events happening, done or planned). Whether "hủy" (its verb, or "hủy bỏ") stands right
/// before the trigger at `i`, its classifier and a "một" counting it between.
pub(super) fn called_off(s: &Scanner<'_>, i: usize) -> bool {
    let mut k = classifier(s, i).unwrap_or(i);
    if k > 0 && s.is(k - 1, "một") {
        k -= 1;
    }
    if k > 0 && s.is(k - 1, "bỏ") {
        k -= 1;
    }
    k > 0 && (s.is(k - 1, "hủy") || s.is(k - 1, "huỷ"))
}

/// "cuộc gặp song phương với X", "cuộc gặp riêng với X": a trigger made a noun, ending at
/// `e`, whose counterpart follows "với" after a word or two that qualify it, lowercase
/// ([`MAX_QUALIFIERS`] at most, no stop word among them: "cuộc gặp tại Hà Nội với" is no
/// such). The token of "với" when the word after it opens a person, a body or a place.
pub(super) fn qualified_with(s: &Scanner<'_>, i: usize, e: usize, z: usize) -> Option<usize> {
    if !nominal(s, i) {
        return None;
    }
    let at = (e + 1..z.min(e + MAX_QUALIFIERS + 1)).find(|&k| s.is(k, "với"))?;
    let qualifies = |k: usize| {
        !s.is_any(k, &STOPS) && s.word(k).is_some_and(|w| w.starts_with(char::is_lowercase))
    };
    ((e..at).all(qualifies) && object_opens(s, at + 1)).then_some(at)
}

/// Most tokens of an owner named after "của" with no object before it ("Ban Chỉ đạo
/// phòng chống dịch Covid-19 TP.HCM").
const MAX_OWNER_TOKENS: usize = 6;

/// Most words that qualify a noun with no object before the "của" of its owner ("cuộc
/// họp trực tuyến của …", "phiên họp thường kỳ của …").
const MAX_QUALIFIERS: usize = 2;

/// The classifiers that make a trigger a noun ("chuyến thăm", "cuộc gặp", "buổi làm việc",
/// "phiên họp").
const CLASSIFIERS: [&str; 4] = ["chuyến", "cuộc", "buổi", "phiên"];
