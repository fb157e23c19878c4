//! Events: who met, received, visited, inspected or awarded whom, when, where, chaired by
//! whom, attended by whom, about what (issue 18): "Thường trực Huyện ủy làm việc với Đảng
//! ủy xã Đức Ninh".
//!
//! Two steps, like statements, because the officials read the document's tokens last:
//! `triggers` finds the trigger words of `src/lexicon/event_triggers.txt` (their first
//! words are tagged in the dictionary, so only tagged words are looked up) and, in the
//! sentences that have one, reads from the tokens where each role is: the end of the
//! subject before the trigger, the stretch of the object after it, the topic after "về",
//! and the stretches of "chủ trì" and "cùng dự có". `resolve` then names the roles from
//! the officials, organizations, places and dates already found, and merges the triggers
//! that state the same event (the headline and the lead; "buổi làm việc" said again).

mod attend;
mod find;
mod known;
mod noun;
mod sides;

pub(crate) use find::{Found, triggers};
use known::{Known, Who};

use crate::Span;
use crate::extract::date::{Date, DateFact};
use crate::extract::official::Official;
use crate::extract::org::Organization;
use crate::extract::place::Place;
use crate::text::chars::{is_alphabetic, to_lowercase};

/// The kind of an event: a closed set, decided by the head word of its trigger
/// (`src/lexicon/event_triggers.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventKind {
    /// "làm việc với", "buổi làm việc".
    WorkingSession,
    /// "tiếp" a person or delegation, "tiếp kiến", "hội kiến", "tiếp đón".
    Reception,
    /// "hội đàm", "điện đàm", "gặp".
    Talks,
    /// "thăm", "đến thăm", "thăm và làm việc", "khảo sát", "thị sát".
    Visit,
    /// "hội nghị", "kỳ họp", "phiên họp", "họp báo", "hội thảo", "tọa đàm", "đại hội".
    Meeting,
    /// "kiểm tra", "giám sát", "thanh tra" a unit, place or activity.
    Inspection,
    /// "lễ khánh thành / khởi công / kỷ niệm / trao …".
    Ceremony,
    /// "ký kết", "ký" an agreement, contract or decision.
    Signing,
    /// "trao tặng", "trao giải", "tặng", "khen thưởng", "vinh danh".
    Award,
    /// "tiếp xúc cử tri".
    VoterMeeting,
}

/// The kinds by their name in `event_triggers.txt`, in the order of their value there.
const KINDS: [(&str, EventKind); 10] = [
    ("working_session", EventKind::WorkingSession),
    ("reception", EventKind::Reception),
    ("talks", EventKind::Talks),
    ("visit", EventKind::Visit),
    ("meeting", EventKind::Meeting),
    ("inspection", EventKind::Inspection),
    ("ceremony", EventKind::Ceremony),
    ("signing", EventKind::Signing),
    ("award", EventKind::Award),
    ("voter_meeting", EventKind::VoterMeeting),
];

/// A person or body taking part in an event.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Party {
    /// The official's name, or the organization as written with the words before it that
    /// name its part ("Thường trực Huyện ủy"); else as written: a name, a post without a
    /// name ("đại diện lãnh đạo Sở Y tế", "Tổng Thư ký Liên Hợp Quốc"), or people "với"
    /// introduces ("các ngành của tỉnh").
    pub name: String,
    /// The index of the party in the article's `officials`, when an official.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub official: Option<usize>,
    /// The index of the party in the article's `organizations`, when an organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<usize>,
}

