//! Names said in an address without their unit word: "sống tại Hai Bà Trưng, Hà Nội", "ở
//! Lệ Giang, Trung Quốc". A run of capitalised words after a word of place ("tại", "ở",
//! "trú", "quê", "thuộc") or after an opening bracket closed right after the province ("(Bắc
//! Từ Liêm, Hà Nội)"), and before ", " and a place found already is a place inside it:
//! - before a province, a district of that province when the gazetteer has one of that name
//!   in it (the province is the evidence, so the name needs no unit word and may open with a
//!   family name: "tại Hoàng Mai, Hà Nội"); communes and wards are left out: in an address
//!   like this they are more often streets named after people;
//! - before a country, a place of that country (kind foreign, unit "thành phố": a city is
//!   the commonest there), unless a word of the run is an acronym ("tại ĐH Saint
//!   Petersburg, Nga" names a university).
//!
//! A capital before its country is a place of it: "thủ đô Baghdad của Iraq", "thủ đô
//! Kabul, Afghanistan".
//!
//! A province in brackets after a whole run of capitalised words ties it the same way, with
//! no word of place before it: "Sa Pa (Lào Cai), Lý Sơn (Quảng Ngãi)" name a district of
//! that province, or a commune unless the name opens with a family name, when the
//! gazetteer has one of that name in it (a country in
//! brackets does not: "hãng Toyota (Nhật Bản)" is a company's home); the run may follow
//! a word that opens a sentence ("Tại Lý Sơn (Quảng Ngãi)"), never a blocker of bare names
//! ("Công ty Sa Pa (Lào Cai)").

use super::lexicon::Lex;
use super::read::{blocked, clause_before};
use super::words::{is_acronym, opens_sentence, starts_upper};
use super::{Found, Mention, PlaceKind, Whats};
use crate::extract::gazetteer::{Level, gazetteer};
use crate::span::Span;

/// Words of place before an address ("sống tại", "trú ở", "quê", "thuộc").
const CUES: [&str; 5] = ["tại", "ở", "trú", "quê", "thuộc"];

/// Most words of a name in an address.
const MAX_WORDS: usize = 4;

/// The places named in addresses before the provinces and countries of `found` (in order,
/// disjoint), merged into `found` in order.
///
/// # Time complexity
///
/// Linear in the number of mentions: a bounded look back from each, and one gazetteer
/// look-up.
pub(super) fn add_address_names(
    text: &str,
    lex: &Lex,
    found: &mut Vec<Mention>,
    whats: &mut Whats,
) {
    let g = gazetteer();
    let mut new = Vec::new();
    for (i, m) in found.iter().enumerate() {
        let f = whats.of(m);
        let country = f.kind == PlaceKind::Country;
        if f.kind != PlaceKind::Admin && !country {
            continue;
        }
        let before = text.get(..m.span().start).unwrap_or_default();
        let mut bracket = false;
        let run = if let Some(head) = before.strip_suffix(", ") {
            // "(Vị Thủy, Hậu Giang)": an opening bracket is a cue before a province
            let bracketed = !country && text[m.span().end..].starts_with(')');
            cued_run(head, false, bracketed).map(|s| (head, s))
        } else if let Some(head) = before.strip_suffix(" của ").filter(|_| country) {
            // "thủ đô Baghdad của Iraq"
            cued_run(head, true, false).map(|s| (head, s))
        } else if let Some(head) = before
            .strip_suffix(" (")
            .filter(|_| !country && text[m.span().end..].starts_with(')'))
        {
            bracket = true;
            bracketed_run(text, lex, head).map(|s| (head, s))
        } else {
            None
        };
        let Some((head, start)) = run else {
            continue;
        };
        // not a mention found already (the run would overlap the one before)
        if i > 0 && found[i - 1].span().end > start {
            continue;
        }
        let name = &head[start..];
        let span = Span::new(start, head.len());
        // a commune in brackets, unless the name opens with a family name (a person's)
        let communes = bracket
            && !lex
                .surnames
                .contains(name.split(' ').next().unwrap_or(name));
        if country {
            // Vietnam's own places come from the gazetteer
            if f.country == Some("VN") || name.split(' ').any(is_acronym) {
                continue;
            }
            // a city, the commonest in such addresses (the name alone does not say)
            let mut city = Found::name_only(span, "thành phố", PlaceKind::Foreign, Vec::new());
            city.what.country = f.country;
            new.push(city);
            continue;
        }
        let provinces: Vec<_> = f
            .cands
            .iter()
            .copied()
            .filter(|&c| {
                g.unit(c)
                    .is_some_and(|u| u.unit_type.level() == Level::Province)
            })
            .collect();
        let cands: Vec<_> = g
            .lookup(name)
            .iter()
            .copied()
            .filter(|&c| {
                // a district: a commune or ward named so is more often a street ("tại
                // Nguyễn Trãi, Hà Nội"), though not in brackets
                g.unit(c).is_some_and(|u| {
                    u.unit_type.level() == Level::District
                        || (communes && u.unit_type.level() == Level::Commune)
                }) && provinces.iter().any(|&p| g.is_ancestor(p, c))
            })
            .collect();
        let Some(unit) = cands.first().and_then(|&c| g.unit(c)) else {
            continue;
        };
        new.push(Found::name_only(
            span,
            unit.unit_type.word(),
            PlaceKind::Admin,
            cands,
        ));
    }
    if !new.is_empty() {
        let new = new.into_iter().map(|f| whats.add(f)).collect();
        super::later::merge(found, new);
    }
}

