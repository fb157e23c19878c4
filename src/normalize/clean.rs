//! The full clean-up: line ends, zero-width characters and spaces, composition (NFC), the
//! `Ð` fix and tone placement, with the legacy hints noted on the way.
//!
//! [`clean`] lets the fast scan ([`super::scan`]) pass over clean text and runs
//! [`clean_lines`] only on the lines where something may have to change.

use unicode_normalization::UnicodeNormalization;

use super::ToneStyle;
use super::class::{Classes, DELETE, FIX, HINT, LETTER, MARK, REPLACE, TONED, VOWEL, clean_char};
use super::scan::{ASCII_LETTERS, Memo, cluster_at, fast_scan, stops};
use super::{legacy, tone};
use crate::span::{MapBuilder, OffsetMap};

/// Writes the output lazily: nothing is allocated until the first change.
pub(super) struct Writer<'a> {
    src: &'a str,
    out: Option<String>,
    copied: usize,
    map: MapBuilder,
}

impl<'a> Writer<'a> {
    pub(super) fn new(src: &'a str) -> Self {
        Writer {
            src,
            out: None,
            copied: 0,
            map: MapBuilder::new(),
        }
    }

    /// The original bytes `start..end` become `with`. Only the part that really differs is
    /// recorded as an edit, so offsets stay exact around it.
    fn replace(&mut self, start: usize, end: usize, with: &str) {
        self.replace_with(start, end, with, MapBuilder::replace);
    }

    /// The line break `start..end` becomes `\n`: an edit of its own in the map
    /// ([`MapBuilder::replace_apart`]).
    fn replace_line_break(&mut self, start: usize, end: usize) {
        self.replace_with(start, end, "\n", MapBuilder::replace_apart);
    }

    fn replace_with(
        &mut self,
        start: usize,
        end: usize,
        with: &str,
        record: fn(&mut MapBuilder, usize, usize),
    ) {
        let old = &self.src[start..end];
        let mut head = old
            .bytes()
            .zip(with.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        while !old.is_char_boundary(head) {
            head -= 1;
        }
        let (old_rest, with_rest) = (&old[head..], &with[head..]);
        let mut tail = old_rest
            .bytes()
            .rev()
            .zip(with_rest.bytes().rev())
            .take_while(|(a, b)| a == b)
            .count();
        while !old_rest.is_char_boundary(old_rest.len() - tail) {
            tail -= 1;
        }
        let (start, end) = (start + head, end - tail);
        let with = &with_rest[..with_rest.len() - tail];
        if start == end && with.is_empty() {
            return;
        }
        let out = self
            .out
            .get_or_insert_with(|| String::with_capacity(self.src.len() + 16));
        out.push_str(&self.src[self.copied..start]);
        self.map.keep(start - self.copied);
        out.push_str(with);
        if with.len() == end - start && with.chars().nth(1).is_none() {
            // one character of the same length: no edit ([`MapBuilder::replace_by_char`])
            self.map.keep(end - start);
        } else {
            record(&mut self.map, end - start, with.len());
        }
        self.copied = end;
    }

    pub(super) fn finish(mut self) -> Option<(String, OffsetMap)> {
        let mut out = self.out.take()?;
        out.push_str(&self.src[self.copied..]);
        self.map.keep(self.src.len() - self.copied);
        Some((out, self.map.finish()))
    }
}

/// True when the text at `i` is a combining mark, after any zero-width characters.
fn followed_by_mark(src: &str, i: usize, t: Classes) -> bool {
    match src.as_bytes().get(i) {
        Some(&b) if b >= 0x80 => src[i..]
            .chars()
            .map(|c| t.of(c))
            .find(|&f| f & DELETE == 0)
            .is_some_and(|f| f & MARK != 0),
        _ => false,
    }
}

/// Decodes the character that starts at `i` of valid UTF-8 (`bytes` comes from a `&str`).
#[inline(always)]
fn decode(bytes: &[u8], i: usize) -> (char, usize) {
    let (cp, len) = crate::text::chars::decode(bytes, i);
    (char::from_u32(cp).unwrap_or('\u{FFFD}'), len)
}

/// ASCII bytes the clean-up must look at: letters start words; `\r` ends lines; `<`, `=`
/// and `>` compose with U+0338 (≮ ≠ ≯), the only ASCII non-letters that compose at all.
const ASCII_LETTER: u8 = 1;
const ASCII_CR: u8 = 2;
const ASCII_COMPOSES: u8 = 3;
/// VIQR marks: "^", "`", "~" anywhere, "(" and "+" after a vowel ("a(", "o+", "u+").
const ASCII_VIQR: u8 = 4;
const ASCII_VIQR_AFTER_VOWEL: u8 = 5;
const ASCII_LF: u8 = 6;
static ASCII: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        if ASCII_LETTERS[b] & LETTER != 0 {
            t[b] = ASCII_LETTER;
        }
        b += 1;
    }
    t[b'\r' as usize] = ASCII_CR;
    t[b'\n' as usize] = ASCII_LF;
    t[b'<' as usize] = ASCII_COMPOSES;
    t[b'=' as usize] = ASCII_COMPOSES;
    t[b'>' as usize] = ASCII_COMPOSES;
    let mut k = 0;
    while k < legacy::VIQR_MARKS.len() {
        t[legacy::VIQR_MARKS[k] as usize] = ASCII_VIQR;
        k += 1;
    }
    t[legacy::VIQR_MARKS_AFTER_VOWEL[0] as usize] = ASCII_VIQR_AFTER_VOWEL;
    t[legacy::VIQR_MARKS_AFTER_VOWEL[1] as usize] = ASCII_VIQR_AFTER_VOWEL;
    t
};

