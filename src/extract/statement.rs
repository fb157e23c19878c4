//! Attributed statements: who said what ("ông A cho biết …", "Theo bà B, …", "“…”, ông C
//! nói."), with the speaker resolved to an official or organization of the article where
//! it is one, and the content as a span (issue 18).
//!
//! Two steps, because the officials read the document's tokens last: `cues` finds the
//! reporting words of `src/lexicon/statement_cues.txt` in the tokens, with the stretch
//! before each (where its speaker is) and what is said after it (or the quotation before
//! it); `resolve` then names each speaker from the officials, organizations and places
//! already found, by where their mentions end. A cue whose speaker cannot be named
//! (nobody, "một người dân", a report) gives no statement.

use std::sync::LazyLock;

mod by_end;
use by_end::{Mentioned, mentions_by_end};

use self::speaker::{Known, name_speaker};
use super::keywords::{CUE_TAG, Phrases, WordList, phrases};
use super::scan::Scanner;
use crate::Span;
use crate::extract::date::DateFact;
use crate::extract::official::Official;
use crate::extract::org::Organization;
use crate::text::chars::to_lowercase;
use crate::text::lexicon;
use crate::text::tokens::{Token, TokenKind, ieq};

mod speaker;
mod stretch;

/// How what is said is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StatementKind {
    /// In quotation marks, or the speaker's words set off after a colon.
    Direct,
    /// Reported speech ("cho biết, xã đã …", "Theo ông A, …").
    Reported,
}

/// A statement attributed to a speaker.
///
/// # Examples
///
/// ```
/// use vinews::StatementKind;
/// let text = "Ông Nguyễn Văn An, Chủ tịch UBND xã Đức Ninh, cho biết: “Xã đã về đích.”";
/// let a = vinews::Article::parse(text);
/// let s = &a.statements[0];
/// assert_eq!(s.speaker, "Nguyễn Văn An");
/// assert_eq!(s.official, Some(0));
/// assert_eq!((s.verb.as_str(), s.kind), ("cho biết", StatementKind::Direct));
/// assert_eq!(s.content.slice(text), Some("Xã đã về đích."));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Statement {
    /// Who said it: the official's name, the organization's text, or the name as written.
    pub speaker: String,
    /// The index of the speaker in the article's `officials`, when one of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub official: Option<usize>,
    /// The index of the speaker in the article's `organizations`, when one of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<usize>,
    /// The reporting word as written, lowercased ("cho biết", "nhấn mạnh", "theo").
    pub verb: String,
    /// The reporting word in the original input (`start`, `end` in the JSON).
    #[serde(flatten)]
    pub span: Span,
    /// Direct (quoted) or reported.
    pub kind: StatementKind,
    /// What is said, in the original input (inside the quotation marks when quoted).
    pub content: Span,
}

/// A reporting word found in the tokens, before its speaker is named (normalized offsets).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cue {
    /// The reporting word.
    verb: Span,
    /// The reporting word's text when the span holds more ("cho Reuters hay": "cho hay").
    said_as: Option<&'static str>,
    /// Where the speaker is looked for: the speaker ends at `speaker.end` (after trailing
    /// commas and filler words are taken off), and starts at or after `speaker.start`.
    speaker: Span,
    /// "Theo X, …": the speaker must start where `speaker` starts.
    anchored: bool,
    /// Where the sentence of a verb joined to the one before starts ("ông A nói rằng
    /// “…”, đồng thời kêu gọi …"): the verb before, from here on, has its subject.
    joined_from: usize,
    content: Span,
    kind: StatementKind,
}

static CUES: LazyLock<Phrases> = LazyLock::new(|| phrases(lexicon::STATEMENT_CUES));
static BLOCKERS: LazyLock<Phrases> = LazyLock::new(|| phrases(lexicon::STATEMENT_BLOCKERS));
/// The words that make a reporting word after them a noun or a passive ("sự nhất trí").
static NOUN_MARKERS: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(lexicon::STATEMENT_NOUN_MARKERS.keys()));
/// Each pronoun's words.
static PRONOUNS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    lexicon::STATEMENT_PRONOUNS
        .keys()
        .map(|p| p.split(' ').collect())
        .collect()
});
static FILLERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lexicon::STATEMENT_FILLERS.keys().collect());
static HONORIFICS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lexicon::HONORIFICS.keys().collect());

