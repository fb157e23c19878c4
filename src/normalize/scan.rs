//! The fast scan of clean text: most news needs no change at all, and this scan proves it
//! with the least work per byte, stopping where the full clean-up ([`super::clean`]) may
//! have something to do.

use super::ToneStyle;
use super::class::{Classes, DELETE, FIX, HINT, LETTER, MARK, REPLACE, TONED, VOWEL};
use super::clean::legacy_hint;
use super::{legacy, tone};

/// The ASCII bytes the clean-up must look at, in order: `\r` (line ends to fix) and the
/// VIQR marks (legacy hints): `^`, `` ` ``, `~` anywhere, `(` and `+` after a vowel ("a(",
/// "o+", "u+"). They are rare in news, so a vectorized search for them beforehand leaves
/// [`fast_scan`] only the non-ASCII bytes to find.
pub(super) fn stops(bytes: &[u8]) -> Vec<usize> {
    let a = memchr::memchr3_iter(b'\r', b'^', b'`', bytes);
    let b = memchr::memchr3_iter(b'~', b'(', b'+', bytes)
        .filter(|&i| bytes[i] == b'~' || legacy::viqr_after_vowel(bytes, i));
    let (a, b): (Vec<usize>, Vec<usize>) = (a.collect(), b.collect());
    if b.is_empty() {
        return a;
    }
    // merge the two sorted lists
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut x, mut y) = (a.iter().peekable(), b.iter().peekable());
    while let (Some(&&p), Some(&&q)) = (x.peek(), y.peek()) {
        if p < q {
            out.push(p);
            x.next();
        } else {
            out.push(q);
            y.next();
        }
    }
    out.extend(x);
    out.extend(y);
    out
}

/// [`LETTER`] and [`VOWEL`] of ASCII letters; 0 for every other byte (all of 0x80..).
pub(super) static ASCII_LETTERS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphabetic() {
            t[b] = LETTER;
            if matches!(
                (b as u8).to_ascii_lowercase(),
                b'a' | b'e' | b'i' | b'o' | b'u' | b'y'
            ) {
                t[b] |= VOWEL;
            }
        }
        b += 1;
    }
    t
};

