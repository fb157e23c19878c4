//! Article structure: headline, byline, end mark, photo captions and trailing boilerplate.
//!
//! Runs on normalized text, before segmentation and extraction, so that what is trimmed
//! (boilerplate, the byline) yields no sentences and no facts. The rules are deliberately
//! conservative; every cue word is data in `src/lexicon/structure_*.txt`.
//!
//! # Rules
//!
//! * **Boilerplate.** A line that starts with a marker of `structure_boilerplate.txt`
//!   ("Tin cùng chuyên mục", "Xem thêm:", …) followed by nothing, a colon, or (for the
//!   related-news markers) a capitalised headline, or a line made only of the widget words of
//!   `structure_widgets.txt` ("Chia sẻ", "In bài", "Facebook", …), opens the trailing
//!   boilerplate: it and everything after it are trimmed. In a one-line body the marker
//!   counts after a sentence end (`./. Xem thêm:`), never inside a sentence, and only in
//!   the second half of the text or in its last 400 bytes. Such lines before any content
//!   are trimmed too, as one stretch from the first to the end of the last, of the kind of
//!   the first: an article has at most two `boilerplate` records, the leading and the
//!   trailing stretch.
//! * **Byline.** The last line when it is short and made of capitalised words and cue words
//!   of `structure_byline_cues.txt` ("Ngọc Trinh", "Kim Thanh (T/h)", "PV", "Nhóm PV"), or a
//!   "Theo …" source line; one more such line before it joins it ("Ngọc Trinh" /
//!   "Theo TTXVN"). At the end of a long last line (in a text of two lines or more), only
//!   the last sentence counts, and only under the same rule (`… ./. Kim Thanh (T/h)`);
//!   after the end mark `./.` one lower-case word is allowed ("Phương Anh/VOV-Trung tâm
//!   Tin").
//! * **End mark.** `./.` (or a spaced `. /.`) at the end of the body (the sentence keeps
//!   it).
//! * **Title.** The first line, when more lines follow and it reads as a headline: one
//!   sentence, 2–40 words, at most 160 characters, opening with a capital, a digit or a
//!   quote, ending in no punctuation but "?" or "!", not opening with a dated lead
//!   ("Ngày 20/5/1947, …").
//! * **Captions.** A line between two paragraphs that carries a photo cue of
//!   `structure_caption_cues.txt` ("Ảnh: …", "(Ảnh: …)", "Ảnh minh họa"), or a short
//!   standalone line (one sentence of 5–30 words, no colon at the end) that opens with a
//!   subject and names an activity of `structure_caption_words.txt` ("Đồng chí … chủ trì
//!   buổi làm việc.", with or without a final period), between two paragraphs that end in
//!   sentence punctuation and are each at least 1.5 times its length.
//!
//! # JSON
//!
//! Flattened into the article (DESIGN.md keeps `title` and `byline` as strings; the spans
//! sit beside them, all byte ranges of the original input, every field skipped when empty).
//! On the reference article `fixtures/duc-ninh-2023.txt`:
//!
//! ```json
//! {"title": "Thường trực Huyện ủy làm việc với Đảng ủy xã Đức Ninh",
//!  "title_span": {"start": 0, "end": 76},
//!  "byline": "Ngọc Trinh", "byline_span": {"start": 5717, "end": 5729},
//!  "end_mark": {"start": 5712, "end": 5715},
//!  "captions": [{"start": 777, "end": 857}, {"start": 1707, "end": 1808}, {"start": 2092, "end": 2169}],
//!  "boilerplate": [{"start": 5731, "end": 5754, "kind": "related"}]}
//! ```
//!
//! `kind` is `related` ("Tin cùng chuyên mục", "Tin liên quan"), `see_also` ("Xem thêm:",
//! ">>") or `share` (widget lines). The title and captions stay in `paragraphs` and
//! `sentences` and are searched for facts; the byline and boilerplate do not and are not.
//!
//! # Time complexity
//!
//! Linear in the text: every line is visited a fixed number of times, lower-casing is
//! bounded to marker-sized prefixes and short lines, and markers inside long lines are found with
//! one Aho-Corasick pass.

mod boilerplate;
mod byline;
mod caption;
mod lexicon;
mod title;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::segment;
use crate::span::{OffsetMap, Span};

