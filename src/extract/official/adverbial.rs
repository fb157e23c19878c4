//! A title that is the object of a sentence's opening adverbial made with "với" (with, to):
//! "Báo cáo với Chủ tịch nước, bác sĩ X cho biết …", "Trao đổi với Bộ trưởng, ông Y nói
//! …". A verb phrase or a prepositional phrase opening a sentence is an adverbial, which a
//! comma sets off; the noun phrase after "với" is its object, and the name after the comma
//! the subject of the sentence, no holder of that post (`with_openers.txt`).

use super::words::{Case, Gap, Words};
use crate::text::chars::to_lowercase;
use crate::text::hash::FastSet;
use crate::text::lexicon;
use std::sync::LazyLock;

/// The openers of `with_openers.txt`, lowercase.
static OPENERS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::WITH_OPENERS
        .entries()
        .map(|e| to_lowercase(e.key()))
        .collect()
});

/// Most words of an opener ("nói chuyện").
const MAX_OPENER_WORDS: usize = 2;

/// Does the title opening at word `from` follow "với" and an opener of
/// `with_openers.txt` that opens its sentence, spaces between them?
pub(super) fn with_object(w: &Words<'_>, from: usize) -> bool {
    if from < 2 || from >= w.len() || w.gap(from) != Gap::Space || w.word(from - 1) != "với" {
        return false;
    }
    let v = from - 1;
    about_opener(w, v)
        || (1..=MAX_OPENER_WORDS.min(v)).any(|n| {
            let start = v - n;
            let opens = start == 0 || matches!(w.gap(start), Gap::Stop | Gap::Break);
            opens
                && (start + 1..=v).all(|k| w.gap(k) == Gap::Space)
                && (start + 1..v).all(|k| w.words[k].case() == Case::Lower)
                && OPENERS.contains(&to_lowercase(
                    &(start..v).map(|k| w.word(k)).collect::<Vec<_>>().join(" "),
                ))
        })
}

/// Most lowercase words between a sentence's opening "Về" and the "với" of its object
/// ("Về nội dung chất vấn với …": three).
const MAX_ABOUT_WORDS: usize = 5;

/// Does the sentence open with "Về" (about) and lowercase words up to the "với" at word
/// `v`, spaces between them ("Về nội dung chất vấn với Bộ trưởng X, ĐB Y cho rằng …")?
/// A prepositional phrase opening a sentence is an adverbial too, and the noun phrase
/// after its "với" is the object of the verb inside it.
fn about_opener(w: &Words<'_>, v: usize) -> bool {
    (1..=(MAX_ABOUT_WORDS + 1).min(v)).any(|n| {
        let start = v - n;
        (start == 0 || matches!(w.gap(start), Gap::Stop | Gap::Break))
            && w.word(start) == "Về"
            && (start + 1..=v).all(|k| w.gap(k) == Gap::Space)
            && (start + 1..v).all(|k| w.words[k].case() == Case::Lower)
    })
}
