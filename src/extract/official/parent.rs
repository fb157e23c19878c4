//! What closes a title's organisation: a parent organisation after a comma, a dash or in
//! a bracket ([`bracket`]), a field its name goes on with ([`fields`]), a country
//! ([`countries`]) or the units above its place ([`units`]), the end of the clause.

use super::walk::unit_name;
use super::words::{Case, Gap, Words};

mod bracket;
mod countries;
mod fields;
mod holder;
mod units;
pub(super) use bracket::qualifier_bracket;
pub(super) use countries::{countries_dashed, countries_listed, country_before, country_end};
pub(super) use fields::{comma_field, dashed_field, field_goes_on, year_after};
pub(super) use units::{central_before, numbered_unit_before, province_end, units_spelt, units_up};

/// Most words of a parent organisation after a title, its head's included (a place
/// mention counts as one).
const MAX_PARENT_WORDS: usize = 9;

/// The end of a parent organisation said after a comma at word `j` ("…, Thanh tra Chính
/// phủ", "…, Bệnh viện Hữu Nghị Việt Đức", "…, Học viện Tài chính", "…, BHXH Việt Nam"): a
/// capitalised organisation head or abbreviation of one (or kind of institution with its
/// capitalised name: "…, BV Bạch Mai") and more words
/// without a role, a name or a link among them, then the end of the clause or a bracket.
///
/// The parent may be followed by its own parent after a dash with spaces, whose end is
/// then returned ("…, Trường ĐH Giáo dục - ĐH Quốc gia Hà Nội cho biết"); one such step.
///
/// The verb of belonging may open it, as in a bracket ([`belongs_to`]): "…, thuộc Đại học
/// Quốc gia Hà Nội", "…, trực thuộc Bộ Công an".
pub(super) fn parent_org(w: &Words<'_>, j: usize) -> Option<usize> {
    let k = parent_alone(w, belonging_end(w, j).unwrap_or(j))?;
    if k < w.len() && w.gap(k) == Gap::Dash && !w.joined_by(k, "-") && !parent_ends_at(w, k) {
        // (or its country: "(Tập đoàn X - Hàn Quốc)", [`holder::country_dashed`])
        return parent_alone(w, k)
            .filter(|&e| parent_ends_at(w, e))
            .or_else(|| holder::country_dashed(w, k));
    }
    Some(k)
}