/// The structure of an article: headline, byline, end mark, captions and trimmed
/// boilerplate. Spans are byte ranges of the original input; texts are normalized.
///
/// In [`crate::Article`] these fields are flattened into the article's JSON.
///
/// # Examples
///
/// ```
/// let text = "Thường trực Huyện ủy làm việc với Đảng ủy xã Đức Ninh\n\
///             Ngày 19/9, Thường trực Huyện uỷ đã có buổi làm việc với Đảng uỷ xã Đức Ninh./.\n\
///             Ngọc Trinh\n\
///             Tin cùng chuyên mục";
/// let article = vinews::Article::parse(text);
/// let s = &article.structure;
/// assert_eq!(s.title.as_deref(), Some("Thường trực Huyện ủy làm việc với Đảng ủy xã Đức Ninh"));
/// assert_eq!(s.byline.as_deref(), Some("Ngọc Trinh"));
/// assert_eq!(s.end_mark.and_then(|m| m.slice(text)), Some("./."));
/// assert_eq!(s.boilerplate[0].kind, vinews::BoilerplateKind::Related);
/// // The byline and the boilerplate give no sentence.
/// assert_eq!(article.sentences.len(), 2);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Structure {
    /// The headline (first line), normalized.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Where the headline is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title_span: Option<Span>,
    /// The author or source line at the end, normalized, with line breaks as spaces.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// Where the byline is; it is trimmed from sentences and facts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline_span: Option<Span>,
    /// The end mark `./.` closing the body, when present (its sentence keeps it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_mark: Option<Span>,
    /// Photo caption lines, in order (they stay in paragraphs and sentences).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub captions: Vec<Span>,
    /// Trimmed boilerplate, in order: no sentence or fact comes from it. At most two
    /// stretches: the marker and widget lines before the content (one record for all of
    /// them, of the kind of the first), and the trailing stretch from its marker to the end.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub boilerplate: Vec<Boilerplate>,
}

/// A stretch of trimmed boilerplate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Boilerplate {
    /// Where it is: from the marker to the end of the text.
    #[serde(flatten)]
    pub span: Span,
    /// What opened it.
    pub kind: BoilerplateKind,
}

/// What kind of marker opened a stretch of boilerplate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BoilerplateKind {
    /// Related or latest news lists: "Tin cùng chuyên mục", "Tin liên quan", "Tin mới".
    Related,
    /// "Xem thêm", "Đọc thêm": links to other articles.
    SeeAlso,
    /// Share, print and comment widgets: "Chia sẻ", "In bài", "Facebook", "Zalo".
    Share,
}

/// A marker inside a line cuts the rest only in the second half of the text or when at
/// most this many bytes follow it.
const INLINE_TAIL: usize = 400;
/// How many bytes at the end of a line are segmented to find its last sentence.
const TAIL_WINDOW: usize = 480;
/// A headline is at most this many characters (news sites cut theirs near 120).
const MAX_TITLE_CHARS: usize = 160;
/// Lines longer than this are never widget lines, bylines or titles.
const SHORT_LINE: usize = 120;

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | '»' | ']')
}

/// True when `line` is one sentence; a break after an ellipsis ("doanh nghiệp... "chết
/// yểu"") does not count.
fn one_sentence(line: &str) -> bool {
    let mut breaks = segment::sentences(line).filter(|s| {
        let t = line[s.start..s.end].trim_end_matches(is_closer);
        !(t.ends_with('…') || t.ends_with("..."))
    });
    breaks.next().is_some() && breaks.next().is_none()
}

/// Structure in normalized coordinates.
#[derive(Debug, Default)]
struct Layout {
    /// The paragraphs of the text before the trailing boilerplate, without the leading
    /// boilerplate lines (the last one shortened by an in-line cut or a byline at its
    /// end): every paragraph that blanking does not remove whole.
    paras: Vec<Span>,
    title: Option<Span>,
    byline: Option<Span>,
    end_mark: Option<Span>,
    captions: Vec<Span>,
    boilerplate: Vec<(Span, BoilerplateKind)>,
}

