//! A leader said by the role noun "lãnh đạo" (`named` in `official_titles.txt`): a title
//! only where it ties a name, right after it or after its country ("lãnh đạo Triều Tiên
//! X"), after the country that closes the body led ("lãnh đạo cơ quan điều tra của cảnh
//! sát Campuchia Y"), after "ở" and its country, or apposed after a name by a comma;
//! "lãnh đạo Sở Y tế" alone is the body's leadership as a whole.

use super::names::name_right_at;
use super::parent::country_end;
use super::titles::Hit;
use super::words::{Case, Gap, MAX_TAG_WORDS, Words};

/// Is the leader's title `hit`, whose role ends at word `role_end`, said right before a
/// name, after a country ("lãnh đạo Triều Tiên Kim Jong-un") or at once ("lãnh đạo tinh
/// thần Sai Baba", "cố lãnh đạo Kim Jong-il"; after the `bare` noun only a foreign full
/// name, [`foreign_full_name`])? The
/// country may close the body led ("lãnh đạo cơ quan điều tra của cảnh sát Campuchia Uk
/// Heisela"): a body abroad, whose leader the name after its country is, as a foreign
/// official's name follows his country ("Tư lệnh Hải quân Đức X"), when the words before
/// the country name a body, of a kind of `org_kinds.txt` ("cảnh sát"; not "lãnh đạo biểu
/// tình Myanmar X", a protest, no body).
fn leader_named(w: &Words<'_>, role_end: usize, hit: &Hit, bare: bool) -> bool {
    let body = |k: usize| {
        k == role_end
            || w.text
                .get(w.words[role_end].start()..w.words[k - 1].end())
                .is_some_and(|s| super::record::classify(s).kind.is_some())
    };
    let country_before = |from: usize| {
        (1..=MAX_TAG_WORDS.min(from)).any(|b| {
            from - b >= role_end && country_end(w, from - b) == Some(from) && body(from - b)
        })
    };
    hit.name.is_some_and(|(from, to)| {
        (from == role_end && (!bare || foreign_full_name(w, from, to)))
            || (from == hit.to && country_before(from))
    })
}

/// Is the name of words `from..to`, right after the bare noun "lãnh đạo", a foreign
/// leader's full name ("lãnh đạo Kim Jong-un"): two words or more, one of them no
/// Vietnamese syllable? The capitalised words after the bare noun that read as a
/// Vietnamese name are a body's ("lãnh đạo Hoàng Anh Gia Lai", a company: its
/// leadership), as the news corpus writes them.
fn foreign_full_name(w: &Words<'_>, from: usize, to: usize) -> bool {
    to >= from + 2
        && w.foreign_name_at(from, 2) == Some(to)
        && (from..to).any(|k| !crate::normalize::has_syllable_shape(w.word(k)))
}

/// Does the leader's title `hit`, whose role ends at word `role_end`, tie a name: its
/// country said after "ở" and then a name ([`leader_of_country_in`], which runs `hit`
/// on), a name right after it or after its country ([`leader_named`]), or a name before
/// it set off by a comma ([`leader_apposed`])?
pub(super) fn leader_titled(w: &Words<'_>, role_end: usize, hit: &mut Hit, bare: bool) -> bool {
    (hit.to == role_end && !bare && leader_of_country_in(w, hit))
        || leader_named(w, role_end, hit, bare)
        || leader_apposed(w, role_end, hit)
}

/// "Lãnh đạo phe đối lập ở Sri Lanka Sajith Premadasa": a qualified leader's role, "ở"
/// and the country it is held in, then a name: the country is the title's and the name
/// the holder's, as with the country said right after the role ("lãnh đạo Triều Tiên X").
/// Returns whether `hit` was so run on.
fn leader_of_country_in(w: &Words<'_>, hit: &mut Hit) -> bool {
    let at = hit.to;
    if hit.name.is_some()
        || at + 1 >= w.len()
        || w.word(at) != "ở"
        || w.soft_gap(hit.end, at) != Gap::Space
        || w.gap(at + 1) != Gap::Space
    {
        return false;
    }
    if let Some(k) = country_end(w, at + 1)
        && k < w.len()
        && w.gap(k) == Gap::Space
        && let Some(r) = name_right_at(w, k).or_else(|| w.foreign_name_at(k, 2))
    {
        hit.to = k;
        hit.end = w.words[k - 1].end();
        hit.name = Some((k, r));
        return true;
    }
    false
}

/// Is the leader's title `hit`, whose role ends at word `role_end`, set after a name by a
/// comma, with the organisation it heads ("Bob Corker, lãnh đạo Ủy ban Đối ngoại Thượng
/// viện", "bác sĩ X, lãnh đạo bệnh viện")? Apposed to one person's name, the role noun
/// says that person's post, not a body's leadership as a whole (the fifteenth draw's
/// guide: "lãnh đạo bệnh viện" apposed to a named doctor is a post). The word before the
/// comma is a name's last: capitalised, of no list and no place; the apposition is closed
/// by a comma and the clause goes on after it (a list of those welcoming someone, "…, Đại
/// sứ X, lãnh đạo Vụ Lễ tân;", names the department's leaders apart).
fn leader_apposed(w: &Words<'_>, role_end: usize, hit: &Hit) -> bool {
    let i = hit.from;
    hit.name.is_none()
        && hit.to > role_end
        && hit.to < w.len()
        && w.soft_gap(hit.end, hit.to) == Gap::Comma
        && super::after::goes_on_after_comma(w, hit.to)
        && i > 0
        && w.gap(i) == Gap::Comma
        && w.words[i - 1].case() == Case::Title
        && w.tag(i - 1).is_none()
        && w.place_at(i - 1).is_none()
}
