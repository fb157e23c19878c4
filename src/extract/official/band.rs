//! A band's own name after its noun (issue 12, the precision audit of session 20: a band
//! read as its member). "nhóm nhạc" and "ban nhạc" (a band), "nhóm nhảy" (a dance group)
//! name the group they head by the capitalised words right after them, with perhaps an
//! adjective between ("thành viên nhóm nhạc nổi tiếng Le Velvets"): those words are the
//! group's, never the holder's of a title that ends in the noun; the member is named apart
//! ("X, thành viên nhóm nhạc S Girls, …").
//!
//! Being a band's member is no post (the guide: artists hold none; the precision audit of
//! session 21): "thành viên" whose body is a band ("thành viên nhóm nhạc S Girls",
//! "thành viên của nhóm nhạc nam …") is no title, nor "thành viên" said bare right before
//! a capitalised name, no body named ("thành viên Black Pink", "thành viên Jisoo của
//! Black Pink"): the words are a group's, or a member's of a group the clause names; a
//! member of a body is said with the body ("thành viên HĐQT", "thành viên Ban Chấp hành").
//! So a member of a group that is no body (`member_groups.txt`: a team or crew gathered
//! for a task, a gang, a family) with no capitalised word after the group's noun ("một
//! thành viên của nhóm nghiên cứu", "thành viên tổ lái") holds none either: the guide of
//! the twelfth draw writes a research team's member, no organisation named, as no post.

use super::titles::Hit;
use super::words::{Case, Gap, Words};
use crate::text::hash::FastSet;
use crate::text::lexicon;
use std::sync::LazyLock;

/// The group nouns of `member_groups.txt`, as written (lowercase).
static GROUPS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::MEMBER_GROUPS.keys().collect());

/// Most words of a group's noun ("thủy thủ đoàn").
const MAX_GROUP_WORDS: usize = 3;

/// Most lowercase words said between the band's noun and its name ("nổi tiếng", "nam xứ").
const MAX_BETWEEN: usize = 2;

/// Are words `k - 1` and `k` a band's noun, a space between?
fn band_noun(w: &Words<'_>, k: usize) -> bool {
    let is = |i: usize, s: &str| w.word(i).eq_ignore_ascii_case(s);
    w.gap(k) == Gap::Space
        && ((is(k - 1, "nhóm") || is(k - 1, "ban")) && is(k, "nhạc")
            || is(k - 1, "nhóm") && is(k, "nhảy"))
}

/// Does "thành viên" (a member) stand at word `i`?
pub(super) fn member_at(w: &Words<'_>, i: usize) -> bool {
    i + 1 < w.len()
        && w.word(i).eq_ignore_ascii_case("thành")
        && w.word(i + 1) == "viên"
        && w.gap(i + 1) == Gap::Space
}

/// Is the title `h` a membership that is no post: "thành viên" of a band, or "thành
/// viên" alone right before the name it stands before (see the module's doc)?
pub(super) fn membership_no_post(w: &Words<'_>, h: &Hit) -> bool {
    h.to >= h.from + 2
        && member_at(w, h.from)
        && (h.name.is_some() && h.to == h.from + 2
            || (h.from + 3..h.to).any(|k| band_noun(w, k))
            || unnamed_group(w, h.from + 2, h.to))
}

/// Do the words `k..to` after "thành viên" (the rest of its title) open, "của" or not,
/// with the noun of a group that is no body (`member_groups.txt`), written lowercase, and
/// hold no capitalised word ("của nhóm nghiên cứu", "tổ lái"; not "Tổ công tác của Thủ
/// tướng", "nhóm nghiên cứu tại Đại học X")?
pub(super) fn unnamed_group(w: &Words<'_>, k: usize, to: usize) -> bool {
    let k = if k < to && w.word(k) == "của" {
        k + 1
    } else {
        k
    };
    if k >= to || (k..to).any(|i| w.words[i].case() != Case::Lower) {
        return false;
    }
    (1..=MAX_GROUP_WORDS.min(to - k)).any(|n| {
        (k + 1..k + n).all(|i| w.gap(i) == Gap::Space)
            && GROUPS.contains(&w.text[w.words[k].start()..w.words[k + n - 1].end()])
    })
}

/// Does a band's noun end at most [`MAX_BETWEEN`] lowercase words before word `s`, with
/// no word before `from` (the title's first word) read?
pub(super) fn band_named_at(w: &Words<'_>, from: usize, s: usize) -> bool {
    let band = |k: usize| k > from && band_noun(w, k);
    (1..=MAX_BETWEEN + 1)
        .take_while(|&back| back <= s && s - back > from && w.words[s - back].case() == Case::Lower)
        .any(|back| band(s - back))
}