/// The first byte in `from..limit` (`from` starts a line; `limit` is a [`stops`] position
/// or the end) where [`clean_lines`] may find something to change or a legacy hint to
/// note; `limit` when there is none.
///
/// It may stop early (a word that is not a syllable) but never passes over anything the
/// full clean-up would change: a character to clean up or compose, a combining mark, a
/// legacy hint, a misplaced tone mark. ASCII goes eight bytes at a time, and the common
/// path has no branch that depends on the text but the ends of ASCII runs.
///
/// Each round reads a window of sixteen bytes from `i` (zero-padded at the end of the
/// text: zeros are ASCII and no letter, as the end of the text is to [`cluster_at`]), so
/// that the ASCII run, the character after it, the byte before it and the byte after it
/// are all read from the window without a bounds check. The character before the current
/// one is either the last byte of the ASCII run (when the run is not empty) or the last
/// non-ASCII character, whose class is kept in `last`.
#[inline(never)]
pub(super) fn fast_scan(
    src: &str,
    from: usize,
    limit: usize,
    style: ToneStyle,
    t: Classes,
    memo: &mut Memo,
) -> usize {
    const HI: u64 = 0x8080_8080_8080_8080;
    const TROUBLE: u8 = MARK | FIX | DELETE | REPLACE | HINT;
    let bytes = src.as_bytes();
    let limit = limit.min(bytes.len());
    let mut i = from;
    // the class of the character that ends at `i` when it is not ASCII, or of the ASCII
    // byte before `i` ([`ASCII_LETTERS`]): only its VOWEL and TONED bits are read
    let mut last = from
        .checked_sub(1)
        .map_or(0, |k| ASCII_LETTERS[usize::from(bytes[k])]);
    let mut pad: [u8; 16];
    while i < limit {
        let w: &[u8; 16] = match bytes.get(i..).and_then(|r| r.first_chunk::<16>()) {
            Some(w) => w,
            None => {
                let rest = &bytes[i..];
                pad = [0; 16];
                pad[..rest.len()].copy_from_slice(rest);
                &pad
            }
        };
        let chunk = u64::from_le_bytes(*w.first_chunk::<8>().unwrap_or(&[0; 8]));
        let run = ((chunk & HI).trailing_zeros() / 8) as usize;
        if run >= 8 {
            i += 8;
            last = ASCII_LETTERS[usize::from(w[7])];
            continue;
        }
        i += run;
        if i >= limit {
            break;
        }
        let (f, len) = t.at_common(w[run], w[run + 1], w[run + 2]);
        let (f, len) = if f & TROUBLE == 0 {
            (f, len)
        } else {
            // the exact class (`at_common` may have said [`OTHER`](super::class::OTHER)), and any trouble
            let (f, len) = t.at(bytes, i);
            if f & (MARK | FIX | DELETE | REPLACE) != 0 || legacy_hint(bytes, i, f) {
                return i;
            }
            (f, len)
        };
        // the class of the character before: the ASCII byte before `i`, or `last`
        let before = ASCII_LETTERS[usize::from(w[run.wrapping_sub(1) & 15])];
        let before = if run == 0 { last } else { before };
        let next = ASCII_LETTERS[usize::from(w[(run + len) & 15])];
        // non-short-circuit operators and selects: no branch but `look`, which is rare
        let cluster = (next & VOWEL != 0) | ((next & LETTER == 0) & (before & VOWEL != 0));
        let look = (f & VOWEL != 0) & ((before & TONED != 0) | ((f & TONED != 0) & cluster));
        last = f;
        if look {
            match right_word(src, i, from, style, t, memo) {
                Ok(end) => {
                    // the character at `end` is no letter, so no vowel, and `last` is
                    // not read for it; the one after it reads its own
                    i = end;
                    continue;
                }
                Err(start) => return start,
            }
        }
        i += len;
    }
    limit.min(i)
}

/// The word around the vowel at `i` in [`fast_scan`]: its start and its end when the
/// clean-up leaves it as it is, `Err(start)` when it may not.
///
/// Everything before `i` was passed by the scan already (so it holds letters and nothing
/// to clean up); the word is read back to its start and on to its end, one class look-up a
/// character, and its tone checked once per distinct word ([`Memo`]).
#[inline]
fn right_word(
    src: &str,
    i: usize,
    from: usize,
    style: ToneStyle,
    t: Classes,
    memo: &mut Memo,
) -> Result<usize, usize> {
    let bytes = src.as_bytes();
    // back over letters: ASCII by a byte, others from their lead byte
    let mut start = i;
    while start > from {
        let b = bytes[start - 1];
        if b < 0x80 {
            if ASCII_LETTERS[usize::from(b)] & LETTER == 0 {
                break;
            }
            start -= 1;
            continue;
        }
        let mut lead = start - 1;
        while lead > from && bytes[lead] & 0xC0 == 0x80 {
            lead -= 1;
        }
        if t.at(bytes, lead).0 & LETTER == 0 {
            break;
        }
        start = lead;
    }
    // on to the end, counting vowels and tone marks; anything to clean up sends the word
    // to the full clean-up
    let (mut end, mut vowels, mut toned) = (start, 0u32, 0u32);
    while let Some(&b) = bytes.get(end) {
        let (f, len) = if b < 0x80 {
            (ASCII_LETTERS[usize::from(b)], 1)
        } else {
            t.at(bytes, end)
        };
        if f & (MARK | FIX | DELETE | HINT) != 0
            && (f & (MARK | FIX | DELETE) != 0 || legacy_hint(bytes, end, f))
        {
            return Err(start);
        }
        if f & LETTER == 0 {
            break;
        }
        vowels += u32::from(f & VOWEL != 0);
        toned += u32::from(f & TONED != 0);
        end += len;
    }
    if toned == 1 && vowels >= 2 && !memo.right(src, start, end, style) {
        return Err(start);
    }
    Ok(end)
}

