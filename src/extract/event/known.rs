//! The officials', organizations' and places' mentions of an article, ordered so that an
//! event's role is named by where it is in the text.

use super::{Party, preposition_before};
use crate::Span;
use crate::extract::official::Official;
use crate::extract::org::Organization;
use crate::extract::place::Place;
use crate::text::chars::to_lowercase;
use crate::text::hash::FastMap;
use crate::text::tokens::ieq;

pub(super) static ORG_PARTS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| crate::text::lexicon::EVENT_ORG_PARTS.keys().collect());

/// Each pronoun that refers back to the last person named (`statement_pronouns.txt`).
static PRONOUNS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| crate::text::lexicon::STATEMENT_PRONOUNS.keys().collect());

/// How many mentions back a pronoun subject looks for its official.
const LOOK_BACK: usize = 64;
/// The most words between that official and the pronoun's sentence.
const GAP_WORDS: usize = 300;
/// The honorifics before a person's name (`honorifics.txt`).
static HONORIFICS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| crate::text::lexicon::HONORIFICS.keys().collect());

/// Who is mentioned: an official or an organization, by index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Who {
    Official(usize),
    Organization(usize),
}

/// The officials' and organizations' mentions, to name a role by where it is.
pub(super) struct Known<'a> {
    pub(super) text: &'a str,
    officials: &'a [Official],
    orgs: &'a [Organization],
    /// (end, start, who) of every official's mention and title and every organization,
    /// sorted by end, the longest first among equal ends.
    by_end: Vec<(usize, usize, Who)>,
    /// (start, end, who) of every official's mention and of every organization that is
    /// not inside an official's title, sorted by start.
    by_start: Vec<(usize, usize, Who)>,
    /// (start, end, record) of every place mention, sorted by start.
    places: Vec<(usize, usize, usize)>,
    /// (start, end) of every official's title, sorted, and the farthest end of the
    /// titles up to each.
    titles: Vec<(usize, usize)>,
    reach: Vec<usize>,
    /// Each official's title, lowercased, and the one official who holds it (`None`
    /// when two do): made when a subject is first looked up by title.
    holders: std::cell::OnceCell<FastMap<Option<usize>>>,
}

