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

use super::keywords::{CUE_TAG, Phrases, phrases};
use super::scan::Scanner;
use crate::Span;
use crate::extract::official::Official;
use crate::extract::org::Organization;
use crate::text::chars::to_lowercase;
use crate::text::hash::{FastHashMap, FastSet};
use crate::text::lexicon;
use crate::text::tokens::{Token, TokenKind, ieq};

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
    /// Where the speaker is looked for: the speaker ends at `speaker.end` (after trailing
    /// commas and filler words are taken off), and starts at or after `speaker.start`.
    speaker: Span,
    /// "Theo X, …": the speaker must start where `speaker` starts.
    anchored: bool,
    content: Span,
    kind: StatementKind,
}

static CUES: LazyLock<Phrases> = LazyLock::new(|| phrases(lexicon::STATEMENT_CUES));
static BLOCKERS: LazyLock<Phrases> = LazyLock::new(|| phrases(lexicon::STATEMENT_BLOCKERS));
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
        let found = s
            .phrase(i, &CUES)
            .filter(|_| s.phrase(i, &BLOCKERS).is_none());
        let Some((v, e)) = found else {
            continue;
        };
        let cue = match v {
            THEO => theo(&s, i, e),
            MARKED if !marked_after(&s, e) => None,
            _ => said(&s, i, e),
        };
        out.extend(cue);
        next = e;
    }
    out
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
}

/// "Theo ông A, …" at the start of a clause.
fn theo(s: &Scanner<'_>, i: usize, e: usize) -> Option<Cue> {
    let t = s.t;
    let opens = i == 0
        || s.sentence_end(i - 1)
        || matches!(s.punct(i - 1), Some(c) if c == ',' || is_open_quote(c) || c == '(');
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
        speaker: Span::new(t[e].start(), t[comma - 1].end()),
        anchored: true,
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
    while b > 0 && i - b < SPEAKER_MAX_TOKENS && !s.sentence_end(b - 1) {
        if let Some(c) = s.punct(b - 1)
            && is_close_quote(c)
            && s.glued(b - 1)
        {
            quote_before = Some(b - 1);
            break;
        }
        b -= 1;
    }
    if b == i {
        return None;
    }
    let verb = Span::new(t[i].start(), t[e - 1].end());
    let speaker = Span::new(t[b].start(), t[i - 1].end());
    // "“…”, ông A nói." / "“…” - ông A cho biết.": the quotation before is what is said
    if let Some(close) = quote_before {
        let after = e >= t.len() || s.sentence_end(e) || s.punct(e) == Some(',') || s.is(e, "và");
        let open = (close.saturating_sub(CONTENT_MAX_TOKENS)..close)
            .rev()
            .take_while(|&k| t[k].kind() != TokenKind::Newline)
            .find(|&k| s.punct(k).is_some_and(is_open_quote) && s.glued(k + 1))?;
        if !after || open + 1 >= close {
            return None;
        }
        return Some(Cue {
            verb,
            speaker,
            anchored: false,
            content: Span::new(t[open + 1].start(), t[close - 1].end()),
            kind: StatementKind::Direct,
        });
    }
    // what is said after: fillers, a colon, then a quotation or the rest of the sentence
    // ("cho biết thêm rằng": only these; "đề nghị từng đồng chí" keeps its "từng")
    let mut k = e;
    while s.is(k, "thêm") || s.is(k, "rằng") || (k == e && s.is(k, "là")) {
        k += 1;
    }
    let mut kind = StatementKind::Reported;
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
            speaker,
            anchored: false,
            content: Span::new(t[k + 1].start(), t[close - 1].end()),
            kind: StatementKind::Direct,
        });
    }
    let z = sentence_end_from(s, k)?;
    Some(Cue {
        verb,
        speaker,
        anchored: false,
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
        let end = c.speaker.start + trim_end(region).len();
        let start = c.speaker.start;
        // "…, ông A nói và cho biết": the speaker of the cue just before
        let coordinated = region.trim_end().ends_with(" và")
            && last
                .as_ref()
                .is_some_and(|(at, _, _)| *at >= c.speaker.start);
        let named = if coordinated {
            last.as_ref().map(|(_, name, who)| (name.clone(), *who))
        } else {
            name_speaker(&known, (start, end), c.anchored, last.as_ref())
        };
        let Some((speaker, who)) = named else {
            continue;
        };
        last = Some((c.verb.start, speaker.clone(), who));
        let content = if c.anchored {
            past_apposition(text, c.content, &by_end)
        } else {
            c.content
        };
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
            verb: to_lowercase(text.get(c.verb.start..c.verb.end).unwrap_or_default()),
            span: c.verb,
            kind: c.kind,
            content,
        });
    }
    out
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