/// [`parent_org`] without the parent of its own after a dash: its end, before a dash
/// there too.
fn parent_alone(w: &Words<'_>, j: usize) -> Option<usize> {
    let Some((t, info)) = w.tag(j) else {
        return company_named(w, j);
    };
    let mut k = j + t.n;
    // (a head written lowercase before its capitalised name is one too: "…, trường ĐH
    // Kinh tế quốc dân", "- công ty CP X", "…, viện Bỏng Quốc gia"; a street is no body:
    // "…, đường Nguyễn Trãi")
    let named_next = k < w.len() && w.gap(k) == Gap::Space && w.words[k].case() != Case::Lower;
    // (an abbreviation that names an organisation by itself is one: "…, BHXH Việt Nam")
    let initials = info.abbrev.as_ref().is_some_and(|(_, org)| *org);
    let head = info.org.is_some() || initials;
    // (a kind of institution of two words, lowercase, with its capitalised name: "…,
    // học viện Quân y", "…, đại học Quốc gia Hà Nội"; one word is a street's: "đường")
    let lower_kind = info.institution && t.n > 1;
    if (!head && !info.institution)
        || (w.words[j].case() == Case::Lower && !((info.org.is_some() || lower_kind) && named_next))
    {
        return None;
    }
    // A kind of institution that is no organisation head ("Học viện", "Đại học") is a
    // parent with its capitalised name ("…, Học viện Tài chính").
    if !head && !named_next {
        return None;
    }
    // A head that names nothing on its own ("Bộ", "Thanh tra") needs its name next, and
    // that name starts with a capital ("Bộ Y tế", not "Bộ xác định"), or is written in
    // lowercase and then names the place the body serves ("Cục quản lý thị trường
    // TP.HCM").
    let lower_name = info.org == Some(true)
        && !(k < w.len()
            && w.gap(k) == Gap::Space
            && (w.words[k].case() != Case::Lower
                || w.tag(k).is_some_and(|(_, x)| x.org.is_some())));
    if lower_name && !(k < w.len() && w.gap(k) == Gap::Space) {
        return None;
    }
    // "Đoàn luật sư Hà Nội", "Hội Nhà báo": a profession right after the head names the
    // body's members.
    if k < w.len() && w.gap(k) == Gap::Space && w.tag(k).is_some_and(|(_, x)| x.rank && !x.title) {
        k += w.tag(k).map_or(1, |(t, _)| t.n);
    }
    // a school or hospital named after a person keeps the name ("Trường THPT chuyên Phan
    // Bội Châu", "BV Bạch Mai")
    let named_after = info.institution || info.abbrev.is_some();
    let mut closes = false;
    let mut placed = false;
    let first = k;
    // (a capitalised word of the parent's own name was read: "Trường ĐH Xây dựng")
    let mut own_name = false;
    let mut words = k - j;
    // (a hyphen without spaces is inside a word: "Bộ GD-ĐT", "Bộ LĐ-TB&XH")
    while k < w.len()
        && words <= MAX_PARENT_WORDS
        && (w.gap(k) == Gap::Space || w.joined_by(k, "-"))
    {
        // a place mention counts as one word and ends the organisation ("Bệnh viện Đa
        // khoa tỉnh Cao Bằng")
        if let Some(p) = w.place_at(k)
            && p.from == k
        {
            k = p.to;
            words += 1;
            closes = w.words.get(k).is_none_or(|x| x.case() == Case::Lower);
            placed = true;
            break;
        }
        if let Some((t, x)) = w.tag(k) {
            // "và" joining two capitalised parts of the body's own name ("…, Sở Tài
            // nguyên và Môi trường", "…, Bộ Nông nghiệp và Phát triển nông thôn"), as in a
            // title's own organisation (not a second body, "… Sở Y tế và Sở Tài chính", nor
            // a role or a person); the joining word is no word of the name's length
            if x.join
                && w.words[k].case() == Case::Lower
                && w.words
                    .get(k + t.n)
                    .is_some_and(|n| n.case() == Case::Title)
                && w.gap(k + t.n) == Gap::Space
                && !w.tag(k + t.n).is_some_and(|(_, y)| {
                    y.org.is_some() || y.institution || y.title || y.rank || y.honorific
                })
            {
                k += t.n;
                continue;
            }
            // (the body it belongs to after "của": [`holder::owner_after`])
            if let Some(e) = holder::owner_after(w, k) {
                (k, closes, placed) = (e, true, true);
                break;
            }
            // a verb after the organisation ends the clause's subject ("… cho biết")
            if (x.stop || x.link) && !x.join && w.words[k].case() == Case::Lower {
                closes = true;
                break;
            }
            // a verb of the stops capitalised right after the head is the first word of
            // the body's field ("…, Bộ Thông tin & Truyền thông": "thông tin", to inform)
            if x.stop
                && !(x.title || x.rank || x.honorific || x.link || x.name_break)
                && w.words[k].case() == Case::Title
                && w.org_head_before(k, true)
            {
                k += t.n;
                words += t.n;
                continue;
            }
            // a role in lowercase after the parent's capitalised name opens the next
            // apposition, its comma left out ("…, Đại học KHXH&NV thành viên đoàn …")
            if x.title
                && !x.rank
                && w.words[k].case() == Case::Lower
                && k > first
                && w.words[k - 1].case() != Case::Lower
            {
                closes = true;
                break;
            }
            if x.title || x.rank || x.honorific || x.stop || x.link || x.name_break {
                return None;
            }
            // an abbreviation is read whole, its periods inside it ("…, Ban Tuyên giáo
            // T.Ư")
            if x.abbrev.is_some() && t.n > 1 {
                k += t.n;
                words += t.n;
                continue;
            }
        }
        if w.name_like(k) && w.split_run(k, w.run_end(k), 2).is_some() {
            if !named_after {
                let s = holder::holder_in_run(w, k, k > first)?;
                (words, k, closes) = (words + s - k, s, true);
                break;
            }
            if own_name && name_closing(w, k) {
                closes = true;
                break;
            }
            k = w.run_end(k);
            words += 1;
            continue;
        }
        own_name |= w.words[k].case() == Case::Title
            && w.tag(k)
                .is_none_or(|(_, x)| !x.institution && x.abbrev.is_none());
        k += 1;
        words += 1;
    }
    // (a dash before the parent's own parent ends it too: [`parent_org`])
    let dash = k < w.len() && w.gap(k) == Gap::Dash && !w.joined_by(k, "-");
    // (a name in lowercase is the body's when its own parent follows after the dash:
    // "…, Cục công nghệ tin học - Ngân hàng Nhà nước cho biết")
    (words <= MAX_PARENT_WORDS
        && (!lower_name || placed || (dash && capitalised_parent_closes(w, k)))
        && (closes || dash || parent_ends_at(w, k)))
    .then_some(k)
}