impl<'a> Known<'a> {
    /// Built once per article: `O(m log m)` in its mentions.
    pub(super) fn new(
        text: &'a str,
        officials: &'a [Official],
        orgs: &'a [Organization],
        places: &[Place],
    ) -> Known<'a> {
        let mut by_end = Vec::new();
        let mut by_start = Vec::new();
        let mut titles = Vec::new();
        for (k, o) in officials.iter().enumerate() {
            for m in &o.mentions {
                by_end.push((m.end, m.start, Who::Official(k)));
                by_start.push((m.start, m.end, Who::Official(k)));
            }
            for t in &o.titles {
                by_end.push((t.span.end, t.span.start, Who::Official(k)));
                titles.push((t.span.start, t.span.end));
            }
        }
        titles.sort_unstable();
        // (the titles' longest reach so far, to test containment in one search)
        let mut reach = Vec::with_capacity(titles.len());
        let mut far = 0;
        for &(_, e) in &titles {
            far = far.max(e);
            reach.push(far);
        }
        for (k, o) in orgs.iter().enumerate() {
            by_end.push((o.span.end, o.span.start, Who::Organization(k)));
            let before = titles.partition_point(|&(s, _)| s <= o.span.start);
            let inside = before > 0 && reach[before - 1] >= o.span.end;
            if !inside {
                by_start.push((o.span.start, o.span.end, Who::Organization(k)));
            }
        }
        // (stable sorts: each official's mentions, the organizations and each place's
        // mentions are runs already in order, which a stable sort merges)
        by_end.sort_by_key(|&(end, start, _)| (end, std::cmp::Reverse(start)));
        by_start.sort_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
        let mut place_list: Vec<(usize, usize, usize)> = places
            .iter()
            .enumerate()
            .flat_map(|(r, p)| p.mentions.iter().map(move |m| (m.start, m.end, r)))
            .collect();
        place_list.sort();
        Known {
            text,
            officials,
            orgs,
            by_end,
            by_start,
            places: place_list,
            titles,
            reach,
            holders: std::cell::OnceCell::new(),
        }
    }

    /// Is `s..e` inside an official's title?
    pub(super) fn in_title(&self, s: usize, e: usize) -> bool {
        let before = self.titles.partition_point(|&(t, _)| t <= s);
        before > 0 && self.reach[before - 1] >= e
    }

    /// The longest mention ending at `end` (an official's name or title, an organization).
    pub(super) fn ending_at(&self, end: usize) -> Option<(usize, Who)> {
        let k = self.by_end.partition_point(|&(e, _, _)| e < end);
        self.by_end[k..]
            .iter()
            .take_while(|&&(e, _, _)| e == end)
            .map(|&(_, s, who)| (s, who))
            .last()
    }

    /// The mention ending last in `lo + 1..=hi` that starts before `lo` and at or after
    /// `from` (the longest among equal ends): a name whose last words were read as link
    /// words.
    pub(super) fn ending_within(&self, lo: usize, hi: usize, from: usize) -> Option<(usize, Who)> {
        let k = self.by_end.partition_point(|&(e, _, _)| e <= lo);
        self.by_end[k..]
            .iter()
            .take_while(|&&(e, _, _)| e <= hi)
            .filter(|&&(_, s, _)| s < lo && s >= from)
            .map(|&(_, s, who)| (s, who))
            .last()
    }

    /// The mentions starting in `span`, in order.
    pub(super) fn starting_in(&self, span: Span) -> impl Iterator<Item = (usize, usize, Who)> + '_ {
        let k = self.by_start.partition_point(|&(s, _, _)| s < span.start);
        self.by_start[k..]
            .iter()
            .take_while(move |&&(s, _, _)| s < span.end)
            .copied()
    }

    /// An official first, else an organization, starting in `span`.
    pub(super) fn first_in(&self, span: Span) -> Option<Party> {
        let mut found = self.starting_in(span);
        let first = found.next()?;
        let official = std::iter::once(first)
            .chain(found)
            .find(|&(_, _, w)| matches!(w, Who::Official(_)));
        let (_, _, who) = official.unwrap_or(first);
        Some(self.party(who))
    }

    /// The party `who`.
    pub(super) fn party(&self, who: Who) -> Party {
        match who {
            Who::Official(k) => Party {
                name: self.officials[k].name.clone(),
                official: Some(k),
                organization: None,
            },
            Who::Organization(k) => Party {
                name: self.org_name(k),
                official: None,
                organization: Some(k),
            },
        }
    }

    /// The organization `k` with the words right before it that name its part that acts
    /// ("Thường trực Huyện ủy": `event_org_parts.txt`).
    pub(super) fn org_name(&self, k: usize) -> String {
        let org = &self.orgs[k];
        let before = self.text.get(..org.span.start).unwrap_or("").trim_end();
        let part = ORG_PARTS.iter().find_map(|p| {
            let at = before.len().checked_sub(p.len())?;
            let tail = before.get(at..)?;
            let boundary = at == 0 || before[..at].ends_with([' ', ',', '(', '\n']);
            // (compared char by char, no lowercase copy: the entries are lowercase)
            (boundary && ieq(tail, p)).then_some(tail)
        });
        match part {
            Some(p) => format!("{p} {}", org.text),
            None => org.text.clone(),
        }
    }

    /// The place record whose mention starts in `span` and lies outside every
    /// organization ("Đảng ủy xã Đức Ninh" names no place of the event).
    pub(super) fn place_in(&self, span: Span, after_preposition: bool) -> Option<usize> {
        let k = self.places.partition_point(|&(s, _, _)| s < span.start);
        self.places[k..]
            .iter()
            .take_while(|&&(s, _, _)| s < span.end)
            .filter(|&&(s, e, _)| !self.in_org(s, e))
            .find(|&&(s, _, _)| !after_preposition || self.after_preposition(s))
            .map(|&(_, _, r)| r)
    }

    /// The place mention ending at `end`.
    pub(super) fn place_ending(&self, end: usize) -> Option<Span> {
        // (place mentions are short: the ones starting at most 64 bytes before)
        let k = self.places.partition_point(|&(s, _, _)| s + 64 < end);
        self.places[k..]
            .iter()
            .take_while(|&&(s, _, _)| s < end)
            .find(|&&(_, e, _)| e == end)
            .map(|&(s, e, _)| Span::new(s, e))
    }

    /// `span` after the place mention it opens with; `None` when a place mention covers
    /// all of it.
    pub(super) fn past_place(&self, span: Span) -> Option<Span> {
        // (the last place mention starting at or before the span's start)
        let k = self.places.partition_point(|&(s, _, _)| s <= span.start);
        let covering = k
            .checked_sub(1)
            .map(|j| self.places[j])
            .filter(|&(_, e, _)| e > span.start);
        let Some((_, e, _)) = covering else {
            return Some(span);
        };
        let rest = self.text.get(e..span.end)?;
        let start = e + (rest.len() - rest.trim_start().len());
        (start < span.end).then(|| Span::new(start, span.end))
    }

    /// Is `s..e` inside an organization's mention?
    pub(super) fn in_org(&self, s: usize, e: usize) -> bool {
        // (organizations are few words: one whose end is at or after `e` and starts before)
        let k = self.by_end.partition_point(|&(end, _, _)| end < e);
        self.by_end[k..]
            .iter()
            .take_while(|&&(end, _, _)| end <= e + 64)
            .any(|&(_, start, w)| matches!(w, Who::Organization(_)) && start <= s)
    }

    /// Does "tại" or "ở" stand right before byte `s`?
    pub(super) fn after_preposition(&self, s: usize) -> bool {
        preposition_before(self.text, s)
    }

    /// The official a subject ending at `end` refers back to, when the last segment of
    /// its clause (from `from`, the sentence) is a pronoun ("Ông đã hội đàm", "Tại đây,
    /// ông đã tiếp …": `statement_pronouns.txt`): the last official mentioned before
    /// (a bounded look back).
    pub(super) fn referred_subject(&self, from: usize, end: usize) -> Option<Party> {
        let clause = self.text.get(from..end)?;
        let segment = clause.rsplit([',', ';', ':', '\n']).next()?.trim();
        if !PRONOUNS.iter().any(|p| ieq(segment, p)) {
            return None;
        }
        let before = self.by_end.partition_point(|&(e, _, _)| e <= from);
        let (e, _, who) = *self.by_end[before.saturating_sub(LOOK_BACK)..before]
            .iter()
            .rev()
            .find(|&&(_, _, w)| matches!(w, Who::Official(_)))?;
        // (not past another person named since, who is no official: "ông A giữ gìn …
        // Mới đây, ông đã tặng")
        let gap = self.text.get(e..from)?;
        let words: Vec<&str> = gap.split_whitespace().take(GAP_WORDS + 1).collect();
        let named_since = words.len() > GAP_WORDS
            || words.windows(2).any(|w| {
                HONORIFICS.iter().any(|h| ieq(w[0], h)) && w[1].starts_with(char::is_uppercase)
            });
        (!named_since).then(|| self.party(who))
    }

    /// The one official of the article who holds the title that the last segment of a
    /// subject's clause (from `from`, the sentence, to `end`, before the link words) is,
    /// whole and with no name ("Thứ trưởng Bộ Y tế tới thăm …", the official named with
    /// that title elsewhere in the article, often after a headline): none when no official
    /// holds it, or more than one does.
    pub(super) fn titled_subject(&self, from: usize, end: usize) -> Option<Party> {
        let clause = self.text.get(from..end)?;
        let segment = clause.rsplit([',', ';', ':', '\n']).next()?.trim();
        if !segment.contains(' ') {
            return None;
        }
        // (or its role alone, when an organization ends the segment: "Thứ trưởng Bộ Y tế"
        // of the official whose title the article gives as "Thứ trưởng")
        let at = from + (segment.as_ptr() as usize - clause.as_ptr() as usize);
        let role = match self.ending_at(at + segment.len()) {
            Some((s, Who::Organization(_))) if s > at => self.text.get(at..s).map(str::trim_end),
            _ => None,
        };
        let holders = self.holders.get_or_init(|| {
            let mut holders: FastMap<Option<usize>> = FastMap::default();
            for (k, o) in self.officials.iter().enumerate() {
                for t in &o.titles {
                    holders
                        .entry(to_lowercase(&t.text))
                        .and_modify(|h| {
                            if *h != Some(k) {
                                *h = None;
                            }
                        })
                        .or_insert(Some(k));
                }
            }
            holders
        });
        let holder = |t: &str| holders.get(&to_lowercase(t)).copied();
        let k = match holder(segment) {
            Some(k) => k,
            None => role.and_then(holder)?,
        }?;
        Some(self.party(Who::Official(k)))
    }

    /// Do two parties name the same official or organization?
    pub(super) fn same(&self, a: &Party, b: &Party) -> bool {
        match (a.official, b.official, a.organization, b.organization) {
            (Some(x), Some(y), _, _) => x == y,
            (_, _, Some(x), Some(y)) => self.orgs[x].text == self.orgs[y].text,
            _ => a.name == b.name,
        }
    }
}