/// The structure of the normalized `text`, found in order: boilerplate, byline, end mark,
/// title, captions.
fn layout(text: &str) -> Layout {
    let mut out = Layout::default();
    let line = |s: Span| &text[s.start..s.end];

    // 1. Boilerplate: the first marker or widget line after some content cuts the rest.
    // Only the content paragraphs are kept: the leading boilerplate lines and the
    // paragraphs after the cut are blanked out whole, so they are no paragraphs of the
    // text handed on (a list of every line was 16 bytes a line, issue 15).
    let mut content = Vec::new();
    let cut = boilerplate::cut(
        text,
        segment::paragraphs(text),
        &mut out.boilerplate,
        &mut content,
    );
    if let Some((start, kind)) = cut {
        let end = text.trim_end().len().max(start);
        out.boilerplate.push((Span::new(start, end), kind));
    }
    // The last content paragraph, shortened by an in-line cut.
    if let (Some(last), Some((start, _))) = (content.last_mut(), cut)
        && start > last.start
        && start < last.end
    {
        last.end = last.start + text[last.start..start].trim_end().len();
    }

    // 2. Byline.
    let body_end;
    (out.byline, body_end) = byline::find(text, &mut content);
    let body = &content[..body_end];

    // 3. End mark.
    if let Some(&last) = body.last() {
        out.end_mark = end_mark(line(last)).map(|n| Span::new(last.end - n, last.end));
    }

    // 4. Title.
    let mut first_body = 0;
    if body.len() >= 2 && title::is_title(line(body[0])) {
        out.title = Some(body[0]);
        first_body = 1;
    }

    // 5. Captions: lines strictly between two body paragraphs.
    for i in first_body.max(1)..body.len().saturating_sub(1) {
        let l = line(body[i]);
        if (l.len() <= 3 * SHORT_LINE && caption::is_caption_cue(l))
            || caption::is_structural_caption(l, line(body[i - 1]), line(body[i + 1]))
        {
            out.captions.push(body[i]);
        }
    }
    // The content paragraphs, the last one shortened by a cut or a byline: blanked out,
    // the text has these paragraphs, trimmed again (see `masked_paragraphs`).
    out.paras = content;
    out
}

/// The length of the end mark that closes `par`: "./." or a spaced ". /.".
fn end_mark(par: &str) -> Option<usize> {
    let head = par.strip_suffix("/.")?.trim_end();
    head.ends_with('.').then(|| par.len() - (head.len() - 1))
}

/// `text` with every byte of `spans` (sorted, disjoint, on char boundaries) replaced by a
/// space, so that offsets stay valid; line breaks `\n` and `\r` stay. Blanked in place: a
/// text the caller handed over ([`crate::Extractor::parse_owned`]) or that normalization
/// copied is not copied again (issue 15).
fn mask<'a>(text: Cow<'a, str>, spans: impl Iterator<Item = Span>) -> Cow<'a, str> {
    let mut spans = spans.peekable();
    if spans.peek().is_none() {
        return text;
    }
    let mut out = text.into_owned();
    let mut at = 0;
    for s in spans {
        let (start, end) = (s.start.clamp(at, out.len()), s.end.min(out.len()));
        if start >= end || !out.is_char_boundary(start) || !out.is_char_boundary(end) {
            continue;
        }
        // runs between line breaks, a chunk of spaces at a time (same length: in place)
        let mut i = start;
        while i < end {
            let b = out.as_bytes()[i];
            if b == b'\n' || b == b'\r' {
                i += 1;
                continue;
            }
            // (looked for within one chunk: a search to `end` for every chunk of a long
            // line was quadratic)
            let chunk_end = end.min(i + SPACES.len());
            let run = out.as_bytes()[i..chunk_end]
                .iter()
                .position(|&b| b == b'\n' || b == b'\r')
                .map_or(chunk_end, |k| i + k);
            // `run` is a char boundary: a line break, `end`, or past a whole chunk that
            // may end inside a character, which is then left for the next chunk
            let run = (i + 1..=run)
                .rev()
                .find(|&k| out.is_char_boundary(k))
                .unwrap_or(run);
            out.replace_range(i..run, &SPACES[..run - i]);
            i = run;
        }
        at = end;
    }
    Cow::Owned(out)
}

/// Spaces to blank with, a chunk at a time.
const SPACES: &str = "                                                                ";

