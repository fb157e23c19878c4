//! The officials' words read from the document's tokens: one pass over the tokens, none
//! over the text's bytes. Only the bytes the dictionary's folded copy changes are touched:
//! the separators that are not one space, the capitals, and inner apostrophes.

use super::{Gap, Shape, Word, classify, gap_of};
use crate::text::chars::{Table, decode, table};
use crate::text::dict::word_hash;
use crate::text::tokens::{Token, TokenKind};

/// The gap class of each ASCII byte as a separator ([`gap_of`]).
static ASCII_GAPS: [Gap; 128] = {
    let mut t = [Gap::Other; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b' ' | b'\t' | 0x0b | 0x0c => Gap::Space,
            b'\n' | b'\r' => Gap::Break,
            b'.' | b'!' | b'?' => Gap::Stop,
            b';' => Gap::Semicolon,
            b':' => Gap::Colon,
            b')' | b']' => Gap::Close,
            b'(' | b'[' => Gap::Open,
            b'-' => Gap::Dash,
            b',' => Gap::Comma,
            _ => Gap::Other,
        };
        b += 1;
    }
    t
};

/// The gap class of the character at byte `i` of `b` (a `str`).
#[inline]
pub(super) fn gap_at(b: &[u8], i: usize) -> Gap {
    match b.get(i) {
        Some(&x) if x < 0x80 => ASCII_GAPS[usize::from(x)],
        Some(_) => gap_of(char::from_u32(decode(b, i).0).unwrap_or(' ')),
        None => Gap::Break,
    }
}

/// The gap class of the punctuation or line-end token `t` of `text`: of its one
/// character, or of all of them for the middle of a long punctuation run, which the
/// tokenizer folds into one token.
#[inline]
fn token_gap(text: &str, t: &Token) -> Gap {
    if t.end() == t.start() + 1 {
        gap_at(text.as_bytes(), t.start())
    } else {
        text.get(t.start()..t.end()).map_or(Gap::Break, classify)
    }
}

/// Is the punctuation token `t` an apostrophe (`'` or `’`)?
#[inline]
fn apostrophe(b: &[u8], t: &Token) -> bool {
    b.get(t.start()..t.end())
        .is_some_and(|s| s == b"'" || s == "’".as_bytes())
}

/// The number of tokens of the word that starts `toks` (with a letter or number token):
/// the tokens that follow with nothing between them, and an apostrophe between two of
/// them.
#[inline]
fn word_len(b: &[u8], toks: &[Token]) -> usize {
    let Some(first) = toks.first() else {
        return 0;
    };
    let mut n = 1;
    let mut end = first.end();
    while let Some(t) = toks.get(n)
        && t.start() == end
    {
        // a letter or number token, or an apostrophe between two of them
        let joins = t.is_word_or_num()
            || (t.kind() == TokenKind::Punct
                && apostrophe(b, t)
                && toks
                    .get(n + 1)
                    .is_some_and(|w| w.start() == t.end() && w.is_word_or_num()));
        if !joins {
            break;
        }
        end = t.end();
        n += 1;
    }
    n
}

/// Lowercases in `buf` (the text behind one byte) the uppercase chars of `b` in
/// `from..to`; a char whose lower case has another byte length is kept.
fn lower_into(tab: &Table, buf: &mut [u8], b: &[u8], from: usize, to: usize) {
    let mut i = from;
    while i < to {
        let x = b[i];
        if x < 0x80 {
            if x.is_ascii_uppercase() {
                buf[i + 1] = x | 0x20;
            }
            i += 1;
            continue;
        }
        let (u, len) = decode(b, i);
        let info = tab.info_u32(u);
        if info.is_uppercase() {
            let low = info.lower();
            // the table's lower case has the same length (see `chars::Info::lower`)
            if low.len_utf8() == len {
                low.encode_utf8(&mut buf[i + 1..i + 1 + len]);
            }
        }
        i += len;
    }
}