/// An event reported by the article: one record for all the sentences that state it.
///
/// # Examples
///
/// ```
/// use vinews::EventKind;
/// let text = "Thường trực Huyện ủy làm việc với Đảng ủy xã Đức Ninh\n\nNgày 19/9/2023, \
///             đồng chí Mai Hồng Hà, Bí thư Huyện ủy chủ trì buổi làm việc.";
/// let a = vinews::Article::parse(text);
/// let e = &a.events[0];
/// assert_eq!(e.kind, EventKind::WorkingSession);
/// assert_eq!(e.trigger, "làm việc với");
/// assert_eq!(e.agent.as_ref().unwrap().name, "Thường trực Huyện ủy");
/// assert_eq!(e.partner.as_ref().unwrap().name, "Đảng ủy xã Đức Ninh");
/// assert_eq!(e.chair.as_ref().unwrap().name, "Mai Hồng Hà");
/// assert_eq!(e.date.as_deref(), Some("2023-09-19"));
/// assert_eq!(a.events.len(), 1);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Event {
    /// The kind, decided by the trigger's head word.
    pub kind: EventKind,
    /// The trigger of its first mention as written, lowercased ("làm việc với").
    pub trigger: String,
    /// The trigger of its first mention in the original input (`start`, `end` in the JSON).
    #[serde(flatten)]
    pub span: Span,
    /// Every trigger that states it, the first included (the headline's and the lead's,
    /// "buổi làm việc" said again).
    pub mentions: Vec<Span>,
    /// Who does it: the subject before the trigger (the host, the visitor, the organizer;
    /// the head of a delegation "do X dẫn đầu"; "do X tổ chức"), or side A of talks or a
    /// signing "giữa A và B" / "A và B hội đàm"; "được X tặng": X. When the subject lists
    /// several, the first of them (all in `agents`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<Party>,
    /// Every agent, the first of them `agent`: a subject listing several, joined by
    /// commas, "và" or "phối hợp với" ("Sở Y tế và Sở Tài chính tổ chức"), each named as
    /// `agent` is; empty without an agent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agents: Vec<Party>,
    /// The other side: the object after the trigger (received, worked with, visited), or
    /// side B of talks or a signing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<Party>,
    /// When: a date of its sentences (ISO: "2023-09-19", "2023-09", "2023"), or the
    /// publication date when they give none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The index in the article's `dates` of the date it was read from (none for the
    /// publication date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_fact: Option<usize>,
    /// Where: the index in the article's `places` of the place after "tại" / "ở", or of
    /// the place visited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<usize>,
    /// Who chairs it ("X chủ trì", "do X chủ trì").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chair: Option<Party>,
    /// Who attends it ("cùng dự có X", "X tham dự"; a sentence after the event's that
    /// opens as their list, "Tham dự buổi lễ có …", "Khách mời … gồm:"), item by item, the
    /// agent and chair not repeated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<Party>,
    /// What it is about: the words after "về" to the end of the sentence, or, for a
    /// ceremony or an award, what follows its trigger.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<Span>,
}

/// The events of the triggers found, their roles named (normalized offsets), in order
/// of first mention.
///
/// # Time complexity
///
/// `O(n log n)` in the triggers and mentions; each trigger's roles are read in bounded
/// stretches of its sentence, and a trigger is compared with the last
/// [`MERGE_LOOK_BACK`] events only.
#[inline(never)] // (its own function in a profile)
pub(crate) fn resolve(
    text: &str,
    found: &[Found],
    officials: &[Official],
    orgs: &[Organization],
    places: &[Place],
    dates: &[DateFact],
    reference: Option<Date>,
) -> Vec<Event> {
    if found.is_empty() {
        return Vec::new();
    }
    let known = Known::new(text, officials, orgs, places);
    let mut out: Vec<Event> = Vec::new();
    // the head key ("làm việc") of each event, beside `out`
    let mut heads: Vec<String> = Vec::new();
    // whether each event of `out` is a noun owned by its agent ("chuyến thăm … của X"):
    // it may be one told as background, so it is stated again only by a mention naming
    // the same agent or one near its last
    let mut owned: Vec<bool> = Vec::new();
    let mut names: Vec<Span> = orgs.iter().map(|o| o.span).collect();
    names.sort_unstable_by_key(|s| s.start);
    for f in found {
        // "Quốc hội thảo luận": a trigger whose first word ends an organization's name is
        // no event ("hội thảo" there is not a conference).
        if inside_name(&names, f.trigger.start) {
            continue;
        }
        let e = read_roles(&known, text, f, dates);
        let head = find::head_key(&e.trigger);
        let owns = f.owner.is_some_and(|span| known.first_in(span).is_some());
        let same_agent = |k: usize| match (&out[k].agent, &e.agent) {
            (Some(a), Some(b)) => known.same(a, b),
            _ => out[k]
                .mentions
                .last()
                .is_some_and(|m| e.span.start < m.end + NEAR_BYTES),
        };
        // (the last few events only: the headline's is the lead's, "buổi làm việc" said
        // again refers to one just told)
        let same = (out.len().saturating_sub(MERGE_LOOK_BACK)..out.len())
            .rev()
            .find(|&k| {
                continues(&out[k], &heads[k], &e, &head)
                    && compatible(&known, &out[k], &e)
                    && (!(owns || owned[k]) || same_agent(k))
            });
        match same {
            Some(k) => merge(&known, &mut out[k], e),
            None => {
                out.push(e);
                heads.push(head);
                owned.push(owns);
            }
        }
    }
    for e in &mut out {
        if e.date.is_none() {
            e.date = reference.map(|d| d.to_string());
        }
    }
    out
}

