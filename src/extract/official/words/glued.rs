//! Words glued to the word before them by a missing space ("ÔngTrần Văn A", "Chủ
//! tịchHội Nông dân", "làGiám đốc"): a Vietnamese word never changes from lowercase to
//! uppercase inside itself, but a brand's name does ("iPhone", "VinFast", "TikTok"), so
//! a word is read as two only where the part before the change ends with (or is) an
//! entry of the officials' dictionary that a name or a title follows: an honorific, a
//! title, a rank or a role, or a link or stop word ("là", "tại"). The other way round, a
//! capitalised word that is no Vietnamese syllable but one syllable and then a stop or
//! link word ("Nguyễn Tấn Bỉnhcho biết", "bà Hươngnói") is two words: the name's last
//! syllable and the verb after it. Two capitalised syllables glued, one with a
//! Vietnamese mark ("Trung QuốcNgụy Phượng Hòa"), are two words too: a name's or a
//! place's. The tokens and the text are left as they are: only the officials' words are
//! split.

use super::from_tokens::set_match;
use super::{Case, Gap, Shape, Word};
use crate::extract::official::vocab::VOCAB;
use crate::normalize::{has_syllable_shape, has_vowel_runs, is_syllable};
use crate::text::dict::text_word_hash;

/// The most words before a glued word that an entry ending inside it may start at
/// ("Phó Chủ tịchUBND": two).
const BACK: usize = 3;

/// The byte of the first lowercase-to-uppercase change inside the word `start..end` of
/// `text`, if any.
fn change_at(text: &str, start: usize, end: usize) -> Option<usize> {
    let mut lower = false;
    for (i, c) in text.get(start..end)?.char_indices() {
        if lower && c.is_uppercase() {
            return Some(start + i);
        }
        lower = c.is_lowercase();
    }
    None
}

/// The shape of the word `start..end` of `text` (no apostrophe inside).
fn shape_of(text: &str, start: usize, end: usize) -> Shape {
    let mut shape = Shape::default();
    for (i, c) in text.get(start..end).unwrap_or_default().chars().enumerate() {
        shape.note(i == 0, c.is_alphabetic(), c.is_uppercase());
    }
    shape
}

/// The first word of the entry that ends at the change `p` inside word `k`, and starts
/// at word `k` or at one of the [`BACK`] words before it with spaces between them; `None`
/// when no such entry is one a name or a title follows.
fn entry_before(text: &str, words: &[Word], k: usize, p: usize) -> Option<usize> {
    entry_ending_at(text, words, k, p, |x| {
        x.honorific || x.title || x.rank || x.personal || x.link || x.stop
    })
}

/// The first word of the entry of the officials' dictionary whose tags pass `keep` that
/// ends at the change `p` inside word `k`, and starts at word `k` or at one of the
/// [`BACK`] words before it with spaces between them.
fn entry_ending_at(
    text: &str,
    words: &[Word],
    k: usize,
    p: usize,
    keep: impl Fn(&crate::extract::official::vocab::Info) -> bool,
) -> Option<usize> {
    let head = text.get(..p)?;
    let mut j = k;
    loop {
        let w = words.get(j)?;
        if let Some(m) = VOCAB.longest_in(head, w.start())
            && m.end == p
            && keep(m.tags)
        {
            return Some(j);
        }
        if j == 0 || k - j == BACK || w.gap() != Gap::Space {
            return None;
        }
        j -= 1;
    }
}

/// Does a title, rank or word of address start at the change `p` inside the word that
/// starts at `start`, glued to a lowercase Vietnamese syllable before it by a missing space
/// ("củaCố vấn nhà nước", "vớiChủ tịch")? A brand's name changes case after a syllable
/// too ("iPhone", "eKYC"), but no title of the lists starts there.
fn title_glued(text: &str, start: usize, p: usize) -> bool {
    let Some(head) = text.get(start..p) else {
        return false;
    };
    head.chars().all(char::is_lowercase)
        && is_syllable(head)
        && VOCAB
            .longest_in(text.get(p..).unwrap_or_default(), 0)
            .is_some_and(|m| m.tags.title || m.tags.rank || m.tags.honorific)
}