/// The word of the one letter token `t` after the separator `gap`, its capitals
/// lowercased in `buf`: its shape and hash come with the token.
#[inline]
fn word_of_token(tab: &Table, buf: &mut [u8], b: &[u8], t: &Token, gap: Gap) -> Word {
    let (start, end) = (t.start(), t.end());
    if !t.has_upper() {
        // all its letters are lowercase (or uncased): folded as written
        return Word::new(start, end, Shape::lower(), t.word_hash(), gap);
    }
    let mut shape = Shape {
        first_upper: t.first_upper(),
        first_lower: !t.first_upper(),
        upper_rest: t.rest_upper(),
        other_rest: t.rest_lower(),
        apostrophe: false,
    };
    // "DeAngelis", "McDonald": a surname with its particle written on is capitalised like a
    // name (its case is folded as any other's)
    if shape.first_upper && shape.upper_rest && shape.other_rest {
        shape.upper_rest = !joined_surname(b.get(start..end).unwrap_or(&[]));
    }
    if t.rest_upper() {
        lower_into(tab, buf, b, start, end);
    } else if let Some(&x) = b.get(start)
        && x < 0x80
    {
        // only the first char is uppercase, an ASCII capital
        if let Some(y) = buf.get_mut(start + 1) {
            *y = x | 0x20;
        }
    } else {
        // only the first char is uppercase
        lower_into(tab, buf, b, start, start + decode(b, start).1);
    }
    Word::new(start, end, shape, t.word_hash(), gap)
}

/// The word of the tokens `toks` (several, or one number) after the separator `gap`,
/// folded in `buf`: its shape gathered token by token, its hash that of its folded bytes.
fn word_of_tokens(tab: &Table, buf: &mut [u8], b: &[u8], toks: &[Token], gap: Gap) -> Word {
    let mut shape = Shape::default();
    for (n, t) in toks.iter().enumerate() {
        match t.kind() {
            TokenKind::Word => {
                let up = t.first_upper();
                if n == 0 {
                    shape.first_upper = up;
                    shape.first_lower = !up;
                } else {
                    shape.upper_rest |= up;
                    shape.other_rest |= !up;
                }
                shape.upper_rest |= t.rest_upper();
                shape.other_rest |= t.rest_lower();
                if t.has_upper() {
                    lower_into(tab, buf, b, t.start(), t.end());
                }
            }
            // digits: neither case
            TokenKind::Num => shape.other_rest |= n > 0,
            // an inner apostrophe, folded to spaces
            _ => {
                shape.apostrophe = true;
                buf[t.start() + 1..t.end() + 1].fill(b' ');
            }
        }
    }
    let (start, end) = (toks[0].start(), toks[toks.len() - 1].end());
    Word::new(start, end, shape, word_hash(&buf[start + 1..end + 1]), gap)
}

/// Reads the run of common words at the head of `toks`, after a word that ends at
/// `prev_end`: lowercase words of one letter token, each after one space and followed by
/// a space or a mark other than an apostrophe. Such a word is folded as written and its
/// gap is a space, as [`read`]'s general steps find; this loop, with few live values,
/// reads most of a text's words. Returns the number of tokens read (the last token of
/// `toks` is left to the general steps).
#[inline]
fn lower_run(b: &[u8], toks: &[Token], mut prev_end: usize, words: &mut Vec<Word>) -> usize {
    let mut n = 0;
    for pair in toks.windows(2) {
        let [t, next] = pair else { break };
        if !(t.kind() == TokenKind::Word
            && !t.has_upper()
            && t.start() == prev_end + 1
            && b.get(prev_end) == Some(&b' ')
            && (next.start() != t.end() || !(next.is_word_or_num() || apostrophe(b, next))))
        {
            break;
        }
        words.push(Word::new(
            t.start(),
            t.end(),
            Shape::lower(),
            t.word_hash(),
            Gap::Space,
        ));
        prev_end = t.end();
        n += 1;
    }
    n
}

