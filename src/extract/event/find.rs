//! The token phase of events: triggers, and where each role is in their sentence.

use std::sync::LazyLock;

use super::noun::{called_off, in_series, nominal, owner, qualified_with};
use super::sides::{between, hyphen_sides, met_before, pair};
use super::{EventKind, KINDS};
use crate::Span;
use crate::extract::keywords::{EVENT_TAG, Phrases, WordList, phrases, words};
use crate::extract::scan::Scanner;
use crate::segment::SENTENCE_STARTERS;
use crate::span::SpanList;
use crate::text::chars::is_alphabetic;
use crate::text::lexicon;
use crate::text::tokens::{Token, TokenKind};

/// A trigger with where the tokens place its roles (normalized offsets).
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub(crate) kind: EventKind,
    pub(crate) trigger: Span,
    /// Its sentence.
    pub(crate) sentence: Span,
    /// Where its subject must end: before the link words ("đã có") and a comma.
    pub(crate) subject_end: Option<usize>,
    /// The capitalised name that ends where the subject must end ("Bác Hồ", "Nhật"), for
    /// a subject that is no official or organization.
    pub(crate) subject_name: Option<Span>,
    /// Whether a bracket stands between the subject and the trigger ("Ngân hàng X (MB)
    /// tổ chức"): then only an official or organization known ends it, not a name's tail.
    pub(crate) bracketed: bool,
    /// Where its partner is looked for: after it, to a stop word or a punctuation mark.
    pub(crate) object: Span,
    /// "chuyến thăm … của X": where X, its agent, is.
    pub(crate) owner: Option<Span>,
    /// The first capitalised name in `object` ("Park Hang Seo").
    pub(crate) object_name: Option<Span>,
    /// `object` when it names people or bodies without a name ("các ngành của tỉnh",
    /// "đoàn công tác"): the partner as written when no one known is in it.
    pub(crate) object_words: Option<Span>,
    /// "… do X tổ chức": where its organizer is.
    pub(crate) organizer: Option<Span>,
    /// "Đoàn công tác do X dẫn đầu đã …": where the head of the delegation that is its
    /// subject is.
    pub(crate) leader: Option<Span>,
    /// Talks or a signing "giữa A và B": where its two sides are.
    pub(crate) sides: Option<(Span, Span)>,
    /// Talks or a signing "Nhật-Nga" right after the trigger: where its two sides are
    /// (taken only when both are places or known officials or organizations, not a name
    /// with a hyphen: "Jean-Michel Jarre").
    pub(crate) hyphen_sides: Option<(Span, Span)>,
    /// Talks or a signing whose subject is "A và B": where A and B are (named only when
    /// both are known officials or organizations).
    pub(crate) pair: Option<(Span, Span)>,
    /// What it is about.
    pub(crate) topic: Option<Span>,
    /// Where its chair is looked for (the first trigger of a sentence only).
    pub(crate) chair: Option<Span>,
    /// Where its attendees are.
    pub(crate) attend: Vec<Span>,
    /// The items of a list of attendees, one party each ("Khách mời … gồm:" and the
    /// numbered lines after it).
    pub(crate) attend_items: Vec<Span>,
    /// The end of the link words between the subject and the trigger ("Bộ Tài chính tổ
    /// chức hội nghị": "chính" may end the subject's name).
    pub(crate) links_end: Option<usize>,
    /// "Ông Park được CLB HA Gia Lai tặng hoa", "Công ty X bị thanh tra": in the passive
    /// the subject before "được" / "bị" is the partner; where it ends.
    pub(crate) passive_end: Option<usize>,
    /// The passive's agent between "được" / "bị" and the trigger, a body's part before it
    /// left out ("được đại diện CLB HA Gia Lai tặng hoa": "CLB HA Gia Lai"), and whether
    /// its words are all capitalised (a name to take as written when no one is known in it).
    pub(crate) passive_agent: Option<(Span, bool)>,
}

/// A trigger's value in [`TRIGGERS`]: the index of its kind in `KINDS`, with this bit when
/// an object must follow it (column 3 "obj").
const OBJ: u32 = 1 << 8;
/// The value of a chair's words in [`ROLES`]; attendance has 0.
const CHAIR: u32 = 1;