/// Bytes the clean-up passes over without a look: ASCII that is neither a line break nor one
/// of the few characters in [`ASCII`] with a job.
static PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = ASCII[b] <= ASCII_LETTER;
        b += 1;
    }
    t
};

/// True when the character at `i` (with class `f`) hints at a legacy encoding: the same
/// test as the legacy detector's own pre-scan, so that text without any hint needs no
/// detection at all.
#[inline]
pub(super) fn legacy_hint(bytes: &[u8], i: usize, f: u8) -> bool {
    f & HINT != 0
        // "Ã" is a Vietnamese letter, and "à" read as Windows-1252 ("Ã" + NBSP or space)
        && (bytes[i] != 0xC3 || bytes[i + 1] != 0x83 || legacy::a_tilde_mojibake(bytes, i))
}

/// The output of [`clean`]: the changed text (if any) and the starts of the lines where a
/// character hinted at a legacy encoding.
pub(super) struct Cleaned {
    pub(super) changed: Option<(String, OffsetMap)>,
    pub(super) hinted_lines: Vec<usize>,
}

/// Where the word around a character starts: back over letters, combining marks and
/// zero-width characters, but not before `floor`.
fn word_start(src: &str, mut i: usize, floor: usize, t: Classes) -> usize {
    let bytes = src.as_bytes();
    while i > floor {
        let mut j = i - 1;
        while j > floor && bytes[j] & 0xC0 == 0x80 {
            j -= 1;
        }
        let b = bytes[j];
        let word = if b < 0x80 {
            ASCII[usize::from(b)] == ASCII_LETTER
        } else {
            t.of(decode(bytes, j).0) & (LETTER | MARK | DELETE) != 0
        };
        if !word {
            break;
        }
        i = j;
    }
    // a word starts with a letter or a mark, never with a zero-width character
    while i < bytes.len() && bytes[i] >= 0x80 && {
        let (c, len) = decode(bytes, i);
        t.of(c) & DELETE != 0 && {
            i += len;
            true
        }
    } {}
    i
}

/// What a word scan found.
struct WordScan {
    end: usize,
    /// Class bits of the word's non-ASCII characters, ORed.
    acc: u8,
    /// A zero-width character inside the word.
    deleted: bool,
    vowels: u32,
    toned: u32,
}