/// The spans blanked out of the text, in order: the boilerplate (in order already: the
/// leading lines, then the trailing cut) with the byline in its place among them. An
/// iterator, not a list: a text of widget lines has one span a line (issue 15).
fn hidden<'a>(
    boilerplate: &'a [(Span, BoilerplateKind)],
    byline: Option<Span>,
) -> impl Iterator<Item = Span> + 'a {
    let at = byline.map_or(boilerplate.len(), |b| {
        boilerplate.partition_point(|&(s, _)| s < b)
    });
    let spans = |bs: &'a [(Span, BoilerplateKind)]| bs.iter().map(|&(s, _)| s);
    spans(&boilerplate[..at])
        .chain(byline)
        .chain(spans(&boilerplate[at..]))
}

/// Line breaks other than `\n` and `\r`: blanking turns them into spaces.
const OTHER_BREAKS: [char; 5] = ['\u{0B}', '\u{0C}', '\u{85}', '\u{2028}', '\u{2029}'];

/// The paragraphs of `masked`, which is a text with `hidden` blanked out by [`mask`], from
/// `paras` (its paragraphs that blanking does not remove whole, [`Layout::paras`]), when no
/// hidden span holds one of [`OTHER_BREAKS`]: blanking keeps `\n` and `\r`, so each
/// paragraph is only trimmed again (or goes when nothing is left); a
/// paragraph no hidden span touches starts and ends with non-blank characters, so trimming
/// it looks at two characters. As [`segment::paragraphs`] of `masked` (the test
/// `masked_paragraphs_are_the_paragraphs` compares them).
fn masked_paragraphs(masked: &str, paras: Vec<Span>, any_hidden: bool) -> Vec<Span> {
    if !any_hidden {
        return paras;
    }
    paras
        .into_iter()
        .filter_map(|p| {
            let line = masked.get(p.start..p.end)?;
            let trimmed = line.trim_start();
            let start = p.start + (line.len() - trimmed.len());
            let end = start + trimmed.trim_end().len();
            (end > start).then(|| Span::new(start, end))
        })
        .collect()
}

/// Collapses whitespace runs (line breaks included) to single spaces.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What [`analyze`] gives: the structure, and the text to extract from with its paragraphs.
pub(crate) struct Analyzed<'a> {
    pub(crate) structure: Structure,
    /// The normalized text with the byline and boilerplate blanked out (same length, so
    /// every offset stays valid).
    pub(crate) clean: Cow<'a, str>,
    /// The paragraphs of `clean`, as [`segment::paragraphs`] gives them.
    pub(crate) paragraphs: Vec<Span>,
    /// Where the byline is in the normalized text, when [`Structure::byline`] is its
    /// text as written there (one line, single spaces): offsets into the byline string
    /// are then offsets from the span's start.
    pub(crate) byline_at: Option<Span>,
}

