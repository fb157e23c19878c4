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
//!   the second half of the text or in its last 400 bytes.
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

use std::borrow::Cow;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use serde::Serialize;

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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
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
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub captions: Vec<Span>,
    /// Trimmed boilerplate, in order: no sentence or fact comes from it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub boilerplate: Vec<Boilerplate>,
}

/// A stretch of trimmed boilerplate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Boilerplate {
    /// Where it is: from the marker to the end of the text.
    #[serde(flatten)]
    pub span: Span,
    /// What opened it.
    pub kind: BoilerplateKind,
}

/// What kind of marker opened a stretch of boilerplate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
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

const BOILERPLATE: &str = include_str!("lexicon/structure_boilerplate.txt");
const WIDGETS: &str = include_str!("lexicon/structure_widgets.txt");
const BYLINE_CUES: &str = include_str!("lexicon/structure_byline_cues.txt");
const CAPTION_CUES: &str = include_str!("lexicon/structure_caption_cues.txt");
const CAPTION_WORDS: &str = include_str!("lexicon/structure_caption_words.txt");

/// The structure word lists, by file name (for the hygiene test).
#[cfg(test)]
pub(crate) const ALL: [(&str, &str); 5] = [
    ("structure_boilerplate.txt", BOILERPLATE),
    ("structure_widgets.txt", WIDGETS),
    ("structure_byline_cues.txt", BYLINE_CUES),
    ("structure_caption_cues.txt", CAPTION_CUES),
    ("structure_caption_words.txt", CAPTION_WORDS),
];

/// The entries of a list: trimmed first columns of non-comment lines, with the second
/// column (empty when absent).
fn entries(src: &str) -> impl Iterator<Item = (&str, &str)> {
    src.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| {
            let mut cols = l.split('\t');
            let key = cols.next().unwrap_or("").trim();
            let value = cols.next().unwrap_or("").trim();
            (key, value)
        })
}

struct Lex {
    /// Markers (lowercase) with their kind, longest first.
    markers: Vec<(String, BoilerplateKind)>,
    /// Capitalised markers for the in-line search, pattern index → `markers` index.
    inline: Option<AhoCorasick>,
    /// Widget phrases as word lists, longest first.
    widgets: Vec<Vec<String>>,
    /// Byline cue phrases as word lists, longest first, and whether source names follow
    /// ("theo", "nguồn:", "(tổng hợp").
    byline_cues: Vec<(Vec<String>, bool)>,
    /// Caption cues (lowercase).
    caption_cues: Vec<String>,
    /// The caption cues, lowercase and capitalised (pattern `2 * i` and `2 * i + 1`).
    caption_ac: Option<AhoCorasick>,
    /// The patterns of `caption_ac` without a colon, without their first char (so the
    /// lowercase and the capitalised forms share one): a line without a colon that contains
    /// none of them has no cue, and is not searched.
    caption_plain: Vec<String>,
    /// Words that open a standalone caption line ("đồng chí", "lãnh đạo"), and whether a
    /// capitalised name must follow ("ông", "bà").
    caption_subjects: Vec<(String, bool)>,
    /// Words of the activity a standalone caption describes ("chủ trì", "phát biểu").
    caption_activities: Vec<String>,
}

