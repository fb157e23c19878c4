//! The parts of a list of names after a title said of several people, and of a chain of
//! titles after a name, read around the name: a listed name's own bracket, passed over or
//! saying the post was left, and the post held said in a relative clause ("người hiện là").

use super::super::titles::{after_bracket, title_at};
use super::super::words::{Gap, Words};

/// The next name's word after the bracket that opens right after a listed name ending at
/// word `r`, when a comma, or a space and "và", follow the bracket so the list goes on
/// past it ("A (chủ tịch của X) và B", "A (Leipzig), B"); `None` when no bracket is there
/// or the list ends at it.
pub(super) fn name_bracket_next(w: &Words<'_>, r: usize) -> Option<usize> {
    if r >= w.len() || w.gap(r) != Gap::Open {
        return None;
    }
    let c = after_bracket(w, r)?;
    if c + 1 >= w.len() {
        return None;
    }
    let sep = w.text.get(w.words[c - 1].end()..w.words[c].start())?;
    let rest = sep.get(sep.find(')')? + 1..)?;
    match rest.trim() {
        "," => Some(c),
        "" if last_joiner(w, c) && w.gap(c + 1) == Gap::Space => Some(c + 1),
        _ => None,
    }
}

/// Is word `k` the word that joins the last name of a list: "và" (and), or "hay", "hoặc"
/// (or), which list the examples after "như" (such as: "các HLV như A, B hay C" are each
/// a coach).
pub(in super::super) fn last_joiner(w: &Words<'_>, k: usize) -> bool {
    matches!(w.word(k), "và" | "hay" | "hoặc")
}

/// "X, người hiện là Tổng Thư ký Bộ Y", "X, người là Chủ tịch của Z": the first segment
/// after a name opening with "người" (who) and a link of a post held, or "là" (is), then a
/// post with its body and no name: the relative clause says the post the person holds, as
/// "hiện là" right after the comma does. The word after the link.
pub(in super::super) fn relative_link(w: &Words<'_>, j: usize, first: bool) -> Option<usize> {
    let k = j + 1;
    if !first || k >= w.len() || w.word(j) != "người" || w.gap(k) != Gap::Space {
        return None;
    }
    let (t, x) = w.tag(k)?;
    let post = k + t.n;
    let linked = x.held_link || (x.link && t.n == 1 && w.word(k) == "là");
    (linked && post < w.len() && w.gap(post) == Gap::Space)
        .then(|| title_at(w, post))
        .flatten()
        .filter(|h| h.name.is_none() && !h.rank_only && h.to > post + 1)
        .map(|_| post)
}

/// Verbs of leaving a post ("từ chức", resign; "bị sa thải", be dismissed).
const LEFT_POST: [&str; 6] = [
    "từ chức",
    "thôi chức",
    "thôi giữ chức",
    "sa thải",
    "cách chức",
    "miễn nhiệm",
];

/// Does the bracket right after a listed name ending at word `r` say, with a verb of
/// leaving a post, that the person has left it ("A (A đã từ chức Chủ tịch X)")?
pub(super) fn left_in_bracket(w: &Words<'_>, r: usize) -> bool {
    if r >= w.len() || w.gap(r) != Gap::Open {
        return false;
    }
    let Some(c) = after_bracket(w, r) else {
        return false;
    };
    let inside = w
        .text
        .get(w.words[r].start()..w.words[c - 1].end())
        .map(crate::text::chars::to_lowercase)
        .unwrap_or_default();
    LEFT_POST.iter().any(|v| inside.contains(v))
}
