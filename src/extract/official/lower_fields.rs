//! The fields of a body's own name written in lowercase after its head ("Viện nghiên cứu
//! xã hội, kinh tế và môi trường", "Ban nghiên cứu và đào tạo"), listed with commas and a
//! last "và": a title's organisation goes on over them, as it does over the capitalised
//! fields joined by "và" ("Sở Nông nghiệp và Phát triển nông thôn").

use super::parent::{clause_ends_at, country_end, mark_at, parent_org};
use super::words::{Case, Gap, Words};

/// Most words of one field ("quản trị doanh nghiệp").
const MAX_FIELD_WORDS: usize = 4;

/// Most fields listed with commas before the last one, which "và" opens.
const MAX_LISTED: usize = 3;

/// Is word `k` a word of a field written in lowercase: lowercase, no place's, of no list
/// but the fields', the units' (the "xã" of "xã hội" opens no place), the surnames' (the
/// "đào" of "đào tạo") and the heads' that are such only capitalised (the "hội" of "xã
/// hội"), and no verb, link, role, rank, word of address or country?
fn field_word(w: &Words<'_>, k: usize) -> bool {
    k < w.len()
        && w.words[k].case() == Case::Lower
        && w.place_at(k).is_none()
        && w.tag(k).is_none_or(|(_, x)| {
            (x.field || x.unit || x.surname || x.org == Some(true))
                && !(x.stop
                    || x.link
                    || x.title
                    || x.rank
                    || x.honorific
                    || x.plural
                    || x.modifier
                    || x.country)
        })
}

/// The end of one field from word `k`: one to [`MAX_FIELD_WORDS`] field words after
/// spaces.
fn field_end(w: &Words<'_>, k: usize) -> Option<usize> {
    let mut e = k;
    while e < w.len() && e - k < MAX_FIELD_WORDS && (e == k || w.gap(e) == Gap::Space) {
        if !field_word(w, e) {
            break;
        }
        e += 1;
    }
    (e > k).then_some(e)
}

/// Does the name end before word `k`: the end of the text, or a mark that is no dash
/// (a comma, a stop, a bracket, a colon, a semicolon, a line break)? Not a verb: "… và
/// đoàn công tác đã tới" is a clause.
fn ends_with_mark(w: &Words<'_>, k: usize) -> bool {
    mark_at(w, k) || w.gap(k) == Gap::Open
}

/// Is word `k` a lowercase word after a dash?
fn dash_then_lower(w: &Words<'_>, k: usize) -> bool {
    k < w.len() && w.gap(k) == Gap::Dash && w.words[k].case() == Case::Lower
}

/// The end of the last field of a body's name written in lowercase, opened by "và" at
/// word `j`: a field ([`field_end`]) of two words or more, then the country a national
/// body is of, if said ("… và kinh tế số Việt Nam"), then a mark ([`ends_with_mark`]), or
/// the place the body serves and the end of the clause.
/// The word before "và" is the field before it, in lowercase too. `None` for a person, a
/// post or a clause after "và" ("… và vợ", "… và Phó Giám đốc", "… và các đơn vị").
pub(super) fn last_field_end(w: &Words<'_>, j: usize) -> Option<usize> {
    let f = j + 1;
    if !(j > 0
        && f < w.len()
        && w.word(j) == "và"
        && w.gap(j) == Gap::Space
        && w.gap(f) == Gap::Space
        && field_word(w, j - 1))
    {
        return None;
    }
    let e = field_end(w, f).filter(|&e| e >= f + 2)?;
    let e = match country_end(w, e) {
        // (the country closes a national body's name: a dash after it and a lowercase
        // word set off what is said of the person, "… và chống độc Việt Nam - một trong
        // những chuyên gia …")
        Some(c) if w.gap(e) == Gap::Space && dash_then_lower(w, c) => return Some(c),
        Some(c) if w.gap(e) == Gap::Space => c,
        _ => e,
    };
    // ("Hội Khoa học và kỹ thuật nông nghiệp Hà Tĩnh cho rằng": the place the body
    // serves, then the clause's verb or a mark)
    if let Some(p) = w.place_from(e).filter(|_| w.gap(e) == Gap::Space)
        && (ends_with_mark(w, p.to) || clause_ends_at(w, p.to))
    {
        return Some(p.to);
    }
    if ends_with_mark(w, e) || (clause_ends_at(w, e) && sentence_case_before(w, j)) {
        return Some(e);
    }
    // ("Viện nghiên cứu và ứng dụng Kangaroo nói": the body's own name after its fields,
    // then the clause's verb; a body is not "đoàn công tác", whose head opens the field)
    if w.tag(f).is_some_and(|(_, x)| x.org.is_some()) {
        return None;
    }
    own_name_end(w, e).filter(|&r| clause_ends_at(w, r))
}

