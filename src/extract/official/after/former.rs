//! A former post said right after the name with no comma between: "PGS.TS A nguyên
//! Trưởng khoa Nhi, Bệnh viện X cho rằng …", "bầu bà B cựu Phó Hiệu trưởng làm …". The
//! modifier of a former holder ("nguyên", "cựu": `title_modifiers.txt`) cannot open the
//! clause's predicate, so the capitalised title after it is the name's, as a capitalised
//! title right after the name is. And a former post in a bracket after a title apposed to
//! a name: "ông A, Bí thư Thành ủy Hà Nội (nguyên Bí thư Tỉnh ủy Ninh Bình)", the person's
//! post before the present one.

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

/// Does the bracket that opens right before word `j`, after a title of the chain apposed
/// to a name (`after_title`), hold a former post of the same holder: a former-holder
/// modifier ("nguyên", "cựu") opening a title that names no one and closes the bracket?
/// Said right after the name such a bracket is read already ("X (nguyên Hiệu trưởng …)");
/// after the present post it is a segment of the chain as a comma's is, the former post
/// kept with its "nguyên" by the guide.
pub(super) fn former_in_bracket(w: &Words<'_>, j: usize, after_title: bool) -> bool {
    after_title
        && j < w.len()
        && w.gap(j) == Gap::Open
        && former_word(w, j)
        && title_at(w, j).is_some_and(|h| {
            h.name.is_none()
                && !h.rank_only
                && w.text
                    .get(h.end..)
                    .is_some_and(|s| s.trim_start().starts_with(')'))
        })
}