/// Whether `at` lies inside one of `names` (sorted by start, disjoint, as the
/// organizations are) and not at its start.
fn inside_name(names: &[Span], at: usize) -> bool {
    let k = names.partition_point(|s| s.start < at);
    k.checked_sub(1).is_some_and(|k| at < names[k].end)
}

/// How many events back a trigger looks for the event it states again.
const MERGE_LOOK_BACK: usize = 8;

/// How far after an event's last mention a mention without sides can state it, in bytes.
const NEAR_BYTES: usize = 400;

/// Does `later` (its head `head`) state `event` again (its head `event_head`)? The same
/// kind and head; the same kind named without its sides ("tại hội nghị", "phiên họp");
/// the awarding or signing done at a ceremony ("lễ trao giải" … "trao tặng").
fn continues(event: &Event, event_head: &str, later: &Event, head: &str) -> bool {
    let bare = later.agent.is_none() && later.partner.is_none();
    // (in the next sentences: the last mention a paragraph or so before)
    let near = event
        .mentions
        .last()
        .is_some_and(|m| later.span.start < m.end + NEAR_BYTES);
    match (event.kind, later.kind) {
        (a, b) if a == b => event_head == head || (bare && near),
        (EventKind::Ceremony, EventKind::Award) => true,
        (EventKind::Ceremony, EventKind::Signing) => event_head.contains("ký"),
        _ => false,
    }
}

/// Can `later` be a mention of `event`: no side named differently?
fn compatible(known: &Known<'_>, event: &Event, later: &Event) -> bool {
    let fits = |a: &Option<Party>, b: &Option<Party>| match (a, b) {
        (Some(a), Some(b)) => known.same(a, b),
        _ => true,
    };
    fits(&event.agent, &later.agent) && fits(&event.partner, &later.partner)
}

/// `later`'s roles fill the ones `event` lacks; its attendees join.
fn merge(known: &Known<'_>, event: &mut Event, later: Event) {
    event.mentions.extend(later.mentions);
    if event.agent.is_none() {
        event.agent = later.agent;
        event.agents = later.agents;
    }
    if event.partner.is_none() {
        event.partner = later.partner;
    }
    if event.date.is_none() {
        event.date = later.date;
        event.date_fact = later.date_fact;
    }
    if event.place.is_none() {
        event.place = later.place;
    }
    if event.chair.is_none() {
        event.chair = later.chair;
    }
    if event.topic.is_none() {
        event.topic = later.topic;
    }
    for a in later.attendees {
        add_attendee(known, event, a);
    }
    let chair = event.chair.clone();
    let agents = event.agents.clone();
    event.attendees.retain(|a| {
        !chair.as_ref().is_some_and(|c| known.same(a, c))
            && !agents.iter().any(|g| known.same(a, g))
    });
}