/// Words found right by the tone check, remembered so that the check runs once per
/// distinct word (news repeats its words: của, tại, báo, giá): a direct-mapped table of
/// words of up to 15 bytes, packed with their length and the tone style into a `u128`.
///
/// The check is a function of the word and the style alone, so the table outlives the
/// text: a dropped memo leaves it to the thread's next one ([`SPARE`]), and a text of a
/// few kilobytes neither allocates nor zeroes eight.
pub(super) struct Memo(Option<Box<[u128; 512]>>);

thread_local! {
    /// The table of the last [`Memo`] dropped on this thread.
    static SPARE: std::cell::Cell<Option<Box<[u128; 512]>>> = const { std::cell::Cell::new(None) };
}

impl Default for Memo {
    fn default() -> Memo {
        Memo(SPARE.take())
    }
}

impl Drop for Memo {
    fn drop(&mut self) {
        if let Some(table) = self.0.take() {
            SPARE.set(Some(table));
        }
    }
}

impl Memo {
    /// True when [`tone::retone`] leaves the word `start..end` of `src` as it is.
    fn right(&mut self, src: &str, start: usize, end: usize, style: ToneStyle) -> bool {
        let len = end - start;
        let Some(chunk) = src.as_bytes().get(start..start + 16).filter(|_| len < 16) else {
            return tone::retone(&src[start..end], style).is_none();
        };
        let mut key = [0u8; 16];
        key.copy_from_slice(chunk);
        // the length takes four bits (it is below 16), the style two
        let key = u128::from_le_bytes(key) & ((1u128 << (8 * len)) - 1)
            | (len as u128) << 120
            | (style as u128) << 124;
        let folded = (key as u64) ^ (key >> 64) as u64;
        let slot = (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55) as usize;
        let table = self.0.get_or_insert_with(|| Box::new([0; 512]));
        if table[slot] == key {
            return true;
        }
        let right = tone::retone(&src[start..end], style).is_none();
        if right {
            table[slot] = key;
        }
        right
    }
}

/// True when the marked vowel `i..i + len` may be in a vowel cluster whose mark is
/// misplaced: a vowel follows it (ASCII here; a non-ASCII one is caught at its own turn),
/// or it ends the word with a vowel before it (ASCII, or the non-ASCII vowel that ended at
/// `vowel_end`). A consonant after it closes the cluster with the mark on its last vowel,
/// where it belongs (hoàn, toán), whatever comes before. Non-short-circuit operators: no
/// branch.
#[inline(always)]
pub(super) fn cluster_at(bytes: &[u8], i: usize, len: usize, vowel_end: usize) -> bool {
    let next = ASCII_LETTERS[usize::from(bytes.get(i + len).copied().unwrap_or(0))];
    let prev = ASCII_LETTERS[usize::from(bytes[i.saturating_sub(1)])];
    (next & VOWEL != 0) | ((next & LETTER == 0) & ((i == vowel_end) | (prev & VOWEL != 0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The memo answers as the tone check, for words checked before under another style
    /// or by an earlier memo of the thread (whose table it inherits).
    #[test]
    fn memo_is_the_tone_check_across_styles_and_texts() {
        let text = "hoà hòa thuỷ thủy khoẻ khỏe Thuý Thúy quỳnh quýnh của tại giá báo \
                    hoàn toán nguyễn nguyẽn uỷ ủy oà òa";
        let words: Vec<(usize, usize)> = text
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(|w| {
                let start = w.as_ptr() as usize - text.as_ptr() as usize;
                (start, start + w.len())
            })
            .collect();
        let styles = [
            ToneStyle::Old,
            ToneStyle::New,
            ToneStyle::Keep,
            ToneStyle::Old,
        ];
        for round in 0..3 {
            for style in styles {
                let mut memo = Memo::default();
                for _ in 0..2 {
                    for &(s, e) in &words {
                        let want = tone::retone(&text[s..e], style).is_none();
                        assert_eq!(
                            memo.right(text, s, e, style),
                            want,
                            "{round} {style:?} {}",
                            &text[s..e]
                        );
                    }
                }
            }
        }
    }
}
