//! The fields an organisation's own name goes on with past a mark or a lowercase word:
//! one joined by a dash, one listed after a comma, the field a national body is named for
//! after "về", the fields before the institution a role is held at; the year a body is
//! said in.

use super::super::field::{held_at, owned_by};
use super::super::words::{Case, Gap, Words};
use super::clause_ends_at;

/// Most words of the field before a dash that a field of one capitalised word joins.
const DASHED_FIELD_WORDS: usize = 4;

/// Is word `j`, after a dash, a field of an organisation's own name joined to the
/// field before it, which opens capitalised ("Văn - Sử - Địa", "Kế toán - Kiểm toán"; a
/// department's "Thăm dò chức năng - Nội soi")? One
/// capitalised word, no place's, no role, rank, word of address or sentence opener, then a lowercase
/// word of its own field, another dash or the clause's end.
pub(in super::super) fn dashed_field(w: &Words<'_>, j: usize) -> bool {
    // (the field before: a capitalised word and lowercase ones after it, if any: "Kế
    // toán", "Thăm dò chức năng - Nội soi")
    let field_before = |b: usize| {
        j > b
            && w.words[j - b].case() == Case::Title
            && (j - b + 1..j).all(|k| w.words[k].case() == Case::Lower && w.gap(k) == Gap::Space)
    };
    (1..=DASHED_FIELD_WORDS).any(field_before)
        && w.words[j].case() == Case::Title
        && w.place_at(j).is_none()
        && w.place_at(j - 1).is_none()
        // (an employee's trade capitalised is a field of its own: "Tài chính - Kế toán")
        && !w.tag(j).is_some_and(|(_, x)| {
            (x.title && !x.employee)
                || x.rank
                || x.honorific
                || x.name_break
                || x.modifier
                || x.stop
                || x.link
        })
        && (j + 1 >= w.len()
            || match w.gap(j + 1) {
                Gap::Space => w.words[j + 1].case() == Case::Lower,
                _ => true,
            })
}

/// Does "về" at word `j` go on with the field a national or central body is named for:
/// "Ban Chỉ đạo Nhà nước về Du lịch", "Ủy ban Quốc gia về Người cao tuổi", "Ban Chỉ đạo
/// Trung ương về PCTT"? Right after the body's scope, a qualifier of the lists ("quốc
/// gia") or a body that names itself whole ("Nhà nước", "Trung ương"), and before a
/// capitalised field: no place (the verb of return, "về Hà Nội"), no role, rank, word of
/// address or sentence opener, and no person's name. The word after "về".
fn field_about(w: &Words<'_>, j: usize) -> Option<usize> {
    let next = j + 1;
    let scope = (1..=2).any(|b| {
        j >= b
            && w.tag(j - b).is_some_and(|(t, x)| {
                t.n == b
                    && ((x.qualifier && !x.company_type)
                        || (x.org == Some(false) && w.words[j - b].case() != Case::Lower))
            })
    });
    // (a foreign council named by its country right after its head, its field written
    // in lowercase to the clause's end: "Hội đồng Mỹ về tập thể dục cho rằng")
    let national = (1..=2).any(|b| {
        j > b
            && w.tag(j - b).is_some_and(|(t, x)| t.n == b && x.country)
            && w.words[j - b].case() != Case::Lower
            && w.org_head_before(j - b, true)
    });
    if national
        && w.word(j) == "về"
        && w.gap(next) == Gap::Space
        && let Some(e) = super::super::lower_fields::lower_field_end(w, next)
        && e >= next + 2
        && clause_ends_at(w, e)
    {
        return Some(e);
    }
    // (a state body's field in lowercase: "Cục Giám định Nhà nước về công trình xây dựng")
    if scope
        && next < w.len()
        && w.word(j) == "về"
        && w.gap(next) == Gap::Space
        && let Some(e) = super::super::lower_fields::state_field_end(w, next)
    {
        return Some(e);
    }
    (scope
        && next < w.len()
        && w.word(j) == "về"
        && w.gap(j) == Gap::Space
        && w.gap(next) == Gap::Space
        && w.words[next].case() != Case::Lower
        && w.place_at(next).is_none()
        && !w.tag(next).is_some_and(|(_, x)| {
            x.title || x.rank || x.honorific || x.name_break || x.country || x.modifier
        })
        && w.split_run(next, w.run_end(next), 2).is_none())
    .then_some(next)
}