/// Does a parent organisation whose head's name opens capitalised ("Ngân hàng Nhà nước",
/// not "Cục quản lý") open at word `k`, after a dash, and close the clause
/// ([`parent_ends_at`])? (Such a parent reads no further parent of a lowercase name.)
fn capitalised_parent_closes(w: &Words<'_>, k: usize) -> bool {
    let named = w.tag(k).is_some_and(|(t, x)| {
        x.org.is_some()
            && w.words[k].case() != Case::Lower
            && (x.org == Some(false)
                || w.words
                    .get(k + t.n)
                    .is_some_and(|n| n.case() != Case::Lower))
    });
    named && parent_alone(w, k).is_some_and(|e| parent_ends_at(w, e))
}

/// Is the capitalised run at word `k`, after a parent's own name, a person's full name
/// that closes the clause ("…, Viện X - Trường ĐH Xây dựng Nguyễn Văn A, cho rằng"): a
/// Vietnamese name opening with its surname, then the clause's end? The title stands
/// before its holder's name; a school named after a person has no own name before it
/// ("Trường THPT chuyên Lê Hồng Phong").
pub(super) fn name_closing(w: &Words<'_>, k: usize) -> bool {
    let r = w.run_end(k);
    w.split_run(k, r, 2) == Some(k) && clause_ends_at(w, w.hyphen_end(k, r))
}

/// Does a parent organisation end before word `k`: the clause's end ([`clause_ends_at`]),
/// a bracket opening, or a dash that closes the apposition, the clause's verb after it
/// ("ông A - Phó Cục trưởng Cục X, Bộ Công Thương - khẳng định")?
pub(super) fn parent_ends_at(w: &Words<'_>, k: usize) -> bool {
    clause_ends_at(w, k)
        || w.gap(k) == Gap::Open
        || (w.gap(k) == Gap::Dash && w.words[k].case() == Case::Lower)
}

/// Fewest letters of a body's initials that no list holds, said as a parent ("ĐHGTVT",
/// "CMC"; two are a department's more often: "PR", "HR").
const MIN_INITIALS: usize = 3;

/// Most words of a company's own name said as a parent ("CMC TS").
const MAX_COMPANY_WORDS: usize = 3;

/// The end of a parent said by its own name alone at the untagged word `j`, after a comma
/// or a dash: initials no list holds ("…, ĐHGTVT", "…, CMC TS") or a brand's name that no
/// Vietnamese syllable spells ("PGĐ - ViettelPay Hà Nội"), more capitals after it, then
/// the place its branch serves, if any, and the end of the clause. Without that place, not a
/// foreign person's name ("…, John Smith", "…, Wenger").
fn company_named(w: &Words<'_>, j: usize) -> Option<usize> {
    let initials = |k: usize| {
        let s = w.word(k);
        abbreviation(s) && s.chars().filter(|c| c.is_alphabetic()).count() >= MIN_INITIALS
    };
    // (mixed case too: "NashTech", "ViettelPay")
    let brand = |k: usize| {
        matches!(w.words[k].case(), Case::Title | Case::Other)
            && w.word(k).chars().next().is_some_and(char::is_uppercase)
            && !crate::normalize::has_syllable_shape(w.word(k))
    };
    if j >= w.len() || w.tag(j).is_some() || w.place_at(j).is_some() || !(initials(j) || brand(j)) {
        return None;
    }
    let mut k = j + 1;
    while k < w.len()
        && k - j < MAX_COMPANY_WORDS
        && w.gap(k) == Gap::Space
        && w.place_at(k).is_none()
        && (w.words[k].case() == Case::Upper || (w.tag(k).is_none() && brand(k)))
    {
        k += 1;
    }
    // (a place the places leave to a name, "Hà Nội" after a brand, is the gazetteer's;
    // a country: "NashTech Việt Nam")
    if k < w.len()
        && w.gap(k) == Gap::Space
        && let Some(p) = w
            .place_from(k)
            .map(|p| p.to)
            .or_else(|| {
                let r = w.run_end(k);
                (r > k && unit_name(w, k, r)).then_some(r)
            })
            .or_else(|| country_end(w, k))
    {
        k = p;
        // ("- NashTech Việt Nam cũng …": a lowercase word after the place closes it)
        if k < w.len() && w.gap(k) == Gap::Space && w.words[k].case() == Case::Lower {
            return Some(k);
        }
    } else if w.foreign_name_at(j, 2).is_some() {
        return None;
    }
    // (a brand's one word alone is a foreign name as often, "Chủ tịch FIFA, Infantino
    // khẳng định", unless a capital inside it joins two words: "VinFast")
    let camel = |s: &str| s.chars().skip(1).any(char::is_uppercase);
    (parent_ends_at(w, k) && (k > j + 1 || initials(j) || camel(w.word(j)))).then_some(k)
}