/// Scans the word that starts at `start` (its first character may be a non-letter that
/// carries combining marks) and notes legacy hints on the way.
fn scan_word(src: &str, start: usize, t: Classes, mut hint: impl FnMut(usize)) -> WordScan {
    let bytes = src.as_bytes();
    let n = bytes.len();
    let mut ws = WordScan {
        end: start,
        acc: 0,
        deleted: false,
        vowels: 0,
        toned: 0,
    };
    let mut i = start;
    let mut first = true;
    while i < n {
        let b = bytes[i];
        if b < 0x80 {
            if ASCII[usize::from(b)] != ASCII_LETTER && !first {
                break;
            }
            ws.vowels += u32::from(t.ascii(b) & VOWEL != 0);
            i += 1;
            first = false;
            continue;
        }
        let (ch, len) = decode(bytes, i);
        let g = t.of(ch);
        if g & (LETTER | MARK) == 0 && !first {
            if g & DELETE == 0 {
                break;
            }
            // a zero-width character inside a word goes, and what it separated (a letter
            // and its combining mark) must compose; one at the end of a word is left to the
            // clean-up of its own
            let next = src[i + len..]
                .chars()
                .map(|c| t.of(c))
                .find(|&g| g & DELETE == 0);
            if next.is_none_or(|g| g & (LETTER | MARK) == 0) {
                break;
            }
            ws.deleted = true;
        }
        if g & HINT != 0 && legacy_hint(bytes, i, g) {
            hint(i);
        }
        ws.acc |= g;
        ws.vowels += u32::from(g & VOWEL != 0);
        ws.toned += u32::from(g & TONED != 0);
        i += len;
        first = false;
    }
    ws.end = i;
    ws
}

/// Clean-up, composition and tone placement.
///
/// Most news is already clean: [`fast_scan`] checks it with the least work per byte and
/// stops at the first place where anything may have to change; [`clean_lines`] then does
/// the work on that line (and only that line), and the check goes on after it.
pub(super) fn clean(src: &str, style: ToneStyle) -> Cleaned {
    let t = Classes::get();
    let bytes = src.as_bytes();
    let n = bytes.len();
    let mut hinted_lines: Vec<usize> = Vec::new();
    let mut w = Writer::new(src);
    let mut memo = Memo::default();
    let stops = stops(bytes);
    let mut next_stop = 0;
    let mut p = 0;
    while p < n {
        while stops.get(next_stop).is_some_and(|&s| s < p) {
            next_stop += 1;
        }
        let limit = stops.get(next_stop).copied().unwrap_or(n);
        let q = fast_scan(src, p, limit, style, t, &mut memo);
        if q >= n {
            break;
        }
        let from = bytes[p..q]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(p, |k| p + k + 1);
        let to = bytes[q..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(n, |k| q + k + 1);
        clean_lines(src, from, to, style, t, &mut w, &mut hinted_lines);
        p = to;
    }
    Cleaned {
        changed: w.finish(),
        hinted_lines,
    }
}

/// The full clean-up of the lines `from..to` (`from` starts a line, `to` ends one or the
/// text): one pass over the bytes that looks closely only where it must: ASCII is a table
/// look-up a byte; a non-ASCII character is classified; only a word with a tone mark on a
/// plain vowel in a cluster, a combining mark, a zero-width character or a letter to fix
/// is scanned as a whole and goes on to composition or tone placement.
#[inline(never)]
pub(super) fn clean_lines(
    src: &str,
    from: usize,
    to: usize,
    style: ToneStyle,
    t: Classes,
    w: &mut Writer<'_>,
    hinted_lines: &mut Vec<usize>,
) {
    let mut lines = Lines {
        src,
        t,
        style,
        w,
        hinted_lines,
        i: from,
        line_start: from,
        done: from,
        vowel_end: usize::MAX,
        toned_end: usize::MAX,
        scratch: String::new(),
    };
    lines.run(to);
}

/// The walk of [`clean_lines`] and what it carries from one character to the next.
struct Lines<'s, 'w, 'o> {
    src: &'s str,
    t: Classes,
    style: ToneStyle,
    w: &'w mut Writer<'o>,
    hinted_lines: &'w mut Vec<usize>,
    /// The next byte to look at.
    i: usize,
    /// Where the current line starts (noted at its first legacy hint).
    line_start: usize,
    /// Every word before `done` is finished.
    done: usize,
    /// Just after the last non-ASCII vowel, and the last one with a tone mark.
    vowel_end: usize,
    toned_end: usize,
    /// The composed form of the current word, reused from word to word.
    scratch: String,
}