fn add_attendee(known: &Known<'_>, event: &mut Event, a: Party) {
    let taken = [&event.agent, &event.chair]
        .iter()
        .any(|p| p.as_ref().is_some_and(|p| known.same(p, &a)))
        || event.agents.iter().any(|p| known.same(p, &a))
        || event.attendees.iter().any(|p| known.same(p, &a));
    if !taken {
        event.attendees.push(a);
    }
}

/// The capitalised words, two or more, that end the words of `span` after a lowercase one
/// ("người đồng cấp Pháp Emmanuel Macron" → "Pháp Emmanuel Macron"): a name a side's
/// description ends with.
fn trailing_name(text: &str, span: Span) -> Option<Span> {
    let words = text.get(span.start..span.end)?;
    let mut start = span.end;
    for (run, w) in words.rsplit(' ').enumerate() {
        let name = w.starts_with(char::is_uppercase)
            && w.split('-')
                .all(|p| !p.is_empty() && p.chars().all(is_alphabetic));
        if !name {
            return (run >= 2 && !w.is_empty()).then(|| Span::new(start, span.end));
        }
        start -= w.len() + usize::from(start < span.end);
    }
    None
}

/// One trigger's event, its roles read from its sentence.
fn read_roles(known: &Known<'_>, text: &str, f: &Found, dates: &[DateFact]) -> Event {
    let as_written = |span: Span| Party {
        name: text
            .get(span.start..span.end)
            .unwrap_or_default()
            .to_string(),
        official: None,
        organization: None,
    };
    // a name as written that is no place ("Cô Tô" visited), and not one's words before it
    // ("Thổ Nhĩ Kỳ Tayyip Erdogan")
    let name = |span: Span| known.past_place(span).map(as_written);
    // the subject: an official or organization ending there, a place (a country, a
    // province acting), or a name as written; or the organizer after "do"
    let leader = f.leader.and_then(|span| known.first_in(span));
    // "chuyến thăm … của X": X, before the sentence's subject
    let owner = f.owner.and_then(|span| known.first_in(span));
    // the passive's agent: an official or organization in it, else as written
    let by = f.passive_agent.and_then(|(span, named)| {
        known
            .first_in(span)
            .or_else(|| named.then(|| as_written(span)))
    });
    // (the ones a subject lists before the last, "A, B và C tổ chức")
    let mut listed = Vec::new();
    let agent = owner
        .or(leader)
        .or(by)
        .or_else(|| known.referred_subject(f.sentence.start, f.subject_end?))
        .or_else(|| known.titled_subject(f.sentence.start, f.subject_end?))
        .or_else(|| {
            let (party, start) = subject_agent(known, f)?;
            if let Some(start) = start {
                listed = listed_before(known, &party, start, f.sentence.start);
            }
            Some(party)
        })
        .or_else(|| f.subject_name.and_then(name))
        .or_else(|| f.organizer.and_then(|span| known.first_in(span)));
    // the passive's subject ("Ông Park được CLB HA Gia Lai tặng hoa"), else the object
    let passive = f.passive_end.and_then(|end| {
        let (_, who) = known
            .ending_at(end)
            .filter(|&(s, _)| s >= f.sentence.start)?;
        Some(known.party(who))
    });
    let partner = passive
        .or_else(|| known.first_in(f.object))
        .or_else(|| f.object_name.and_then(name))
        .or_else(|| f.object_words.map(as_written));
    // "giữa A và B": the two sides, named, each by its record, else by the name that ends
    // a side described ("người đồng cấp Pháp Emmanuel Macron": past its place), else as
    // written
    let side = |span: Span| {
        known
            .first_in(span)
            .or_else(|| trailing_name(text, span).and_then(name))
            .unwrap_or_else(|| as_written(span))
    };
    // "A và B hội đàm": the two sides when both are known
    let pair = f.pair.filter(|_| partner.is_none()).and_then(|(x, y)| {
        let (x, y) = (known.first_in(x)?, known.first_in(y)?);
        (!known.same(&x, &y)).then_some((x, y))
    });
    // "Hàn Quốc - Nhật Bản", "Nhật-Nga": two places or known parties, or two words one of
    // which is ("Nhật" is no place alone); each by its record or as written
    let known_side =
        |span: Span| known.first_in(span).is_some() || known.place_in(span, false).is_some();
    let one_word = |span: Span| !text.get(span.start..span.end).unwrap_or(" ").contains(' ');
    let hyphen = f.hyphen_sides.filter(|&(x, y)| {
        let (kx, ky) = (known_side(x), known_side(y));
        (kx && ky) || ((kx || ky) && one_word(x) && one_word(y))
    });
    if f.sides.or(hyphen).is_some() || pair.is_some() {
        listed.clear();
    }
    let (agent, partner) = match (f.sides.or(hyphen), pair) {
        (Some((x, y)), _) => (Some(side(x)), Some(side(y))),
        (None, Some((x, y))) => (Some(x), Some(y)),
        (None, None) => (agent, partner),
    };
    // every agent, first to last; `agent` is the first
    let agents: Vec<Party> = match &agent {
        Some(last) => listed.into_iter().chain([last.clone()]).collect(),
        None => Vec::new(),
    };
    let agent = agents.first().cloned().or(agent);
    let chair = f.chair.and_then(|span| known.first_in(span));
    let (date, date_fact) = date_in(dates, f.sentence);
    let place = if f.kind == EventKind::Visit {
        known.place_in(f.object, false)
    } else {
        None
    }
    .or_else(|| known.place_in(f.sentence, true));
    let mut event = Event {
        kind: f.kind,
        trigger: to_lowercase(text.get(f.trigger.start..f.trigger.end).unwrap_or_default()),
        span: f.trigger,
        mentions: vec![f.trigger],
        agent,
        agents,
        partner,
        date,
        date_fact,
        place,
        chair,
        attendees: Vec::new(),
        topic: f.topic,
    };
    for &span in &f.attend {
        for a in known.attendees(span) {
            add_attendee(known, &mut event, a);
        }
    }
    for &span in &f.attend_items {
        if let Some(a) = known.first_in(span) {
            add_attendee(known, &mut event, a);
        }
    }
    event
}