/// Where a title's organisation goes on past a lowercase word `j` that would end it:
/// fields joined by "và" before the institution the role is held at ("Phó Giáo sư vật lý
/// và thiên văn tại Đại học Curtin"), or said right after the role (`first`) with "về"
/// ("phó giáo sư về lãnh đạo, quản lý và chính sách tại Đại học Seton Hall"): the word of
/// "tại" ([`held_at`]); or, after an organisation (`org_seen`), the field a national
/// body is named for ([`field_about`]).
pub(in super::super) fn field_goes_on(
    w: &Words<'_>,
    j: usize,
    first: bool,
    org_seen: bool,
) -> Option<usize> {
    let (_, info) = w.tag(j)?;
    if w.words[j].case() != Case::Lower {
        return None;
    }
    if (info.join || (first && w.word(j) == "về"))
        && let Some(at) = held_at(w, j)
    {
        return Some(at);
    }
    // "cán bộ tuyển dụng và phát triển nhân lực của Tập đoàn X": the role's own fields,
    // before any organisation ("Giám đốc Sở Y tế và lãnh đạo của …" joins two people)
    if info.join
        && !org_seen
        && let Some(of) = owned_by(w, j)
    {
        return Some(of);
    }
    field_about(w, j).filter(|_| org_seen)
}

/// The word after the year a title's body is said in at word `k`, closing the clause:
/// "năm" and a year of four digits ("Trưởng ban tổ chức cuộc thi X tại Úc năm 2021 cho
/// biết"), as the walk reads it after the body's own capitalised name ("Giải X năm 2022").
pub(in super::super) fn year_after(w: &Words<'_>, k: usize) -> Option<usize> {
    let y = k + 1;
    (y < w.len()
        && w.gap(k) == Gap::Space
        && w.gap(y) == Gap::Space
        && w.word(k) == "năm"
        && w.word(y).len() == 4
        && w.word(y).bytes().all(|b| b.is_ascii_digit())
        && clause_ends_at(w, y + 1))
    .then_some(y + 1)
}

/// Words of a field listed after a comma inside an organisation's own name ("Gan Mật").
const COMMA_FIELD_WORDS: usize = 2;

/// The end of a field of an organisation's own name listed after the comma before word
/// `j`, when the name before the comma ends with a capitalised word (its syllables after the
/// first lowercase: "Tiêu hóa") and the clause ends after the
/// field: two capitalised words of Vietnamese syllables, no place's, no person's name, no
/// role, rank, word of address or country, no head of a body ("Viện Nghiên cứu và Đào
/// tạo Tiêu hóa, Gan Mật cho biết"; not "…, Hà Nội", "…, Nguyễn Hùng", "…, Bệnh viện
/// X"). One word alone is a given name as often ("…, Minh cho biết").
pub(in super::super) fn comma_field(w: &Words<'_>, j: usize) -> Option<usize> {
    let field = |k: usize| {
        k < w.len()
            && (k == j || w.gap(k) == Gap::Space)
            && w.words[k].case() == Case::Title
            && crate::normalize::has_syllable_shape(w.word(k))
            && w.place_at(k).is_none()
            && w.tag(k).is_none_or(|(_, x)| {
                x.field
                    && x.org.is_none()
                    && !(x.title || x.rank || x.honorific || x.name_break || x.country)
            })
    };
    let k = j + COMMA_FIELD_WORDS;
    (j > 0
        && j < w.len()
        && w.gap(j) == Gap::Comma
        && (w.words[j - 1].case() != Case::Lower
            || (j > 1 && w.words[j - 2].case() == Case::Title))
        && (j..k).all(field)
        && w.split_run(j, k, 2).is_none()
        && clause_ends_at(w, k))
    .then_some(k)
}
