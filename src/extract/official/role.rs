//! Staff posts said by a role noun (issue 12): a staff member of the apparatus ("cán bộ",
//! "quan chức") or a unit's employee ("giáo viên", "chuyên gia", "nhà phân tích", "nhà
//! thiên văn học": the `staff` and `employee` entries of `official_titles.txt`) holds a
//! post only at the organisation named after the role, at once or after the few words of
//! the field and a preposition of `role_links.txt` ("chuyên gia tại Viện X", "quan chức
//! trong Đảng Y"); the role alone is a common noun.

use super::titles::{Hit, employee_post, given_name_at, org_head_at, proper_run_end};
use super::words::{Case, Gap, Words};
use crate::normalize::has_syllable_shape;

/// A staff post read as `hit` after the organisation walk, whose role ends at word
/// `head.0` (byte `head.1`): `Some` of what the title is when the staff rule decides it
/// (`Some(None)`: no title), `None` when the title goes on as any other role's does.
/// Alone, or before one given name alone, a staff role is the common noun ("cán bộ
/// Nguyễn Văn A", "cán bộ Sơn" are no titles), unless its organisation follows a role
/// link the walk does not take ("quan chức trong Đảng X"); one coordinated with a plural
/// ("quan chức Mỹ và các nước") is said of many; an employee's post is read by
/// [`employee_post`].
pub(super) fn staff_post(
    w: &Words<'_>,
    head: (usize, usize),
    hit: Hit,
    employee: bool,
) -> Option<Option<Hit>> {
    if plural_coordinated(w, hit.to) || (!employee && demonym_in(w, head.0, hit.to)) {
        return Some(None);
    }
    let alone = hit.to == head.0 || (hit.to == head.0 + 1 && given_name_at(w, head.0));
    let linked = alone
        && head.0 < w.len()
        && w.soft_gap(head.1, head.0) == Gap::Space
        && w.tag(head.0).is_some_and(|(_, x)| x.role_link);
    if employee
        && hit.to == head.0
        && (bracketed_workplace(w, hit)
            || linked_workplace(w, hit)
            || super::teacher::teacher_with_apposed_post(w, hit, head.0))
    {
        return Some(Some(hit));
    }
    if employee && let Some(fielded) = fielded_at_workplace(w, head, hit) {
        return Some(Some(fielded));
    }
    if employee || linked {
        return Some(employee_post(w, head, hit));
    }
    alone.then_some(None)
}

/// The teacher's post `hit` ("thầy giáo", "cô giáo", whose role ends at word `head.0`, byte
/// `head.1`) where a full name follows the role at once: a Vietnamese name of three words
/// or more opening with a surname ("cô giáo Nguyễn Thị Duyên"), or a foreign name of two
/// parts or more ("thầy giáo Ruben Dario Parra Zuleta"). Unlike other employees' nouns
/// ("nhân viên", "giáo viên Nguyễn Văn A" are common nouns by the lists), a teacher so
/// named holds the post, school said or not (the dev tables' guides). A given name alone
/// ("thầy giáo Hòa") is a later mention, read as any title's is.
pub(super) fn teacher_named(w: &Words<'_>, head: (usize, usize), hit: Hit) -> Option<Hit> {
    let (s, r) = hit.name?;
    let j = head.0;
    let full = || {
        let run = w.run_end(j);
        (w.split_run(j, run, 3) == Some(j) && r - s >= 3) || w.foreign_name_at(j, 2) == Some(r)
    };
    (s == j
        && hit.to == j
        && !hit.given
        && j < w.len()
        && w.soft_gap(head.1, j) == Gap::Space
        && full())
    .then_some(hit)
}

/// Is the name `hit` ties followed by a bracket that opens with a named organisation, the
/// unit the employee works at ("Thầy giáo Trần Văn Bình (Trường THPT Lê Lợi)", "giáo viên
/// Nguyễn Thị A (Trường Tiểu học B)"), with a preposition of `role_links.txt` before it
/// ("chuyên gia giấc ngủ X (tại Mayo Clinic)"), or that holds a foreign body's name alone
/// ("nhà tâm lý học Y (Harvard)"; no country or place, "(Mỹ)" saying where one is from,
/// nor an acronym alone)? The role is then the title, the bracket naming only where it is
/// held (the guide of the twenty-sixth draw).
fn bracketed_workplace(w: &Words<'_>, hit: Hit) -> bool {
    let Some((_, to)) = hit
        .name
        .filter(|&(_, to)| to < w.len() && w.gap(to) == Gap::Open)
    else {
        return false;
    };
    // (the body's name whole in the bracket, written as a name: an acronym alone there is
    // more often the short form of what precedes, "chứng chỉ … Professional (MCP)")
    let closes = |e: usize| {
        (to..e).any(|k| w.words[k].case() == Case::Title)
            && w.text
                .get(w.words[e - 1].end()..)
                .is_some_and(|rest| rest.starts_with(')'))
    };
    org_head_at(w, to)
        || foreign_body_end(w, to).is_some_and(closes)
        || w.tag(to).is_some_and(|(t, x)| {
            x.role_link && w.gap(to + t.n) == Gap::Space && body_at(w, to, to + t.n)
        })
}