/// True when `words` are a pronoun of `statement_pronouns.txt`, ignoring case.
fn is_pronoun(words: &[&str]) -> bool {
    PRONOUNS
        .iter()
        .any(|p| p.len() == words.len() && p.iter().zip(words).all(|(q, w)| ieq(w, q)))
}

/// True when `word` is an honorific of `honorifics.txt`, ignoring case.
fn is_honorific(word: &str) -> bool {
    HONORIFICS.iter().any(|h| ieq(word, h))
}

/// The value of "theo" in `statement_cues.txt`.
const THEO: u32 = 1;
/// The value of a cue that needs a mark after it (`statement_cues.txt`).
const MARKED: u32 = 2;
/// How far back a speaker is looked for, in tokens.
const SPEAKER_MAX_TOKENS: usize = 40;
/// The longest speaker after "theo", in tokens.
const THEO_MAX_TOKENS: usize = 12;
/// How many mentions back a title alone (or a pronoun) looks for the official it means.
const TITLE_LOOK_BACK: usize = 64;
/// The longest mention an apposition is looked for in, in bytes: titles are bounded in
/// words, so only a hostile word of hundreds of letters makes one longer (then it is not
/// read as an apposition); the look-up stays bounded.
const MENTION_MAX_BYTES: usize = 2048;
/// The longest content read, in tokens (a quotation or a sentence).
const CONTENT_MAX_TOKENS: usize = 400;

fn is_open_quote(c: char) -> bool {
    matches!(c, '“' | '"' | '«' | '‘')
}

fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '"' | '»' | '’')
}

/// The reporting words of `tokens` with the stretch of their speaker and their content.
///
/// # Time complexity
///
/// Linear in the number of tokens: each cue looks a bounded number of tokens each way.
#[inline(never)] // (its own function in a profile)
pub(crate) fn cues(text: &str, tokens: &[Token], openers: &[u32]) -> Vec<Cue> {
    let s = Scanner::new(text, tokens);
    let mut out = Vec::new();
    let mut next = 0;
    // every reporting word's first word is tagged CUE_TAG (KEYWORDS), so it is among the
    // openers (the numbers and tagged words): the other words open none
    for &o in openers {
        let i = o as usize;
        // (no reporting word's first word has a date role: they all carry CUE_TAG)
        if i < next || tokens.get(i).is_none_or(|t| t.tag() != CUE_TAG) {
            continue;
        }
        // (a reporting word after a lowercase "một", "được" … is a noun or a passive: "ký
        // cam kết", "được ca ngợi"; a capitalised one is a name's: "anh Được cho biết")
        let found = s
            .phrase(i, &CUES)
            .filter(|_| s.phrase(i, &BLOCKERS).is_none())
            .filter(|_| i == 0 || s.capitalised(i - 1) || !s.is_any(i - 1, &NOUN_MARKERS));
        let Some((v, e)) = found else {
            // "cho Reuters hay": the cue split by the outlet told
            if let Some((said_as, e)) = told(&s, i) {
                out.extend(said(&s, i, e).map(|c| Cue {
                    said_as: Some(said_as),
                    ..c
                }));
                next = e;
            }
            continue;
        };
        let cue = match v {
            THEO => theo(&s, i, e),
            // ("“…”, ông A kể.": closing the sentence after a quotation, it reports it)
            MARKED if !marked_after(&s, e) && !ends_sentence(&s, e) => None,
            _ => said(&s, i, e),
        };
        out.extend(cue);
        next = e;
    }
    out
}

/// The most words of an outlet a cue is split by ("cho Thông tấn xã Việt Nam biết").
const OUTLET_MAX: usize = 5;

