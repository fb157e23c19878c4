//! "kiêm" after a comma, or before a link: "A, Phó Tổng cục trưởng Tổng cục X, kiêm Cục
//! trưởng Cục Y", "… kiêm giữ chức Cục trưởng Cục Y": a second post of the same holder,
//! as "kiêm" right after the first says it.

use super::super::titles::title_at;
use super::super::words::{Case, Gap, Words};

/// The word where the post after a "kiêm" at word `j` starts, the title before ending at
/// byte `end`: "kiêm" after a space or a comma, then a link that says a post held or not
/// ("giữ chức", "giữ chức vụ"; lowercase), then a title.
pub(super) fn also_linked_at(w: &Words<'_>, end: usize, j: usize) -> Option<usize> {
    if j >= w.len()
        || !matches!(w.gap_from(end, j), Gap::Space | Gap::Comma)
        || w.words[j].case() != Case::Lower
    {
        return None;
    }
    let (t, info) = w.tag(j)?;
    if !info.also {
        return None;
    }
    let mut k = j + t.n;
    let mut at = t.end;
    if let Some((l, link)) = w.tag(k)
        && link.link
        && !link.moved_link
        && w.words[k].case() == Case::Lower
        && w.gap_from(at, k) == Gap::Space
    {
        at = l.end;
        k += l.n;
    }
    (k < w.len() && w.gap_from(at, k) == Gap::Space && title_at(w, k).is_some()).then_some(k)
}
