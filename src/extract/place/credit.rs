//! Credits: who took a photo or gave a text ("(Ảnh: Công an huyện Ea Súp)", "Ảnh: Sài Gòn
//! tiếp thị.", "Nguồn: Reuters") name a newspaper, a body or a person, never a place of
//! the article.

use super::Mention;
use super::words::is_word_char;
use crate::span::Span;

/// The words that open a credit, before its colon.
const MARKS: [&str; 10] = [
    "Ảnh", "ảnh", "Nguồn", "nguồn", "Photo", "photo", "Video", "video", "Clip", "clip",
];

/// Most words of a credit: a longer run after "Ảnh:" is a caption.
const MAX_WORDS: usize = 7;

/// How far a credit runs at most, in bytes.
const MAX_LEN: usize = 200;

/// The credits of `text`: after a mark and its colon, up to the closing bracket, the end
/// of the line or of the sentence, when that is at most [`MAX_WORDS`] words and holds no
/// opening bracket ("Ảnh: Du khách từ Việt Nam và Úc (trừ bang Victoria) …" is a caption).
///
/// # Time complexity
///
/// Linear in `text.len()`: each colon looks back at one word and forward at most
/// [`MAX_LEN`] bytes.
pub(super) fn credits(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for colon in memchr::memchr_iter(b':', text.as_bytes()) {
        let head = text[..colon].trim_end_matches(' ');
        let Some(mark) = MARKS.iter().find(|m| head.ends_with(*m)) else {
            continue;
        };
        let mark_at = head.len() - mark.len();
        if text[..mark_at]
            .chars()
            .next_back()
            .is_some_and(is_word_char)
        {
            continue;
        }
        let start = colon + 1;
        let mut end = (start + MAX_LEN).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let window = &text[start..end];
        let stop = window.char_indices().find(|&(i, c)| {
            matches!(c, ')' | '\n' | '(')
                || (c == '.' && window[i + 1..].chars().next().is_none_or(|n| n == ' '))
        });
        let (len, closed) = match stop {
            Some((_, '(')) => continue,
            Some((i, _)) => (i, true),
            None => (window.len(), end == text.len()),
        };
        let credit = &window[..len];
        if closed && credit.split_whitespace().count() <= MAX_WORDS {
            out.push(Span::new(start, start + len));
        }
    }
    out
}

/// Drops the mentions of `found` that lie inside one of `credits` (in order of start).
///
/// # Time complexity
///
/// `O(n log k)` for `n` mentions and `k` credits.
pub(super) fn drop_credited(found: &mut Vec<Mention>, credits: &[Span]) {
    if credits.is_empty() {
        return;
    }
    found.retain(|m| {
        let i = credits.partition_point(|c| c.start <= m.span().start);
        i.checked_sub(1)
            .is_none_or(|i| m.span().end > credits[i].end)
    });
}