/// "cho Reuters hay", "cho Dân trí biết" at token `i`: "cho", the outlet told (words
/// opening with a capitalised one), then "hay" or "biết": the reporting word it splits
/// ("cho hay", "cho biết") and the token after.
fn told(s: &Scanner<'_>, i: usize) -> Option<(&'static str, usize)> {
    if !s.is(i, "cho") || !s.capitalised(i + 1) {
        return None;
    }
    (i + 2..s.t.len().min(i + 2 + OUTLET_MAX))
        .take_while(|&k| s.word(k).is_some())
        .find_map(|k| {
            if s.is(k, "hay") {
                Some(("cho hay", k + 1))
            } else if s.is(k, "biết") {
                Some(("cho biết", k + 1))
            } else {
                None
            }
        })
}

/// Does the sentence end at token `e`, right after the cue? `said` then takes the cue only
/// after a quotation before it ("“…”, ông A kể."), as it finds no content after.
fn ends_sentence(s: &Scanner<'_>, e: usize) -> bool {
    e >= s.t.len() || s.sentence_end(e)
}

/// A colon, comma, quotation mark, "rằng" or "là" after the cue (fillers skipped).
fn marked_after(s: &Scanner<'_>, e: usize) -> bool {
    let mut k = e;
    while s.is(k, "thêm") {
        k += 1;
    }
    matches!(s.punct(k), Some(c) if c == ':' || c == ',' || is_open_quote(c))
        || s.is(k, "rằng")
        || s.is(k, "là")
        || highly(s, e) > 0
}

/// The most tokens of the one told ("nói với báo Sunday Times rằng").
const ADDRESSEE_MAX: usize = 8;

/// "với X rằng …", "với X: …" at token `k`, right after a cue ("nói với phóng viên rằng",
/// "chia sẻ với báo chí: …"): the tokens of "với X" (what is said follows "rằng" or the
/// colon), else 0; "nói với X" without them tells no content of its own.
fn addressee(s: &Scanner<'_>, k: usize) -> usize {
    if !s.is(k, "với") {
        return 0;
    }
    (k + 2..s.t.len().min(k + 2 + ADDRESSEE_MAX))
        .take_while(|&j| s.word(j - 1).is_some() || s.num(j - 1).is_some())
        .find(|&j| s.is(j, "rằng") || s.punct(j) == Some(':'))
        .map_or(0, |j| j - k)
}

/// "cao" or "rất cao" after "đánh giá" ending at token `e` ("đánh giá cao X", "appreciates
/// X"; what is appreciated follows; not "yêu cầu cao", "high demands"): its number of
/// tokens, else 0.
fn highly(s: &Scanner<'_>, e: usize) -> usize {
    let k = e;
    if e < 2 || !s.is(e - 2, "đánh") || !s.is(e - 1, "giá") || passive_before(s, e - 2) {
        0
    } else if s.is(k, "cao") {
        1
    } else if s.is(k, "rất") && s.is(k + 1, "cao") {
        2
    } else {
        0
    }
}

/// How many words before a verb "được" is looked for.
const PASSIVE_LOOK_BACK: usize = 8;

/// "được" among the words of the clause right before the verb at `i` ("X được Bộ Y tế đánh
/// giá cao"): a passive, what is appreciated its subject before, not words after it.
fn passive_before(s: &Scanner<'_>, i: usize) -> bool {
    (i.saturating_sub(PASSIVE_LOOK_BACK)..i)
        .rev()
        .take_while(|&k| s.word(k).is_some())
        .any(|k| s.is(k, "được"))
}