/// Where the run of at most [`MAX_WORDS`] capitalised words that ends `head` starts, when a
/// word of place ([`CUES`]) or "thủ đô" stands right before it (only "thủ đô" with
/// `capital_only`), or, with `bracket`, an opening bracket right before its first word
/// ("(Bắc Từ Liêm, Hà Nội)").
fn cued_run(head: &str, capital_only: bool, bracket: bool) -> Option<usize> {
    let mut start = head.len();
    let mut words = 0;
    let mut at = head.len();
    while words <= MAX_WORDS {
        let w = last_word(&head[..at])?;
        let w_start = at - w.len();
        // "Zapopan, Jalisco, Mexico": one part of a longer address is not taken
        if w.contains(',') {
            return None;
        }
        if bracket
            && let Some(first) = w.strip_prefix('(')
            && starts_upper(first)
            && words < MAX_WORDS
        {
            return Some(w_start + 1);
        }
        if !starts_upper(w) {
            let capital = w == "đô" && head[..w_start].ends_with("thủ ");
            let cued = capital || (!capital_only && CUES.contains(&w));
            return (cued && (1..=MAX_WORDS).contains(&words)).then_some(start);
        }
        words += 1;
        start = w_start;
        if !head[..w_start].ends_with(' ') {
            return None;
        }
        at = w_start - 1;
    }
    None
}

/// Where the whole run of at most [`MAX_WORDS`] capitalised words that ends `head` starts
/// (before a province in brackets): after a lowercase word, a mark or the text's start, or
/// after a word that opens a sentence; `None` after a blocker of bare names in the clause
/// or after a dash (the run is the second of a pair of names).
fn bracketed_run(text: &str, lex: &Lex, head: &str) -> Option<usize> {
    let mut start = head.len();
    let mut words = 0;
    loop {
        // the words are joined by one space; anything else before one bounds the run
        let at = match words {
            0 => start,
            _ => match head[..start].strip_suffix(' ') {
                Some(h) => h.len(),
                None => break,
            },
        };
        let w = last_word(&head[..at]).filter(|w| starts_upper(w) && !w.ends_with(is_mark));
        match w {
            Some(w) if words < MAX_WORDS => {
                words += 1;
                start = at - w.len();
            }
            Some(_) => return None,
            None => break,
        }
    }
    // "Cát Linh - Hà Đông (Hà Nội)", "Hiền Lương - Bến Hải": the second of a pair of names
    if words == 0 || head[..start].ends_with(" - ") || head[..start].ends_with(" – ") {
        return None;
    }
    // "Tại Lý Sơn (Quảng Ngãi)": a sentence's opening word is no part of the name
    let first = head[start..].split(' ').next().unwrap_or_default();
    if words > 1 && lex.openers.contains(first) && opens_sentence(text, start) {
        start += first.len() + 1;
    }
    (!blocked(clause_before(text, start), lex, false)).then_some(start)
}

/// A mark that ends a word before a name ("Ninh),", "nói:").
fn is_mark(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | ')' | '(' | '"' | '“' | '”' | '.')
}

/// The last space-separated word of `s` (none when `s` ends with a space or is empty).
fn last_word(s: &str) -> Option<&str> {
    let w = s.rsplit(' ').next()?;
    (!w.is_empty()).then_some(w)
}
