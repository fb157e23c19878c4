//! What a post is in charge of, said after its organisation and before its holder's name
//! ("Phó Chủ tịch UBND tỉnh phụ trách khối văn xã Nguyễn Văn A", "quan chức WHO phụ
//! trách châu Âu Hans Kluge"): the verb of charge and its object are the title's words,
//! as right after the role ("Phó Giám đốc phụ trách Sở Xây dựng").

use super::super::names::name_right_at;
use super::super::words::{Case, Gap, Tag, Words};

/// Most words of the object of a charge before the holder's name.
const MAX_CHARGE_WORDS: usize = 5;

/// The name (its first word and the word after it) that follows the object of a verb of
/// charge opening at word `k` (the word after "phụ trách"), if any. The object: one to
/// [`MAX_CHARGE_WORDS`] words, spaces only, each lowercase and no word of the lists that
/// ends, links or opens a title, or a word of a place ("châu Âu"); then a name of two words
/// or more that opens no place.
pub(super) fn name_after_charge(w: &Words<'_>, k: usize) -> Option<(usize, usize)> {
    let n = w.len();
    let mut e = k;
    while e < n && e < k + MAX_CHARGE_WORDS + 1 && (e == k || w.gap(e) == Gap::Space) {
        if w.place_at(e).is_some() {
            e += 1;
            continue;
        }
        if w.words[e].case() != Case::Lower {
            return name_right_at(w, e)
                .filter(|&r| e > k && r > e + 1)
                .map(|r| (e, r));
        }
        let plain = w.tag(e).is_none_or(|(_, x)| {
            !(x.stop || x.link || x.title || x.rank || x.honorific || x.modifier || x.charge)
        });
        if !plain {
            return None;
        }
        e += 1;
    }
    None
}

/// Most words of a passive participle after "bị".
const MAX_PASSIVE_WORDS: usize = 2;

/// Is the word `t` at word `j` a lowercase "bị" whose participle (one or two plain words,
/// as [`name_after_charge`] reads an object) the holder's name follows at once ("Tổng
/// thống bị luận tội Park Geun-hye", the impeached president)? The participle says what
/// befell the holder in the post, which the title keeps as written. A verb that takes
/// the post away ("bị phế truất", "bị cách chức": `removed`) is a stop word and no
/// participle here: by the guide a post someone is dismissed from is not his.
pub(super) fn passive_before_name(w: &Words<'_>, j: usize, t: Tag) -> bool {
    let next = j + t.n;
    t.n == 1
        && w.word(j) == "bị"
        && next < w.len()
        && w.gap(next) == Gap::Space
        && name_after_charge(w, next).is_some_and(|(s, _)| s - next <= MAX_PASSIVE_WORDS)
}
