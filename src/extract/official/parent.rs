//! What closes a title's organisation: a parent organisation after a comma, a dash or in
//! a bracket, a field joined by a dash, a country, the end of the clause.

use super::field::{held_at, owned_by};
use super::titles::after_bracket;
use super::walk::unit_name;
use super::words::{Case, Gap, Words};
use crate::text::chars::to_lowercase;

mod holder;

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

/// Most words of the field before a dash that a field of one capitalised word joins.
const DASHED_FIELD_WORDS: usize = 4;

/// Is word `j`, after a dash, a field of an organisation's own name joined to the
/// field before it, which opens capitalised ("Văn - Sử - Địa", "Kế toán - Kiểm toán"; a
/// department's "Thăm dò chức năng - Nội soi")? One
/// capitalised word, no place's, no role, rank, word of address or sentence opener, then a lowercase
/// word of its own field, another dash or the clause's end.
pub(super) fn dashed_field(w: &Words<'_>, j: usize) -> bool {
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
        && !w.tag(j).is_some_and(|(_, x)| {
            x.title || x.rank || x.honorific || x.name_break || x.modifier || x.stop || x.link
        })
        && (j + 1 >= w.len()
            || match w.gap(j + 1) {
                Gap::Space => w.words[j + 1].case() == Case::Lower,
                _ => true,
            })
}

