//! A title said of several people, then the given names of people named in full before
//! ("3 đội trưởng Kiên, Tá và Hòa", "hai Phó Chủ tịch Hùng và Dũng"): each is a later
//! mention of one of them, who holds the title said (the dev tables' guide: a list
//! introduced by a title gives it to each name listed). The title's reading may have run
//! over the names as words of its organisation: it is cut before the first.

use super::Named;
use super::after::listed_given_names;
use super::titles::{Hit, title_head};
use super::words::Words;

/// How many of the people named before a list of given names are looked at for each.
const MAX_EARLIER: usize = 64;

/// The names `list` the walk read after the titles `pre`, and those titles; or, when it
/// read none and the titles are several people's (`plural`, asked only then) with no name of their own or
/// a one-word name (`found`), the given names listed after the last title's role
/// ([`listed_given_names`]), each ending a full name of `named`, and the titles cut
/// before the first of them, marked as said of given names.
pub(super) fn given_list(
    w: &Words<'_>,
    named: &[Named],
    mut pre: Vec<Hit>,
    found: Option<(usize, usize)>,
    plural: impl Fn() -> bool,
    list: Vec<(usize, usize)>,
) -> (Vec<(usize, usize)>, Vec<Hit>) {
    let one_word = found.is_none_or(|(s, r)| r == s + 1);
    // (`plural` asked last, only where a title is found: it looks back over the words)
    let Some(&h) = pre
        .last()
        .filter(|_| one_word && list.is_empty() && plural())
    else {
        return (list, pre);
    };
    let Some((_, head, _)) = title_head(w, h.from) else {
        return (list, pre);
    };
    // (the people named last, a bounded number: a look-back over every name of a long
    // text at each plural title would grow with the square of its length)
    let known = |k: usize| {
        named
            .iter()
            .rev()
            .take(MAX_EARLIER)
            .any(|m| m.to >= m.from + 2 && w.word(m.to - 1) == w.word(k))
    };
    let last = found.map_or(h.to, |(s, _)| s);
    for j in head.0..=last {
        if j == 0 || j >= w.len() || !known(j) {
            continue;
        }
        let given = listed_given_names(w, w.words[j - 1].end(), j, known);
        if given.is_empty() {
            continue;
        }
        let n = pre.len();
        pre[n - 1] = Hit {
            to: j,
            end: w.words[j - 1].end(),
            name: None,
            ..h
        };
        for t in &mut pre {
            t.given = true;
        }
        return (given, pre);
    }
    (list, pre)
}