/// Is the word `start..end` of `text` two capitalised Vietnamese syllables written without
/// the space between them, the change `p` starting the second ("Trung QuốcNgụy Phượng
/// Hòa", "Nguyễn DanhNguyên", "Dệt - MayViệt Nam")? A Vietnamese word never changes case
/// inside itself, and each part is one syllable ([`is_syllable`]) written as a name's or
/// a place's is, a capital and then lowercase letters. A brand's name of two parts is
/// seldom two syllables ("VinaCafé", "TikTok", "MobiFone"), and one written in Latin
/// letters alone may be ("DaNang"): a part must carry a Vietnamese mark.
fn syllables_glued(text: &str, start: usize, p: usize, end: usize) -> bool {
    let (Some(head), Some(rest)) = (text.get(start..p), text.get(p..end)) else {
        return false;
    };
    let capitalised = |s: &str| {
        let mut cs = s.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
    };
    !(head.is_ascii() && rest.is_ascii())
        && capitalised(head)
        && capitalised(rest)
        && is_syllable(head)
        && is_syllable(rest)
}

/// The byte inside the capitalised word `start..end` of `text` where a title of the lists
/// of two syllables was written without its space ("Chủtịch UBND"), and that title's entry:
/// the word is no Vietnamese syllable (two runs of vowels), both parts are
/// ([`is_syllable`]), and the two read with a space between them are the title.
fn title_unspaced(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let word = text.get(start..end)?;
    // (a title's two syllables carry a Vietnamese mark: a word in ASCII is a foreign
    // name's, the most of those that are no syllable; the word has two runs of vowels,
    // [`vowel_runs`], which the caller looked at)
    if word.is_ascii() {
        return None;
    }
    for (i, _) in word.char_indices().skip(1).take(SYLLABLE_CHARS) {
        let (head, rest) = word.split_at(i);
        if !is_syllable(head) || !is_syllable(rest) {
            continue;
        }
        let spaced = format!("{head} {rest}");
        if let Some(m) = VOCAB.longest_in(&spaced, 0)
            && m.end == spaced.len()
            && m.tags.title
        {
            return Some((start + i, m.entry));
        }
    }
    None
}

/// The most bytes of two syllables of a title written without a space ("Trưởngphòng":
/// fifteen).
const MAX_UNSPACED: usize = 16;

/// The fewest bytes of a syllable glued to a stop word ("Lêlà": six).
const MIN_GLUED: usize = 5;

/// The most chars of one Vietnamese syllable ("nghiêng": 7).
const SYLLABLE_CHARS: usize = 7;

/// The byte inside the capitalised word `w` of `text` where a stop or link word of the
/// officials' dictionary starts that a name's last syllable was glued to by a missing space
/// ("Bỉnhcho biết", "Hươngnói", "Thuầnvà"), if any: the word is no Vietnamese syllable
/// (it has two runs of vowels, [`has_vowel_runs`]), the part before is one
/// ([`has_syllable_shape`], the crate's syllable model), and the
/// entry starts right after it and runs to the word's end or past it. A foreign word may
/// be spelled like a syllable and a stop word ("Lando", "Sancho biết"), but carries no
/// Vietnamese mark: the word or the capitalised syllable before it must carry one ("Tấn
/// Bỉnhcho", "Thanh Longđã"); the part after, when the entry ends with the word ("nói",
/// "đã", "và", not "do").
fn stop_glued(text: &str, words: &[Word], k: usize) -> Option<usize> {
    let w = words.get(k)?;
    let (start, end) = (w.start(), w.end());
    let word = text.get(start..end)?;
    // (the word has two runs of vowels, [`vowel_runs`], which the caller looked at)
    if w.apostrophe() {
        return None;
    }
    let marked = |v: &Word| {
        let s = text.get(v.start()..v.end()).unwrap_or_default();
        !s.is_ascii() && has_syllable_shape(s)
    };
    let before = k
        .checked_sub(1)
        .and_then(|j| words.get(j))
        .is_some_and(|v| w.gap() == Gap::Space && v.case() == Case::Title && marked(v));
    if !before && word.is_ascii() {
        return None;
    }
    for (i, _) in word.char_indices().skip(1).take(SYLLABLE_CHARS) {
        let (head, rest) = word.split_at(i);
        if !has_syllable_shape(head) {
            continue;
        }
        let p = start + i;
        let Some(m) = VOCAB.longest_in(text.get(p..)?, 0) else {
            continue;
        };
        let x = m.tags;
        if (x.stop || x.link) && p + m.end >= end && (!rest.is_ascii() || p + m.end > end) {
            return Some(p);
        }
    }
    None
}

