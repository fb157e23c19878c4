//! Names said in an address without their unit word: "sống tại Hai Bà Trưng, Hà Nội". A
//! run of capitalised words after a word of place ("tại", "ở", "trú", "quê", "thuộc") and
//! before ", " and a province found already is a district of that province when the
//! gazetteer has one of that name in it: the province is the evidence, so the name needs no
//! unit word and may open with a family name ("tại Hoàng Mai, Hà Nội"). Communes and wards
//! are left out: in an address like this they are more often streets named after people.

use super::words::starts_upper;
use super::{Found, PlaceKind};
use crate::extract::gazetteer::{Level, gazetteer};
use crate::span::Span;

/// Words of place before an address ("sống tại", "trú ở", "quê", "thuộc").
const CUES: [&str; 5] = ["tại", "ở", "trú", "quê", "thuộc"];

/// Most words of a name in an address.
const MAX_WORDS: usize = 4;

/// The units named in addresses before the provinces of `found` (in order, disjoint),
/// merged into `found` in order.
///
/// # Time complexity
///
/// Linear in the number of mentions: a bounded look back from each province, and one
/// gazetteer look-up.
pub(super) fn add_address_names(text: &str, found: &mut Vec<Found>) {
    let g = gazetteer();
    let mut new = Vec::new();
    for (i, f) in found.iter().enumerate() {
        let provinces: Vec<_> = f
            .cands
            .iter()
            .copied()
            .filter(|&c| {
                g.unit(c)
                    .is_some_and(|u| u.unit_type.level() == Level::Province)
            })
            .collect();
        if f.kind != PlaceKind::Admin || provinces.is_empty() {
            continue;
        }
        let Some(head) = text.get(..f.span.start).and_then(|h| h.strip_suffix(", ")) else {
            continue;
        };
        // the capitalised run that ends the head, word by word from the end
        let mut start = head.len();
        let mut words = 0;
        let mut at = head.len();
        let mut cue = false;
        while words <= MAX_WORDS {
            let Some(w) = last_word(&head[..at]) else {
                break;
            };
            let w_start = at - w.len();
            if starts_upper(w) {
                words += 1;
                start = w_start;
                at = w_start.saturating_sub(1);
                if !head[..w_start].ends_with(' ') {
                    break;
                }
                continue;
            }
            cue = CUES.contains(&w);
            break;
        }
        if !cue || words == 0 || words > MAX_WORDS {
            continue;
        }
        // not a mention found already (the run would overlap the one before)
        if i > 0 && found[i - 1].span.end > start {
            continue;
        }
        let name = &head[start..];
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
        let span = Span::new(start, head.len());
        new.push(Found {
            span,
            name: span,
            unit: unit.unit_type.word(),
            kind: PlaceKind::Admin,
            cands,
            country: None,
            parent: None,
            tied: false,
        });
    }
    if !new.is_empty() {
        super::later::merge(found, new);
    }
}

/// The last space-separated word of `s` (none when `s` ends with a space or is empty).
fn last_word(s: &str) -> Option<&str> {
    let w = s.rsplit(' ').next()?;
    (!w.is_empty()).then_some(w)
}