/// Does a named organisation open at word `org`, after the preposition of `role_links.txt`
/// at word `link`: a head of the lists, a capitalised run with none, a foreign body's name,
/// or a lowercase kind's head before one (not after "trong", which says where a part is
/// played: "vai nhà khoa học X trong bộ phim Y")?
fn body_at(w: &Words<'_>, link: usize, org: usize) -> bool {
    org < w.len()
        && (org_head_at(w, org)
            || proper_run_end(w, org).is_some()
            || foreign_body_end(w, org).is_some()
            || (w.word(link) != "trong" && generic_head_body_end(w, org).is_some()))
}

/// Is the name `hit` ties followed, after a space, by a preposition of `role_links.txt`
/// and a named organisation ("nhà băng học X từ Đại học Y", "giáo viên X tại Trường Y",
/// "nhà khoa học X của Viện Y", "nhà phân tích X của công ty Gartner")? The role before
/// the name is then the title, the trade word of a staff member of a named organisation
/// (the guide of the thirteenth draw: "nhà băng học X từ Đại học Bern" gives "nhà băng
/// học"); the organisation after the name ties the person to it, as a bracket does
/// ([`bracketed_workplace`]).
fn linked_workplace(w: &Words<'_>, hit: Hit) -> bool {
    let Some((_, to)) = hit.name else {
        return false;
    };
    let Some((t, x)) = w.tag(to).filter(|_| w.gap(to) == Gap::Space) else {
        return false;
    };
    let org = to + t.n;
    x.role_link && org < w.len() && w.gap(org) == Gap::Space && body_at(w, to, org)
}

/// The employee's role `hit` with the words of its field said between it and a name, when
/// that name is followed by the named organisation the person works at, in a bracket or
/// after a preposition of `role_links.txt` ("nhà khoa học thần kinh X đến từ Đại học Y",
/// "nhà phân tích công nghệ X của công ty Z", "nhà vật lý thiên văn X (Đại học Y)"): the
/// role and its field are the title, the trade word of a staff member of a named
/// organisation, as the role alone is right before the name ([`linked_workplace`]); the
/// field is one or two lowercase words and the name a full one
/// ([`super::titles::field_then_name`]). With no workplace after the name the trade is a
/// common noun ("chuyên gia kinh tế X cho biết": the eleventh draw's guide).
fn fielded_at_workplace(w: &Words<'_>, head: (usize, usize), hit: Hit) -> Option<Hit> {
    // (the walk reads the field's words into the title and stops at the name)
    let name = hit
        .name
        .filter(|&(from, _)| from == hit.to && hit.to > head.0)?;
    if head.0 >= w.len() || w.soft_gap(head.1, head.0) != Gap::Space {
        return None;
    }
    (super::titles::field_then_name(w, head.0) == Some(name)
        && (bracketed_workplace(w, hit) || linked_workplace(w, hit)))
    .then_some(hit)
}

/// Is the name the employee's post `hit` ties followed by the named organisation the
/// person works at, in a bracket or after a preposition of `role_links.txt`
/// ([`bracketed_workplace`], [`linked_workplace`])? Such a name is the holder's, though a
/// field's words come between the role and it ("nhà khoa học thần kinh Stephanie Koch
/// đến từ Đại học X").
pub(super) fn named_at_workplace(w: &Words<'_>, hit: Hit) -> bool {
    bracketed_workplace(w, hit) || linked_workplace(w, hit)
}

/// Does a staff title say, after its role at word `from`, a demonym, "người" and a
/// capitalised country or place ("sĩ quan cảnh sát người Ý", "người Mông Cổ"): the
/// holder's nationality or origin, no body served?
fn demonym_in(w: &Words<'_>, from: usize, to: usize) -> bool {
    (from..to).any(|j| {
        w.word(j) == "người"
            && w.gap(j + 1) == Gap::Space
            && w.words.get(j + 1).is_some_and(|n| n.case() != Case::Lower)
    })
}

/// Does "và" at word `j` join a plural to what precedes ("… và các nước")?
fn plural_coordinated(w: &Words<'_>, j: usize) -> bool {
    j + 2 < w.len() && w.gap(j) == Gap::Space && w.word(j) == "và" && w.plural_before(j + 2)
}

