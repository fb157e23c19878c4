//! The sentence scanner and its boundary decisions.
//!
//! The hot loop looks for the few bytes that can matter (`.`, `!`, `?`, the lead byte of
//! `…`, line breaks) with `memchr` searches ([`Stops`]); everything else is decided by looking at a
//! bounded window around a terminal cluster, so the whole pass is linear.

use super::lexicon::{Abbrev, Abbreviations};
use super::stops::Stops;
use super::{PERSON_TITLES, SENTENCE_STARTERS};
use crate::Span;
use crate::text::chars::{is_alphabetic, is_alphanumeric};

/// Bytes the scanner stops at: 1 = a possible terminal, 2 = a line break, 3 = a straight
/// double quote (counted, so that a quote set off by spaces can be told open or closed).
static CANDIDATE: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b'.' as usize] = 1;
    t[b'!' as usize] = 1;
    t[b'?' as usize] = 1;
    t[0xE2] = 1; // lead byte of "…" (U+2026) and of U+2028, U+2029, among others
    t[0xC2] = 1; // lead byte of NEL (U+0085), among others
    t[b'\n' as usize] = 2;
    t[b'\r' as usize] = 2;
    t[0x0B] = 2;
    t[0x0C] = 2;
    t[b'"' as usize] = 3;
    t
};

/// Is `b` a byte the scanner stops at? (The scanner finds them with [`SENTENCE_STOPS`].)
#[cfg(test)]
#[inline]
pub(super) fn is_candidate(b: u8) -> bool {
    CANDIDATE[b as usize] != 0
}

/// The bytes of [`CANDIDATE`] in groups for [`Stops`]: the common ones first.
pub(super) static SENTENCE_STOPS: [&[u8]; 4] = [b".\n\"", b"!?\xE2", b"\r\x0B\x0C", b"\xC2"];

/// Length in bytes of the line break at `i`, or 0: `\n`, `\r`, vertical tab, form
/// feed, NEL (U+0085), line and paragraph separators (U+2028, U+2029).
pub(crate) fn line_break_at(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i..).unwrap_or(&[]) {
        [b'\n' | b'\r' | 0x0B | 0x0C, ..] => 1,
        [0xC2, 0x85, ..] => 2,
        [0xE2, 0x80, 0xA8 | 0xA9, ..] => 3,
        _ => 0,
    }
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// How far back a token is looked at; longer tokens are never abbreviations.
const MAX_TOKEN: usize = 64;

/// The next sentence at or after `pos`: its span and where to continue.
pub(crate) fn next_sentence(
    text: &str,
    pos: usize,
    ab: &Abbreviations,
    stops: &mut Stops<4>,
) -> Option<(Span, usize)> {
    let bytes = text.as_bytes();
    let start = skip_whitespace(text, pos, true);
    if start >= bytes.len() {
        return None;
    }
    let mut alnum = Alnum {
        seen: false,
        upto: start,
    };
    let mut i = start;
    let mut quotes = 0usize;
    loop {
        let Some(c) = stops.next(bytes, i) else {
            let end = trim_end(text, start, bytes.len());
            return Some((Span::new(start, end), bytes.len()));
        };
        match CANDIDATE[bytes[c] as usize] {
            2 => {
                let end = trim_end(text, start, c);
                return Some((Span::new(start, end), c + 1));
            }
            3 => {
                quotes += 1;
                i = c + 1;
                continue;
            }
            _ => {}
        }
        let lb = line_break_at(bytes, c);
        if lb > 0 {
            let end = trim_end(text, start, c);
            return Some((Span::new(start, end), c + lb));
        }
        let Some(cl) = Cluster::parse(bytes, c) else {
            i = c + 1;
            continue;
        };
        quotes += cl.quotes;
        if let Some((end, next)) = decide(text, start, &cl, quotes % 2 == 1, ab)
            && alnum.before(text, c)
        {
            return Some((Span::new(start, end), next));
        }
        i = cl.end;
    }
}

/// Whether a sentence has a letter or digit before some offset; scans each byte once.
struct Alnum {
    seen: bool,
    upto: usize,
}