fn kind_of(s: &str) -> BoilerplateKind {
    match s {
        "see_also" => BoilerplateKind::SeeAlso,
        "share" => BoilerplateKind::Share,
        _ => BoilerplateKind::Related,
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn phrases(src: &str) -> Vec<Vec<String>> {
    let mut v: Vec<Vec<String>> = entries(src)
        .map(|(k, _)| k.split_whitespace().map(str::to_string).collect())
        .filter(|w: &Vec<String>| !w.is_empty())
        .collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v
}

static LEX: LazyLock<Lex> = LazyLock::new(|| {
    let mut markers: Vec<(String, BoilerplateKind)> = entries(BOILERPLATE)
        .map(|(k, v)| (k.to_string(), kind_of(v)))
        .collect();
    markers.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
    let inline = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(markers.iter().map(|(k, _)| capitalise(k)))
        .ok();
    let caption_cues: Vec<String> = entries(CAPTION_CUES).map(|(k, _)| k.to_string()).collect();
    let caption_ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(caption_cues.iter().flat_map(|c| [c.clone(), capitalise(c)]))
        .ok();
    let mut caption_plain: Vec<String> = caption_cues
        .iter()
        .flat_map(|c| [c.clone(), capitalise(c)])
        .filter(|p| !p.contains(':'))
        .map(|p| p.chars().skip(1).collect())
        .collect();
    caption_plain.sort();
    caption_plain.dedup();
    Lex {
        markers,
        inline,
        widgets: phrases(WIDGETS),
        byline_cues: {
            let mut v: Vec<(Vec<String>, bool)> = entries(BYLINE_CUES)
                .map(|(k, c)| {
                    (
                        k.split_whitespace().map(str::to_string).collect(),
                        c == "source",
                    )
                })
                .filter(|(w, _): &(Vec<String>, bool)| !w.is_empty())
                .collect();
            v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
            v
        },
        caption_cues,
        caption_ac,
        caption_plain,
        caption_subjects: entries(CAPTION_WORDS)
            .filter(|(_, v)| v.starts_with("subject"))
            .map(|(k, v)| (k.to_string(), v == "subject_name"))
            .collect(),
        caption_activities: entries(CAPTION_WORDS)
            .filter(|(_, v)| *v == "activity")
            .map(|(k, _)| k.to_string())
            .collect(),
    }
});

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

/// The kind of boilerplate `rest` opens when it starts with a marker (`rest` is the text
/// from a line start or a sentence start).
fn marker_at(rest: &str) -> Option<BoilerplateKind> {
    // A marker matches only if its first char is the lowercase of the first char of `rest`.
    let first = rest.chars().next()?.to_lowercase().next()?;
    for (m, kind) in &LEX.markers {
        if !m.starts_with(first) {
            continue;
        }
        // Two ASCII second bytes after an ASCII first char are the second chars: when
        // they differ ignoring case, so do the lower-cased chars.
        if let ([r0, r1, ..], [_, m1, ..]) = (rest.as_bytes(), m.as_bytes())
            && r0.is_ascii()
            && r1.is_ascii()
            && m1.is_ascii()
            && !r1.eq_ignore_ascii_case(m1)
        {
            continue;
        }
        let Some(head) = rest.get(..m.len()) else {
            continue;
        };
        if !head.chars().flat_map(char::to_lowercase).eq(m.chars()) {
            continue;
        }
        let after = &rest[m.len()..];
        if after.chars().next().is_some_and(char::is_alphanumeric) {
            continue; // glued to a longer word
        }
        let after = after.trim_start();
        let ok = match after.chars().next() {
            None | Some(':' | '>' | '»' | '|') => true,
            Some(c) => {
                *kind == BoilerplateKind::Related
                    && m.contains(' ')
                    && (c.is_uppercase() || matches!(c, '"' | '“' | '\''))
            }
        };
        if ok {
            return Some(*kind);
        }
    }
    None
}

/// True when `line` is made only of widget words and separators.
fn is_widget_line(line: &str) -> bool {
    if line.len() > SHORT_LINE {
        return false;
    }
    let is_sep = |c: char| c.is_whitespace() || matches!(c, '|' | '/' | '·' | '•' | ',' | '-');
    // The first word must open a widget phrase: checked before lower-casing the line.
    let Some(first) = line.split(is_sep).find(|w| !w.is_empty()) else {
        return false;
    };
    if !LEX.widgets.iter().any(|w| {
        w.first()
            .is_some_and(|w0| first.chars().flat_map(char::to_lowercase).eq(w0.chars()))
    }) {
        return false;
    }
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower.split(is_sep).filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return false;
    }
    let mut i = 0;
    'outer: while i < words.len() {
        for w in &LEX.widgets {
            if words.len() - i >= w.len()
                && words[i..i + w.len()].iter().zip(w).all(|(a, b)| a == b)
            {
                i += w.len();
                continue 'outer;
            }
        }
        return false;
    }
    true
}