/// The subject ending where the trigger's must end: an official or organization ending
/// there, or one running into the link words ("Bộ Tài chính tổ chức": "chính"), with the
/// start of its mention; else a place opening its clause ("Ngày 5/3, tỉnh Quảng Ninh tổ
/// chức"), not the tail of a name not known ("Ngân hàng TMCP Nam Á").
fn subject_agent(known: &Known<'_>, f: &Found) -> Option<(Party, Option<usize>)> {
    let end = f.subject_end?;
    let who = known
        .ending_at(end)
        .filter(|&(s, _)| s >= f.sentence.start)
        .or_else(|| known.ending_within(end, f.links_end?, f.sentence.start));
    if let Some((s, who)) = who {
        return Some((known.party(who), Some(s)));
    }
    let place = known.place_ending(end).filter(|_| !f.bracketed)?;
    let before = known.text.get(f.sentence.start..place.start)?.trim_end();
    let opens =
        before.is_empty() || before.ends_with(|c: char| c.is_ascii_punctuation() || c == '–');
    let name = known.text.get(place.start..place.end)?.to_string();
    let party = Party {
        name,
        official: None,
        organization: None,
    };
    opens.then_some((party, None))
}

/// The most agents a subject lists before its last.
const LISTED_MAX: usize = 8;

