//! A later mention of a foreign official by surname alone after a title ("Bộ trưởng
//! Wallace", "CEO Renjen", "Đại sứ Sandhu", after the full name was given): the title
//! read on over the surname as if it were its organisation is the role alone, and the
//! surname a short mention of that person, joined to the full name like a Vietnamese given
//! name after a title ("Chủ tịch Chung").
//!
//! A foreign word after a role is most often an organisation ("Chủ tịch Samsung", "HLV
//! Chelsea"): it is read as a surname only when it is the last word of a name of two
//! words or more named earlier in the text, the name's own word, or its first: a name
//! written surname first is said by its surname ("Đại sứ Kim" for Kim Chol-su, as "ông
//! Tập"), and many names of South-East Asia by the first ("sĩ quan Somchai" for Somchai
//! Wongsa, "Thủ tướng Prayut").

use super::Named;
use super::titles::Hit;
use super::words::{Case, Gap, Words};
use crate::text::hash::FastSet;

/// The last and first words of the names of two words or more pushed so far, read from
/// the names not yet seen each time it is asked (so the walk stays linear).
#[derive(Debug, Default)]
pub(super) struct Surnames<'t> {
    seen: usize,
    last: FastSet<&'t str>,
}

impl<'t> Surnames<'t> {
    fn update(&mut self, w: &Words<'t>, named: &[Named]) {
        for n in named.get(self.seen..).unwrap_or_default() {
            if n.to >= n.from + 2 {
                self.last.insert(w.word(n.to - 1));
                self.last.insert(w.word(n.from));
            }
        }
        self.seen = named.len();
    }
}

/// The surname at the end of the title `h` (a role with no name, read on over one foreign
/// capitalised word right after the role, that no capitalised word follows) when it is an
/// earlier named person's last or first word: `h` is cut before it and given it as its name, a
/// short mention to join.
pub(super) fn later_surname<'t>(
    w: &Words<'t>,
    h: &mut Hit,
    named: &[Named],
    surnames: &mut Surnames<'t>,
) -> Option<(usize, usize)> {
    if h.rank_only || h.name.is_some() || h.to < h.from + 2 || h.to > w.len() {
        return None;
    }
    let k = h.to - 1;
    let word = w.word(k);
    if w.gap(k) != Gap::Space
        || !w.name_like(k)
        || crate::normalize::has_syllable_shape(word)
        || w.words[k].end() != h.end
        || (k + 1 < w.len() && w.gap(k + 1) == Gap::Space && w.words[k + 1].case() != Case::Lower)
    {
        return None;
    }
    // (the role itself right before it, "Bộ trưởng Wallace": after an organisation or a
    // description the word is theirs, "Thủ hiến bang Hessen", "quan chức chính phủ Trump")
    if super::titles::title_head(w, h.from).is_none_or(|(_, (to, _), _)| to != k) {
        return None;
    }
    surnames.update(w, named);
    if !surnames.last.contains(word) {
        return None;
    }
    h.to = k;
    h.end = w.words[k - 1].end();
    h.name = Some((k, k + 1));
    h.given = true;
    Some((k, k + 1))
}
