//! A link after the body a titled name is said of ("Chủ tịch X của Real Madrid còn là
//! người đứng đầu …"): the post linked is the name's.

use super::super::titles::Hit;
use super::super::words::{Case, Gap, Words};
use super::{also_chain, linked_title};

/// Most words of the body's own name after "của".
const MAX_BODY_WORDS: usize = 6;

/// After a name ending at word `name_to` that a title before it ties to a person (one of
/// `titles`), "của" and the capitalised words of the body that title is held at, then a
/// link word and a post: "Chủ tịch Florentino Perez của Real Madrid còn là người đứng đầu
/// của European Super League", "HLV A của CLB B hiện là …". The possessive names the first
/// post's body; the link ties the post after it to the name, as right after the name.
/// Pushes the linked titles to `titles` and returns the word after them; `next` (what the
/// titles after the name were read to, nothing pushed) where none is read so.
pub(super) fn past_body(
    w: &Words<'_>,
    (name_from, name_to): (usize, usize),
    next: usize,
    titles: &mut Vec<Hit>,
) -> usize {
    if next != name_to {
        return next;
    }
    linked_past_body(w, name_from, name_to, titles).unwrap_or(next)
}

/// [`past_body`] where nothing was read after the name.
fn linked_past_body(
    w: &Words<'_>,
    name_from: usize,
    name_to: usize,
    titles: &mut Vec<Hit>,
) -> Option<usize> {
    let n = w.len();
    let titled = titles
        .iter()
        .any(|h| !h.rank_only && h.name.is_some_and(|(s, _)| s == name_from));
    let k = name_to + 1;
    if !titled
        || k >= n
        || w.gap(name_to) != Gap::Space
        || w.word(name_to) != "của"
        || w.gap(k) != Gap::Space
        || w.words[k].case() == Case::Lower
    {
        return None;
    }
    let mut e = k + 1;
    while e < n
        && e < k + MAX_BODY_WORDS
        && w.gap(e) == Gap::Space
        && w.words[e].case() != Case::Lower
    {
        e += 1;
    }
    let h = linked_title(w, w.words[e - 1].end(), e)?;
    Some(also_chain(w, h, titles))
}
