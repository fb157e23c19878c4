//! A former post in a bracket after a title apposed to a name: "ông A, Bí thư Thành ủy Hà
//! Nội (nguyên Bí thư Tỉnh ủy Ninh Bình)", the person's post before the present one.

use super::titles::title_at;
use super::words::{Gap, Words};

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
        && super::record::former_word(w, j)
        && title_at(w, j).is_some_and(|h| {
            h.name.is_none()
                && !h.rank_only
                && w.text
                    .get(h.end..)
                    .is_some_and(|s| s.trim_start().starts_with(')'))
        })
}
