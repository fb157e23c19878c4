//! The bracket after a title's organisation that qualifies it: its abbreviation, its
//! parent (after the verb of belonging or not), the group it is a member of, a gloss of
//! its name, a brand, or its place.

use super::super::titles::after_bracket;
use super::super::walk::unit_name;
use super::super::words::{Case, Gap, Words};
use super::countries::country_end;
use super::{abbreviation, parent_org};

/// A bracket at word `j` (its first word) that qualifies the organisation before it: its
/// abbreviation ("(ACV)": one word in capitals, or with the place the body serves: "(CDC
/// Quảng Nam)") or company ("(Vinamilk)"), its parent ("(Tập đoàn Sun Group)",
/// "(Bộ Y tế)": [`parent_org`] up to the bracket's end) or its place ("(thị xã Kỳ Anh, Hà
/// Tĩnh)": place mentions joined by commas). Returns the word after the bracket and the
/// byte after its `)`. The parent may follow the verb of belonging: "(thuộc Sở GTVT)".
pub(in super::super) fn qualifier_bracket(w: &Words<'_>, j: usize) -> Option<(usize, usize)> {
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

/// Most bodies in one bracket, each after a comma.
const MAX_BRACKET_PARENTS: usize = 3;

/// Do the words from `p` to `after` name a parent organisation ([`parent_org`]), then
/// the body that one belongs to in turn, its country or its place after each comma, up
/// the hierarchy: "(Trường ĐH Giáo dục, ĐHQG Hà Nội)", "(thuộc Cục Trồng trọt, Bộ
/// NN-PTNT)", "(thuộc Đại học Saarland, Đức)"; the last one's seat after it ([`seat_end`])?
fn parents_to(w: &Words<'_>, p: usize, after: usize) -> bool {
    let mut k = parent_org(w, p);
    for _ in 0..MAX_BRACKET_PARENTS {
        match k {
            Some(e) if e == after || seat_end(w, e) == Some(after) => return true,
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

/// The end of the seat of a body said in a bracket after its name, "tại" at word `e` then
/// a country or a place: "(Hiệp hội Doanh nghiệp châu Âu tại Việt Nam)", "(Phòng Thương
/// mại Hoa Kỳ tại TP.HCM)" (the expansion of an acronym such as "EuroCham", the body's
/// branch in the country where it serves).
fn seat_end(w: &Words<'_>, e: usize) -> Option<usize> {
    let k = e + 1;
    if !(k < w.len() && w.word(e) == "tại" && w.gap(e) == Gap::Space && w.gap(k) == Gap::Space) {
        return None;
    }
    country_end(w, k).or_else(|| w.place_at(k).filter(|q| q.from == k).map(|q| q.to))
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
