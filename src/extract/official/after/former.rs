//! A former post said right after the name with no comma between: "PGS.TS A nguyên
//! Trưởng khoa Nhi, Bệnh viện X cho rằng …", "bầu bà B cựu Phó Hiệu trưởng làm …". The
//! modifier of a former holder ("nguyên", "cựu": `title_modifiers.txt`) cannot open the
//! clause's predicate, so the capitalised title after it is the name's, as a capitalised
//! title right after the name is.

use super::super::record::former_word;
use super::super::titles::{Hit, title_at};
use super::super::words::{Case, Gap, Words};

/// The title opening at word `j`, right after a name that ends at byte `end`, with a
/// former holder's modifier alone before its capitalised role ("nguyên Trưởng khoa …",
/// "cựu Bộ trưởng …"); one naming no one, no rank alone.
pub(super) fn former_after_name(w: &Words<'_>, end: usize, j: usize) -> Option<Hit> {
    if j + 1 >= w.len()
        || w.soft_gap(end, j) != Gap::Space
        || w.words[j].case() != Case::Lower
        || w.gap(j + 1) != Gap::Space
        || w.words[j + 1].case() != Case::Title
        || !former_word(w, j)
    {
        return None;
    }
    title_at(w, j).filter(|h| h.from == j && h.name.is_none() && !h.rank_only)
}

/// The title right after a name that ends at byte `end`, at word `j`, a space between: a
/// capitalised one ("Ông Nguyễn Đức Chung Chủ tịch TP.Hà Nội") or a former post's
/// ([`former_after_name`]). `Some(None)` when a capitalised word there opens none that
/// names no one (the titles after the name end there), `None` when no capitalised word
/// stands there.
pub(super) fn right_after_name(w: &Words<'_>, end: usize, j: usize) -> Option<Option<Hit>> {
    if let Some(h) = former_after_name(w, end, j) {
        return Some(Some(h));
    }
    if j >= w.len() || w.soft_gap(end, j) != Gap::Space || w.words[j].case() != Case::Title {
        return None;
    }
    Some(title_at(w, j).filter(|h| h.name.is_none() && !h.rank_only))
}