/// The people and bodies of the article, to name a speaker by.
struct Known<'a> {
    text: &'a str,
    by_end: &'a [Mentioned],
    officials: &'a [Official],
    orgs: &'a [Organization],
    /// The first official whose name is or ends with these words ("Chung", "Văn Chung").
    by_suffix: FastHashMap<&'a str, usize>,
    /// The one official whose name of two words or more opens with this word, `None` when
    /// several do: a name whose surname comes first, said alone ("ông Tập" for "Tập Cận
    /// Bình", "ông Moon").
    by_first: FastHashMap<&'a str, Option<usize>>,
    /// Each official's roles, lowercased.
    roles: Vec<Vec<String>>,
    /// Every role of `roles`.
    all_roles: FastSet<String>,
}

impl<'a> Known<'a> {
    /// Built once per article: linear in the officials.
    fn new(
        text: &'a str,
        by_end: &'a [Mentioned],
        officials: &'a [Official],
        orgs: &'a [Organization],
    ) -> Known<'a> {
        let mut by_suffix = FastHashMap::default();
        let mut by_first: FastHashMap<&str, Option<usize>> = FastHashMap::default();
        for (k, o) in officials.iter().enumerate() {
            by_suffix.entry(o.name.as_str()).or_insert(k);
            for (i, _) in o.name.match_indices(' ') {
                by_suffix.entry(&o.name[i + 1..]).or_insert(k);
            }
            if let Some((first, _)) = o.name.split_once(' ') {
                by_first
                    .entry(first)
                    .and_modify(|v| *v = v.filter(|&j| officials[j].name == o.name))
                    .or_insert(Some(k));
            }
        }
        let roles: Vec<Vec<String>> = officials
            .iter()
            .map(|o| {
                o.titles
                    .iter()
                    .map(|t| to_lowercase(&t.role))
                    .filter(|r| !r.is_empty())
                    .collect()
            })
            .collect();
        let all_roles = roles.iter().flatten().cloned().collect();
        Known {
            text,
            by_end,
            officials,
            orgs,
            by_suffix,
            by_first,
            roles,
            all_roles,
        }
    }
}

impl Known<'_> {
    fn name_of(&self, who: Who) -> String {
        match who {
            Who::Official(k) => self.officials[k].name.clone(),
            Who::Organization(k) => self.orgs[k].text.clone(),
            Who::Place(a, b) => self.text.get(a..b).unwrap_or_default().to_string(),
        }
    }

    /// The longest mention of an official or organization that ends at `end` and starts at
    /// or after `start`.
    fn mention_ending(&self, start: usize, end: usize) -> Option<Who> {
        let k = self.by_end.partition_point(|m| m.end() < end);
        self.by_end[k..]
            .iter()
            .take_while(|m| m.end() == end)
            .filter(|m| m.start() >= start)
            .map(|m| m.who())
            .last()
    }

    /// The last official mentioned before byte `at`, with where the mention ends.
    fn official_before(&self, at: usize) -> Option<(usize, usize)> {
        let k = self.by_end.partition_point(|m| m.end() <= at);
        self.by_end[k.saturating_sub(TITLE_LOOK_BACK)..k]
            .iter()
            .rev()
            .find_map(|m| match m.who() {
                Who::Official(k) => Some((m.end(), k)),
                Who::Organization(_) | Who::Place(..) => None,
            })
    }
}