/// Most capitalised words of a body's own name said after its fields in lowercase.
const MAX_OWN_NAME_WORDS: usize = 4;

/// The end of a body's own name at word `e`, said after its fields in lowercase ("…
/// nghiên cứu và ứng dụng Kangaroo", "… và phát triển Sao Mai Xanh"): capitalised words
/// after a space, none of a place, a role, a rank, a word of address, a country or an
/// organisation's head, and no personal name among them ([`Words::split_run`]); one word
/// alone spells no Vietnamese syllable (a brand: one syllable may be a given name, "… và
/// con gái Mai").
fn own_name_end(w: &Words<'_>, e: usize) -> Option<usize> {
    if e >= w.len() || w.gap(e) != Gap::Space || w.words[e].case() == Case::Lower {
        return None;
    }
    let r = w.run_end(e);
    let plain =
        |k: usize| w.place_at(k).is_none() && w.tag(k).is_none_or(|(_, x)| x.plain_proper());
    (r > e
        && r - e <= MAX_OWN_NAME_WORDS
        && (e..r).all(plain)
        && w.split_run(e, r, 2).is_none()
        && (r - e >= 2 || !crate::normalize::has_syllable_shape(w.word(e))))
    .then_some(r)
}

/// The end of the fields of a body's name written in lowercase listed after the comma
/// before word `j`, the field before the comma lowercase too: fields after commas, then
/// the last after "và" ([`last_field_end`]): "Viện nghiên cứu xã hội, kinh tế và môi
/// trường"; or a last field of two words or more closed by the body's parent after a
/// comma ([`parent_org`]): "Khoa Xạ trị, xạ phẫu, Viện X" (a department of two fields).
/// `None` when neither closes the list ("…, kinh tế, cho biết").
pub(super) fn listed_fields_end(w: &Words<'_>, j: usize) -> Option<usize> {
    if !(j > 0 && j < w.len() && w.gap(j) == Gap::Comma && field_word(w, j - 1)) {
        return None;
    }
    let mut k = j;
    for _ in 0..MAX_LISTED {
        let e = field_end(w, k)?;
        if e < w.len() && w.gap(e) == Gap::Comma {
            if e >= k + 2 && parent_org(w, e).is_some() {
                return Some(e);
            }
            k = e;
            continue;
        }
        return last_field_end(w, e);
    }
    None
}

/// Most lowercase words of the kind of a site said after a dash ("bến", "cửa khẩu").
const MAX_SITE_KIND_WORDS: usize = 2;

/// Most capitalised words of a site's name.
const MAX_SITE_NAME_WORDS: usize = 4;

/// The end of the site a body's unit is named for, said after the dash before word `j`
/// ("Xí nghiệp quản lý phà X - bến Cát Lái", "Công ty Y - chi nhánh Đà Nẵng"): one or two
/// lowercase words of no list but the fields', units' and surnames' (no word of address,
/// role, rank, verb or link: "- ông Nguyễn Văn A", "- bác sĩ B"), then one to four
/// capitalised words, no person's name, then a mark.
pub(super) fn dashed_site_end(w: &Words<'_>, j: usize) -> Option<usize> {
    if !(j < w.len() && w.gap(j) == Gap::Dash && !w.joined_by(j, "-")) {
        return None;
    }
    let mut k = j;
    while k < w.len()
        && k - j < MAX_SITE_KIND_WORDS
        && (k == j || w.gap(k) == Gap::Space)
        && field_word(w, k)
    {
        k += 1;
    }
    if k == j || k >= w.len() || w.gap(k) != Gap::Space || w.words[k].case() != Case::Title {
        return None;
    }
    let r = w.run_end(k);
    (r - k <= MAX_SITE_NAME_WORDS
        && w.split_run(k, r, 2).is_none()
        && (k..r).all(|x| {
            w.tag(x)
                .is_none_or(|(_, y)| !(y.title || y.rank || y.honorific || y.country))
        })
        && ends_with_mark(w, r))
    .then_some(r)
}

/// Most lowercase words between a heading's capitalised first word and its plural.
const MAX_HEADING_VERB_WORDS: usize = 2;

