//! A band's own name after its noun (issue 12, the precision audit of session 20: a band
//! read as its member). "nhóm nhạc" and "ban nhạc" (a band), "nhóm nhảy" (a dance group)
//! name the group they head by the capitalised words right after them, with perhaps an
//! adjective between ("thành viên nhóm nhạc nổi tiếng Le Velvets"): those words are the
//! group's, never the holder's of a title that ends in the noun; the member is named apart
//! ("X, thành viên nhóm nhạc S Girls, …").

use super::words::{Case, Gap, Words};

/// Most lowercase words said between the band's noun and its name ("nổi tiếng", "nam xứ").
const MAX_BETWEEN: usize = 2;

/// Does a band's noun end at most [`MAX_BETWEEN`] lowercase words before word `s`, with
/// no word before `from` (the title's first word) read?
pub(super) fn band_named_at(w: &Words<'_>, from: usize, s: usize) -> bool {
    let band = |k: usize| {
        k > from
            && w.gap(k) == Gap::Space
            && matches!(
                (w.word(k - 1), w.word(k)),
                ("nhóm" | "ban", "nhạc") | ("nhóm", "nhảy")
            )
    };
    (1..=MAX_BETWEEN + 1)
        .take_while(|&back| back <= s && s - back > from && w.words[s - back].case() == Case::Lower)
        .any(|back| band(s - back))
}
