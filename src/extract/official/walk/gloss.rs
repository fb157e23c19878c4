//! The owner of a post said after a bracket inside the title: the role's or its field's
//! initials or gloss in English, then "của" or "tại" and the body the post is held at.

use super::super::titles::after_bracket;
use super::super::words::{Case, Gap, Words};
use super::OrgWalk;

/// Most words of a gloss in English in a bracket ("Chief Technology Officer").
const MAX_GLOSS_WORDS: usize = 4;

/// Is the bracket from word `j` to word `after` a gloss in English of the lowercase words
/// right before it: up to [`MAX_GLOSS_WORDS`] words of ASCII letters only, one of them at
/// least no Vietnamese syllable ("(Anti Malware)", "(Chief Operating Officer)")?
fn english_gloss(w: &Words<'_>, j: usize, after: usize) -> bool {
    j > 0
        && w.words[j - 1].case() == Case::Lower
        && after > j
        && after - j <= MAX_GLOSS_WORDS
        && (j..after).all(|k| w.word(k).bytes().all(|b| b.is_ascii_alphabetic()))
        && (j..after).any(|k| !crate::normalize::has_syllable_shape(w.word(k)))
}

impl OrgWalk {
    /// After a bracket inside the title, does the walk go on at "của" or "tại" and the
    /// body the post is held at: the bracket read as the title's (a qualifier, the role's
    /// initials: "Giám đốc vận hành (COO) của Công ty X") or a gloss in English of the
    /// role's field ("Phó Chủ tịch phụ trách mảng chống mã độc (Anti Malware) của Bkav")?
    /// The walk is then set at that word.
    pub(super) fn owner_past_bracket(&mut self, w: &Words<'_>) -> bool {
        let j = self.j;
        let (after, end) = if j < w.len() && w.gap(j) == Gap::Open {
            let Some(after) = after_bracket(w, j).filter(|&a| english_gloss(w, j, a)) else {
                return false;
            };
            let last = w.words[after - 1].end();
            let Some(close) = w.text.get(last..).and_then(|s| s.find(')')) else {
                return false;
            };
            (after, last + close + 1)
        } else {
            (j, self.end)
        };
        let owner = after + 1 < w.len()
            && w.soft_gap(end, after) == Gap::Space
            && matches!(w.word(after), "của" | "tại")
            && w.gap(after + 1) == Gap::Space
            && w.words[after + 1].case() != Case::Lower
            && w.text
                .get(w.words[after - 1].end()..end)
                .is_some_and(|s| s.contains(')'));
        if owner {
            (self.j, self.end) = (after, end);
        }
        owner
    }
}