/// Does a heading run together with the text open at the capitalised word `j`, inside what
/// would be a body's name: one or two lowercase words after it, then a plural word of the
/// lists ("những", "các") and a lowercase word ("… Viện Nghiên cứu và Phát triển Điều
/// chỉnh những yếu tố …")? A body's name says whom it unites with a plural right after its
/// head ("Hiệp hội các nhà bán lẻ") or its first word of a field ("Vụ Tín dụng các ngành
/// kinh tế"), not after a field of two words or more.
pub(super) fn heading_at(w: &Words<'_>, j: usize) -> bool {
    // (after a field's lowercase syllable, "Phát triển": right after a head a plural is the
    // name's, "Vụ Tín dụng các ngành kinh tế")
    if !(j > 0
        && j < w.len()
        && w.words[j].case() == Case::Title
        && w.tag(j).is_none()
        && w.words[j - 1].case() == Case::Lower
        && !w.tag_ends_before(j))
    {
        return false;
    }
    let lower =
        |k: usize| k < w.len() && w.gap(k) == Gap::Space && w.words[k].case() == Case::Lower;
    (1..=MAX_HEADING_VERB_WORDS).any(|n| {
        let p = j + 1 + n - 1 + 1;
        (j + 1..p).all(|k| lower(k) && w.tag(k).is_none())
            && lower(p)
            && w.tag(p).is_some_and(|(t, x)| x.plural && t.n == 1)
            && lower(p + 1)
    })
}

/// Most words of the verb that says what a body does, between its head and the plural
/// object ("bảo tồn").
const MAX_PURPOSE_WORDS: usize = 2;

/// Does the plural word `j` ("các", "những") open the object of what a body does, said in
/// lowercase right after its head ("tổ chức bảo tồn các thành phố lịch sử", "quỹ hỗ trợ
/// các doanh nghiệp nhỏ"; "tổ chức", a field that is also a verb, is a head written
/// lowercase)? One or two lowercase words no list holds (the verb) stand between the head
/// and it, spaces alone between: the body is described by its purpose,
/// and the object is its description's, as the members a body unites are its name's.
pub(super) fn purpose_object_at(w: &Words<'_>, j: usize) -> bool {
    (1..=MAX_PURPOSE_WORDS).any(|n| {
        j > n
            && (j - n..=j).all(|k| w.gap(k) == Gap::Space)
            && (j - n..j).all(|k| w.words[k].case() == Case::Lower && w.tag(k).is_none())
            && (w.org_head_before(j - n, false)
                || w.entry_before(j - n, |s, x| {
                    x.field_verb && w.words[s].case() == Case::Lower
                })
                .is_some())
    })
}

/// The holder's name after a field of a body's name written in lowercase at word `j`, past
/// a capitalised name that reads as whole ("Viện trưởng Viện Kinh tế nông nghiệp Nguyễn
/// Văn A cho biết", "Vụ trưởng Vụ Giáo dục đại học Trần Thị B:"): one field ([`field_end`]),
/// then a Vietnamese name of two words or more opening with its surname, then the end of
/// the clause: a mark, or a verb of the lists that links nothing ("… cho biết"; not "…
/// bổ nhiệm Nguyễn Văn A làm Giám đốc", an object). Its first word and end.
pub(super) fn field_then_name(w: &Words<'_>, j: usize) -> Option<(usize, usize)> {
    let e = field_end(w, j)?;
    if e >= w.len() || w.gap(e) != Gap::Space || w.words[e].case() == Case::Lower {
        return None;
    }
    let r = w.run_end(e);
    if w.split_run(e, r, 2) != Some(e) {
        return None;
    }
    let r = w.hyphen_end(e, r);
    let verb = || {
        w.gap(r) == Gap::Space
            && w.words[r].case() == Case::Lower
            && w.tag(r).is_some_and(|(_, x)| x.stop && !x.link && !x.join)
    };
    (mark_at(w, r) || verb()).then_some((e, r))
}

/// Is the lowercase word of the lists' verbs at word `j`, ending before word `next`, the
/// last noun of a field written in lowercase that the title's parent follows after a
/// comma ("Trưởng nhóm nghiên cứu trắc lượng thông tin, Trường Đại học X": "thông tin",
/// information, a verb of saying too, as often a noun)? After two lowercase words of a
/// field that no list's word but a field's or a surname's ends at (not "… Sở Y tế thông
/// tin, …", the body's verb after its capitalised name), a comma, then a parent
/// organisation ([`parent_org`]); never a reporting verb ("… Ban Đào tạo cho biết, ĐHQG
/// đã …").
pub(super) fn field_noun_before_parent(w: &Words<'_>, j: usize, next: usize) -> bool {
    j > 1
        && next < w.len()
        && w.words[j].case() == Case::Lower
        && w.gap(j) == Gap::Space
        && !w.tag(j).is_some_and(|(_, x)| x.reporting)
        && field_word(w, j - 1)
        && field_word(w, j - 2)
        && w.gap(j - 1) == Gap::Space
        && w.entry_before(j, |_, x| !(x.field || x.surname) || x.org.is_some())
            .is_none()
        && w.gap(next) == Gap::Comma
        && parent_org(w, next).is_some()
}