/// The word after a country named at word `j`, capitalised: a country of the officials'
/// lists (not a region: "Tây Nguyên"), a place mention of its own or not ("Anh", which the
/// places leave out for being a word of address too).
pub(super) fn country_end(w: &Words<'_>, j: usize) -> Option<usize> {
    if w.place_at(j).is_some_and(|p| p.from != j || !p.abroad) {
        return None;
    }
    let (t, info) = w.tag(j)?;
    (info.country && w.words[j].case() != Case::Lower).then_some(j + t.n)
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

/// A bracket at word `j` (its first word) that qualifies the organisation before it: its
/// abbreviation ("(ACV)": one word in capitals, or with the place the body serves: "(CDC
/// Quảng Nam)") or company ("(Vinamilk)"), its parent ("(Tập đoàn Sun Group)",
/// "(Bộ Y tế)": [`parent_org`] up to the bracket's end) or its place ("(thị xã Kỳ Anh, Hà
/// Tĩnh)": place mentions joined by commas). Returns the word after the bracket and the
/// byte after its `)`. The parent may follow the verb of belonging: "(thuộc Sở GTVT)".
pub(super) fn qualifier_bracket(w: &Words<'_>, j: usize) -> Option<(usize, usize)> {
    let after = after_bracket(w, j)?;
    let last = w.words[after - 1].end();
    let close = last + w.text.get(last..)?.find(')')? + 1;
    // (one word: an abbreviation in capitals, or a company's name that no Vietnamese
    // syllable spells: "(Vinamilk)", "(Samsung)")
    let one = after == j + 1
        && (w.words[j].case() == Case::Upper
            || (w.words[j].case() == Case::Title
                && !crate::normalize::has_syllable_shape(w.word(j))));
    if one
        || abbreviation(&w.text[w.words[j].start()..last])
        || parents_to(w, j, after)
        || belongs_to(w, j, after)
        || member_of(w, j, after)
        || gloss(w, j, after)
        || brand_run(w, j, after, 2)
    {
        return Some((after, close));
    }
    // (place mentions joined by commas, or an abbreviation with the place its body
    // serves: "(CDC Quảng Nam)")
    let places = |mut k: usize| {
        while k < after {
            let Some(p) = w.place_at(k).filter(|p| p.from == k && p.to <= after) else {
                return false;
            };
            k = p.to;
            if k < after && w.gap(k) != Gap::Comma {
                return false;
            }
        }
        true
    };
    // (or a unit's name the gazetteer knows, which the places leave for its case: "(Hà
    // nội)")
    (places(j)
        || (w.words[j].case() == Case::Upper && w.gap(j + 1) == Gap::Space && places(j + 1))
        || (w.words[j].case() == Case::Title && unit_name(w, j, after)))
    .then_some((after, close))
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

/// Does the bracket from word `j` to word `after` name the organisation's parent after the
/// verb of belonging, "thuộc" or "trực thuộc": "(thuộc Sở Xây dựng)", "(trực thuộc Bộ Tài
/// chính)"? What a place belongs to is no parent ("(thuộc địa bàn huyện)").
fn belongs_to(w: &Words<'_>, j: usize, after: usize) -> bool {
    let verb = |k: usize| k < after && w.word(k).eq_ignore_ascii_case("thuộc");
    let p = if verb(j) {
        j + 1
    } else if w.word(j).eq_ignore_ascii_case("trực") && w.gap(j + 1) == Gap::Space && verb(j + 1)
    {
        j + 2
    } else {
        return false;
    };
    p < after && w.gap(p) == Gap::Space && parents_to(w, p, after)
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

/// Most bodies in one bracket, each after a comma.
const MAX_BRACKET_PARENTS: usize = 3;

/// Do the words from `p` to `after` name a parent organisation ([`parent_org`]), then
/// the body that one belongs to in turn, its country or its place after each comma, up
/// the hierarchy: "(Trường ĐH Giáo dục, ĐHQG Hà Nội)", "(thuộc Cục Trồng trọt, Bộ
/// NN-PTNT)", "(thuộc Đại học Saarland, Đức)"?
fn parents_to(w: &Words<'_>, p: usize, after: usize) -> bool {
    let mut k = parent_org(w, p);
    for _ in 0..MAX_BRACKET_PARENTS {
        match k {
            Some(e) if e == after => return true,
            Some(e) if e < after && w.gap(e) == Gap::Comma => {
                k = parent_org(w, e)
                    .or_else(|| country_end(w, e))
                    .or_else(|| w.place_at(e).filter(|q| q.from == e).map(|q| q.to));
            }
            _ => return false,
        }
    }
    false
}

/// Does the bracket from word `j` to word `after` say the group the company before it is a
/// member of: "thành viên" (of it, "của" or not), then that group's name, an organisation
/// ([`parents_to`]) or a brand ([`brand_run`]): "(thành viên Tập đoàn X)", "(Thành viên
/// Sun Group)"? A member said bare is a board member's seat ("(thành viên độc lập)").
fn member_of(w: &Words<'_>, j: usize, after: usize) -> bool {
    if !(j + 2 < after
        && w.word(j).eq_ignore_ascii_case("thành")
        && w.word(j + 1) == "viên"
        && w.gap(j + 1) == Gap::Space)
    {
        return false;
    }
    let p = if w.word(j + 2) == "của" {
        j + 3
    } else {
        j + 2
    };
    p < after && w.gap(p) == Gap::Space && (parents_to(w, p, after) || brand_run(w, p, after, 1))
}

/// Does the bracket from word `j` to word `after` translate the name before it, "tạm
/// dịch" (roughly) then the name in Vietnamese: "(tạm dịch: Bộ Sáng kiến Quốc gia)"?
fn gloss(w: &Words<'_>, j: usize, after: usize) -> bool {
    j + 2 < after && w.word(j).eq_ignore_ascii_case("tạm") && w.word(j + 1) == "dịch"
}

/// Most words of a brand's name in a bracket ("Saigon Co.op").
const MAX_BRAND_WORDS: usize = 4;

/// Are the words `j..after` a company's or group's own name, such as no Vietnamese name
/// or place is: `least` to [`MAX_BRAND_WORDS`] words written with spaces between, each
/// capitalised ("Saigon Co.op", "PV GAS", "Sun Group"), of letters, digits and the marks
/// of brands only (no credit, "(Ảnh: Lệ Thu)"), no place's nor a foreign person's name
/// ("(Jack Ma)"), and one of them no Vietnamese syllable?
fn brand_run(w: &Words<'_>, j: usize, after: usize, least: usize) -> bool {
    let Some(text) = w.text.get(w.words[j].start()..w.words[after - 1].end()) else {
        return false;
    };
    let n = text.split(' ').count();
    (least..=MAX_BRAND_WORDS).contains(&n)
        && text.split(' ').all(|x| {
            x.chars().next().is_some_and(char::is_uppercase)
                && x.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '&' | '-'))
        })
        && text
            .split(' ')
            .any(|x| !crate::normalize::has_syllable_shape(x))
        && (j..after).all(|k| w.place_at(k).is_none())
        && w.foreign_name_at(j, 2) != Some(after)
}

/// Does "về" at word `j` go on with the field a national or central body is named for:
/// "Ban Chỉ đạo Nhà nước về Du lịch", "Ủy ban Quốc gia về Người cao tuổi", "Ban Chỉ đạo
/// Trung ương về PCTT"? Right after the body's scope, a qualifier of the lists ("quốc
/// gia") or a body that names itself whole ("Nhà nước", "Trung ương"), and before a
/// capitalised field: no place (the verb of return, "về Hà Nội"), no role, rank, word of
/// address or sentence opener, and no person's name. The word after "về".
pub(super) fn field_about(w: &Words<'_>, j: usize) -> Option<usize> {
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
        && let Some(e) = super::lower_fields::lower_field_end(w, next)
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
        && let Some(e) = super::lower_fields::state_field_end(w, next)
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
pub(super) fn field_goes_on(w: &Words<'_>, j: usize, first: bool, org_seen: bool) -> Option<usize> {
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
pub(super) fn year_after(w: &Words<'_>, k: usize) -> Option<usize> {
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
pub(super) fn comma_field(w: &Words<'_>, j: usize) -> Option<usize> {
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

/// The units of the gazetteer that `name` names, by their name or by another spelling
/// of it (`place_aliases.txt`: "TPHCM", the unit word run into the city's initials).
pub(super) fn units_spelt(name: &str) -> &'static [crate::extract::gazetteer::UnitId] {
    let g = crate::extract::gazetteer::gazetteer();
    crate::extract::place::alias_key(name).map_or_else(|| g.lookup(name), |key| g.lookup_key(key))
}

/// The word after a province or centrally-run city said bare at word `j`, its unit word
/// left ("Hà Nội", "Đà Nẵng"): a place mention opening there whose words the gazetteer
/// names a unit of the province level ([`units_spelt`]: "TPHCM" too).
pub(super) fn province_end(w: &Words<'_>, j: usize) -> Option<usize> {
    let p = w.place_from(j)?;
    let name = w.text.get(w.words[j].start()..w.words[p.to - 1].end())?;
    let g = crate::extract::gazetteer::gazetteer();
    units_spelt(name)
        .iter()
        .any(|&id| {
            g.unit(id)
                .is_some_and(|u| u.unit_type.level() == crate::extract::gazetteer::Level::Province)
        })
        .then_some(p.to)
}

/// Do a unit word and its number end right before word `j` ("phường 11", "quận 3"): a
/// unit named by its number, as a place name names one.
pub(super) fn numbered_unit_before(w: &Words<'_>, j: usize) -> bool {
    j >= 2
        && w.word(j - 1).bytes().all(|b| b.is_ascii_digit())
        && w.gap(j - 1) == Gap::Space
        && w.tag(j - 2).is_some_and(|(t, x)| x.unit && t.n == 1)
}

/// Does the Central Committee, "Trung ương" or its abbreviation ("T.Ư", "TW"), end right
/// before word `j`?
pub(super) fn central_before(w: &Words<'_>, j: usize) -> bool {
    let spelt = j >= 2 && to_lowercase(w.word(j - 2)) == "trung" && w.word(j - 1) == "ương";
    spelt
        || (1..=2).any(|b| {
            j >= b
                && w.tag(j - b).is_some_and(|(t, x)| {
                    t.n == b && x.abbrev.as_ref().is_some_and(|(e, _)| e == "Trung ương")
                })
        })
}

/// Most units said up the hierarchy after the place a title's parent ends with.
const MAX_UNITS_UP: usize = 2;

/// The end of the units above the place that ends before word `k`, each after a comma,
/// its unit word said and a unit of another level than the one before ("…, UBND thị
/// trấn A, huyện B, tỉnh C": the commune's district and province), each closing the
/// clause, opening a bracket or closing an apposition a dash set off ("… tỉnh C - cho
/// biết": [`parent_ends_at`]); `k` itself when there is none. Not a list of units of one
/// level ("…, UBND xã A, xã B"), nor a place that the clause goes on after ("…, tỉnh C
/// đã …").
pub(super) fn units_up(w: &Words<'_>, mut k: usize) -> usize {
    let Some(mut last) = w.place_at(k.wrapping_sub(1)).filter(|p| p.to == k) else {
        return k;
    };
    for _ in 0..MAX_UNITS_UP {
        let Some(p) = w
            .place_at(k)
            .filter(|p| k < w.len() && p.from == k && w.gap(k) == Gap::Comma)
        else {
            break;
        };
        let unit = |s: usize| w.tag(s).filter(|(_, x)| x.unit).map(|(t, _)| t.n);
        let (Some(n), Some(before)) = (unit(p.from), unit(last.from)) else {
            break;
        };
        let word = |s: usize, n: usize| {
            w.text
                .get(w.words[s].start()..w.words[s + n - 1].end())
                .map(to_lowercase)
        };
        if word(p.from, n) == word(last.from, before) || !parent_ends_at(w, p.to) {
            break;
        }
        (k, last) = (p.to, p);
    }
    k
}

/// Do two countries meet at the dash before word `j`, the one before it ending there
/// and the one after it closing the clause, a bracket or going on lowercase ("hữu nghị
/// Việt Nam - Romania", "Phòng Thương mại Việt Nam - Hoa Kỳ tại …"): a body of the two,
/// one name? Not a person's name after the dash ("… Việt Nam - Nguyễn Văn A").
pub(super) fn countries_dashed(w: &Words<'_>, j: usize) -> bool {
    country_before(w, j).is_some()
        && !w.joined_by(j, "-")
        && country_end(w, j).is_some_and(|k| {
            w.place_at(j).is_none_or(|p| p.to == k)
                && (k >= w.len() || w.gap(k) != Gap::Space || w.words[k].case() == Case::Lower)
        })
}

/// The first word of a capitalised country that ends right before word `j`.
pub(super) fn country_before(w: &Words<'_>, j: usize) -> Option<usize> {
    w.entry_before(j, |s, x| {
        x.country && w.words[s].case() != Case::Lower && w.place_at(s).is_none_or(|p| p.to == j)
    })
}

/// Most countries listed after the first one a title's body serves.
const MAX_LISTED_COUNTRIES: usize = 4;

/// The end of the countries listed after a country that ends before word `k`, joined by
/// commas and a last "và", closing the clause: the countries one office of a company
/// serves ("Tổng giám đốc X Việt Nam, Lào và Campuchia", "… tại Việt Nam, Lào và
/// Campuchia"). Without the last "và" and its country, or with the clause going on after
/// it, no list of the title's: `None`.
pub(super) fn countries_listed(w: &Words<'_>, mut k: usize) -> Option<usize> {
    for _ in 0..MAX_LISTED_COUNTRIES {
        if k >= w.len() {
            return None;
        }
        match w.gap(k) {
            Gap::Comma => k = country_end(w, k)?,
            Gap::Space
                if w.words[k].case() == Case::Lower
                    && w.tag(k).is_some_and(|(t, x)| x.join && t.n == 1)
                    && w.gap(k + 1) == Gap::Space =>
            {
                let e = country_end(w, k + 1)?;
                return (clause_ends_at(w, e) || w.gap(e) == Gap::Open).then_some(e);
            }
            _ => return None,
        }
    }
    None
}
