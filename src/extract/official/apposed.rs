//! A foreign word set apart by a comma and a post inside a clause ("… nhắc đến Ancelotti,
//! huấn luyện viên của đội bóng, người …").

use super::titles::title_at;
use super::words::{Case, Gap, Words};

/// Is the one word `p` (ending at `r`) inside a clause, after a lowercase word, set apart
/// by a title after a comma that closes: the sentence ends after the title, or a comma and
/// a lowercase word go on?
pub(super) fn apposition_closed(w: &Words<'_>, p: usize, r: usize) -> bool {
    if p == 0
        || r >= w.len()
        || w.gap(p) != Gap::Space
        || w.words[p - 1].case() != Case::Lower
        || w.gap(r) != Gap::Comma
    {
        return false;
    }
    title_at(w, r).is_some_and(|h| {
        h.name.is_none()
            && (h.to >= w.len()
                || matches!(w.gap(h.to), Gap::Stop | Gap::Break)
                || (w.gap(h.to) == Gap::Comma && w.words[h.to].case() == Case::Lower))
    })
}