/// The most words of a clause's last segment read as a person named with an honorific
/// and the post after the name ("ông Đinh Viết Khanh – Chủ tịch Hội Khuyến học TP Cần Thơ").
const APPOSITION_WORDS: usize = 16;

/// Names the speaker whose words are `start..end` (trimmed; `anchored`: they start there,
/// after "theo"): a mention of an official or organization ending there; the head of an
/// apposition ("ông A, Giám đốc Sở Y tế,"); a pronoun for the last person named; a title
/// an official holds; an honorific and a name, or a name.
fn name_speaker(
    known: &Known<'_>,
    (start, end): (usize, usize),
    anchored: bool,
    last: Option<&(usize, String, Option<Who>)>,
) -> Option<(String, Option<Who>)> {
    let text = known.text;
    // (a stretch after a quotation starts with its comma or dash)
    let start = start
        + text.get(start..end).map_or(0, |r| {
            r.len() - r.trim_start_matches([' ', ',', '-', '–', '\u{a0}']).len()
        });
    if end <= start {
        return None;
    }
    let region = &text[start..end];
    // the clause's segments: "ông A, Phó Giám đốc Sở Y tế" / "ông B - Giám đốc MB"
    let cut = region.rfind([',', ';', ':']).map(|c| c + 1).unwrap_or(0);
    let head_end = region
        .find([',', '-', '–', '('])
        .filter(|&c| c > 0 && c < region.len())
        .map(|c| region[..c].trim_end().len());
    let seg_start = start + cut + (region[cut..].len() - region[cut..].trim_start().len());
    // a clause's last segment that names a person with an honorific speaks, not the
    // words before it ("Về lệnh cấm với Trung Quốc, ông Tập nói"; "Tại hội nghị, ông A –
    // Chủ tịch Hội X cho biết": the segment read as a clause of its own, with no cut)
    // (a name and its post, not a clause going on to other words: "ông A - Chủ tịch tỉnh
    // - đã họp … có công văn đề nghị")
    // (nor a name with a hyphen inside, "bà Whang-Od", which the dash of a post would cut)
    let segment = &text[seg_start..end];
    let mut seg_words = segment.split(' ').filter(|w| !w.is_empty());
    let honored = cut > 0
        && seg_words.next().is_some_and(is_honorific)
        && seg_words.next().is_some()
        && seg_words.count() + 2 <= APPOSITION_WORDS
        && !segment
            .split(' ')
            .any(|w| w.trim_matches('-').contains('-'));
    if honored && let Some(found) = name_speaker(known, (seg_start, end), false, last) {
        return Some(found);
    }
    // a head that is a person: the apposition after it describes them
    if let Some(h) = head_end
        && let Some(found) = person(known, start, start + h, anchored, last, true)
    {
        return Some(found);
    }
    if let Some(who) = known.mention_ending(start, end) {
        return Some((known.name_of(who), Some(who)));
    }
    person(known, seg_start, end, anchored && cut == 0, last, false)
}

