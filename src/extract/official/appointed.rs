//! Posts given, not held: the post a verb of appointment, election or nomination gives its
//! object ("bầu ông A giữ chức Chủ tịch HĐQT", "bổ nhiệm bà B làm Giám đốc Sở", "được đề
//! cử làm Bộ trưởng …, bà C") and the post a candidate seeks ("ứng viên Tổng thống X").
//! By the annotation guide (issue 12) such a post is not counted; a post the person already
//! holds, said beside it ("ông A, Phó Giám đốc Sở, được bổ nhiệm …"), still is. The verbs
//! are those of `official_appointments.txt`.

use super::vocab::Info;
use super::words::{Gap, Words};

/// Most words looked back over, in one clause, for the verb whose second object a "và"
/// joins ("bầu ông A giữ chức Chủ tịch HĐQT và ông B giữ chức Phó Chủ tịch"): the first
/// object, its link and its post.
const MAX_FIRST_OBJECT: usize = 24;

/// Does a phrase of at most three words that `f` accepts end right before word `i`, a
/// space between them?
pub(super) fn ends_before(w: &Words<'_>, i: usize, f: fn(&Info) -> bool) -> bool {
    w.gap(i) == Gap::Space && w.entry_before(i, |_, x| f(x)).is_some()
}

/// Does a verb of appointment end right before word `i`, a space between them?
fn verb_before(w: &Words<'_>, i: usize) -> bool {
    ends_before(w, i, |x| x.appointed)
}

/// Is the link word at word `j` one that gives a post after such a verb: "làm", "giữ
/// chức" and their like, not "là" (who someone is: "được giới thiệu ứng cử là Bí thư
/// Thành ủy X"), a link that says a post held ("hiện là") nor one of a post moved to and
/// taken up ("điều động ông A đến giữ chức …")? `x` is the entry of its tag.
fn giving_link(w: &Words<'_>, j: usize, x: &Info) -> bool {
    x.link && !x.held_link && !x.moved_link && w.word(j) != "là"
}

/// Is the title at word `i` the post a verb of appointment gives with a link right before
/// it ("được bầu giữ chức Chủ tịch …", "đề cử làm Bộ trưởng Giáo dục, bà C"), or the post a
/// candidate seeks ("ứng viên Tổng thống Pháp X")? The name it stands before, or that a
/// comma sets after it, holds no such post.
pub(super) fn given_before(w: &Words<'_>, i: usize) -> bool {
    if w.gap(i) != Gap::Space {
        return false;
    }
    let link = w.entry_before(i, |s, x| giving_link(w, s, x));
    link.is_some_and(|s| verb_before(w, s)) || ends_before(w, i, |x| x.candidate)
}

/// Does the link at word `j` after a person's mention starting at word `from` (its word of
/// address or titles before the name) give the post after it ("bầu ông A giữ chức Chủ
/// tịch", "bổ nhiệm Giám đốc Tài chính B làm tân CEO")? The person is the object of a verb
/// of appointment said right before the mention, or, for a second object that "và" joins,
/// before the first in the same clause ("… và ông D giữ chức Phó Chủ tịch"). Or is the
/// post one the person might hold, a conjunction of condition right before the mention
/// ("nếu ông E lên làm Tổng thống", "nếu ông E là …"; not a link that says a post held)?
pub(super) fn given_after(w: &Words<'_>, from: usize, j: usize) -> bool {
    if w.tag(j)
        .is_some_and(|(_, x)| x.link && !x.held_link && ends_before(w, from, |x| x.conditional))
    {
        return true;
    }
    if !w.tag(j).is_some_and(|(_, x)| giving_link(w, j, x)) {
        return false;
    }
    if verb_before(w, from) {
        return true;
    }
    if from < 2 || w.gap(from) != Gap::Space || w.word(from - 1) != "và" {
        return false;
    }
    let lo = (from - 1).saturating_sub(MAX_FIRST_OBJECT);
    for m in (lo + 1..from).rev() {
        if matches!(
            w.gap(m),
            Gap::Stop | Gap::Break | Gap::Semicolon | Gap::Colon
        ) {
            break;
        }
        if verb_before(w, m) {
            return true;
        }
    }
    false
}