/// True when `s` reads as a byline: short, no final punctuation, capitalised words and cue
/// words, or a source line opened by a source cue ("Theo …", "Nguồn: …"). `relaxed` (after the end mark `./.`) allows one
/// lower-case word.
fn is_byline(s: &str, relaxed: bool) -> bool {
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

/// True when `line` carries a photo cue ("Ảnh: …", "(Ảnh: …)", "Ảnh minh họa").
fn is_caption_cue(line: &str) -> bool {
    caption_cue(line, true)
}

/// [`is_caption_cue`], optionally ignoring a cue in the first two words (a headline may open
/// with "Clip:" or "Chùm ảnh:"; a credit "(Ảnh: …)" further on still marks a caption).
fn caption_cue(line: &str, at_start: bool) -> bool {
    if line.len() > 4 * SHORT_LINE {
        return false;
    }
    // Substring searches (vectorised in std) rule out most lines before the automaton.
    if !line.contains(':') && !LEX.caption_plain.iter().any(|p| line.contains(p.as_str())) {
        return false;
    }
    let Some(ac) = LEX.caption_ac.as_ref() else {
        return false;
    };
    ac.find_iter(line).any(|m| {
        let cue = &LEX.caption_cues[m.pattern().as_usize() / 2];
        let at = m.start();
        if at == 0 {
            return at_start;
        }
        if !at_start && line[..at].split_whitespace().count() < 2 {
            return false; // a headline's label: "Chùm ảnh: …"
        }
        let before = line[..at].chars().next_back();
        before == Some('(') || (cue.ends_with(':') && before.is_some_and(char::is_whitespace))
    })
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

/// True when the first words of `line` are a dated lead ("Ngày 20/5/1947, …",
/// "Sáng 5/6, …"): a date with a slash that ends in a comma, among the first four words.
fn dated_lead(line: &str) -> bool {
    line.split_whitespace().take(4).any(|w| {
        w.strip_suffix(',')
            .is_some_and(|d| d.contains('/') && d.chars().all(|c| c.is_ascii_digit() || c == '/'))
    })
}

/// A line that reads as a headline.
fn is_title(line: &str) -> bool {
    if line.len() > 4 * SHORT_LINE || line.chars().count() > MAX_TITLE_CHARS {
        return false;
    }
    let Some(first) = line.chars().next() else {
        return false;
    };
    if !(first.is_uppercase() || first.is_ascii_digit() || matches!(first, '"' | '“' | '\'')) {
        return false;
    }
    if line
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '…' | ':' | ';' | ','))
    {
        return false;
    }
    let words = line.split_whitespace().count();
    if !(2..=40).contains(&words) {
        return false;
    }
    if caption_cue(line, false) || dated_lead(line) {
        return false;
    }
    one_sentence(line)
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

/// Ends in sentence punctuation (possibly followed by closing quotes or brackets).
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(is_closer)
        .chars()
        .last()
        .is_some_and(is_terminal)
        || line.ends_with(')')
}

/// A short standalone line between two longer paragraphs.
fn is_structural_caption(line: &str, prev: &str, next: &str) -> bool {
    // The cheap tests first: lengths, then single chars, then the word count (which
    // stops counting past the limit), so a long paragraph is not walked.
    if 2 * prev.len() < 3 * line.len() || 2 * next.len() < 3 * line.len() {
        return false;
    }
    if !line.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    if line
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '?' | '!' | ',' | ';' | ':' | '…'))
    {
        return false;
    }
    if !ends_sentence(prev) || !ends_sentence(next) {
        return false;
    }
    let words = line.split_whitespace().take(31).count();
    if !(5..=30).contains(&words) {
        return false;
    }
    // Compared char by char, so only the opening words are lower-cased (the subjects have
    // no sigma, the one char whose lowercase depends on what follows).
    let opens = LEX.caption_subjects.iter().any(|(w, name)| {
        let mut low = line.chars().flat_map(char::to_lowercase);
        w.chars().all(|c| low.next() == Some(c))
            && !low.next().is_some_and(char::is_alphanumeric)
            && (!name
                || line
                    .get(w.len()..)
                    .is_some_and(|r| r.trim_start().starts_with(char::is_uppercase)))
    });
    if !opens {
        return false;
    }
    let lower = line.to_lowercase();
    LEX.caption_activities
        .iter()
        .any(|w| contains_word(&lower, w))
        && one_sentence(line)
}

/// True when `s` starts with a letter or digit (so a word before it would be glued on).
fn starts_word(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_alphanumeric)
}

