//! Triggers made nouns by a classifier ("cuộc gặp", "chuyến thăm", "buổi làm việc"):
//! which they are, and the agent "của" names after them (issue 18).

use crate::Span;
use crate::extract::scan::Scanner;

/// Is the trigger at `i` made a noun by a classifier before it ("cuộc gặp", "chuyến
/// thăm")?
pub(super) fn nominal(s: &Scanner<'_>, i: usize) -> bool {
    i > 0 && CLASSIFIERS.iter().any(|c| s.is(i - 1, c))
}

/// "chuyến thăm Việt Nam của Tổng thống X", "cuộc gặp với Y của Z": a trigger made a noun
/// by the classifier before it names its agent after "của" in its object, where its
/// partner is not. The tokens after "của" to the object's end `to`, and the token of "của".
pub(super) fn owner(s: &Scanner<'_>, i: usize, e: usize, to: usize) -> Option<(Span, usize)> {
    if !nominal(s, i) {
        return None;
    }
    let of = (e..to).find(|&k| s.is(k, "của"))?;
    (of + 1 < to).then(|| (Span::new(s.t[of + 1].start(), s.t[to - 1].end()), of))
}

/// The classifiers that make a trigger a noun ("chuyến thăm", "cuộc gặp", "buổi làm việc").
const CLASSIFIERS: [&str; 3] = ["chuyến", "cuộc", "buổi"];