/// "Theo ông A, …" at the start of a clause.
fn theo(s: &Scanner<'_>, i: usize, e: usize) -> Option<Cue> {
    let t = s.t;
    // "Cũng theo ông A, …": "cũng" opens the clause with it (capitalised, "Theo" or "Cũng
    // theo" opens a new sentence, also after a caption without its full stop: "Ảnh:
    // Reuters Theo phóng viên …")
    let also = i >= 1 && s.is(i - 1, "cũng");
    let j = if also { i - 1 } else { i };
    let opens = j == 0
        || s.sentence_end(j - 1)
        || s.capitalised(j)
        || matches!(s.punct(j - 1), Some(c) if c == ',' || is_open_quote(c) || c == '(');
    if !opens {
        return None;
    }
    let comma = (e..t.len().min(e + THEO_MAX_TOKENS))
        .take_while(|&k| !s.sentence_end(k))
        .find(|&k| s.punct(k) == Some(','))?;
    if comma == e {
        return None;
    }
    let content_start = comma + 1;
    let content_end = sentence_end_from(s, content_start)?;
    Some(Cue {
        verb: Span::new(t[i].start(), t[e - 1].end()),
        said_as: None,
        speaker: Span::new(t[e].start(), t[comma - 1].end()),
        anchored: true,
        joined_from: t[e].start(),
        content: Span::new(t[content_start].start(), t[content_end - 1].end()),
        kind: StatementKind::Reported,
    })
}

/// The token where the sentence from `k` ends (exclusive), or `None` when it is empty.
fn sentence_end_from(s: &Scanner<'_>, k: usize) -> Option<usize> {
    let t = s.t;
    let mut z = k;
    while z < t.len() && z - k < CONTENT_MAX_TOKENS && !s.sentence_end(z) {
        z += 1;
    }
    // the sentence's own full stop is part of it
    if z < t.len() && t[z].kind() == TokenKind::Punct {
        z += 1;
    }
    (z > k && (k..z).any(|j| t[j].kind() == TokenKind::Word)).then_some(z)
}

/// "và" or "đồng thời" right before the cue at `i`: a verb joined to the one before it,
/// whose subject it shares ("ông A nói và cho biết", "X hoan nghênh …, đồng thời kêu gọi").
fn coordinated_before(s: &Scanner<'_>, i: usize) -> bool {
    (i >= 1 && s.is(i - 1, "và")) || (i >= 2 && s.is(i - 2, "đồng") && s.is(i - 1, "thời"))
}

/// Is the quotation closed at `close` set off as what is said: a comma or a dash after it
/// ("“…”, ông A nói", "“…” - ông A cho biết"), or its own sentence's end inside it ("“….”
/// ông A nói")?
fn set_off(s: &Scanner<'_>, close: usize) -> bool {
    matches!(s.punct(close + 1), Some(',' | '-' | '–' | '—'))
        || s.capitalised(close + 1)
        || s.word(close + 1).is_some_and(is_honorific)
        || (close >= 1 && matches!(s.punct(close - 1), Some('.' | '!' | '?' | '…' | ',')))
}

/// Does the quotation mark at `k` close words (a word or a number right before it), rather
/// than open a quotation at a paragraph's start ("\"Bộ X yêu cầu …": what the speaker
/// quoted says, no statement of its own)?
fn closes_words(s: &Scanner<'_>, k: usize) -> bool {
    k >= 1 && matches!(s.t[k - 1].kind(), TokenKind::Word | TokenKind::Num)
}

/// Does a quotation mark at `k` close a quotation: a closing mark glued to the word or the
/// mark before it, in its paragraph (a straight one opening a paragraph opens)?
fn closes_quotation(s: &Scanner<'_>, k: usize) -> bool {
    s.punct(k).is_some_and(is_close_quote)
        && s.glued(k)
        && s.t[k - 1].kind() != TokenKind::Newline
        && !(s.punct(k) == Some('"') && s.glued(k + 1) && !closes_words(s, k))
}

/// The closing quotation mark after the opening one at `open`, in its paragraph.
fn closing_quote(s: &Scanner<'_>, open: usize) -> Option<usize> {
    let t = s.t;
    (open + 1..t.len().min(open + CONTENT_MAX_TOKENS))
        .take_while(|&k| t[k].kind() != TokenKind::Newline)
        .find(|&k| s.punct(k).is_some_and(is_close_quote) && s.glued(k))
}