/// "A, B và C tổ chức", "A phối hợp với B tổ chức": the officials and organizations
/// listed before the agent `last`, whose mention starts at `start`, each joined to the
/// next by a comma, "và" or "phối hợp với", in the sentence from `from`; first to last.
fn listed_before(known: &Known<'_>, last: &Party, start: usize, from: usize) -> Vec<Party> {
    let mut out: Vec<Party> = Vec::new();
    let mut at = start;
    while out.len() < LISTED_MAX {
        let before = known.text.get(from..at).unwrap_or("").trim_end();
        // a word joining: whole, and a comma before it ("A, B, và C")
        let word = ["phối hợp với", "và"].iter().find_map(|w| {
            let rest = before.strip_suffix(w)?;
            rest.ends_with(' ').then(|| rest.trim_end())
        });
        let rest = match word {
            Some(r) => r.strip_suffix(',').unwrap_or(r),
            None => match before.strip_suffix(',') {
                Some(r) => r,
                None => break,
            },
        };
        let end = from + rest.trim_end().len();
        let Some((s, who)) = known.ending_at(end).filter(|&(s, _)| s >= from) else {
            break;
        };
        let party = known.party(who);
        // (an apposition names the one after it again: "ông A, Giám đốc Sở Y tế")
        if known.same(&party, out.last().unwrap_or(last)) {
            break;
        }
        out.push(party);
        at = s;
    }
    out.reverse();
    out
}

/// The first date of `sentence` with a calendar value (a day, a month or a year), as
/// ISO, and its index.
fn date_in(dates: &[DateFact], sentence: Span) -> (Option<String>, Option<usize>) {
    let k = dates.partition_point(|d| d.span.start < sentence.start);
    dates[k..]
        .iter()
        .enumerate()
        .take_while(|(_, d)| d.span.start < sentence.end)
        .find_map(|(j, d)| Some((calendar(&d.value_str()?)?, k + j)))
        .map_or((None, None), |(v, j)| (Some(v), Some(j)))
}

/// "2023-09-19", "2023-09" or "2023" (a time's day kept), or `None` for another value.
fn calendar(v: &str) -> Option<String> {
    let day = v.split('T').next().unwrap_or(v);
    let b = day.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let ok = match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    };
    ok.then(|| day.to_string())
}

/// Does "tại" or "ở" stand right before byte `s` of `text` (spaces between)? Reads the
/// spaces and at most [`PREPOSITION_LOOK_BACK`] bytes of words before them, so a place after
/// a long stretch without a space costs no more than any other.
fn preposition_before(text: &str, s: usize) -> bool {
    // (the spaces before each place mention are its own: reading them all stays linear)
    let trimmed = text.get(..s).unwrap_or("").trim_end();
    let end = trimmed.len();
    let from = (end.saturating_sub(PREPOSITION_LOOK_BACK)..=end)
        .find(|&i| trimmed.is_char_boundary(i))
        .unwrap_or(end);
    let before = &trimmed[from..];
    // the last word whole: after a space, or at the start of the text
    let last = match before.rfind(' ') {
        Some(i) => &before[i + 1..],
        None if from == 0 => before,
        None => return false,
    };
    ["tại", "ở", "Tại", "Ở"].contains(&last)
}

/// How far back [`preposition_before`] reads, in bytes: "tại" and spaces.
const PREPOSITION_LOOK_BACK: usize = 24;

#[cfg(test)]
mod tests {
    use super::preposition_before;

    /// The whole text before `s`, as the look-back must agree with.
    fn direct(text: &str, s: usize) -> bool {
        let before = text.get(..s).unwrap_or("").trim_end();
        let last = before.rsplit(' ').next().unwrap_or("");
        ["tại", "ở", "Tại", "Ở"].contains(&last)
    }

    #[test]
    fn the_bounded_look_back_is_the_whole_one() {
        let long = ",".repeat(100);
        for text in [
            "Hội nghị tại Hà Nội",
            "Tại Huế, đoàn làm việc",
            "ở   Huế",
            &format!("tại{} Huế", " ".repeat(40)),
            "Xtại Huế",
            "tại Huế",
            "Huế",
            &format!("{long}tại Huế"),
            &format!("họp tại{long} Huế"),
            "Đoàn công tác đã đến làm việc ở xã Đức Ninh",
        ] {
            for s in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                assert_eq!(
                    preposition_before(text, s),
                    direct(text, s),
                    "{text:?} at {s}"
                );
            }
        }
    }
}
