//! Posts said by a predicate after a name rather than apposed to it (issue 12, session
//! 31): the posts a link lists by commas ("ông A là Phó Bí thư Tỉnh ủy, Chủ tịch UBND
//! tỉnh": each is held, as in an apposition), and the post "làm" (as) ties to a person
//! whose apposed titles a comma or dash has closed ("ông A, Thứ trưởng Bộ Y tế, làm
//! trưởng đoàn", "đoàn công tác do ông B, Phó Chủ tịch UBND tỉnh làm trưởng đoàn").

use super::super::appointed;
use super::super::titles::{Hit, title_at};
use super::super::words::{Case, Gap, Words};
use super::{chain, mention_start, replaced};

/// After the post a link ties to a name, ending at word `to` (`titles` holding it last),
/// the posts that commas list after it, as an apposition's chain reads them ("là Ủy viên
/// Trung ương Đảng, Bí thư Tỉnh ủy Nghệ An"): the word after the last.
pub(super) fn listed_after_link(
    w: &Words<'_>,
    to: usize,
    addressed: bool,
    titles: &mut Vec<Hit>,
) -> usize {
    let Some(last) = titles.last() else {
        return to;
    };
    if last.to != to || to >= w.len() || w.gap(to) != Gap::Comma {
        return to;
    }
    let end = last.end;
    chain(w, end, to, false, addressed, titles).max(to)
}

/// The post that "làm" (as) at word `j` ties to the person named at words
/// `name_from..`, after the titles apposed to the name (`titles` from `read_from`) close:
/// by a comma or a dash ("ông A, Thứ trưởng Bộ Y tế, làm trưởng đoàn", "ông A - Bộ
/// trưởng Bộ Y tế - làm trưởng đoàn"), or by a space when "do" (by) opens the mention, the
/// agent of a passive whose verb is "làm" ("đoàn công tác do ông B, Phó Chủ tịch UBND tỉnh
/// làm trưởng đoàn"). Not the post a verb of appointment gives ("bổ nhiệm ông A, Phó Giám
/// đốc Sở, làm Giám đốc Sở") nor the one a replacer takes ("thay ông A, …, làm …").
pub(super) fn led_as(
    w: &Words<'_>,
    name_from: usize,
    j: usize,
    read_from: usize,
    titles: &[Hit],
) -> Option<Hit> {
    let n = w.len();
    let last = titles.get(read_from..)?.last()?;
    if j >= n
        || j + 1 >= n
        || last.to != j
        || w.word(j) != "làm"
        || w.words[j].case() != Case::Lower
        || w.gap(j + 1) != Gap::Space
    {
        return None;
    }
    let from = mention_start(w, name_from, titles);
    let closed = match w.gap(j) {
        Gap::Comma | Gap::Dash => true,
        Gap::Space => from > 0 && w.gap(from) == Gap::Space && w.word(from - 1) == "do",
        _ => false,
    };
    if !closed || appointed::given_after(w, from, j) || replaced(w, from) {
        return None;
    }
    title_at(w, j + 1).filter(|h| h.name.is_none() && !h.rank_only)
}

/// The post right after a name that ends at byte `end`, at word `j`, said new with a
/// lowercase "tân" before the capitalised title, no comma between ("GS.TS Lê Anh Tuấn tân
/// Chủ tịch Hội đồng trường …", "ông B tân Giám đốc Sở Y tế"): the post just taken up,
/// held now, as the guide keeps "tân Bộ trưởng …" before a name.
pub(super) fn new_post_after_name(w: &Words<'_>, end: usize, j: usize) -> Option<Hit> {
    let n = w.len();
    if j + 1 >= n
        || w.word(j) != "tân"
        || w.soft_gap(end, j) != Gap::Space
        || w.gap(j + 1) != Gap::Space
        || w.words[j + 1].case() != Case::Title
    {
        return None;
    }
    title_at(w, j).filter(|h| h.from == j && h.name.is_none() && !h.rank_only)
}
