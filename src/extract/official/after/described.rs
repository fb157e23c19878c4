//! A description of the person, then "và" and the post held, apposed to a name together
//! (issue 12, session 30): "X, đối tác và Phó chủ tịch bộ phận nghiên cứu của Y", "Z, bạn
//! thân của W và giám đốc tiếp thị của thương hiệu V cho biết".

use super::super::names::name_right_at;
use super::super::titles::title_at;
use super::super::words::{Case, Gap, Words};

/// Most words of the description said before "và" and the post ("bạn thân của Kim
/// Kardashian": the name of the one related counted).
const MAX_DESCRIBED_WORDS: usize = 6;

/// The first segment after a name, from word `j`: a description of the person, a few
/// lowercase words of no list but a surname's (a relation or a partnership: "đối tác",
/// "bạn thân"), and
/// the possessive "của" with a person's name after it if said ("bạn thân của X"), then
/// "và" (no "là": [`super::described_then_post`] reads that one) and a title naming no one
/// that goes on to the organisation it is held at, lowercase or capitalised: the word where
/// that title starts, the post held beside the description (the thirty-seventh and
/// thirty-ninth draws' guides write the post; the description is no title of the lists).
/// A bare role after "và" ("X, bạn của tôi và giám đốc") is no post tied to a body, and
/// may be another person's.
pub(in super::super) fn described_and_post(w: &Words<'_>, j: usize) -> Option<usize> {
    let n = w.len();
    // (a word of no list, or one the lists hold only as a surname: "bạn thân")
    let untagged = |k: usize| {
        w.tag(k).is_none_or(|(t, x)| {
            t.n == 1
                && x.surname
                && !(x.title || x.rank || x.modifier || x.honorific || x.link || x.stop)
                && x.org.is_none()
        })
    };
    let plain = |k: usize| {
        k < n && w.gap(k) == Gap::Space && w.words[k].case() == Case::Lower && untagged(k)
    };
    if j >= n || w.words[j].case() != Case::Lower || !untagged(j) {
        return None;
    }
    let mut k = j + 1;
    while k < j + MAX_DESCRIBED_WORDS && plain(k) {
        k += 1;
    }
    // "… của X": the one the described person is related to, a name of two words or more
    if k + 1 < n && w.gap(k) == Gap::Space && w.word(k) == "của" && w.gap(k + 1) == Gap::Space {
        let e = name_right_at(w, k + 1)?;
        if e > j + MAX_DESCRIBED_WORDS + 1 {
            return None;
        }
        k = e;
    }
    let post = k + 1;
    if post >= n || w.gap(k) != Gap::Space || w.word(k) != "và" || w.gap(post) != Gap::Space {
        return None;
    }
    let head = w.tag(post).map_or(1, |(t, _)| t.n);
    title_at(w, post)
        .filter(|h| h.name.is_none() && !h.rank_only && h.to > post + head)
        .map(|_| post)
}