/// True when `hay` contains `word` as whole words.
fn contains_word(hay: &str, word: &str) -> bool {
    hay.match_indices(word).any(|(at, _)| {
        !hay[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && !starts_word(&hay[at + word.len()..])
    })
}

/// Structure in normalized coordinates.
#[derive(Debug, Default)]
struct Layout {
    title: Option<Span>,
    byline: Option<Span>,
    end_mark: Option<Span>,
    captions: Vec<Span>,
    boilerplate: Vec<(Span, BoilerplateKind)>,
}

fn layout(text: &str) -> Layout {
    let mut out = Layout::default();
    let paras: Vec<Span> = segment::paragraphs(text).collect();
    let line = |s: Span| &text[s.start..s.end];

    // 1. Boilerplate: the first marker or widget line after some content cuts the rest.
    let mut content_end = paras.len();
    let mut cut: Option<(usize, BoilerplateKind)> = None;
    let mut seen_content = false;
    // Inside a long one-line body a link list can sit in the middle (">> Xem thêm: …" and
    // the article goes on): a marker inside a line cuts only in the second half of the text
    // or near its end.
    let inline_from = (text.len() / 2).min(text.len().saturating_sub(INLINE_TAIL));
    for (i, &p) in paras.iter().enumerate() {
        let l = line(p);
        let kind = marker_at(l).or_else(|| is_widget_line(l).then_some(BoilerplateKind::Share));
        if let Some(kind) = kind {
            if seen_content {
                content_end = i;
                cut = Some((p.start, kind));
                break;
            }
            out.boilerplate.push((p, kind));
            continue;
        }
        seen_content = true;
        // A marker after a sentence end inside the line (one-line bodies).
        if let Some(ac) = LEX.inline.as_ref()
            && p.end > inline_from
        {
            // Only the part of the line where a cut may happen is searched.
            let mut from = inline_from.saturating_sub(p.start);
            while !l.is_char_boundary(from) {
                from -= 1;
            }
            let input = aho_corasick::Input::new(l).span(from..l.len());
            let hit = ac.find_iter(input).find_map(|m| {
                if m.start() == 0 {
                    return None;
                }
                let before = l[..m.start()].trim_end();
                let prev = before.chars().next_back()?;
                let after_end = is_terminal(prev)
                    || matches!(prev, '>' | '|' | '»')
                    || prev.is_ascii_digit()
                    || (is_closer(prev)
                        && before
                            .trim_end_matches(is_closer)
                            .chars()
                            .next_back()
                            .is_some_and(is_terminal));
                if !after_end || before.len() == l[..m.start()].len() {
                    return None;
                }
                marker_at(&l[m.start()..]).map(|k| (m.start(), k))
            });
            if let Some((at, kind)) = hit {
                let start = p.start + at;
                cut = Some((start, kind));
                content_end = i + 1;
                break;
            }
        }
    }
    if let Some((start, kind)) = cut {
        let end = text.trim_end().len().max(start);
        out.boilerplate.push((Span::new(start, end), kind));
    }
    // Content paragraphs, the last one shortened by an in-line cut.
    let mut content: Vec<Span> = paras[..content_end]
        .iter()
        .copied()
        .filter(|p| !out.boilerplate.iter().any(|(b, _)| b == p))
        .collect();
    if let (Some(last), Some((start, _))) = (content.last_mut(), cut)
        && start > last.start
        && start < last.end
    {
        last.end = last.start + text[last.start..start].trim_end().len();
    }

    // 2. Byline.
    let n = content.len();
    let mut body_end = n;
    if n >= 2 && is_byline(line(content[n - 1]), line(content[n - 2]).ends_with("./.")) {
        let mut span = content[n - 1];
        body_end = n - 1;
        if n >= 4 {
            let prev = line(content[n - 2]);
            if prev.split_whitespace().count() <= 6 && is_byline(prev, false) {
                span.start = content[n - 2].start;
                body_end = n - 2;
            }
        }
        out.byline = Some(span);
    } else if let (true, Some(&last)) = (n >= 2, content.last()) {
        let l = line(last);
        if let Some((mut at, relaxed)) = tail_start(l)
            && {
                at += skip_bracket_group(&l[at..]);
                is_byline(&l[at..], relaxed)
            }
        {
            out.byline = Some(Span::new(last.start + at, last.end));
            let kept = l[..at].trim_end().len();
            if let Some(c) = content.last_mut() {
                c.end = c.start + kept;
            }
        }
    }
    let content = &content[..body_end];

    // 3. End mark.
    if let Some(&last) = content.last() {
        out.end_mark = end_mark(line(last)).map(|n| Span::new(last.end - n, last.end));
    }

    // 4. Title.
    let mut first_body = 0;
    if content.len() >= 2 && is_title(line(content[0])) {
        out.title = Some(content[0]);
        first_body = 1;
    }

    // 5. Captions: lines strictly between two body paragraphs.
    for i in first_body.max(1)..content.len().saturating_sub(1) {
        let l = line(content[i]);
        if (l.len() <= 3 * SHORT_LINE && is_caption_cue(l))
            || is_structural_caption(l, line(content[i - 1]), line(content[i + 1]))
        {
            out.captions.push(content[i]);
        }
    }
    out
}

/// The length of the end mark that closes `par`: "./." or a spaced ". /.".
fn end_mark(par: &str) -> Option<usize> {
    let head = par.strip_suffix("/.")?.trim_end();
    head.ends_with('.').then(|| par.len() - (head.len() - 1))
}

/// `text` with every byte of `spans` (sorted, disjoint, on char boundaries) replaced by a
/// space, so that offsets stay valid.
fn mask<'a>(text: Cow<'a, str>, spans: &[Span]) -> Cow<'a, str> {
    if spans.is_empty() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for s in spans {
        let (start, end) = (s.start.clamp(at, text.len()), s.end.min(text.len()));
        if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        out.push_str(&text[at..start]);
        for c in text[start..end].chars() {
            if matches!(c, '\n' | '\r') {
                out.push(c);
            } else {
                out.extend(std::iter::repeat_n(' ', c.len_utf8()));
            }
        }
        at = end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

/// Collapses whitespace runs (line breaks included) to single spaces.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Finds the structure of the normalized `text`, maps it to the original through `map`,
/// and returns it with the text to extract from: `text` with the byline and boilerplate
/// blanked out (same length, so every offset stays valid).
pub(crate) fn analyze<'a>(text: Cow<'a, str>, map: &OffsetMap) -> (Structure, Cow<'a, str>) {
    let l = layout(&text);
    let slice = |s: Span| text.get(s.start..s.end).unwrap_or("");
    let structure = Structure {
        title: l.title.map(|s| one_line(slice(s))),
        title_span: l.title.map(|s| map.to_original(s)),
        byline: l.byline.map(|s| one_line(slice(s))),
        byline_span: l.byline.map(|s| map.to_original(s)),
        end_mark: l.end_mark.map(|s| map.to_original(s)),
        captions: l.captions.iter().map(|&s| map.to_original(s)).collect(),
        boilerplate: l
            .boilerplate
            .iter()
            .map(|&(s, kind)| Boilerplate {
                span: map.to_original(s),
                kind,
            })
            .collect(),
    };
    let mut hidden: Vec<Span> = l.boilerplate.iter().map(|&(s, _)| s).collect();
    hidden.extend(l.byline);
    hidden.sort();
    (structure, mask(text, &hidden))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rules every word list shares (NFC, trimmed, normalized form, no duplicate
    /// line) are in tests/lexicons.rs; these are the rules of these lists.
    #[test]
    fn lexicon_hygiene() {
        for (name, src) in ALL {
            let mut seen = std::collections::HashSet::new();
            for (n, line) in src.lines().enumerate() {
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let at = format!("src/lexicon/{name}:{}", n + 1);
                let key = line.split('\t').next().unwrap_or("");
                assert!(!key.is_empty(), "{at}: empty entry");
                assert_eq!(key, key.to_lowercase(), "{at}: not lowercase");
                assert!(seen.insert(key.to_string()), "{at}: duplicate {key:?}");
                if name == "structure_byline_cues.txt" {
                    let kind = line.split('\t').nth(1).unwrap_or("");
                    assert!(
                        matches!(kind, "" | "source"),
                        "{at}: unknown column {kind:?}"
                    );
                }
                if name == "structure_caption_words.txt" {
                    let kind = line.split('\t').nth(1).unwrap_or("");
                    assert!(
                        matches!(kind, "subject" | "subject_name" | "activity"),
                        "{at}: unknown column {kind:?}"
                    );
                }
                if name == "structure_boilerplate.txt" {
                    let kind = line.split('\t').nth(1).unwrap_or("");
                    assert!(
                        matches!(kind, "related" | "see_also" | "share"),
                        "{at}: unknown kind {kind:?}"
                    );
                }
            }
        }
        assert!(LEX.inline.is_some());
    }

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

    #[test]
    fn markers_ignore_case() {
        use BoilerplateKind::*;
        for (line, want) in [
            ("Tin liên quan", Some(Related)),
            ("TIN LIÊN QUAN:", Some(Related)),
            ("tIN cùng chuyên mục", Some(Related)),
            ("Đọc thêm: bài cũ", Some(SeeAlso)),
            ("ĐỌC THÊM", Some(SeeAlso)),
            (">>", Some(SeeAlso)),
            (">> Xem thêm", None),
            ("Xem thêm", Some(SeeAlso)),
            ("Trong tin liên quan", None),
            ("Tin liên quanh", None),
            ("Tỉnh", None),
            ("", None),
        ] {
            assert_eq!(marker_at(line), want, "{line}");
        }
    }

    #[test]
    fn widgets() {
        assert!(is_widget_line("Chia sẻ | Facebook | Zalo"));
        assert!(is_widget_line("In bài"));
        assert!(!is_widget_line("Chia sẻ kinh nghiệm làm giàu"));
    }
}