/// The end of a field written in lowercase at word `j` ([`field_end`]) that the title's
/// parent follows after a comma or a spaced dash ("Viện Quy hoạch Kiến trúc đô thị -
/// Trường ĐH Xây dựng", after a name that reads as whole).
pub(super) fn field_before_parent(w: &Words<'_>, j: usize) -> Option<usize> {
    let e = field_end(w, j)?;
    (e < w.len()
        && matches!(w.gap(e), Gap::Comma | Gap::Dash)
        && !w.joined_by(e, "-")
        && parent_org(w, e).is_some())
    .then_some(e)
}

/// The end of one field written in lowercase at word `k` ([`field_end`]), if any.
pub(super) fn lower_field_end(w: &Words<'_>, k: usize) -> Option<usize> {
    field_end(w, k)
}

/// Is the lowercase word `k` the second syllable of a word whose first, capitalised,
/// ends a run of a body's own name, the name ending right after it ("Bảo tàng Lịch sử Tự
/// nhiên ở London", "Khoa Nghiên cứu Chiến tranh thuộc Đại học X": each word of the name
/// has its first syllable capitalised)? Both Vietnamese syllables, the second of no list
/// and no time ("… Bạch Mai hôm qua"); then the clause's end ([`clause_ends_at`]: a mark,
/// a verb, "ở") or a preposition that ties a post to its body ("thuộc", "tại").
pub(super) fn second_syllable_at(w: &Words<'_>, k: usize) -> bool {
    let next = k + 1;
    k > 0
        && k < w.len()
        && w.gap(k) == Gap::Space
        && w.words[k].case() == Case::Lower
        && w.words[k - 1].case() == Case::Title
        && crate::normalize::has_syllable_shape(w.word(k - 1))
        && crate::normalize::has_syllable_shape(w.word(k))
        && w.tag(k).is_none()
        && !super::tail::time_word(w, k)
        && (clause_ends_at(w, next)
            || (w.gap(next) == Gap::Space
                && w.words[next].case() == Case::Lower
                && w.tag(next).is_some_and(|(_, x)| x.role_link)))
}

/// Is the name before "và" at word `j` written in sentence case, its first field
/// capitalised and its last words lowercase ("Phòng Quản lý thi và kiểm định chất lượng
/// cho biết", the thirty-fifth draw): the lowercase words after "và" are a last field of it
/// up to the clause's verb, as its capitalised first word opened a body's name. Two
/// lowercase words or more before "và": a field of two syllables written capitalised
/// ("Trưởng phòng Giáo dục và phụ huynh cho biết") may end the name, a common noun after.
fn sentence_case_before(w: &Words<'_>, j: usize) -> bool {
    let mut k = j - 1;
    while k > 0 && w.gap(k) == Gap::Space && field_word(w, k) {
        k -= 1;
    }
    // (the name's one capital opens it: the word before is lowercase or a body's head or a
    // role, "phòng Quản lý thi", not a proper name's last, "Công ty Hoàng Long nhập khẩu …")
    k > 0
        && k + 2 < j
        && w.gap(k) == Gap::Space
        && w.words[k].case() == Case::Title
        && (w.words[k - 1].case() == Case::Lower
            || w.entry_before(k, |_, x| x.org.is_some() || x.title)
                .is_some())
        && w.place_at(k).is_none()
        && w.tag(k)
            .is_none_or(|(t, x)| (x.field || x.plain_proper()) && k + t.n < j)
}

/// The end of the field a state or national body is named for, written in lowercase
/// after "về" from word `k` ("Cục Giám định Nhà nước về công trình xây dựng (Bộ Xây
/// dựng)"): one field of two words or more ([`field_end`]), then a mark that ends the
/// name ([`ends_with_mark`]: a comma, a stop, a bracket). The audit of session 30.
pub(super) fn state_field_end(w: &Words<'_>, k: usize) -> Option<usize> {
    field_end(w, k).filter(|&e| e >= k + 2 && ends_with_mark(w, e))
}