impl Alnum {
    fn before(&mut self, text: &str, c: usize) -> bool {
        if !self.seen && c > self.upto {
            self.seen = text[self.upto..c].chars().any(is_alphanumeric);
            self.upto = c;
        }
        self.seen
    }
}

/// First offset at or after `pos` that is not whitespace (with `lines`, line breaks are
/// skipped too; without, the scan stops at one).
fn skip_whitespace(text: &str, pos: usize, lines: bool) -> usize {
    let bytes = text.as_bytes();
    let mut i = pos;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b' ' || b == b'\t' {
            i += 1;
            continue;
        }
        match text[i..].chars().next() {
            Some(ch) if ch.is_whitespace() && (lines || !is_line_break(ch)) => i += ch.len_utf8(),
            _ => return i,
        }
    }
    i
}

/// `end` moved back over trailing whitespace, not before `start`.
fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The last character before `i` that is not a combining mark, so that decomposed (NFD)
/// text reads like composed text: "Ha\u{300}." ends in 'a'. Looks back a few marks only.
fn char_before(text: &str, i: usize) -> Option<char> {
    let before = text.get(..i)?;
    before.chars().rev().take(4).find(|&c| !is_combining(c))
}

/// Length of a closing quote or bracket at `i`.
fn closer_len(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i..).unwrap_or(&[]) {
        [b'"' | b'\'' | b')' | b']' | b'}', ..] => 1,
        [0xE2, 0x80, 0x9D | 0x99, ..] => 3, // ” ’
        [0xC2, 0xBB, ..] => 2,              // »
        _ => 0,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// One period.
    Dot,
    /// `!` or `?`, possibly with periods.
    Bang,
    /// `…`, `..`, `...`.
    Ellipsis,
    /// `./.`, the end-of-article mark.
    EndMark,
}

/// A run of terminals and closing quotes or brackets.
#[derive(Clone, Copy, Debug)]
struct Cluster {
    start: usize,
    end: usize,
    kind: Kind,
    has_closer: bool,
    closer_last: bool,
    /// Straight double quotes in the cluster.
    quotes: usize,
}