/// Finds the structure of the normalized `text`, maps it to the original through `map`,
/// and returns it with the text to extract from: `text` with the byline and boilerplate
/// blanked out (same length, so every offset stays valid), and that text's paragraphs.
pub(crate) fn analyze<'a>(text: Cow<'a, str>, map: &OffsetMap) -> Analyzed<'a> {
    let l = layout(&text);
    let slice = |s: Span| text.get(s.start..s.end).unwrap_or("");
    let mut structure = Structure {
        title: l.title.map(|s| one_line(slice(s))),
        title_span: l.title.map(|s| map.to_original(s)),
        byline: l.byline.map(|s| one_line(slice(s))),
        byline_span: l.byline.map(|s| map.to_original(s)),
        end_mark: l.end_mark.map(|s| map.to_original(s)),
        captions: l.captions.iter().map(|&s| map.to_original(s)).collect(),
        boilerplate: Vec::new(),
    };
    let has_other_break = hidden(&l.boilerplate, l.byline).any(|s| {
        text.get(s.start..s.end)
            .is_some_and(|h| h.contains(OTHER_BREAKS))
    });
    let any_hidden = !l.boilerplate.is_empty() || l.byline.is_some();
    let clean = mask(text, hidden(&l.boilerplate, l.byline));
    let paragraphs = if has_other_break {
        segment::paragraphs(&clean).collect()
    } else {
        masked_paragraphs(&clean, l.paras, any_hidden)
    };
    // (mapped in place: the list is as long as the input has boilerplate lines)
    structure.boilerplate = l
        .boilerplate
        .into_iter()
        .map(|(s, kind)| Boilerplate {
            span: map.to_original(s),
            kind,
        })
        .collect();
    let byline_at = l.byline.filter(|s| {
        structure
            .byline
            .as_ref()
            .is_some_and(|b| b.len() == s.end - s.start)
    });
    Analyzed {
        structure,
        clean,
        paragraphs,
        byline_at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The paragraphs [`analyze`] hands on are those of the blanked text, found again.
    fn check(text: &str) {
        let a = analyze(Cow::Borrowed(text), &OffsetMap::identity(text.len()));
        let want: Vec<Span> = segment::paragraphs(&a.clean).collect();
        assert_eq!(a.paragraphs, want, "{text:?}");
        // The blanked spans come in order without a sort.
        let l = layout(text);
        let mut sorted: Vec<Span> = l.boilerplate.iter().map(|b| b.0).chain(l.byline).collect();
        sorted.sort();
        let merged: Vec<Span> = hidden(&l.boilerplate, l.byline).collect();
        assert_eq!(merged, sorted, "{text:?}");
    }

    /// Blanking in place, a chunk of spaces at a time, gives what blanking character by
    /// character does: every byte of a span a space but `\n` and `\r`, on owned and
    /// borrowed text, with chunk ends falling inside characters.
    #[test]
    fn mask_in_place_is_mask_by_character() {
        let plain = |text: &str, spans: &[Span]| -> String {
            text.char_indices()
                .flat_map(|(i, c)| {
                    let hidden = spans.iter().any(|s| s.start <= i && i < s.end);
                    let blank = hidden && !matches!(c, '\n' | '\r');
                    let n = if blank { c.len_utf8() } else { 1 };
                    std::iter::repeat_n(if blank { ' ' } else { c }, n)
                })
                .collect()
        };
        for unit in ["ở", "a", "ữa\r\n", "Chia sẻ | Facebook\n", "Ð\u{2028}x\r"] {
            for n in [1, 3, 21, 64, 65, 100] {
                let text = format!("Đầu bài.\n{}\nNgọc Trinh", unit.repeat(n));
                let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
                let at = |k: usize| bounds[k % bounds.len()];
                let mut spans = vec![
                    Span::new(at(3), at(5 + n)),
                    Span::new(at(7 + n), text.len()),
                ];
                spans.retain(|s| s.start < s.end);
                let want = plain(&text, &spans);
                let owned = mask(Cow::Owned(text.clone()), spans.iter().copied());
                let borrowed = mask(Cow::Borrowed(&text), spans.iter().copied());
                assert_eq!(owned, want, "{unit:?} {n}");
                assert_eq!(borrowed, want, "{unit:?} {n}");
            }
        }
    }

    #[test]
    fn masked_paragraphs_are_the_paragraphs() {
        let seed = include_str!("../../fixtures/duc-ninh-2023.txt");
        check(seed);
        for row in include_str!("../../tests/data/structure.tsv").lines() {
            if let Some(text) = row.split('\t').nth(1).filter(|_| !row.starts_with('#')) {
                check(&text.replace("\\n", "\n"));
            }
        }
        let body = "Thường trực Huyện ủy làm việc với Đảng ủy xã Đức Ninh\n\
                    Ngày 19/9, Thường trực Huyện uỷ đã có buổi làm việc với Đảng uỷ xã Đức Ninh./.";
        for tail in [
            "\nNgọc Trinh\nTin cùng chuyên mục",
            "\n  Ngọc Trinh  \n\n Tin liên quan:\n Bài một\n\n",
            "\r\nNgọc Trinh\r\nTheo TTXVN\r\n",
            "\nChia sẻ | Facebook\nXem thêm: bài khác\n",
            "\nNgọc Trinh\u{2028}Tin cùng chuyên mục\u{85}Bài",
            "\nKim Thanh\x0bTin cùng chuyên mục\x0cBài\u{2029}x",
            " ./. Kim Thanh (T/h)",
            " Bài viết xong. Xem thêm: bài khác",
            "",
        ] {
            check(&format!("{body}{tail}"));
            check(&format!("Chia sẻ | Facebook\n{body}{tail}"));
            check(&format!("Xem thêm:\u{2028}{body}{tail}"));
        }
    }
}