static TRIGGERS: LazyLock<Phrases> = LazyLock::new(|| {
    let list = lexicon::EVENT_TRIGGERS
        .entries()
        .filter_map(|e| {
            let kind = KINDS.iter().position(|&(n, _)| Some(n) == e.column(1))?;
            let obj = if e.column(2) == Some("obj") { OBJ } else { 0 };
            Some((e.key().split(' ').collect(), kind as u32 | obj))
        })
        .collect();
    Phrases::new(list)
});
static BLOCKERS: LazyLock<Phrases> = LazyLock::new(|| phrases(lexicon::EVENT_BLOCKERS));
static ROLES: LazyLock<Phrases> = LazyLock::new(|| {
    let list = lexicon::EVENT_ROLES
        .entries()
        .map(|e| {
            let v = u32::from(e.column(1) == Some("chair"));
            (e.key().split(' ').collect(), v)
        })
        .collect();
    Phrases::new(list)
});
pub(super) static LINKS: LazyLock<WordList> = LazyLock::new(|| words(lexicon::EVENT_LINKS));
pub(super) static STOPS: LazyLock<WordList> = LazyLock::new(|| words(lexicon::EVENT_OBJECT_STOPS));
static OBJECTS: LazyLock<Phrases> = LazyLock::new(|| phrases(lexicon::EVENT_OBJECTS));
static HONORIFICS: LazyLock<Phrases> = LazyLock::new(|| phrases(lexicon::HONORIFICS));
static ORG_PARTS: LazyLock<Phrases> = LazyLock::new(|| phrases(lexicon::EVENT_ORG_PARTS));
static ATTENDANCE: LazyLock<Phrases> = LazyLock::new(|| {
    let list = lexicon::EVENT_ATTENDANCE
        .entries()
        .filter_map(|e| {
            let v = ["cue", "link", "event", "list"]
                .iter()
                .position(|&c| Some(c) == e.column(1))?;
            Some((e.key().split(' ').collect(), v as u32))
        })
        .collect();
    Phrases::new(list)
});
/// The values of [`ATTENDANCE`]'s columns.
const CUE: u32 = 0;
const LINK: u32 = 1;
const EVENT_WORD: u32 = 2;
const LIST: u32 = 3;
static FILLERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lexicon::EVENT_FILLERS.keys().collect());

/// The longest stretch read after a trigger for its partner, in tokens.
const OBJECT_MAX: usize = 16;
/// The longest object read as a partner as written, in tokens.
const PEOPLE_MAX: usize = 8;
/// The longest topic, in tokens.
const TOPIC_MAX: usize = 60;
/// How far "về" is looked for after a trigger, in tokens.
const TOPIC_LOOK: usize = 30;
/// How far back a role's clause is read, in tokens.
pub(super) const CLAUSE_MAX: usize = 40;
/// How far after a trigger "giữa" opens its two sides, in tokens ("ký kết thỏa thuận hợp
/// tác giữa").
pub(super) const SIDES_GAP: usize = 5;
/// The longest organizer read between "do" and "tổ chức", in tokens.
const ORGANIZER_MAX: usize = 24;
/// The longest bracket passed over after a subject, in tokens.
const BRACKET_MAX: usize = 12;
/// The longest name read, in words.
pub(super) const NAME_MAX: usize = 5;
/// The longest list of attendees read, in tokens.
const ATTEND_MAX: usize = 120;
/// How many sentences after a trigger's are read for its attendees.
const ATTEND_SENTENCES: usize = 2;
/// How many items (lines) of a list of attendees after a colon are read.
const ATTEND_ITEMS: usize = 12;

