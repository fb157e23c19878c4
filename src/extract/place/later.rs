//! Names said bare after they were said with their unit word: once an article has said
//! "huyện Gia Lâm", a later "Gia Lâm" is that place ("Năm nay, Gia Lâm đón 2 triệu
//! khách"), with its unit word and so its resolution.
//!
//! Only a whole run of capitalised words is such a mention, never part of a longer one
//! ("Nguyễn Gia Lâm"); the first word of a sentence may stand before it ("Tại Gia Lâm").
//! A name that opens with a family name is left alone ("Lê Lợi", "Trần Phú" are people and
//! streets as well as wards), and so is one after a blocker of bare names ("ông", "đường",
//! "Công ty …").

use std::collections::HashMap;

use super::read::{blocked, clause_before};
use super::words::{MAX_NAME_WORDS, char_before, name_words, starts_upper};
use super::{Found, PlaceKind};
use crate::extract::gazetteer::{UnitId, fold_key};
use crate::span::Span;

use super::lexicon::Lex;

/// A name said with its unit word: where that mention ends, its unit, its candidates.
struct Said<'f> {
    after: usize,
    unit: &'static str,
    cands: &'f [UnitId],
}

/// The bare mentions in `text` of the names said with their unit word in `found` (in
/// order, disjoint), merged into `found` in order.
///
/// # Time complexity
///
/// Linear in `text.len()`: every word start is looked at once, each run of capitalised
/// words (at most [`MAX_NAME_WORDS`]) folded and looked up once or twice.
pub(super) fn add_later_bare(text: &str, lex: &Lex, found: &mut Vec<Found>) {
    let mut said: HashMap<String, Said<'_>> = HashMap::new();
    for f in found.iter() {
        let name = &text[f.name.start..f.name.end];
        if f.kind != PlaceKind::Admin || f.unit.is_empty() || f.cands.is_empty() {
            continue;
        }
        if !starts_upper(name) || lex.surnames.contains(first_word(name)) {
            continue;
        }
        said.entry(fold_key(name)).or_insert(Said {
            after: f.span.end,
            unit: f.unit,
            cands: &f.cands,
        });
    }
    let Some(from) = said.values().map(|s| s.after).min() else {
        return;
    };
    let mut new = Vec::new();
    let mut next = 0; // the first mention of `found` that may overlap what comes
    let bytes = text.as_bytes();
    let mut at = from;
    while at < bytes.len() {
        let word_start = bytes[at] >= 0x80 || bytes[at].is_ascii_uppercase();
        // After a space, a bracket or a quote only: "TP.HCM" holds no bare "HCM".
        let prev_ok = at == 0
            || matches!(bytes[at - 1], b' ' | b'(' | b'"' | b'\n')
            || (bytes[at - 1] == 0x9C && char_before(text, at) == Some('“'));
        if !(word_start && prev_ok) {
            at += 1;
            continue;
        }
        let mut ends = [0usize; MAX_NAME_WORDS];
        let n = name_words(text, at, false, &mut ends);
        if n == 0 {
            at += 1;
            continue;
        }
        let end = ends[n - 1];
        let longer = n == MAX_NAME_WORDS && text[end..].starts_with(' ');
        if !longer && let Some(f) = bare_at(text, lex, &said, at, &ends[..n]) {
            while next < found.len() && found[next].span.end <= f.span.start {
                next += 1;
            }
            let free = found.get(next).is_none_or(|o| o.span.start >= f.span.end);
            if free {
                new.push(f);
            }
        }
        at = end;
    }
    if !new.is_empty() {
        merge(found, new);
    }
}

/// The bare mention of a said name that the run of capitalised words `at..ends[last]`
/// is, if any: the whole run, or the run after a sentence's first word.
fn bare_at(
    text: &str,
    lex: &Lex,
    said: &HashMap<String, Said<'_>>,
    at: usize,
    ends: &[usize],
) -> Option<Found> {
    let end = *ends.last()?;
    let mut starts = vec![at];
    if ends.len() > 1 && opens_sentence(text, at) {
        starts.push(ends[0] + 1);
    }
    for s in starts {
        let Some(said) = said.get(&fold_key(&text[s..end])) else {
            continue;
        };
        if s < said.after || blocked(clause_before(text, s), lex) {
            return None;
        }
        let span = Span::new(s, end);
        return Some(Found {
            span,
            name: span,
            unit: said.unit,
            kind: PlaceKind::Admin,
            cands: said.cands.to_vec(),
            parent: None,
            tied: false,
        });
    }
    None
}

/// The first word of `name`.
fn first_word(name: &str) -> &str {
    name.split([' ', '-']).next().unwrap_or(name)
}

/// True when the word at `at` opens a sentence: nothing but spaces and quotes since the
/// text's start or a full stop, question or exclamation mark, colon or line break.
fn opens_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '"', '“', '(']);
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n'])
}

/// `found` and `new` (both in order, disjoint) merged in order.
fn merge(found: &mut Vec<Found>, new: Vec<Found>) {
    let old = std::mem::take(found);
    found.reserve(old.len() + new.len());
    let mut a = old.into_iter().peekable();
    let mut b = new.into_iter().peekable();
    loop {
        let take_a = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => x.span.start <= y.span.start,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let item = if take_a { a.next() } else { b.next() };
        found.extend(item);
    }
}
