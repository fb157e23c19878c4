//! A body's name read as a person's (issue 12, the precision audit of session 25): the
//! capitalised words after a noun of a body (`org_nouns.txt`: "bệnh viện Sir Ganga Ram",
//! "CLB San Martin Burzaco", "ngành Civil Engineering") are that body's own name. Read
//! elsewhere as a name after a title ("Tại Sir Ganga Ram, bệnh viện lớn …" gave "Ganga
//! Ram" with "Sir"; "HLV đội San Martin Burzaco" a coach named "San Martin Burzaco"), they
//! name no one: a person is dropped whose name the text also writes as a body's, ending
//! the capitalised words after the body's noun, where no title was read before it. A
//! Vietnamese name counts only right after the noun of a business or club (`direct`:
//! "Tập đoàn Hoa Lâm"), as schools and streets bear historical figures' names ("Trường
//! THPT Nguyễn Trãi").

use super::super::words::{Case, Gap, Words};
use super::{Person, name_of, parts};
use crate::text::chars::to_lowercase;
use crate::text::hash::{FastHashMap, FastSet};
use crate::text::lexicon;
use std::sync::LazyLock;

/// The nouns of `org_nouns.txt`, lowercase, with whether a Vietnamese name right after
/// them is the body's (`direct`).
static NOUNS: LazyLock<FastHashMap<String, bool>> = LazyLock::new(|| {
    lexicon::ORG_NOUNS
        .entries()
        .map(|e| (to_lowercase(e.key()), e.column(1) == Some("direct")))
        .collect()
});

/// Most words of a noun of a body ("câu lạc bộ").
const MAX_NOUN_WORDS: usize = 3;

/// Most capitalised words read after the noun as the body's name.
const MAX_NAME_WORDS: usize = 6;

/// The noun of a body at word `i`: its length in words and whether it is `direct`.
fn noun_at(w: &Words<'_>, i: usize) -> Option<(usize, bool)> {
    (1..=MAX_NOUN_WORDS.min(w.len() - i)).rev().find_map(|n| {
        if !(i + 1..i + n).all(|k| w.gap(k) == Gap::Space) {
            return None;
        }
        let phrase = &w.text[w.words[i].start()..w.words[i + n - 1].end()];
        NOUNS.get(&to_lowercase(phrase)).map(|&direct| (n, direct))
    })
}

/// The names the text writes as a body's: each tail of the capitalised words right after a
/// noun of a body, to the end of those words, that does not start at a word in `titled`
/// (a name read after a title there), with whether it may be Vietnamese (right after a
/// `direct` noun).
fn body_names(w: &Words<'_>, titled: &FastSet<usize>) -> FastHashMap<String, bool> {
    let mut out: FastHashMap<String, bool> = FastHashMap::default();
    let n = w.len();
    let mut i = 0;
    while i < n {
        let Some((len, direct)) = noun_at(w, i) else {
            i += 1;
            continue;
        };
        let j = i + len;
        let mut r = j;
        while r < n
            && r < j + MAX_NAME_WORDS
            && w.gap(r) == Gap::Space
            && w.words[r].case() != Case::Lower
        {
            r += 1;
        }
        for k in (j..r).filter(|k| !titled.contains(k)) {
            let may_be_kinh = direct && k == j;
            let e = out.entry(name_of(w, k, r)).or_insert(false);
            *e |= may_be_kinh;
        }
        i = j.max(r);
    }
    out
}

/// Which of `people` are named by a body's name ([`body_names`]), with no word of address:
/// `titled` holds the first word of every name read after a title.
pub(super) fn bodies_read_as_names(
    w: &Words<'_>,
    people: &[Person],
    titled: &FastSet<usize>,
) -> Vec<bool> {
    if people.iter().all(|p| p.honorific.is_some()) {
        return vec![false; people.len()];
    }
    let bodies = body_names(w, titled);
    people
        .iter()
        .map(|p| {
            p.honorific.is_none()
                && bodies.get(&p.name).is_some_and(|&may_be_kinh| {
                    may_be_kinh || !parts(&p.name).all(crate::normalize::has_syllable_shape)
                })
        })
        .collect()
}
