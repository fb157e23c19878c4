//! The byline: the author or source line at the end ("Ngọc Trinh", "Theo TTXVN").

use super::caption::is_caption_cue;
use super::lexicon::LEX;
use super::{TAIL_WINDOW, is_closer, is_terminal};
use crate::segment;
use crate::span::Span;

/// The byline among the content paragraphs `content` of `text`: the last paragraph (with
/// one more short one before it), or the last sentence of the last paragraph, which is
/// then shortened to end before it. Returns the byline and how many paragraphs of
/// `content` remain the body.
pub(super) fn find(text: &str, content: &mut [Span]) -> (Option<Span>, usize) {
    let line = |s: Span| &text[s.start..s.end];
    let n = content.len();
    if n >= 2 && is_byline(line(content[n - 1]), line(content[n - 2]).ends_with("./.")) {
        let mut span = content[n - 1];
        let mut body_end = n - 1;
        if n >= 4 {
            let prev = line(content[n - 2]);
            // (counting stops past the limit: `prev` may be a long paragraph)
            if prev.split_whitespace().take(7).count() <= 6 && is_byline(prev, false) {
                span.start = content[n - 2].start;
                body_end = n - 2;
            }
        }
        return (Some(span), body_end);
    }
    if let (true, Some(last)) = (n >= 2, content.last_mut()) {
        let l = line(*last);
        if let Some((mut at, relaxed)) = tail_start(l)
            && {
                at += skip_bracket_group(&l[at..]);
                is_byline(&l[at..], relaxed)
            }
        {
            let byline = Span::new(last.start + at, last.end);
            last.end = last.start + l[..at].trim_end().len();
            return (Some(byline), n);
        }
    }
    (None, n)
}

/// True when `s` reads as a byline: short, no final punctuation, capitalised words and cue
/// words, or a source line opened by a source cue ("Theo …", "Nguồn: …"). `relaxed` (after the end mark `./.`) allows one
/// lower-case word.
pub(super) fn is_byline(s: &str, relaxed: bool) -> bool {
    let s = s.trim();
    if s.is_empty() || s.len() > 100 {
        return false;
    }
    if s.chars()
        .last()
        .is_some_and(|c| is_terminal(c) || matches!(c, ':' | ';' | ',' | '-' | '–'))
    {
        return false;
    }
    let toks: Vec<&str> = s.split_whitespace().collect();
    if toks.len() > 10 {
        return false;
    }
    let lower = s.to_lowercase();
    let ltoks: Vec<&str> = lower.split_whitespace().collect();
    if ltoks.len() != toks.len() {
        return false;
    }
    // A source line: "Theo Dân trí", "Nguồn: Dân Trí", "(Theo Reuters)".
    if LEX
        .byline_cues
        .iter()
        .any(|(cue, source)| *source && cue.len() == 1 && cue[0] == ltoks[0])
    {
        return (2..=8).contains(&toks.len());
    }
    if is_caption_cue(s) {
        return false;
    }
    let mut named = false;
    let mut lower_words = 0usize;
    let mut source = false;
    let mut in_bracket = false;
    let mut i = 0;
    'outer: while i < ltoks.len() {
        for (cue, is_source) in &LEX.byline_cues {
            let n = cue.len();
            if ltoks.len() - i >= n && ltoks[i..i + n].iter().zip(cue).all(|(a, b)| a == b) {
                if cue.iter().any(|w| w.chars().any(char::is_alphabetic)) {
                    named = true;
                }
                // Source names, which may have lower-case words, follow a source cue.
                if *is_source {
                    source = true;
                }
                i += n;
                continue 'outer;
            }
        }
        let raw = toks[i];
        let t = raw.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | '"' | '“' | '”'));
        match t.chars().next() {
            Some(c) if c.is_uppercase() => named = true,
            // Inside brackets after a name: "Tuấn Hiệp (LĐLĐ tỉnh)".
            Some(_) if !(source || (in_bracket && named)) => lower_words += 1,
            _ => {}
        }
        // a bracket after a name ("Tuấn Hiệp (LĐLĐ tỉnh)"), not one that opens the line
        if raw.starts_with('(') && i > 0 {
            in_bracket = true;
        }
        if raw.ends_with(')') {
            in_bracket = false;
        }
        i += 1;
    }
    named && (lower_words == 0 || (relaxed && lower_words == 1))
}

/// Where the last sentence of `par` starts (an offset into `par`) when another sentence
/// comes before it and it is at most 160 bytes long, and whether the sentence before ended
/// with the end mark `./.`. The segmenter knows abbreviations ("TP. Hồ Chí Minh") and
/// initials ("H. Nam").
fn tail_start(par: &str) -> Option<(usize, bool)> {
    // Only the end of the line is segmented: the last sentence may be at most 160 bytes,
    // and a sentence boundary depends on a few bytes around it.
    let mut from = par.len().saturating_sub(TAIL_WINDOW);
    while !par.is_char_boundary(from) {
        from -= 1;
    }
    let window = &par[from..];
    let (mut prev, mut last) = (None, None);
    for s in segment::sentences(window) {
        prev = last;
        last = Some(Span::new(from + s.start, from + s.end));
    }
    let (prev, last) = (prev?, last?);
    if par.len() - last.start > 160 {
        return None;
    }
    let before = par[prev.start..prev.end].trim_end_matches(is_closer);
    if !before.chars().next_back().is_some_and(is_terminal) {
        return None;
    }
    Some((last.start, before.ends_with("./.")))
}

/// The length of a bracketed group ("(Xem tiếp) ", "(Ảnh tư liệu) ") that opens `s` and is
/// followed by more words, with the spaces after it; 0 when there is none.
fn skip_bracket_group(s: &str) -> usize {
    if !s.starts_with('(') {
        return 0;
    }
    match s.find(')') {
        Some(close) if close < 40 && !s[close + 1..].trim().is_empty() => {
            let rest = &s[close + 1..];
            close + 1 + (rest.len() - rest.trim_start().len())
        }
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines() {
        for s in [
            "Ngọc Trinh",
            "Kim Thanh (T/h)",
            "Theo TTXVN",
            "PV",
            "Nhóm PV",
            "Minh Anh - Hoàng Nam",
            "Theo Dân trí",
            "H. Nam (Tổng hợp)",
        ] {
            assert!(is_byline(s, false), "{s}");
        }
        for s in [
            "Buổi làm việc kết thúc.",
            "Cuộc sống còn khó khăn",
            "Ảnh: TTXVN",
        ] {
            assert!(!is_byline(s, false), "{s}");
        }
    }
}