/// Is the word `w` of `text` no Vietnamese syllable, having two runs of vowels
/// ([`has_vowel_runs`])? What [`stop_glued`] and [`title_unspaced`] need of a word: the
/// cheap look, made first and once (most capitalised words are one syllable, one run of
/// vowels).
fn vowel_runs(text: &str, w: &Word) -> bool {
    text.get(w.start()..w.end()).is_some_and(has_vowel_runs)
}

/// May [`split`] split the word of case `case`, of `len` bytes, whose first char is a
/// letter (`letter_first`: not a digit) and which has an inner apostrophe or not? A
/// capitalised word of [`MIN_GLUED`] bytes at least, or one of mixed case that is no
/// number and has no apostrophe. The words' reader notes these words as it reads them
/// (`from_tokens::Reader::push`), so that [`split`] looks at them alone.
#[inline(always)]
pub(super) fn may_split(case: Case, len: usize, letter_first: bool, apostrophe: bool) -> bool {
    match case {
        Case::Title => len >= MIN_GLUED,
        Case::Other => letter_first && !apostrophe,
        Case::Lower | Case::Upper => false,
    }
}

/// The indices of the bits set in `marked` (bit `k % 64` of `marked[k / 64]` is `k`), in
/// order.
fn noted(marked: &[u64]) -> impl Iterator<Item = usize> + '_ {
    marked.iter().enumerate().flat_map(|(at, &bits)| {
        let mut rest = bits;
        std::iter::from_fn(move || {
            (rest != 0).then(|| {
                let k = rest.trailing_zeros() as usize;
                rest &= rest - 1;
                at * 64 + k
            })
        })
    })
}

/// Tags the word `w` again, with the dictionary read on `text` from byte `from` on (a
/// word start, where `text` may go on with no space: the part of a glued word after the
/// change), from the word's start as a word with an apostrophe is: a few words are read
/// again so.
fn retag(text: &str, from: usize, w: &mut Word) {
    let (start, end) = (w.start(), w.end());
    let hash = text_word_hash(text.get(start..end).unwrap_or_default());
    if !VOCAB.may_start(hash) {
        return;
    }
    let tail = text.get(from..).unwrap_or_default();
    let Some(at) = start.checked_sub(from) else {
        return;
    };
    if let Some(mut m) = VOCAB.longest_in(tail, at) {
        m.end += from;
        set_match(text.as_bytes(), w, &m, w.apostrophe());
    }
}

