//! Names said bare after they were said with their unit word: once an article has said
//! "huyện Gia Lâm", a later "Gia Lâm" is that place ("Năm nay, Gia Lâm đón 2 triệu
//! khách"), with its unit word and so its resolution.
//!
//! Only a whole run of capitalised words is such a mention, never part of a longer one
//! ("Nguyễn Gia Lâm"); the first word of a sentence may stand before it ("Tại Gia Lâm").
//! A name that opens with a family name is left alone ("Lê Lợi", "Trần Phú" are people and
//! streets as well as wards), and so is one after a blocker of bare names ("ông", "đường",
//! "Công ty …").

use aho_corasick::packed;

use super::read::{blocked, clause_before, names_team};
use super::words::{
    char_at, char_before, is_acronym, is_word_char, opens_sentence, starts_upper, word_before,
};
use super::{Found, Mention, PlaceKind, Whats};
use crate::extract::gazetteer::UnitId;
use crate::span::Span;
use crate::text::hash::FastHashMap;

use super::lexicon::Lex;

/// A name said with its unit word: where that mention ends, its unit, its candidates.
struct Said<'f> {
    after: usize,
    unit: &'static str,
    cands: &'f [UnitId],
}

/// The bare mentions in `text` of the names said with their unit word in `found` (in
/// order, disjoint), merged into `found` in order. The names are searched as written
/// (the text is normalized, so one spelling), with a packed multi-pattern searcher built
/// for the article's few names.
///
/// # Time complexity
///
/// Linear in `text.len()`: one search for the names, each match checked in a bounded
/// window around it.
pub(super) fn add_later_bare(text: &str, lex: &Lex, found: &mut Vec<Mention>, whats: &mut Whats) {
    let mut said: FastHashMap<&str, Said<'_>> = FastHashMap::default();
    for m in found.iter() {
        let f = whats.of(m);
        let name = whats.name(m);
        let name = &text[name.start..name.end];
        if f.kind != PlaceKind::Admin || f.unit.is_empty() || f.cands.is_empty() {
            continue;
        }
        if !starts_upper(name) || lex.surnames.contains(first_word(name)) {
            continue;
        }
        said.entry(name).or_insert(Said {
            after: m.span().end,
            unit: f.unit,
            cands: &f.cands,
        });
    }
    let Some(from) = said.values().map(|s| s.after).min() else {
        return;
    };
    let searcher = packed::Config::new()
        .match_kind(packed::MatchKind::LeftmostLongest)
        .builder()
        .extend(said.keys())
        .build();
    let Some(searcher) = searcher else { return };
    let mut new = Vec::new();
    let mut next = 0; // the first mention of `found` that may overlap what comes
    for m in searcher.find_iter(&text[from..]) {
        let (s, e) = (from + m.start(), from + m.end());
        let Some(said) = said.get(&text[s..e]) else {
            continue;
        };
        if s < said.after {
            continue;
        }
        while next < found.len() && found[next].span().end <= s {
            next += 1;
        }
        if found.get(next).is_some_and(|o| o.span().start < e) || !stands_alone(text, lex, s, e) {
            continue;
        }
        let span = Span::new(s, e);
        new.push(Found::name_only(
            span,
            said.unit,
            PlaceKind::Admin,
            said.cands.to_vec(),
        ));
    }
    let new: Vec<Mention> = new.into_iter().map(|f| whats.add(f)).collect();
    if !new.is_empty() {
        merge(found, new);
    }
}

/// True when the name at `s..e` is a whole run of capitalised words (or the run after a
/// sentence's first word, an acronym or an abbreviation: "UBND Mỹ Châu", "(H. Phước
/// Sơn)"), after a space, bracket or quote, and no blocker of bare names stands before it
/// in its clause.
fn stands_alone(text: &str, lex: &Lex, s: usize, e: usize) -> bool {
    // "TP.HCM" holds no bare "HCM"; "Gia Lâm Xanh" is a longer name.
    let opens = s == 0 || matches!(char_before(text, s), Some(' ' | '(' | '"' | '“' | '\n'));
    if !opens || char_at(text, e).is_some_and(is_word_char) {
        return false;
    }
    let rest = &text[e..];
    let joined = rest.strip_prefix(' ').or_else(|| rest.strip_prefix('-'));
    if joined.is_some_and(starts_upper) {
        return false;
    }
    if let Some(w) = word_before(text, s)
        && starts_upper(w)
        && !is_acronym(w)
        && !w.ends_with('.')
        && !opens_sentence(text, s - 1 - w.len())
    {
        return false;
    }
    let window = clause_before(text, s);
    !blocked(window, lex, false) && !names_team(text, s, e, window, lex)
}

/// The first word of `name`.
fn first_word(name: &str) -> &str {
    name.split([' ', '-']).next().unwrap_or(name)
}

/// `found` and `new` (both in order, disjoint) merged in order.
pub(super) fn merge(found: &mut Vec<Mention>, new: Vec<Mention>) {
    let old = std::mem::take(found);
    found.reserve(old.len() + new.len());
    let mut a = old.into_iter().peekable();
    let mut b = new.into_iter().peekable();
    loop {
        let take_a = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => x.span().start <= y.span().start,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let item = if take_a { a.next() } else { b.next() };
        found.extend(item);
    }
}
