//! Where an organisation's name is already whole (issue 12, the precision audit of session
//! 20: the clause's verb run into a title, "Bí thư Tỉnh ủy tiếp tục", "Tổng Thư ký VINASA
//! giới thiệu", "Thứ trưởng Bộ Công an dự"). A body that names itself whole (`whole` in
//! `org_heads.txt`: "Tỉnh ủy", "Chính phủ"), a head and its field written capitalised
//! ("Bộ Công an", as "Sở Y tế" is read), capitals no list holds right after the role
//! ("VINASA"), and the unit said bare after a body that names its level by it ("HĐND
//! tỉnh", "Ủy ban nhân dân xã") end the name: a lowercase word after them that the lexicons
//! do not tag is the clause's. The lexicons' words still go on ("UBND tỉnh", "Tỉnh ủy
//! Quảng Nam"; "Trung tâm Kiểm soát bệnh tật" is one field), and so does a lowercase word
//! that a capitalised one follows ("Đảng ủy khối Doanh nghiệp"): the walk asks
//! [`super::walk`]'s `leaves_name` too.

use super::words::{Case, Gap, Words};

/// Fewest capitals of an organisation named by its initials alone ("VINASA"; two are a
/// department more often: "PR", "HR").
const MIN_INITIALS: usize = 3;

/// Does a whole organisation's name end right before word `j`, the title's role ending
/// before word `head_end`?
fn closed_before(w: &Words<'_>, head_end: usize, j: usize) -> bool {
    if j <= head_end || w.gap(j) != Gap::Space {
        return false;
    }
    let ends = |k: usize, f: &dyn Fn(usize, &super::vocab::Info) -> bool| {
        w.entry_before(k, |s, x| {
            s >= head_end && w.words[s].case() != Case::Lower && f(s, x)
        })
        .is_some()
    };
    // "Bí thư Tỉnh ủy", "Thứ trưởng Bộ Công an"
    let whole = ends(j, &|s, x| {
        x.whole || (x.field && w.org_head_before(s, true))
    });
    // "Chủ tịch HĐND tỉnh", "Chủ tịch Ủy ban nhân dân xã"
    let unit = j > head_end + 1
        && w.words[j - 1].case() == Case::Lower
        && w.gap(j - 1) == Gap::Space
        && w.tag(j - 1).is_some_and(|(t, x)| x.unit && t.n == 1)
        && ends(j - 1, &|_, x| {
            x.org == Some(false) || x.abbrev.as_ref().is_some_and(|a| a.1)
        });
    // "Tổng Thư ký VINASA"
    let initials = j == head_end + 1
        && w.tag(head_end).is_none()
        && w.word(head_end).len() >= MIN_INITIALS
        && w.word(head_end).bytes().all(|b| b.is_ascii_uppercase());
    whole || unit || initials
}

/// Is word `j`, when lowercase, no word of an organisation by the lexicons: untagged, or a
/// surname's syllable only ("hứa", "nghiêm": "… Tỉnh ủy hứa sẽ …"), or a head that must be
/// capitalised written lowercase ("báo" of "báo tin", "… Bộ Y tế báo cáo")?
fn clause_word(w: &Words<'_>, j: usize) -> bool {
    match w.tag(j) {
        None => true,
        Some((_, x)) => {
            x.org == Some(true)
                || (x.surname
                    && x.org.is_none()
                    && !(x.field || x.unit || x.qualifier || x.title || x.rank)
                    && x.abbrev.is_none())
        }
    }
}

/// Is word `j`, lowercase, the clause's after the organisation's name read before it: a
/// word the lexicons give no organisation after a name that is whole, or after an
/// organisation's own name of capitalised words (`proper`, [`super::walk`])? The walk
/// checks the words after it too (`leaves_name`).
pub(super) fn clause_at(w: &Words<'_>, head_end: usize, j: usize, proper: bool) -> bool {
    (proper || closed_before(w, head_end, j))
        && clause_word(w, j)
        && !abbreviated_after(w, j)
        && !term_at(w, j)
}

/// Does the term a post is held for open at word `j`, "nhiệm kỳ" (term of office) and its
/// years ("Đại biểu HĐND tỉnh nhiệm kỳ 2021-2026", "Chủ tịch UBND huyện nhiệm kỳ 2016 –
/// 2021")? It is the post's, as "khóa XVI" is, after a body whose name is whole too (the
/// guide keeps "thành viên HĐQT nhiệm kỳ 2021 - 2025" as written); "nhiệm kỳ này" (this
/// term) names no years and is the clause's.
fn term_at(w: &Words<'_>, j: usize) -> bool {
    w.word(j) == "nhiệm" && super::walk::term::term_end(w, j).is_some()
}

/// Is the lowercase word `j`, untagged, the last syllable of a capitalised name that its
/// initials in brackets follow right after ("Viện Tìm kiếm Trí tuệ Ngoài Trái đất
/// (SETI)")? The bracket abbreviates the name before it, so the word is the name's.
fn abbreviated_after(w: &Words<'_>, j: usize) -> bool {
    let b = j + 1;
    j > 0
        && b < w.len()
        && w.tag(j).is_none()
        && w.words[j - 1].case() == Case::Title
        && w.gap(b) == Gap::Open
        && w.words[b].case() == Case::Upper
        && super::titles::after_bracket(w, b) == Some(b + 1)
}

/// Is the lowercase word `j`, no word of an organisation by the lexicons
/// ([`clause_word`]), graded by a superlative right after it ("nhàn
/// nhất", "mới nhất": `graded` in `official_stops.txt`), at or past the end of the
/// title's role (word `head_end`)? The graded adjective is said of the holder ("Chủ tịch HĐQT
/// nhàn nhất thế giới"), no word of a body's name: the title ends before it.
pub(super) fn graded_at(w: &Words<'_>, head_end: usize, j: usize) -> bool {
    let next = j + 1;
    j >= head_end
        && next < w.len()
        && w.gap(j) == Gap::Space
        && w.gap(next) == Gap::Space
        && w.words[j].case() == Case::Lower
        && w.words[next].case() == Case::Lower
        && clause_word(w, j)
        && w.tag(next).is_some_and(|(t, x)| x.graded && t.n == 1)
}