/// The end of an organisation's own name opening at word `j` after a role link, one the
/// lists have no head for: a capitalised run closed by a lowercase word or a clause's end
/// (no name going on after it), foreign ([`foreign_unplaced`]): "nhà phân tích của
/// Counterpoint Research", "chuyên gia tại Mirabaud cho biết", "… tại Carnegie-Tsinghua ở".
pub(super) fn foreign_body_end(w: &Words<'_>, j: usize) -> Option<usize> {
    // (a capitalised word joined by a hyphen goes on with the name: "Carnegie-Tsinghua";
    // an acronym opens one with the capitalised words after it: "CMC Markets")
    let mut end = w.run_end(j);
    if j < w.len() && w.words[j].case() == Case::Upper {
        end = end.max(acronym_run_end(w, j));
    }
    // (a brand's word written in camel case opens one too: "RealClearPolitics")
    if end == j && camel_at(w, j) {
        end = if j + 1 < w.len() && w.gap(j + 1) == Gap::Space {
            w.run_end(j + 1).max(j + 1)
        } else {
            j + 1
        };
    }
    // (and past an English connective of the name: "Bank of America Securities")
    while end > j && end < w.len() {
        let from = if w.joined_by(end, "-") && w.words[end].case() != Case::Lower {
            end
        } else if super::walk::connective::after(w, end + 1) {
            end + 1
        } else {
            break;
        };
        let next = w.run_end(from);
        if next == from {
            break;
        }
        end = next;
    }
    let closed = end >= w.len() || w.gap(end) != Gap::Space || w.words[end].case() == Case::Lower;
    (end > j && closed && foreign_unplaced(w, j, end)).then_some(end)
}

/// The end of a foreign body's own name after the lowercase head of its kind at word
/// `j` (one named only capitalised: "viện", "công ty", "trường"; or the noun of a field
/// that is also a verb, "tổ chức") and up to two lowercase words of that kind: "chuyên
/// gia từ viện nghiên cứu OCTA", "nhà phân tích của công ty Gartner", "chuyên gia ở tổ
/// chức RAND" ([`foreign_body_end`]).
pub(super) fn generic_head_body_end(w: &Words<'_>, j: usize) -> Option<usize> {
    let (t, x) = w.tag(j)?;
    if !(x.org == Some(true) || x.institution || x.field_verb) || w.words[j].case() != Case::Lower {
        return None;
    }
    let mut k = j + t.n;
    while k < w.len()
        && k < j + t.n + 2
        && w.gap(k) == Gap::Space
        && w.words[k].case() == Case::Lower
        && w.tag(k).is_none()
    {
        k += 1;
    }
    (k < w.len() && w.gap(k) == Gap::Space)
        .then(|| foreign_body_end(w, k))
        .flatten()
}

/// The end of an organisation named by its listed acronym alone at word `j`, one
/// `org_abbreviations.txt` says names a body by itself ("nhà nghiên cứu của MIT"), closed
/// there: no capitalised word goes on after it. A foreign acronym spelt like a Vietnamese
/// syllable is no foreign body's name by its letters ([`foreign_body_end`]); the list says
/// it is a body's.
pub(super) fn acronym_body_end(w: &Words<'_>, j: usize) -> Option<usize> {
    let (t, x) = w.tag(j)?;
    let end = j + t.n;
    let named = x.abbrev.as_ref().is_some_and(|a| a.1) && w.words[j].case() == Case::Upper;
    let closed = end >= w.len() || w.gap(end) != Gap::Space || w.words[end].case() == Case::Lower;
    (named && closed).then_some(end)
}

/// Most words of a foreign body's name that an acronym opens ("CMC Markets").
const MAX_ACRONYM_RUN: usize = 4;

/// The end of the capitalised words from the acronym at word `j`, after spaces.
fn acronym_run_end(w: &Words<'_>, j: usize) -> usize {
    let mut k = j + 1;
    while k < w.len()
        && k - j < MAX_ACRONYM_RUN
        && w.gap(k) == Gap::Space
        && matches!(w.words[k].case(), Case::Title | Case::Upper)
    {
        k += 1;
    }
    k
}

/// Are words `from..to` a foreign body's name: one of them no Vietnamese syllable, none a
/// place's, a country's or a title's ("tại Coca-Cola", not "tại Washington")?
pub(super) fn foreign_unplaced(w: &Words<'_>, from: usize, to: usize) -> bool {
    let foreign = (from..to).any(|k| !has_syllable_shape(w.word(k)));
    let placed = (from..to)
        .any(|k| w.place_at(k).is_some() || w.tag(k).is_some_and(|(_, x)| x.country || x.title));
    foreign && !placed
}

/// Is word `j` one word of a brand's name written in camel case: a capital, lowercase
/// letters, then a capital again inside ("RealClearPolitics", "PayPal"), no digit nor
/// hyphen? Such a word is never a Vietnamese syllable nor a person's name part.
fn camel_at(w: &Words<'_>, j: usize) -> bool {
    if j >= w.len() || w.words[j].case() != Case::Other {
        return false;
    }
    let word = w.word(j);
    let mut chars = word.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    let second_lower = chars.next().is_some_and(char::is_lowercase);
    first_upper
        && second_lower
        && word.chars().all(char::is_alphabetic)
        && word.chars().skip(2).any(char::is_uppercase)
}