/// The head of a trigger: its words without the fillers ("buổi làm việc" → "làm việc").
pub(crate) fn head_key(trigger: &str) -> String {
    trigger
        .split(' ')
        .filter(|w| !FILLERS.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The triggers of the tagged words (`openers`: the numbers and tagged words of
/// `tokens`), with where their roles are; `sentences` are the document's.
///
/// # Time complexity
///
/// Linear in the tokens: each trigger reads bounded stretches around it, and each
/// sentence with a trigger is read once for its roles.
#[inline(never)] // (its own function in a profile)
pub(crate) fn triggers(
    text: &str,
    tokens: &[Token],
    openers: &[u32],
    sentences: &SpanList,
) -> Vec<Found> {
    let s = Scanner::new(text, tokens);
    let mut out = Vec::new();
    let mut next = 0;
    let mut last_sentence = usize::MAX;
    for &o in openers {
        let i = o as usize;
        // (every trigger's first word carries EVENT_TAG)
        if i < next || tokens.get(i).is_none_or(|t| t.tag() != EVENT_TAG) {
            continue;
        }
        // a trigger right after another is part of its phrase, whose head decides ("hội
        // nghị ký kết", "họp đại hội")
        let adjacent = i == next && next > 0;
        let Some((v, e)) = s.phrase(i, &TRIGGERS) else {
            continue;
        };
        let Some(&(_, kind)) = KINDS.get((v & 0xff) as usize) else {
            continue;
        };
        // (a noun's object may follow "với", which introduces the counterpart: "có cuộc
        // gặp với Thủ tướng …", or "giữa", which introduces both sides: "cuộc gặp giữa
        // Tổng thống A và …"; not a verb's: "giao tiếp với", "gặp với những người …")
        // ("cuộc gặp song phương với …": a word or two qualify the noun before "với")
        let with = qualified_with(&s, i, e, tokens.len());
        let opens = object_opens(&s, e)
            || with.is_some()
            || (nominal(&s, i) && (s.is(e, "với") || s.is(e, "giữa")) && object_opens(&s, e + 1));
        // ("A … với B trong một cuộc gặp": the sides given before the noun)
        let met = (v & OBJ != 0 && !opens)
            .then(|| met_before(&s, i))
            .flatten();
        if blocked(&s, i)
            || in_series(&s, i)
            || called_off(&s, i)
            || (v & OBJ != 0 && !opens && met.is_none())
        {
            continue;
        }
        next = e;
        if adjacent {
            continue;
        }
        let at = tokens[i].start();
        let si = sentences.partition_point(|x| x.end <= at);
        let Some(sentence) = sentences.get(si) else {
            continue;
        };
        let a = tokens.partition_point(|t| t.start() < sentence.start);
        let z = tokens.partition_point(|t| t.start() < sentence.end);
        // ("Tại cuộc gặp với X, …", "Sau chuyến thăm …": a noun set after a preposition
        // has no subject before it)
        let subject = subject_end(&s, a, i)
            .filter(|_| !(nominal(&s, i) && i >= 2 && s.is_any(i - 2, &STOPS)));
        let (mut object, to) = object(&s, kind, with.unwrap_or(e), z);
        let owner = owner(&s, i, e, to, z);
        if let Some((_, of)) = owner {
            let end = if of > e {
                tokens[of - 1].end()
            } else {
                object.start
            };
            object = Span::new(object.start, end.max(object.start));
        }
        let mut f = Found {
            kind,
            trigger: Span::new(at, tokens[e - 1].end()),
            sentence,
            subject_end: subject.map(|k| tokens[k - 1].end()),
            subject_name: subject
                .filter(|&k| s.punct(k) != Some('('))
                .and_then(|k| name_before(&s, a, k)),
            bracketed: subject.is_some_and(|k| s.punct(k) == Some('(')),
            object,
            object_name: name_in(&s, e, owner.map_or(to, |(_, of)| of)),
            owner: owner.map(|(span, _)| span),
            object_words: people(&s, &object),
            organizer: organizer(&s, to, z),
            leader: subject.and_then(|k| leader(&s, a, k)),
            sides: matches!(kind, EventKind::Talks | EventKind::Signing)
                .then(|| between(&s, a, i, e, z))
                .flatten(),
            hyphen_sides: matches!(kind, EventKind::Talks | EventKind::Signing)
                .then(|| hyphen_sides(&s, e, z))
                .flatten(),
            pair: met.or_else(|| {
                subject
                    .filter(|_| matches!(kind, EventKind::Talks | EventKind::Signing))
                    .and_then(|k| pair(&s, a, k))
            }),
            topic: topic(&s, kind, e, z),
            chair: None,
            attend: Vec::new(),
            attend_items: Vec::new(),
            links_end: subject.filter(|&k| k < i).map(|_| tokens[i - 1].end()),
            passive_end: None,
            passive_agent: None,
        };
        if let Some((q, agent)) = passive(&s, a, subject.unwrap_or(i)) {
            f.passive_end = Some(tokens[q - 1].end());
            f.passive_agent = agent;
        }
        // the event a list of attendees names ("Dự buổi làm việc có ông A"): its sides
        // are not in its sentence
        if attendance_list(&s, a, z).is_some_and(|(from, _)| from > i) {
            f.subject_end = None;
            f.subject_name = None;
            f.passive_end = None;
            f.passive_agent = None;
            f.leader = None;
            f.sides = None;
            f.hyphen_sides = None;
            f.pair = None;
            f.object = Span::new(f.trigger.end, f.trigger.end);
            f.object_name = None;
            f.object_words = None;
        }
        if si != last_sentence {
            // (the sentences after the last one's are read for its last trigger)
            if let Some(last) = out.last_mut() {
                attendance(&s, sentences, last_sentence, last);
            }
            last_sentence = si;
            sentence_roles(&s, a, z, &mut f);
        }
        out.push(f);
    }
    if let Some(last) = out.last_mut() {
        attendance(&s, sentences, last_sentence, last);
    }
    out
}

/// Is the trigger at `i` in a phrase of `event_blockers.txt` that opens at it, or at the
/// word before it and covers it ("trận gặp": a match, no talks)?
fn blocked(s: &Scanner<'_>, i: usize) -> bool {
    s.phrase(i, &BLOCKERS).is_some()
        || (i > 0 && s.phrase(i - 1, &BLOCKERS).is_some_and(|(_, e)| e > i))
}

/// Is the word at `k` a link word between a subject and its trigger, lowercase (capitalised
/// it is part of a name: "Tập đoàn Viettel", "Cục Công tác phía Nam")?
pub(super) fn link(s: &Scanner<'_>, k: usize) -> bool {
    s.is_any(k, &LINKS) && !s.capitalised(k)
}

/// Does the word at `k` open a person, a body or a place?
pub(super) fn object_opens(s: &Scanner<'_>, k: usize) -> bool {
    s.capitalised(k) || s.phrase(k, &HONORIFICS).is_some() || s.phrase(k, &OBJECTS).is_some()
}

/// Where the subject of the trigger at `i` ends (the token after it): before the link
/// words and a comma, in the sentence from token `a`.
fn subject_end(s: &Scanner<'_>, a: usize, i: usize) -> Option<usize> {
    let mut k = i;
    while k > a && i - k < CLAUSE_MAX && link(s, k - 1) {
        k -= 1;
    }
    // (a bracket after the name: "Ngân hàng TMCP Quân đội (MB) tổ chức")
    if k > a && s.punct(k - 1) == Some(')') {
        let from = k.saturating_sub(BRACKET_MAX).max(a);
        if let Some(open) = (from..k - 1).rev().find(|&j| s.punct(j) == Some('(')) {
            k = open;
        }
    }
    // (an apposition set off by commas or dashes: "ông A - Chủ tịch tỉnh - đã họp"; but a
    // noun counted right after the comma is itself the apposition: "X, một diễn đàn …")
    if k > a && matches!(s.punct(k - 1), Some(',' | '-' | '–')) {
        if k < i && (k..i).all(|j| s.is(j, "một")) {
            return None;
        }
        k -= 1;
    }
    (k > a && s.t[k - 1].kind() == TokenKind::Word).then_some(k)
}

/// The longest agent between "được" / "bị" and a trigger, in tokens.
const PASSIVE_AGENT_MAX: usize = 12;

/// "X (cũng) được [agent] tặng …", "X bị thanh tra": the passive "được" or "bị" at most
/// [`PASSIVE_AGENT_MAX`] words before token `k` (where the agent ends, or the trigger),
/// with no mark and no stop word ("tại", "khi") between, right before the trigger or a
/// named agent, in the sentence from `a`: the end (the token after) of the subject before
/// it, past the link words, and the agent's tokens after a body's part, with whether they
/// are all capitalised.
fn passive(s: &Scanner<'_>, a: usize, k: usize) -> Option<(usize, Option<(Span, bool)>)> {
    let from = k.saturating_sub(PASSIVE_AGENT_MAX).max(a);
    let p = (from..k)
        .rev()
        .take_while(|&j| s.word(j).is_some() && !s.is_any(j, &STOPS))
        .find(|&j| s.is(j, "được") || s.is(j, "bị"))?;
    // the agent after it is named: capitalised, a word of address or a body's part
    // ("được đại diện CLB …"); not another verb ("bị tấn công khi thăm")
    let named = p + 1 == k
        || s.capitalised(p + 1)
        || s.phrase(p + 1, &HONORIFICS).is_some()
        || s.phrase(p + 1, &ORG_PARTS).is_some();
    if !named {
        return None;
    }
    let mut q = p;
    while q > a && p - q < CLAUSE_MAX && link(s, q - 1) {
        q -= 1;
    }
    let from = s.phrase(p + 1, &ORG_PARTS).map_or(p + 1, |(_, e)| e);
    let agent = (from < k).then(|| {
        // (a capitalised word after them goes on with the name: "được Tổng Thanh tra
        // Chính phủ phê duyệt" has no agent "Tổng")
        let named = (from..k).all(|j| s.capitalised(j)) && !s.capitalised(k);
        (Span::new(s.t[from].start(), s.t[k - 1].end()), named)
    });
    (q > a && s.t[q - 1].kind() == TokenKind::Word).then_some((q, agent))
}

/// A word of a name: capitalised, letters only, one capital (not "HLV", "TS").
fn name_word(s: &Scanner<'_>, k: usize) -> bool {
    s.capitalised(k)
        && s.word(k).is_some_and(|w| {
            w.chars().all(is_alphabetic) && w.chars().filter(|c| c.is_uppercase()).count() == 1
        })
}

/// A name of the words `b..e`: two to five words, or one foreign word of four letters or
/// more; not opening with a word that opens sentences ("Trong", "Theo").
fn name_span(s: &Scanner<'_>, mut b: usize, e: usize) -> Option<Span> {
    while b < e && s.word(b).is_some_and(|w| SENTENCE_STARTERS.contains(&w)) {
        b += 1;
    }
    let one = e == b + 1 && s.word(b).is_some_and(|w| w.is_ascii() && w.len() >= 4);
    (e >= b + 2 || one).then(|| Span::new(s.t[b].start(), s.t[e - 1].end()))
}

/// The capitalised name ending before token `k` (in the sentence from `a`).
fn name_before(s: &Scanner<'_>, a: usize, k: usize) -> Option<Span> {
    let mut b = k;
    while b > a && k - b < NAME_MAX && name_word(s, b - 1) {
        b -= 1;
    }
    name_span(s, b, k)
}

/// The first capitalised name in the tokens `from..to`.
fn name_in(s: &Scanner<'_>, from: usize, to: usize) -> Option<Span> {
    let b = (from..to).find(|&k| name_word(s, k))?;
    let mut e = b;
    while e < to && e - b < NAME_MAX && name_word(s, e) {
        e += 1;
    }
    name_span(s, b, e)
}

/// `object` after "với" when it opens with a word of people or bodies
/// (`event_objects.txt`, value 1; or "các" / "những" not before a place or thing) and is
/// at most [`PEOPLE_MAX`] words.
fn people(s: &Scanner<'_>, object: &Span) -> Option<Span> {
    let mut from = s.t.partition_point(|t| t.start() < object.start);
    let to = s.t.partition_point(|t| t.start() < object.end);
    // the counterpart "với" introduces, in the trigger ("làm việc với") or after it
    // ("họp với các ngành"); another object may be a thing ("gặp những khó khăn")
    if s.is(from, "với") {
        from += 1;
    } else if from == 0 || !s.is(from - 1, "với") {
        return None;
    }
    if to <= from || to - from > PEOPLE_MAX {
        return None;
    }
    let (v, e) = s.phrase(from, &OBJECTS)?;
    let plural_of_things = v == 2 && s.phrase(e, &OBJECTS).is_some_and(|(w, _)| w == 0);
    (v == 1 || (v == 2 && e < to && !plural_of_things))
        .then(|| Span::new(s.t[from].start(), object.end))
}

/// "… do X tổ chức" after a trigger, from the stop word `k` where its object ends to the
/// next full stop, semicolon or colon ("hội thảo …, do Khoa Báo chí, Trường ĐH X tổ
/// chức"): the tokens of X, commas inside.
fn organizer(s: &Scanner<'_>, k: usize, z: usize) -> Option<Span> {
    let clause_end = |j: usize| matches!(s.punct(j), Some('.' | ';' | ':'));
    let by = (k..z.min(k + TOPIC_LOOK))
        .take_while(|&j| !clause_end(j))
        .find(|&j| s.is(j, "do"))?;
    let end = z.min(by + ORGANIZER_MAX);
    let done = (by + 1..end)
        .take_while(|&j| !clause_end(j))
        .find(|&j| s.is(j, "tổ") && s.is(j + 1, "chức"))?;
    (done > by + 1).then(|| Span::new(s.t[by + 1].start(), s.t[done - 1].end()))
}

/// "X do Y dẫn đầu" ending before token `k` (a subject's end, in the sentence from `a`):
/// the tokens of Y, the head of the delegation X.
fn leader(s: &Scanner<'_>, a: usize, k: usize) -> Option<Span> {
    if k < a + 3 || !s.is(k - 2, "dẫn") || !s.is(k - 1, "đầu") {
        return None;
    }
    let from = k.saturating_sub(OBJECT_MAX).max(a);
    let by = (from..k - 2).rev().find(|&j| s.is(j, "do"))?;
    (by + 1 < k - 2).then(|| Span::new(s.t[by + 1].start(), s.t[k - 3].end()))
}

/// The stretch after a trigger ending at `e` where its partner is: to a stop word or a
/// punctuation mark (not a hyphen), in the sentence ending at `z`; an award's partner
/// after "cho" when it has one; none for a meeting or ceremony not held "với" someone.
/// With the token where it stops.
fn object(s: &Scanner<'_>, kind: EventKind, e: usize, z: usize) -> (Span, usize) {
    let mut k = e;
    // a meeting or a ceremony has a partner only "với" someone ("họp với các ngành")
    let sided = !matches!(
        kind,
        EventKind::Meeting | EventKind::Ceremony | EventKind::VoterMeeting
    ) || s.is(e, "với");
    let end = if sided { z.min(e + OBJECT_MAX) } else { e };
    while k < end && !s.is_any(k, &STOPS) && !matches!(s.punct(k), Some(c) if c != '-') {
        k += 1;
    }
    let mut from = e;
    if kind == EventKind::Award && s.is(k, "cho") {
        from = k + 1;
        k = from;
        while k < end && !s.is_any(k, &STOPS) && !matches!(s.punct(k), Some(c) if c != '-') {
            k += 1;
        }
    }
    if k <= from {
        let at =
            s.t.get(from.min(s.t.len().saturating_sub(1)))
                .map_or(0, Token::start);
        return (Span::new(at, at), k);
    }
    (Span::new(s.t[from].start(), s.t[k - 1].end()), k)
}

/// What the event is about: for a ceremony or an award, what follows the trigger up to a
/// stop word or a punctuation mark (a quoted name kept whole: "lễ phát động cuộc thi
/// “Hiểu đúng về tiền”"); else after "về" (a few words after the trigger) to the end of
/// the sentence.
fn topic(s: &Scanner<'_>, kind: EventKind, e: usize, z: usize) -> Option<Span> {
    let t = s.t;
    let (from, mut to) =
        if matches!(kind, EventKind::Ceremony | EventKind::Award) && s.word(e).is_some() {
            let end = z.min(e + OBJECT_MAX);
            let mut quoted = false;
            let stop = (e..end).find(|&k| match s.punct(k) {
                Some(c) if is_quote(c) => {
                    quoted = !quoted;
                    false
                }
                Some(c) => !quoted && c != '-',
                None => !quoted && s.is_any(k, &STOPS),
            });
            (e, stop.unwrap_or(end))
        } else {
            let about = (e..z.min(e + TOPIC_LOOK))
                .take_while(|&k| !matches!(s.punct(k), Some('.' | ';' | ':')))
                .find(|&k| s.is(k, "về") && s.word(k + 1).is_some())?;
            (about + 1, z.min(about + 1 + TOPIC_MAX))
        };
    // the sentence's own mark is no part of it, nor an unclosed quotation mark
    while to > from && t[to - 1].kind() != TokenKind::Word && t[to - 1].kind() != TokenKind::Num {
        if s.punct(to - 1)
            .is_some_and(|c| c == '”' || c == '"' || c == '»')
            && to - 1 > from
        {
            break;
        }
        to -= 1;
    }
    (to > from).then(|| Span::new(t[from].start(), t[to - 1].end()))
}

fn is_quote(c: char) -> bool {
    matches!(c, '“' | '”' | '"' | '«' | '»')
}

/// The chair and attendees of the sentence `a..z`, given to `f`.
fn sentence_roles(s: &Scanner<'_>, a: usize, z: usize, f: &mut Found) {
    let mut k = a;
    while k < z {
        // (most words are rejected by their hash, without a call)
        let t = &s.t[k];
        if t.kind() != TokenKind::Word || !ROLES.hashes.may_contain(t.word_hash()) {
            k += 1;
            continue;
        }
        let Some((v, ce)) = s.phrase(k, &ROLES) else {
            k += 1;
            continue;
        };
        let clause = clause_start(s, a, k);
        let region = if v == CHAIR {
            chair_region(s, clause, k, ce, z)
        } else {
            attend_region(s, clause, k, ce, z)
        };
        if let Some(r) = region.filter(|&(x, y)| y > x) {
            let span = Span::new(s.t[r.0].start(), s.t[r.1 - 1].end());
            if v == CHAIR {
                f.chair.get_or_insert(span);
            } else {
                f.attend.push(span);
            }
        }
        k = ce;
    }
}

/// The start of the clause of the word at `k`: after a semicolon, or the sentence's start
/// `a` (at most [`CLAUSE_MAX`] tokens back).
fn clause_start(s: &Scanner<'_>, a: usize, k: usize) -> usize {
    let mut c = k;
    while c > a && k - c < CLAUSE_MAX && s.punct(c - 1) != Some(';') {
        c -= 1;
    }
    c
}

/// "X chủ trì", "do X chủ trì", "dưới sự chủ trì của X": the tokens of X.
fn chair_region(
    s: &Scanner<'_>,
    clause: usize,
    k: usize,
    ce: usize,
    z: usize,
) -> Option<(usize, usize)> {
    if k > clause && s.is(k - 1, "sự") {
        let from = if s.is(ce, "của") { ce + 1 } else { ce };
        return Some((from, run_to_mark(s, from, z)));
    }
    let by = (clause..k).rev().find(|&j| s.is(j, "do"));
    Some((by.map_or(clause, |d| d + 1), k))
}

/// "cùng dự có X", "tham dự hội nghị có X", "với sự tham dự của X", "X tham dự": the
/// tokens of the attendees.
fn attend_region(
    s: &Scanner<'_>,
    clause: usize,
    k: usize,
    ce: usize,
    z: usize,
) -> Option<(usize, usize)> {
    let end = z.min(ce + ATTEND_MAX);
    if s.is(ce - 1, "có") {
        return Some((ce, end));
    }
    // "với sự tham dự của X và Y"
    if k > clause && s.is(k - 1, "sự") {
        let from = if s.is(ce, "của") { ce + 1 } else { ce };
        return Some((from, run_to_mark(s, from, z)));
    }
    let has = (ce..z.min(ce + OBJECT_MAX))
        .take_while(|&j| s.punct(j).is_none())
        .find(|&j| s.is(j, "có"));
    match has {
        Some(j) => Some((j + 1, end)),
        None => Some((clause, k)),
    }
}

/// From `from` to the next punctuation mark other than a hyphen (at most [`OBJECT_MAX`]
/// tokens, in the sentence ending at `z`).
pub(super) fn run_to_mark(s: &Scanner<'_>, from: usize, z: usize) -> usize {
    let end = z.min(from + OBJECT_MAX);
    (from..end)
        .find(|&j| matches!(s.punct(j), Some(c) if c != '-'))
        .unwrap_or(end)
}

/// The tokens `a..z` of the sentence `k` of `sentences`.
fn sentence_tokens(s: &Scanner<'_>, sentences: &SpanList, k: usize) -> Option<(usize, usize)> {
    let x = sentences.get(k)?;
    let a = s.t.partition_point(|t| t.start() < x.start);
    let z = s.t.partition_point(|t| t.start() < x.end);
    Some((a, z))
}

/// The attendees listed by the trigger's sentence `si` when it opens as a list of them,
/// and by the next [`ATTEND_SENTENCES`] sentences while they do ("Tham dự buổi lễ có
/// ông A…"); after a list word and a colon, the items of the lines that follow.
fn attendance(s: &Scanner<'_>, sentences: &SpanList, si: usize, f: &mut Found) {
    let mut k = si;
    while k <= si + ATTEND_SENTENCES {
        let Some((a, z)) = sentence_tokens(s, sentences, k) else {
            return;
        };
        // (a later sentence naming the event by a trigger is read for its own event,
        // which is merged with this one)
        let list = attendance_list(s, a, z).filter(|&(_, named)| k == si || !named);
        let Some((from, _)) = list else {
            if k == si {
                k += 1;
                continue;
            }
            return;
        };
        let to = z.min(from + ATTEND_MAX);
        let words = (from..to).any(|j| s.t[j].kind() != TokenKind::Punct);
        if words {
            f.attend
                .push(Span::new(s.t[from].start(), s.t[to - 1].end()));
            k += 1;
            continue;
        }
        // "gồm:" and the list on the lines after it
        if s.punct(z.saturating_sub(1)) == Some(':') {
            list_items(s, sentences, k + 1, f);
        }
        return;
    }
}

/// The items of a list of attendees: the sentences from `k` on that open with a list
/// mark ("1.", "2)", "-", "+", "•"), at most [`ATTEND_ITEMS`].
fn list_items(s: &Scanner<'_>, sentences: &SpanList, k: usize, f: &mut Found) {
    for j in k..k + ATTEND_ITEMS {
        let Some((a, z)) = sentence_tokens(s, sentences, j) else {
            return;
        };
        let numbered = s.t.get(a).is_some_and(|t| t.kind() == TokenKind::Num)
            && matches!(s.punct(a + 1), Some('.' | ')'));
        let from = if numbered {
            a + 2
        } else if matches!(s.punct(a), Some('-' | '–' | '+' | '•' | '*')) {
            a + 1
        } else {
            return;
        };
        if from < z {
            let to = z.min(from + OBJECT_MAX);
            f.attend_items
                .push(Span::new(s.t[from].start(), s.t[to - 1].end()));
        }
    }
}

/// Where the names of a sentence `a..z` that opens as a list of attendees start: after
/// its list word ("Tham dự buổi lễ có", "Cùng dự có", "Khách mời của buổi tọa đàm gồm"),
/// the event attended between them opening with an event word or a trigger; and whether
/// a trigger names it.
fn attendance_list(s: &Scanner<'_>, a: usize, z: usize) -> Option<(usize, bool)> {
    let role = |k: usize| s.phrase(k, &ATTENDANCE);
    let (_, mut k) = role(a).filter(|&(v, _)| v == CUE)?;
    while let Some((_, e)) = role(k).filter(|&(v, _)| v == CUE || v == LINK) {
        k = e;
    }
    if let Some((LIST, e)) = role(k) {
        return Some((e, false));
    }
    let end = z.min(k + OBJECT_MAX);
    let is_trigger = |j: usize| {
        s.t.get(j).is_some_and(|t| t.tag() == EVENT_TAG) && s.phrase(j, &TRIGGERS).is_some()
    };
    let event_word = role(k).is_some_and(|(v, _)| v == EVENT_WORD);
    if !event_word && !is_trigger(k) {
        return None;
    }
    let mut named = false;
    (k..end)
        .take_while(|&j| !matches!(s.punct(j), Some(c) if c != '-'))
        .find_map(|j| {
            named |= is_trigger(j);
            role(j).filter(|&(v, _)| v == LIST).map(|(_, e)| (e, named))
        })
}