/// The legal form an equitized state corporation's name ends with, abbreviated after a dash
/// at word `j`: "CTCP" (công ty cổ phần, joint-stock company: "Tổng công ty Hàng không Việt
/// Nam - CTCP", "Tổng công ty Khí Việt Nam- CTCP (PV Gas)"), part of the name, so of the
/// title; the word after it, when the clause ends there or a bracket opens. (Spelled out,
/// "- Công ty cổ phần" is a company head [`parent_org`] reads.)
pub(super) fn joint_stock_suffix(w: &Words<'_>, j: usize) -> Option<usize> {
    let k = j + 1;
    (j < w.len()
        && w.gap(j) == Gap::Dash
        && w.word(j) == "CTCP"
        && (clause_ends_at(w, k) || w.gap(k) == Gap::Open))
        .then_some(k)
}

/// Is there the end of the text before word `k`, or a mark that closes a phrase: a comma,
/// a stop, a closing bracket, a colon, a semicolon or a line break?
pub(super) fn mark_at(w: &Words<'_>, k: usize) -> bool {
    k >= w.len()
        || matches!(
            w.gap(k),
            Gap::Comma | Gap::Stop | Gap::Close | Gap::Colon | Gap::Semicolon | Gap::Break
        )
}

/// Does a clause's subject end before word `k`: the end of the text, a comma, a stop, a
/// colon (the speaker before a quoted answer: "…, Bệnh viện Bạch Mai: Đây là …"), a
/// closing bracket, a semicolon or a line break before it, or a verb at it ("… cho
/// biết")?
pub(super) fn clause_ends_at(w: &Words<'_>, k: usize) -> bool {
    mark_at(w, k)
        || (w.gap(k) == Gap::Space
            && w.words[k].case() == Case::Lower
            && w.tag(k).is_some_and(|(_, x)| (x.stop || x.link) && !x.join))
}

/// Is `s` one abbreviation written with marks or digits inside ("KH&CN", "LĐ-TB&XH",
/// "PC45"): no space, two capital letters or more and no lowercase one, only digits and
/// "&", "-", ".", "/" besides?
fn abbreviation(s: &str) -> bool {
    let ok = |c: char| {
        c.is_ascii_digit()
            || matches!(c, '&' | '-' | '.' | '/')
            || (c.is_alphabetic() && !c.is_lowercase())
    };
    s.chars().filter(|c| c.is_alphabetic()).nth(1).is_some() && s.chars().all(ok)
}

/// The word after the verb of belonging at word `j`, lowercase, "thuộc" or "trực thuộc",
/// a capitalised word after it.
fn belonging_end(w: &Words<'_>, j: usize) -> Option<usize> {
    if j + 1 >= w.len() {
        return None;
    }
    let n = match w.word(j) {
        "thuộc" => 1,
        "trực" if w.word(j + 1) == "thuộc" && w.gap(j + 1) == Gap::Space => 2,
        _ => return None,
    };
    let k = j + n;
    (k < w.len() && w.gap(k) == Gap::Space && w.words[k].case() != Case::Lower).then_some(k)
}