/// Splits the glued words of `words` into two (of those `marked` as words it may split,
/// [`may_split`]: bit `k % 64` of `marked[k / 64]` for word `k`): a word of mixed case ([`Case::Other`]) at
/// its change, the part before tagged again with the words before it that its entry starts
/// at (the text read up to the change), or on its own where a title starts at the change
/// ([`title_glued`]), and the part after it tagged on its own; a
/// capitalised word before the stop word glued to it ([`stop_glued`]).
/// `field_seps` (indices into `words`) are moved with the words.
///
/// # Time complexity
///
/// Linear in the number of marked words (and of `marked`'s 64-bit words), and in the
/// bytes of the marked words and of the few words before each. Where words are split, the words after the first split move
/// once, in place (the vector grows by one a split).
// (out of the words' loop: once a text)
#[inline(never)]
pub(super) fn split(text: &str, words: &mut Vec<Word>, marked: &[u64], field_seps: &mut [u32]) {
    let mut splits = Vec::new();
    // (the splits of a title written without its space, and its entry)
    let mut unspaced_at: Vec<(usize, usize)> = Vec::new();
    for k in noted(marked) {
        let Some(w) = words.get(k) else { break };
        let len = w.end() - w.start();
        let first_letter = text
            .as_bytes()
            .get(w.start())
            .is_some_and(|b| !b.is_ascii_digit());
        if !may_split(w.case(), len, first_letter, w.apostrophe()) {
            continue;
        }
        if w.case() == Case::Title {
            // (a name's syllable after another, or after a word of address or a title)
            let after_name = w.gap() == Gap::Space
                && k > 0
                && (words[k - 1].case() == Case::Title || words[k - 1].tag != 0);
            let unspaced = w.tag == 0 && len <= MAX_UNSPACED;
            // (both look for two runs of vowels: the cheap look first, once)
            if !(after_name || unspaced) || !vowel_runs(text, w) {
                continue;
            }
            if after_name && let Some(p) = stop_glued(text, words, k) {
                splits.push((k, p, k));
            } else if unspaced && let Some((p, entry)) = title_unspaced(text, w.start(), w.end()) {
                unspaced_at.push((splits.len(), entry));
                splits.push((k, p, k));
            }
            continue;
        }
        let Some(p) = change_at(text, w.start(), w.end()) else {
            continue;
        };
        if let Some(from) = entry_before(text, words, k, p) {
            splits.push((k, p, from));
        } else if title_glued(text, w.start(), p) {
            splits.push((k, p, k));
        } else if syllables_glued(text, w.start(), p, w.end()) {
            // (the part before may end a place's name of several words, a country's:
            // "Trung QuốcNgụy", tagged again with the words its entry starts at)
            let from = entry_ending_at(text, words, k, p, |x| x.country).unwrap_or(k);
            splits.push((k, p, from));
        }
    }
    if splits.is_empty() {
        return;
    }
    // the words moved to their places from the last on, in the room the splits add at
    // the end (the tokens' room, which the words are written over, has it mostly); the
    // two parts of each split word written in its place
    let old = words.len();
    let Some(&fill) = words.first() else { return };
    words.resize(old + splits.len(), fill);
    let (mut src_end, mut end) = (old, words.len());
    for &(k, p, _) in splits.iter().rev() {
        let Some(&w) = words.get(k) else { return };
        let n = src_end - (k + 1);
        words.copy_within(k + 1..src_end, end - n);
        end -= n + 2;
        src_end = k;
        let (start, stop) = (w.start(), w.end());
        let head = Word::new(start, p, shape_of(text, start, p).case(), w.gap(), false);
        let after = Word::new(p, stop, shape_of(text, p, stop).case(), Gap::Space, false);
        if let Some(two) = words.get_mut(end..end + 2) {
            two.copy_from_slice(&[head, after]);
        }
    }
    // then tagged again in text order, as if the words were written one after another: the
    // i-th split word's part before the change at `k + i`, with the words its entry
    // starts at (the text read up to the change), and the part after it on its own
    for (i, &(k, p, from)) in splits.iter().enumerate() {
        let at = k + i;
        let head = text.get(..p).unwrap_or_default();
        for v in words.get_mut(at - (k - from)..=at).unwrap_or_default() {
            retag(head, 0, v);
        }
        if let Some(after) = words.get_mut(at + 1) {
            retag(text, p, after);
        }
    }
    // a title written without its space is the two words' entry, as if it were there
    for &(i, entry) in &unspaced_at {
        if let Some(&(k, _, _)) = splits.get(i)
            && let Some(head) = words.get_mut(k + i)
        {
            head.set_tag(2, false, entry);
        }
    }
    // a word after the k-th split is `k` further on
    let mut moved = 0;
    let mut at = splits.iter().peekable();
    for s in field_seps.iter_mut() {
        while at.next_if(|x| (x.0 as u32) < *s).is_some() {
            moved += 1;
        }
        *s += moved;
    }
}
