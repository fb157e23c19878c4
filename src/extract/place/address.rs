//! Names said in an address without their unit word: "sống tại Hai Bà Trưng, Hà Nội", "ở
//! Lệ Giang, Trung Quốc". A run of capitalised words after a word of place ("tại", "ở",
//! "trú", "quê", "thuộc") and before ", " and a place found already is a place inside it:
//! - before a province, a district of that province when the gazetteer has one of that name
//!   in it (the province is the evidence, so the name needs no unit word and may open with a
//!   family name: "tại Hoàng Mai, Hà Nội"); communes and wards are left out: in an address
//!   like this they are more often streets named after people;
//! - before a country, a place of that country (kind foreign, unit "thành phố": a city is
//!   the commonest there), unless a word of the run is an acronym ("tại ĐH Saint
//!   Petersburg, Nga" names a university).

use super::words::{is_acronym, starts_upper};
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
pub(super) fn add_address_names(text: &str, found: &mut Vec<Mention>, whats: &mut Whats) {
    let g = gazetteer();
    let mut new = Vec::new();
    for (i, m) in found.iter().enumerate() {
        let f = whats.of(m);
        let country = f.kind == PlaceKind::Country;
        if f.kind != PlaceKind::Admin && !country {
            continue;
        }
        let Some(head) = text.get(..m.span.start).and_then(|h| h.strip_suffix(", ")) else {
            continue;
        };
        let Some(start) = cued_run(head) else {
            continue;
        };
        // not a mention found already (the run would overlap the one before)
        if i > 0 && found[i - 1].span.end > start {
            continue;
        }
        let name = &head[start..];
        let span = Span::new(start, head.len());
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
                // Nguyễn Trãi, Hà Nội")
                g.unit(c)
                    .is_some_and(|u| u.unit_type.level() == Level::District)
                    && provinces.iter().any(|&p| g.is_ancestor(p, c))
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
/// word of place ([`CUES`]) stands right before it.
fn cued_run(head: &str) -> Option<usize> {
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
        if !starts_upper(w) {
            return (CUES.contains(&w) && (1..=MAX_WORDS).contains(&words)).then_some(start);
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

/// The last space-separated word of `s` (none when `s` ends with a space or is empty).
fn last_word(s: &str) -> Option<&str> {
    let w = s.rsplit(' ').next()?;
    (!w.is_empty()).then_some(w)
}