/// "X cho biết (thêm) (rằng) (:) …" and "“…”, X nói.".
fn said(s: &Scanner<'_>, i: usize, e: usize) -> Option<Cue> {
    let t = s.t;
    // the stretch before: back to the sentence start, or to a closing quotation mark
    let mut b = i;
    let mut quote_before = None;
    // (a quotation not set off from the clause after it is a name or a phrase of that
    // clause: "tại lễ phát động cuộc thi “…” diễn ra tại Hà Nội, ông A cho rằng")
    while b > 0 && i - b < SPEAKER_MAX_TOKENS && !s.sentence_end(b - 1) {
        if let Some(c) = s.punct(b - 1)
            && is_close_quote(c)
            && s.glued(b - 1)
            && (set_off(s, b - 1) || !closes_words(s, b - 1))
        {
            quote_before = Some(b - 1);
            break;
        }
        b -= 1;
    }
    if b == i {
        return None;
    }
    // "Sputnik dẫn nguồn tin từ Thổ Nhĩ Kỳ cho biết": the outlet citing its source speaks
    let cited = (b + 1..i.saturating_sub(1))
        .rev()
        .find(|&k| s.is(k, "dẫn") && s.is(k + 1, "nguồn"));
    let verb = Span::new(t[i].start(), t[e - 1].end());
    let speaker = Span::new(t[b].start(), t[cited.unwrap_or(i) - 1].end());
    // (past the quotation that stopped the stretch, to the sentence's start)
    let mut f = b;
    if quote_before.is_some() && coordinated_before(s, i) {
        while f > 0 && i - f < SPEAKER_MAX_TOKENS && !s.sentence_end(f - 1) {
            f -= 1;
        }
    }
    let joined_from = t[f].start();
    // "“…”, ông A nói." / "“…” - ông A cho biết.": the quotation before is what is said;
    // a second verb joined to the speaker's ("“…”, ông A nói và cho biết …") says its own
    if let Some(close) = quote_before.filter(|_| !coordinated_before(s, i)) {
        let after = e >= t.len() || s.sentence_end(e) || s.punct(e) == Some(',') || s.is(e, "và");
        // (a quotation continued over paragraphs opens in an earlier one: back to its
        // opening mark, not past another quotation's closing one; else, a quotation
        // quoted inside it with the same marks, the last opening mark of its paragraph)
        let opening = |k: usize| s.punct(k).is_some_and(is_open_quote) && s.glued(k + 1);
        let from = close.saturating_sub(CONTENT_MAX_TOKENS);
        let open = (from..close)
            .rev()
            .take_while(|&k| !closes_quotation(s, k))
            .find(|&k| opening(k))
            .or_else(|| {
                (from..close)
                    .rev()
                    .take_while(|&k| t[k].kind() != TokenKind::Newline)
                    .find(|&k| opening(k))
            })?;
        if !after || open + 1 >= close {
            return None;
        }
        return Some(Cue {
            verb,
            said_as: None,
            speaker,
            anchored: false,
            joined_from,
            content: Span::new(t[open + 1].start(), t[close - 1].end()),
            kind: StatementKind::Direct,
        });
    }
    // what is said after: fillers, a colon, then a quotation or the rest of the sentence
    // ("cho biết thêm rằng": only these; "đề nghị từng đồng chí" keeps its "từng")
    let mut k = e + highly(s, e);
    k += addressee(s, k);
    while s.is(k, "thêm") || s.is(k, "rằng") || (k == e && s.is(k, "là")) {
        k += 1;
    }
    let mut kind = StatementKind::Reported;
    // "ông A phân tích, …": the comma sets off what is said, no part of it
    if s.punct(k) == Some(',') {
        k += 1;
    }
    if s.punct(k) == Some(':') {
        kind = StatementKind::Direct;
        k += 1;
    }
    if s.punct(k).is_some_and(is_open_quote)
        && let Some(close) = closing_quote(s, k)
        && close > k + 1
    {
        return Some(Cue {
            verb,
            said_as: None,
            speaker,
            anchored: false,
            joined_from,
            content: Span::new(t[k + 1].start(), t[close - 1].end()),
            kind: StatementKind::Direct,
        });
    }
    let z = sentence_end_from(s, k)?;
    Some(Cue {
        verb,
        said_as: None,
        speaker,
        anchored: false,
        joined_from,
        content: Span::new(t[k].start(), t[z - 1].end()),
        kind,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    Official(usize),
    Organization(usize),
    /// A place speaking for its authorities ("Theo tỉnh Quảng Ninh, …"): its mention's
    /// bytes.
    Place(usize, usize),
}

/// The statements of the cues whose speaker can be named (normalized offsets).
#[inline(never)] // (its own function in a profile)
pub(crate) fn resolve(
    text: &str,
    cues: &[Cue],
    officials: &[Official],
    orgs: &[Organization],
    places: impl ExactSizeIterator<Item = Span>,
    dates: &[DateFact],
) -> Vec<Statement> {
    let by_end = mentions_by_end(officials, orgs, places);
    let known = Known::new(text, &by_end, officials, orgs);
    let mut out = Vec::new();
    // the last speaker named, for a pronoun: (where, name, who)
    let mut last: Option<(usize, String, Option<Who>)> = None;
    for c in cues {
        let Some(region) = text.get(c.speaker.start..c.speaker.end) else {
            continue;
        };
        let start = c.speaker.start;
        let end = past_date(text, start, start + trim_end(region).len(), dates);
        // "…, ông A nói và cho biết", "X hoan nghênh …, đồng thời kêu gọi": the speaker of
        // the cue just before
        let joined = region.trim_end();
        let coordinated = (joined.ends_with(" và")
            || joined.ends_with(", đồng thời")
            || joined.ends_with("; đồng thời"))
            && last.as_ref().is_some_and(|(at, _, _)| *at >= c.joined_from);
        let named = if coordinated {
            last.as_ref().map(|(_, name, who)| (name.clone(), *who))
        } else {
            name_speaker(&known, (start, end), c.anchored, last.as_ref())
        };
        let Some((speaker, who)) = named else {
            continue;
        };
        // ("Theo Reuters, …": an outlet or body named after "theo" with no honorific, no
        // record, is no person a later "người này" or "ông" refers back to)
        if !(c.anchored && who.is_none() && outlet_like(region)) {
            last = Some((c.verb.start, speaker.clone(), who));
        }
        let content = if c.anchored {
            past_apposition(text, c.content, &by_end)
        } else {
            c.content
        };
        let verb = c.said_as.map_or_else(
            || to_lowercase(text.get(c.verb.start..c.verb.end).unwrap_or_default()),
            str::to_string,
        );
        if repeated(text, &out, &speaker, &verb, content) {
            continue;
        }
        out.push(Statement {
            speaker,
            official: match who {
                Some(Who::Official(k)) => Some(k),
                _ => None,
            },
            organization: match who {
                Some(Who::Organization(k)) => Some(k),
                _ => None,
            },
            verb,
            span: c.verb,
            kind: c.kind,
            content,
        });
    }
    out
}

/// How many statements back a statement is compared with for a repetition.
const REPEAT_LOOK_BACK: usize = 16;
/// How many words of the content a repetition shares.
const REPEAT_WORDS: usize = 6;

/// Is this statement one said before, printed again: the same speaker and reporting word
/// and the same first words of what is said (a baomoi headline or lead repeated in the
/// text, a paragraph printed twice)? One of the last [`REPEAT_LOOK_BACK`] statements.
fn repeated(text: &str, out: &[Statement], speaker: &str, verb: &str, content: Span) -> bool {
    let words = |c: Span| {
        text.get(c.start..c.end)
            .unwrap_or_default()
            .split_whitespace()
            .take(REPEAT_WORDS)
    };
    out.iter()
        .rev()
        .take(REPEAT_LOOK_BACK)
        .any(|s| s.speaker == speaker && s.verb == verb && words(s.content).eq(words(content)))
}

/// Does the stretch after "theo" name an outlet rather than a person: one capitalised word
/// that is no honorific nor degree ("Reuters", "Dailymail"; not "GS", "ông Nam", nor a
/// name of two words, "Chiaki Kobayashi")?
fn outlet_like(region: &str) -> bool {
    let mut words = region.split_whitespace();
    let first = words.next().map(|w| w.trim_end_matches(','));
    words.next().is_none()
        && first.is_some_and(|w| {
            w.starts_with(char::is_uppercase)
                && !is_honorific(w)
                && !crate::extract::scan::is_degree(w)
        })
}

/// The end of the speaker's stretch `start..end` before a date that ends it ("ông A ngày
/// 21/4 cho biết", "bà B hồi tháng 1 tuyên bố"): the subject comes before the time of
/// the verb. `dates` are in the order of their starts and do not overlap.
fn past_date(text: &str, start: usize, end: usize, dates: &[DateFact]) -> usize {
    let k = dates.partition_point(|d| d.span.start < end);
    match k.checked_sub(1).map(|k| dates[k].span) {
        Some(d) if d.end == end && d.start > start => {
            let before = text.get(start..d.start).unwrap_or_default();
            start + trim_end(before).len()
        }
        _ => end,
    }
}

/// "Theo ông A, Giám đốc Sở Y tế, …": the content starts after a title (or another
/// mention) set off by commas right after the speaker.
fn past_apposition(text: &str, content: Span, by_end: &[Mentioned]) -> Span {
    let Some(c) = text.get(content.start..content.end) else {
        return content;
    };
    let at = content.start + (c.len() - c.trim_start().len());
    // (the mentions that end after `at`, to the longest a mention can be)
    let from = by_end.partition_point(|m| m.end() <= at);
    let apposition = by_end[from..]
        .iter()
        .take_while(|m| m.end() <= at + MENTION_MAX_BYTES)
        .filter(|m| m.start() == at)
        .map(|m| m.end())
        .max()
        .filter(|&e| text.get(e..).is_some_and(|r| r.starts_with(',')));
    match apposition {
        Some(e) if e + 1 < content.end => {
            let rest = &text[e + 1..content.end];
            Span::new(e + 1 + (rest.len() - rest.trim_start().len()), content.end)
        }
        _ => content,
    }
}

/// `region` without trailing spaces, commas, dashes, a bracket and filler words ("ông A,
/// Chủ tịch xã (Hà Nội), cũng", "ông B - Giám đốc MB-").
fn trim_end(region: &str) -> &str {
    let mut r = region;
    loop {
        let before = r.len();
        r = r.trim_end_matches([' ', ',', '-', '–', '\u{a0}']);
        if r.ends_with(')')
            && let Some(open) = r.rfind('(')
        {
            r = &r[..open];
            continue;
        }
        for w in FILLERS.iter() {
            // (a filler that does not end with the stretch's last byte is not its end:
            // most are told so before their bytes are compared)
            if r.as_bytes().last() != w.as_bytes().last() {
                continue;
            }
            if let Some(rest) = r.strip_suffix(w)
                && (rest.is_empty() || rest.ends_with(' '))
            {
                r = rest;
            }
        }
        if r.len() == before {
            return r;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pronoun and honorific checks compare in place what the direct computation
    /// compares after joining and lowercasing.
    #[test]
    fn pronouns_and_honorifics_match_lowercased_words() {
        // (words as the speaker's region is split into: no spaces, never empty)
        let words: Vec<&str> = "ông Ông ÔNG ấy Ấy này NÀY bà Bà người Người vị đồng Đồng chí CHÍ \
             anh Anh chị Chị thầy ngài đ/c Đ/C cô ong ôngg İ K ΣΑΣ Straße"
            .split_whitespace()
            .collect();
        let pronouns: Vec<&str> = lexicon::STATEMENT_PRONOUNS.keys().collect();
        for &a in &words {
            assert_eq!(
                is_honorific(a),
                HONORIFICS.contains(&a.to_lowercase().as_str()),
                "{a:?}"
            );
            assert_eq!(
                is_pronoun(&[a]),
                pronouns.contains(&a.to_lowercase().as_str()),
                "{a:?}"
            );
            for &b in &words {
                let direct = [a, b].join(" ").to_lowercase();
                assert_eq!(
                    is_pronoun(&[a, b]),
                    pronouns.contains(&direct.as_str()),
                    "{a:?} {b:?}"
                );
            }
        }
    }
}