impl Cluster {
    fn parse(bytes: &[u8], c: usize) -> Option<Cluster> {
        let mut j = c;
        let (mut run, mut ellipsis, mut bang, mut endmark) = (0, false, false, false);
        let (mut has_closer, mut closer_last, mut quotes) = (false, false, 0);
        while j < bytes.len() {
            let b = bytes[j];
            let mut is_dot = false;
            if b == b'.' {
                run += 1;
                is_dot = true;
                ellipsis |= run >= 2;
                j += 1;
            } else if b == b'!' || b == b'?' {
                bang = true;
                j += 1;
            } else if b == b'/' && j > c && bytes[j - 1] == b'.' && bytes.get(j + 1) == Some(&b'.')
            {
                endmark = true;
                j += 1;
                run = 0;
                closer_last = false;
                continue;
            } else if bytes[j..].starts_with("…".as_bytes()) {
                ellipsis = true;
                j += 3;
            } else {
                let n = closer_len(bytes, j);
                if n == 0 || j == c {
                    break;
                }
                has_closer = true;
                closer_last = true;
                quotes += usize::from(b == b'"');
                j += n;
                run = 0;
                continue;
            }
            if !is_dot {
                run = 0;
            }
            closer_last = false;
        }
        if j == c {
            return None;
        }
        let kind = if endmark {
            Kind::EndMark
        } else if ellipsis {
            Kind::Ellipsis
        } else if bang {
            Kind::Bang
        } else {
            Kind::Dot
        };
        Some(Cluster {
            start: c,
            end: j,
            kind,
            has_closer,
            closer_last,
            quotes,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Opener {
    None,
    Quote,
    Bracket,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum First {
    Upper,
    Lower,
    Digit,
    /// A dialogue dash or a bullet.
    Dash,
    Dots,
    Other,
}

/// What comes after the whitespace that follows a terminal.
#[derive(Clone, Copy, Debug)]
struct Next {
    opener: Opener,
    first: First,
    /// Offset of the first character after any opening quote or bracket.
    pos: usize,
}

fn classify(text: &str, ns: usize) -> Next {
    let mut k = ns;
    let mut opener = Opener::None;
    for _ in 0..3 {
        match char_at(text, k) {
            Some(ch @ ('"' | '“' | '\'' | '‘' | '«')) => {
                opener = Opener::Quote;
                k = skip_whitespace(text, k + ch.len_utf8(), false);
            }
            Some(ch @ ('(' | '[')) => {
                if opener == Opener::None {
                    opener = Opener::Bracket;
                }
                k += ch.len_utf8();
            }
            _ => break,
        }
    }
    let first = match char_at(text, k) {
        None => First::Other,
        Some(ch) if ch.is_uppercase() => First::Upper,
        Some(ch) if ch.is_lowercase() => First::Lower,
        Some(ch) if ch.is_alphabetic() => First::Upper,
        Some(ch) if ch.is_numeric() => First::Digit,
        Some(ch @ ('-' | '–' | '—' | '*' | '+' | '•' | '●' | '■' | '◆' | '►' | '▪')) => {
            match char_at(text, k + ch.len_utf8()) {
                Some(c) if !is_line_break(c) => First::Dash,
                _ => First::Other,
            }
        }
        Some('.' | '…') => First::Dots,
        Some(_) => First::Other,
    };
    Next {
        opener,
        first,
        pos: k,
    }
}

/// Whether the cluster ends a sentence: `(sentence end, next sentence start)`.
///
/// `open` says whether an odd number of straight double quotes came before, in the
/// sentence and the cluster: a quote set off by spaces after the terminal then closes it
/// (`sai . " Ông`); otherwise it opens the next sentence (`sai . " Để`).
fn decide(
    text: &str,
    start: usize,
    cl: &Cluster,
    mut open: bool,
    ab: &Abbreviations,
) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let after = cl.end;
    if after >= bytes.len() || line_break_at(bytes, after) > 0 {
        return None;
    }
    if !char_at(text, after).is_some_and(char::is_whitespace) {
        return tight(text, start, cl, ab).then_some((after, after));
    }
    let mut end = cl.end;
    let mut closer_last = cl.closer_last;
    let mut has_closer = cl.has_closer;
    let mut ns = skip_whitespace(text, end, false);
    // A closing quote or bracket set off by spaces, as in tokenised text, perhaps with a
    // period after it: `không ? " . Chiều`.
    for _ in 0..2 {
        let n = closer_len(bytes, ns);
        if n == 0 || bytes[ns] == b'\'' || !char_at(text, ns + n).is_some_and(char::is_whitespace) {
            break;
        }
        if bytes[ns] == b'"' {
            if !open {
                break;
            }
            open = false;
        }
        end = ns + n;
        closer_last = true;
        has_closer = true;
        ns = skip_whitespace(text, end, false);
        if bytes.get(ns) == Some(&b'.') && char_at(text, ns + 1).is_none_or(char::is_whitespace) {
            end = ns + 1;
            closer_last = false;
            ns = skip_whitespace(text, end, false);
        }
    }
    if ns >= bytes.len() || line_break_at(bytes, ns) > 0 {
        return None;
    }
    let next = classify(text, ns);
    let ell = cl.kind == Kind::Ellipsis;
    let starts = match (next.opener, next.first) {
        (_, First::Other) => false,
        (Opener::None, First::Upper) => true,
        (Opener::None, First::Lower) => false,
        (Opener::None, First::Digit | First::Dots) => !ell,
        (Opener::None, First::Dash) => !closer_last && !ell,
        (Opener::Quote, First::Upper) => true,
        (Opener::Quote, First::Lower | First::Digit) => true,
        (Opener::Bracket, First::Upper) => true,
        _ => false,
    };
    if !starts {
        return None;
    }
    if cl.kind == Kind::Dot
        && !has_closer
        && char_before(text, cl.start).is_some_and(is_alphanumeric)
        && dot_veto(text, start, cl.start, &next, ab)
    {
        return None;
    }
    Some((end, ns))
}

/// `(raw start, start after opening punctuation)` of the token that ends at `c`, not
/// before `floor`; `None` when it is longer than [`MAX_TOKEN`].
fn token_start(text: &str, floor: usize, c: usize) -> Option<(usize, usize)> {
    let mut raw = c;
    for (i, ch) in text[floor..c].char_indices().rev() {
        if ch.is_whitespace() {
            break;
        }
        raw = floor + i;
        if c - raw > MAX_TOKEN {
            return None;
        }
    }
    let tok = &text[raw..c];
    let stripped = tok.trim_start_matches(['(', '[', '"', '\'', '“', '‘', '«']);
    Some((raw, c - stripped.len()))
}

/// Looks up the token ending in the period at `c`, and its last part.
fn lookup(text: &str, ts: usize, c: usize, ab: &Abbreviations) -> Abbrev {
    let key = &text[ts..=c];
    let a = ab.get(key);
    if a != Abbrev::No {
        return a;
    }
    // The last part of a joined token: "PGS.TS.", "PGS,TS.", "Nhà văn-TS.", "tỉnh/TP.".
    match text[ts..c].rfind(['.', ',', '-', '/']) {
        Some(d) => ab.get(&text[ts + d + 1..=c]),
        None => Abbrev::No,
    }
}

/// A period glued to the next word (`gái.Dựa`): a boundary only from a lower-case letter
/// to a capital, outside abbreviations, URLs and e-mail addresses.
fn tight(text: &str, start: usize, cl: &Cluster, ab: &Abbreviations) -> bool {
    if cl.has_closer || cl.kind == Kind::EndMark {
        return false;
    }
    if !char_at(text, cl.end).is_some_and(char::is_uppercase)
        || !char_before(text, cl.start).is_some_and(char::is_lowercase)
    {
        return false;
    }
    if cl.kind != Kind::Dot {
        return true;
    }
    let Some((_, ts)) = token_start(text, start, cl.start) else {
        return false;
    };
    let tok = &text[ts..cl.start];
    let ahead = &text[cl.end..];
    let ahead = &ahead[..ahead
        .char_indices()
        .take(MAX_TOKEN)
        .find(|&(_, c)| c.is_whitespace())
        .map_or(ahead.floor_char_boundary(MAX_TOKEN * 4), |(i, _)| i)];
    if tok.contains(['@', '/']) || tok.contains("www") || ahead.contains('@') {
        // A URL or an e-mail address: "www.Vnexpress.Net", "Email.Tuoitre@Gmail.Com".
        return false;
    }
    lookup(text, ts, cl.start, ab) == Abbrev::No
}

/// True when the period at `c`, followed by what could start a sentence, still does not
/// end one: abbreviations, initials, list markers.
fn dot_veto(text: &str, start: usize, c: usize, next: &Next, ab: &Abbreviations) -> bool {
    let Some((raw, ts)) = token_start(text, start, c) else {
        return false;
    };
    let tok = &text[ts..c];
    if tok.is_empty() {
        return false;
    }
    let mut found = lookup(text, ts, c, ab);
    if is_initials(tok) {
        // Initials: the list decides only for one letter ("H." for huyện) or a whole
        // entry ("v.v."), not for the last letter of "P.H.".
        let whole = ab.get(&text[ts..=c]);
        if tok.chars().nth(1).is_none() || whole == Abbrev::No {
            return initial_veto(text, start, (raw, ts, c), next, whole);
        }
        found = whole;
    }
    match found {
        Abbrev::Protected => return !starter_follows(text, next),
        Abbrev::MayEnd => return next.first != First::Upper,
        Abbrev::No => {}
    }
    if raw == start {
        // "1.", "1.2.", "II." opening a list item or heading.
        let number = tok.len() <= 6 && tok.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        let roman = tok.len() <= 5 && tok.bytes().all(|b| b"IVXLC".contains(&b));
        return number || roman;
    }
    if tok.len() <= 3 && tok.bytes().all(|b| b.is_ascii_digit()) {
        // "Điều 5.", "Bước 2." opening a heading.
        if let Some((w, ws)) = prev_word(text, start, raw) {
            return ws == start && w.chars().all(is_alphabetic);
        }
    }
    false
}

/// One letter, or letters joined by periods ("A", "N.V.Đ"): the initials of a name,
/// a list marker or a one-letter abbreviation. Vowels with marks ("Á" in "châu Á") are
/// words, not initials.
fn is_initials(tok: &str) -> bool {
    tok.split('.').all(|part| {
        let mut it = part.chars();
        matches!((it.next(), it.next()), (Some(c), None) if c.is_ascii_alphabetic() || c == 'Đ' || c == 'đ')
    })
}

/// A single letter and a period: an initial, a list marker or an abbreviation.
fn initial_veto(
    text: &str,
    start: usize,
    (raw, ts, c): (usize, usize, usize),
    next: &Next,
    found: Abbrev,
) -> bool {
    if next.first != First::Upper
        || next.opener == Opener::Bracket
        || raw == start
        || next_is_initial(text, next.pos)
    {
        // "H. nói", "A. Nội dung" (a list marker), "Nguyễn Văn A. (SN 1990)", "V. H. Nam".
        return true;
    }
    if open_bracket_before(text, start, ts) {
        // "(Ảnh: M. Hà)", "(H. Phước Sơn)": a note in brackets does not end the sentence.
        return true;
    }
    let word = word_at(text, next.pos);
    if is_initials(word) {
        // "Theo T. H, một người chơi hoa": initials without their last period.
        return true;
    }
    let acronym = word.chars().all(char::is_uppercase);
    if !acronym && !crate::normalize::has_syllable_shape(word) {
        // A Western name in its own order: "bác sĩ F. Windholz", "Z. Zidane".
        return true;
    }
    if let Some((w, ws)) = prev_word(text, start, raw) {
        let title = PERSON_TITLES
            .iter()
            .any(|t| w.chars().flat_map(char::to_lowercase).eq(t.chars()));
        let name = ws > start
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(is_alphabetic);
        if title || name {
            return false;
        }
        if w.ends_with(':') && !text[ts..c].contains('.') {
            // "Ảnh: T. Sơn", a credit with a name; "Ảnh: P.H." is a whole name.
            return true;
        }
    }
    found != Abbrev::No && !starter_follows(text, next)
}

/// After an abbreviation: the next word only ever opens a sentence ("Theo", "Trong") and
/// a lower-case word follows it, so the abbreviation ended the sentence ("TP. Theo ông").
fn starter_follows(text: &str, next: &Next) -> bool {
    if next.opener != Opener::None {
        return false;
    }
    let word = word_at(text, next.pos);
    if !SENTENCE_STARTERS.contains(&word) {
        return false;
    }
    let after = next.pos + word.len();
    text[after..].starts_with(' ') && char_at(text, after + 1).is_some_and(char::is_lowercase)
}

/// An opening bracket not closed between it and `to`, within a short window.
fn open_bracket_before(text: &str, start: usize, to: usize) -> bool {
    let from = text.floor_char_boundary(to.saturating_sub(48).max(start));
    match text[from..to].rfind(['(', ')', '[', ']']) {
        Some(i) => matches!(text.as_bytes()[from + i], b'(' | b'['),
        None => false,
    }
}

/// The letters starting at `k`.
fn word_at(text: &str, k: usize) -> &str {
    let rest = &text[k..];
    let len = rest
        .char_indices()
        .find(|&(_, c)| !is_alphabetic(c) && !is_combining(c))
        .map_or(rest.len(), |(i, _)| i);
    &rest[..rest.floor_char_boundary(len.min(MAX_TOKEN))]
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// A capital letter and a period at `k`, then a space: `V. H. Nam`.
fn next_is_initial(text: &str, k: usize) -> bool {
    let mut it = text[k..].chars();
    matches!(
        (it.next(), it.next(), it.next()),
        (Some(a), Some('.'), Some(s)) if a.is_uppercase() && s.is_whitespace()
    )
}

/// The word before the token that starts at `raw`, with its start; `None` when there is
/// none in the sentence or it is too long.
fn prev_word(text: &str, start: usize, raw: usize) -> Option<(&str, usize)> {
    let before = &text[start..raw];
    let trimmed = before.trim_end();
    if trimmed.is_empty() || before.len() - trimmed.len() > MAX_TOKEN {
        return None;
    }
    let end = start + trimmed.len();
    let (ws, _) = token_start(text, start, end)?;
    Some((&text[ws..end], ws))
}