impl Lines<'_, '_, '_> {
    /// Walks on to `n`: plain ASCII is skipped, any other character looked at, and a word
    /// that may have to change is scanned and fixed.
    fn run(&mut self, n: usize) {
        let bytes = self.src.as_bytes();
        while self.i < n {
            // the common case first: ASCII that needs nothing
            self.i += bytes[self.i..n]
                .iter()
                .take_while(|&&b| PLAIN[usize::from(b)])
                .count();
            if self.i == n {
                break;
            }
            let word_at = if bytes[self.i] < 0x80 {
                self.ascii()
            } else {
                self.non_ascii()
            };
            if let Some(start) = word_at {
                self.word(start);
            }
        }
    }

    /// The ASCII byte at `i` that is not plain: a line end to fix, a VIQR mark to note, or
    /// a character that composes with the marks after it (the start of a word, returned).
    #[inline]
    fn ascii(&mut self) -> Option<usize> {
        let (bytes, i) = (self.src.as_bytes(), self.i);
        self.i = i + 1;
        match ASCII[usize::from(bytes[i])] {
            ASCII_LF => self.line_start = i + 1,
            ASCII_CR => {
                let end = if bytes.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                };
                self.w.replace_line_break(i, end);
                self.i = end;
                self.line_start = end;
            }
            ASCII_COMPOSES if followed_by_mark(self.src, i + 1, self.t) => {
                self.i = i;
                return Some(i);
            }
            ASCII_VIQR => note(self.hinted_lines, self.line_start),
            ASCII_VIQR_AFTER_VOWEL if legacy::viqr_after_vowel(bytes, i) => {
                note(self.hinted_lines, self.line_start);
            }
            _ => {}
        }
        None
    }

    /// The non-ASCII character at `i`: a letter that is right as it stands, a character
    /// to clean up, or one that starts (or sits in) a word to scan, whose start is
    /// returned.
    #[inline]
    fn non_ascii(&mut self) -> Option<usize> {
        let (src, t, i) = (self.src, self.t, self.i);
        let bytes = src.as_bytes();
        let (f, len) = t.at(bytes, i);
        if f & HINT != 0 && legacy_hint(bytes, i, f) {
            note(self.hinted_lines, self.line_start);
        }
        if f & (LETTER | MARK) != 0 {
            // A tone mark can only be misplaced in a vowel cluster: look at the word
            // when the marked vowel has a vowel beside it (của, hoà, quả, gía), not in
            // là, có, gì. The vowel before is ASCII (a byte) or the last character
            // this loop classified; a non-ASCII vowel after is caught when its turn
            // comes.
            let look = f & (MARK | FIX) != 0
                || f & VOWEL != 0
                    && (i == self.toned_end
                        || f & TONED != 0 && cluster_at(bytes, i, len, self.vowel_end));
            if f & VOWEL != 0 {
                self.vowel_end = i + len;
                if f & TONED != 0 {
                    self.toned_end = i + len;
                }
            }
            if !look {
                self.i = i + len; // a letter that is right as it stands
                return None;
            }
            return Some(word_start(src, i, self.done, t));
        }
        if f & DELETE != 0
            && i > self.done
            && after_word_char(src, i, t)
            && followed_by_word_char(src, i + len, t)
        {
            // inside a word: what it separates may have to compose
            return Some(word_start(src, i, self.done, t));
        }
        if f & DELETE == 0 && followed_by_mark(src, i + len, t) {
            return Some(i); // a non-letter that carries combining marks
        }
        if f & (DELETE | REPLACE) != 0 {
            self.replace_char(i, len);
        }
        self.i = i + len;
        None
    }

    /// Cleans up the character `i..i + len` outside any word: deleted, or replaced by its
    /// space, line break or NFC form.
    fn replace_char(&mut self, i: usize, len: usize) {
        let c = decode(self.src.as_bytes(), i).0;
        let with = match clean_char(c) {
            Some(with) => with.to_string(),
            // singletons such as U+037E GREEK QUESTION MARK → ';'
            None => std::iter::once(c).nfc().collect(),
        };
        self.w.replace(i, i + len, &with);
        if with == "\n" {
            self.line_start = i + len; // NEL, U+2028, U+2029
        }
    }

    /// Scans the word that starts at `start`, noting legacy hints, and fixes it.
    fn word(&mut self, start: usize) {
        let line_start = self.line_start;
        let hinted_lines = &mut *self.hinted_lines;
        let ws = scan_word(self.src, start, self.t, |_| note(hinted_lines, line_start));
        self.i = ws.end;
        self.done = ws.end;
        self.fix_word(start, &ws);
    }

    /// Composition and tone placement of the scanned word `start..ws.end`: a word with
    /// anything odd (a combining mark, a zero-width character, a letter to fix, a first
    /// character that is no letter) is composed and its `Ð` fixed before its tone is
    /// placed; any other word only has its tone placed, and only when it has one mark in
    /// a cluster of vowels.
    fn fix_word(&mut self, start: usize, ws: &WordScan) {
        let (src, t, end) = (self.src, self.t, ws.end);
        let bytes = src.as_bytes();
        let first_odd = bytes[start] < 0x80 && ASCII[usize::from(bytes[start])] != ASCII_LETTER
            || bytes[start] >= 0x80 && t.of(decode(bytes, start).0) & (LETTER | MARK) == 0;
        let odd = first_odd || ws.deleted || ws.acc & (MARK | FIX) != 0;
        let word = &src[start..end];
        if odd {
            self.scratch.clear();
            self.scratch
                .extend(word.chars().filter(|&ch| t.of(ch) & DELETE == 0).nfc().map(
                    |ch| match ch {
                        '\u{00D0}' | '\u{0189}' => 'Đ',
                        '\u{00F0}' => 'đ',
                        _ => ch,
                    },
                ));
            match tone::retone(&self.scratch, self.style) {
                Some(retoned) => self.w.replace(start, end, &retoned),
                None if self.scratch != word => self.w.replace(start, end, &self.scratch),
                None => {}
            }
        } else if ws.toned == 1
            && ws.vowels >= 2
            && let Some(retoned) = tone::retone(word, self.style)
        {
            self.w.replace(start, end, &retoned);
        }
    }
}

/// Notes the line that starts at `line_start` once, at its first legacy hint.
fn note(lines: &mut Vec<usize>, line_start: usize) {
    if lines.last() != Some(&line_start) {
        lines.push(line_start);
    }
}

/// True when the character before `i` is a letter or a mark.
fn after_word_char(src: &str, i: usize, t: Classes) -> bool {
    src[..i]
        .chars()
        .next_back()
        .is_some_and(|c| t.of(c) & (LETTER | MARK) != 0)
}

/// True when the text at `i`, after any zero-width characters, is a letter or a mark.
fn followed_by_word_char(src: &str, i: usize, t: Classes) -> bool {
    src[i..]
        .chars()
        .map(|c| t.of(c))
        .find(|&g| g & DELETE == 0)
        .is_some_and(|g| g & (LETTER | MARK) != 0)
}