/// A person (or a body named like one) in `start..end`: an official's mention, a pronoun
/// for the last person named, a title an official holds, an honorific and a name, or a
/// name of two words or more (one, when it is all the clause says).
fn person(
    known: &Known<'_>,
    start: usize,
    end: usize,
    anchored: bool,
    last: Option<&(usize, String, Option<Who>)>,
    head: bool,
) -> Option<(String, Option<Who>)> {
    let text = known.text;
    if end <= start {
        return None;
    }
    if let Some(who @ Who::Official(_)) = known.mention_ending(start, end) {
        return Some((known.name_of(who), Some(who)));
    }
    let region = &text[start..end];
    let words: Vec<&str> = region.split(' ').filter(|w| !w.is_empty()).collect();
    // a pronoun: the last person named (an official, or the last speaker)
    if !anchored
        && !head
        && (1..=2).any(|n| n <= words.len() && is_pronoun(&words[words.len() - n..]))
    {
        let official = known.official_before(start);
        return match (official, last) {
            (Some((e, k)), Some((at, _, _))) if e >= *at => {
                Some((known.officials[k].name.clone(), Some(Who::Official(k))))
            }
            (_, Some((_, name, who))) => Some((name.clone(), *who)),
            (Some((_, k)), None) => Some((known.officials[k].name.clone(), Some(Who::Official(k)))),
            (None, None) => None,
        };
    }
    // a capitalised name at the end, after an honorific, a degree ("TS", "PGS.TS") or alone
    let run = words
        .iter()
        .rev()
        .take_while(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
        .count()
        .min(5);
    let mut from = words.len() - run;
    // not a degree ("TS", "PGS.TS") nor a word opening the sentence ("Nhưng Hess")
    while from < words.len()
        && (words[from].chars().filter(|c| c.is_uppercase()).count() > 1
            || crate::segment::SENTENCE_STARTERS.contains(&words[from]))
    {
        from += 1;
    }
    // an honorific opening the sentence is capitalised too ("Bà Trần Thị Hoa nói")
    let mut honorific = from > 0 && is_honorific(words[from - 1]);
    while from < words.len() && is_honorific(words[from]) {
        from += 1;
        honorific = true;
    }
    let names = words.len() - from;
    // one word alone is a name when it is all the clause says and reads as a foreign
    // name, not a Vietnamese word opening the sentence ("Microsoft cho biết", not "Bài
    // viết", "Đáng nói")
    let alone = from == 0
        && names == 1
        && words[0].chars().count() >= 4
        && words[0].is_ascii()
        && !is_pronoun(&words)
        && !crate::segment::SENTENCE_STARTERS.contains(&words[0]);
    if names > 0
        && (honorific || names >= 2 || alone)
        && (!anchored || from <= usize::from(honorific) + 1)
    {
        let name = words[from..].join(" ");
        // (a surname said alone, after an honorific, when no name ends with it)
        let by_first = || {
            let one = honorific && names == 1;
            one.then(|| known.by_first.get(name.as_str()).copied().flatten())
                .flatten()
        };
        if let Some(k) = known
            .by_suffix
            .get(name.as_str())
            .copied()
            .or_else(by_first)
        {
            return Some((known.officials[k].name.clone(), Some(Who::Official(k))));
        }
        let suffix = format!(" {name}");
        // "anh Giang" after "anh Hoàng Giang" spoke
        if let Some((_, full, who)) = last.filter(|(_, full, _)| full.ends_with(&suffix)) {
            return Some((full.clone(), *who));
        }
        return Some((name, None));
    }
    // a title alone that an official named before holds ("Bộ trưởng cho biết")
    if !anchored && !head && words.len() <= 4 {
        let tail = to_lowercase(region);
        let holds = |role: &String| {
            tail.strip_suffix(role.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
        };
        // (a role some official holds must end the stretch: the whole of it or the words
        // after a space; most stretches end with none, and the look back is not read)
        let suffixes = std::iter::once(tail.as_str())
            .chain(tail.match_indices(' ').map(|(i, _)| &tail[i + 1..]));
        if !suffixes.into_iter().any(|w| known.all_roles.contains(w)) {
            return None;
        }
        // (the officials mentioned in the stretch before: a bounded look back)
        let before = known.by_end.partition_point(|m| m.end() <= start);
        let from = before.saturating_sub(TITLE_LOOK_BACK);
        let (_, k) = known.by_end[from..before]
            .iter()
            .rev()
            .find_map(|m| match m.who() {
                Who::Official(k) if known.roles[k].iter().any(holds) => Some((m.end(), k)),
                _ => None,
            })?;
        return Some((known.officials[k].name.clone(), Some(Who::Official(k))));
    }
    None
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