/// Blanks in `buf` (the text behind one byte) the separator `from..to` of `b`, unless it
/// is one space already.
#[inline]
fn blank(buf: &mut [u8], b: &[u8], from: usize, to: usize) {
    if to == from + 1 && b.get(from) == Some(&b' ') {
        return;
    }
    match buf.get_mut(from + 1..to + 1) {
        // most separators are short (", "): stored at once, not through `memset`
        Some([x]) => *x = b' ',
        Some([x, y]) => [*x, *y] = [b' '; 2],
        Some([x, y, z]) => [*x, *y, *z] = [b' '; 3],
        Some(dst) => dst.fill(b' '),
        None => {}
    }
}

/// The words of `text` read from its tokens `toks`, each with the gap before it (the first
/// word: [`Gap::Break`]), and the folded copy of its text for the dictionary
/// (`text::dict`'s `folded`: behind a space, followed by one), and the indices of the
/// words after a comma, a hyphen or another mark ([`Gap::Other`]: "&", quotes, slashes).
///
/// # Time complexity
///
/// Linear in the number of tokens, and in the bytes of the capitalised words.
pub(super) fn read(text: &str, toks: &[Token]) -> (Vec<Word>, Vec<u8>, Vec<u32>) {
    let b = text.as_bytes();
    let tab = table();
    let mut words = Vec::with_capacity(toks.len());
    // about a token in sixteen in news (a comma or a mark before a word)
    let mut after_sep = Vec::with_capacity(toks.len() / 12);
    let mut buf: Vec<u8> = Vec::with_capacity(text.len() + 2);
    buf.push(b' ');
    buf.extend_from_slice(b);
    buf.push(b' ');
    // The strongest separator since the last word, and where that word ended.
    let mut gap = Gap::Break;
    let mut prev_end = 0;
    let mut rest = toks;
    while let [t, tail @ ..] = rest {
        if !t.is_word_or_num() {
            gap = gap.max(token_gap(text, t));
            rest = tail;
            continue;
        }
        blank(&mut buf, b, prev_end, t.start());
        let (w, after) = match rest.split_at_checked(word_len(b, rest)) {
            Some(([one], after)) if one.kind() == TokenKind::Word => {
                (word_of_token(tab, &mut buf, b, one, gap), after)
            }
            Some((ts, after)) => (word_of_tokens(tab, &mut buf, b, ts, gap), after),
            None => break,
        };
        prev_end = w.end();
        if matches!(gap, Gap::Comma | Gap::Dash | Gap::Other) {
            // fewer words than tokens, whose offsets fit in a `u32`
            after_sep.push(words.len() as u32);
        }
        words.push(w);
        gap = Gap::Space;
        let n = lower_run(b, after, prev_end, &mut words);
        if let Some(last) = words.last() {
            prev_end = last.end();
        }
        rest = after.get(n..).unwrap_or_default();
    }
    if prev_end < text.len() {
        blank(&mut buf, b, prev_end, text.len());
    }
    (words, buf, after_sep)
}

/// Particles that Western surnames write joined to their capitalised rest.
const JOINED_PARTICLES: [&[u8]; 9] = [
    b"Mc", b"Mac", b"De", b"Di", b"Da", b"Du", b"La", b"Le", b"Van",
];

/// True for an ASCII word of a particle and a capitalised rest, with no other capital:
/// "DeAngelis", "McDonald", "MacArthur", "DiCaprio", "LeBron" (five letters at least).
fn joined_surname(w: &[u8]) -> bool {
    w.len() >= 5
        && w.iter().all(u8::is_ascii_alphabetic)
        && w.iter().filter(|c| c.is_ascii_uppercase()).count() == 2
        && JOINED_PARTICLES.iter().any(|p| {
            w.starts_with(p)
                && w.get(p.len()).is_some_and(u8::is_ascii_uppercase)
                && w.get(p.len() + 1).is_some_and(u8::is_ascii_lowercase)
        })
}
