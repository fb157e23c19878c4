//! Naming a statement's speaker (issue 18): from the officials, organizations and places
//! of the article, by where their mentions end, a pronoun or a title alone referring back,
//! or a name as written.

use std::sync::LazyLock;

use super::stretch::{apposition_mark, bracket_close_after, words_into};
use super::{Mentioned, TITLE_LOOK_BACK, Who, is_honorific, is_pronoun};
use crate::extract::official::Official;
use crate::extract::org::Organization;
use crate::text::chars::{is_alphabetic, to_lowercase};
use crate::text::hash::{FastHashMap, FastSet};
use crate::text::lexicon;
use crate::text::tokens::ieq;

/// Each spokesperson noun's words (`statement_spokespersons.txt`).
static SPOKESPERSONS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    lexicon::STATEMENT_SPOKESPERSONS
        .keys()
        .map(|p| p.split(' ').collect())
        .collect()
});

/// The words before a place that make it a side speaking (`statement_place_sides.txt`).
static PLACE_SIDES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lexicon::STATEMENT_PLACE_SIDES.keys().collect());
/// The bytes of a degree glued by its period to the name after it, at the start of `s`
/// ("PGS.Trần Chủng", "TS.Lê"): 0 when none.
fn degree_glued(s: &str) -> usize {
    // (bytes searched: a space and a period are ASCII)
    let word = &s[..memchr::memchr(b' ', s.as_bytes()).unwrap_or(s.len())];
    match memchr::memrchr(b'.', word.as_bytes()) {
        Some(p)
            if crate::extract::scan::is_degree(&word[..p])
                && word[p + 1..].starts_with(char::is_uppercase)
                && !crate::extract::scan::is_degree(&word[p + 1..]) =>
        {
            p + 1
        }
        _ => 0,
    }
}

/// True when `word` opens a person's name: an honorific, or a rank or degree written in
/// one word ("PGS.TS", "ThS.BS", "NSND").
fn opens_person(word: &str) -> bool {
    is_honorific(word) || crate::extract::scan::is_degree(word)
}

/// Each capital that speaks for its country, with the country (`statement_metonyms.txt`).
static METONYMS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    lexicon::STATEMENT_METONYMS
        .entries()
        .filter_map(|e| Some((e.key(), e.column(1)?)))
        .collect()
});

/// The nouns that head a body of a place (`statement_bodies.txt`), lowercase.
static BODIES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lexicon::STATEMENT_BODIES.keys().collect());

/// The people and bodies of the article, to name a speaker by.
pub(super) struct Known<'a> {
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
    /// The one official whose name's last word, lowercased with its doubled letters
    /// written once, is the key (`None` when several): made on the first look-up
    /// ([`Known::respelled`]).
    by_squeezed: std::cell::OnceCell<FastHashMap<String, Option<usize>>>,
    /// Each official's roles, lowercased.
    roles: Vec<Vec<String>>,
    /// Every role of `roles`.
    all_roles: FastSet<String>,
    /// The buffer of [`person`]'s words, kept from one call to the next.
    words: std::cell::Cell<Vec<&'a str>>,
}

impl<'a> Known<'a> {
    /// Built once per article: linear in the officials.
    pub(super) fn new(
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
            by_squeezed: std::cell::OnceCell::new(),
            roles,
            all_roles,
            words: std::cell::Cell::default(),
        }
    }
}

impl Known<'_> {
    /// The official named `name`, or whose name ends with it; else, for a `surname` said
    /// alone after an honorific, the one official whose name opens with it.
    fn official_named(&self, name: &str, surname: bool) -> Option<usize> {
        let by_first = || surname.then(|| self.by_first.get(name).copied().flatten());
        self.by_suffix
            .get(name)
            .copied()
            .or_else(|| by_first().flatten())
    }

    /// The one official whose name ends with `surname` spelled with a letter doubled or
    /// undoubled ("ông Borell" for "Josep Borrell"): foreign names are respelled so in the
    /// press.
    fn respelled(&self, surname: &str) -> Option<usize> {
        let map = self.by_squeezed.get_or_init(|| {
            let mut map: FastHashMap<String, Option<usize>> = FastHashMap::default();
            for (k, o) in self.officials.iter().enumerate() {
                let last = o.name.rsplit(' ').next().unwrap_or_default();
                map.entry(squeezed(last))
                    .and_modify(|v| *v = v.filter(|&j| self.officials[j].name == o.name))
                    .or_insert(Some(k));
            }
            map
        });
        map.get(&squeezed(surname)).copied().flatten()
    }

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
        self.mentions_ending(start, end).map(|m| m.who()).last()
    }

    /// The mentions that end at `end` and start at or after `start`, in `by_end` order.
    fn mentions_ending(&self, start: usize, end: usize) -> impl Iterator<Item = &Mentioned> {
        let k = self.by_end.partition_point(|m| m.end() < end);
        self.by_end[k..]
            .iter()
            .take_while(move |m| m.end() == end)
            .filter(move |m| m.start() >= start)
    }

    /// Who speaks when the mention `who` ends the speaker's stretch `start..end`:
    /// - an official's name ending it inside an organization's words speaks ("người phát
    ///   ngôn Bộ Ngoại giao Mỹ Heather Nauert": the organization took the name in);
    /// - an organization said by the first words of a fuller one named before is that
    ///   one ("Sở Y tế" after "Sở Y tế TP Hải Phòng");
    /// - a place after a body ("Đại sứ quán Bỉ tại Seoul", "Cảnh sát Hàn Quốc") is that
    ///   body, written to the place's end.
    ///
    /// A place right after another lowercase word of its clause is its object or a
    /// modifier ("về TP.HCM", "người dân Hà Nội"), and does not speak, but after a side
    /// word of `statement_place_sides.txt` ("phía Mỹ").
    fn speaking(&self, start: usize, end: usize, who: Who) -> Option<(String, Option<Who>)> {
        if let Who::Place(a, _) = who
            && self.body_before(start, a).is_none()
            && self
                .text
                .get(start..a)
                .filter(|r| r.ends_with(' '))
                .and_then(|r| r.split(' ').rev().nth(1))
                .is_some_and(|w| {
                    // (a word with a comma or a mark after it ends a clause: "…, Nga cho biết")
                    w.starts_with(char::is_lowercase)
                        && w.ends_with(char::is_alphabetic)
                        && !PLACE_SIDES.iter().any(|l| ieq(w, l))
                })
        {
            return None;
        }
        let found = match who {
            Who::Organization(k) => self
                .named_official_ending(start, end)
                .map(|j| (self.officials[j].name.clone(), Some(Who::Official(j))))
                .or_else(|| {
                    self.fuller_org(k)
                        .map(|j| (self.orgs[j].text.clone(), Some(Who::Organization(j))))
                }),
            Who::Place(a, b) => match self.body_before(start, a) {
                // (an outlet's reporter somewhere speaks for the outlet: "phóng viên TTXVN
                // tại Nam Mỹ")
                Some((from, Some(Who::Organization(k))))
                    if ends_with_spokesperson(self.text.get(start..from)?) =>
                {
                    Some((self.orgs[k].text.clone(), Some(Who::Organization(k))))
                }
                Some((from, body)) => Some((self.text.get(from..b)?.to_string(), body)),
                // (a capital alone speaks for its country: "Moscow cáo buộc")
                None => self.text.get(a..b).and_then(|place| {
                    METONYMS
                        .iter()
                        .find(|(capital, _)| *capital == place)
                        .map(|(_, country)| ((*country).to_string(), None))
                }),
            },
            Who::Official(_) => None,
        };
        Some(found.unwrap_or_else(|| (self.name_of(who), Some(who))))
    }

    /// An official whose name, as written, ends at `end` and starts at or after `start`.
    fn named_official_ending(&self, start: usize, end: usize) -> Option<usize> {
        self.mentions_ending(start, end)
            .find_map(|m| match m.who() {
                Who::Official(j)
                    if self.text.get(m.start()..m.end()) == Some(&self.officials[j].name) =>
                {
                    Some(j)
                }
                _ => None,
            })
    }

    /// The last organization named before the `k`th (a bounded look back) whose name
    /// opens with all of the `k`th's words and goes on to a name ("Sở Y tế TP Hải
    /// Phòng", not "Sở TN&MT TP" nor "Viện Kiểm sát truy", names cut short).
    fn fuller_org(&self, k: usize) -> Option<usize> {
        let short = self.orgs[k].text.as_str();
        (k.saturating_sub(TITLE_LOOK_BACK)..k).rev().find(|&j| {
            let full = &self.orgs[j].text;
            full.len() > short.len()
                && full.starts_with(short)
                && full[short.len()..].starts_with(' ')
                && full.split(' ').next_back().is_some_and(|w| {
                    w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase)
                })
                && self.orgs[j].span.end <= self.orgs[k].span.start
        })
    }

    /// The body right before a place starting at byte `place`, within `start..`: an
    /// organization and "tại" or "ở" ("Đại sứ quán Bỉ tại Seoul"), or a noun heading a
    /// body of `statement_bodies.txt`, with or without them ("Cảnh sát Hàn Quốc"). Its
    /// start, and the organization when one.
    fn body_before(&self, start: usize, place: usize) -> Option<(usize, Option<Who>)> {
        let before = self.text.get(start..place)?.trim_end();
        let linked = ["tại", "ở"].iter().find_map(|w| {
            before
                .strip_suffix(w)
                .filter(|r| r.is_empty() || r.ends_with(' '))
                .map(str::trim_end)
        });
        let head = linked.unwrap_or(before);
        let head_end = start + head.len();
        if linked.is_some()
            && let Some(who @ Who::Organization(_)) = self.mention_ending(start, head_end)
        {
            let from = self
                .mentions_ending(start, head_end)
                .filter(|m| m.who() == who)
                .map(|m| m.start())
                .min()?;
            return Some((from, Some(who)));
        }
        let lower = to_lowercase(head);
        if lower.len() != head.len() {
            return None;
        }
        BODIES.iter().find_map(|b| {
            lower
                .strip_suffix(b)
                .filter(|r| r.is_empty() || r.ends_with(' '))
                .map(|r| (start + r.len(), None))
        })
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
pub(super) fn name_speaker(
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
    // (ASCII marks: a search of bytes)
    let cut = memchr::memrchr3(b',', b';', b':', region.as_bytes()).map_or(0, |c| c + 1);
    let head_end = apposition_mark(region)
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
    // ("PGS.Trần Chủng": a degree glued to the name, which starts after its period)
    let seg_start = seg_start + degree_glued(segment);
    let mut seg_words = segment.split(' ').filter(|w| !w.is_empty());
    let honored = cut > 0
        && seg_words
            .next()
            .is_some_and(|w| opens_person(w) || degree_glued(w) > 0)
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
    // "Trước việc …, ông A, Vụ trưởng …, cho biết": an honorific and a name set off by
    // commas after a clause before the subject, the apposition after it describing them
    if head_end.is_some()
        && let Some(found) = honorific_head(known, (start, region), anchored, last)
    {
        return Some(found);
    }
    // a title read with the bracket after it ("… Công an tỉnh X (PC46)"), of which the
    // stretch was trimmed: the official whose title ends at the bracket's close speaks
    if let Some(close) = bracket_close_after(text, end)
        && let Some(who @ Who::Official(_)) = known.mention_ending(start, close)
    {
        return known.speaking(start, close, who);
    }
    if let Some(who) = known.mention_ending(start, end) {
        return known.speaking(start, end, who);
    }
    person(known, seg_start, end, anchored && cut == 0, last, false)
}

/// The first segment of `region` (at byte `start`) after its first that opens with an
/// honorific and is followed by a comma, when it is a person.
fn honorific_head(
    known: &Known<'_>,
    (start, region): (usize, &str),
    anchored: bool,
    last: Option<&(usize, String, Option<Who>)>,
) -> Option<(String, Option<Who>)> {
    let mut commas = region.match_indices(',').map(|(c, _)| c);
    let mut from = commas.next()? + 1;
    for c in commas {
        let seg = &region[from..c];
        let lead = seg.len() - seg.trim_start().len();
        if seg.split_whitespace().next().is_some_and(opens_person) {
            let at = start + from + lead;
            return person(known, at, at + seg.trim().len(), anchored, last, true);
        }
        from = c + 1;
    }
    None
}

/// Does `before` end with a spokesperson's words (and "của")?
fn ends_with_spokesperson(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    let words = match words.split_last() {
        Some((last, rest)) if ieq(last, "của") => rest,
        _ => &words[..],
    };
    SPOKESPERSONS.iter().any(|p| {
        words.len() >= p.len()
            && words[words.len() - p.len()..]
                .iter()
                .zip(p)
                .all(|(w, q)| ieq(w, q))
    })
}

/// The body a spokesperson or representative speaks for ("một phát ngôn viên của Bộ Quốc
/// phòng Anh", "người phát ngôn Samsung"): its capitalised name after them, to `end`, as
/// written (its organization when one ends there).
fn spokesperson_of(known: &Known<'_>, end: usize, words: &[&str]) -> Option<(String, Option<Who>)> {
    // (the spokesperson is the subject: first in the words, or after "một"; "ông A - đại
    // diện Công ty B" is A speaking)
    let first = usize::from(words.first().is_some_and(|w| ieq(w, "một")));
    let spokesperson = |i: usize| {
        SPOKESPERSONS
            .iter()
            .find(|p| {
                p.len() <= words.len() - i && p.iter().zip(&words[i..]).all(|(q, w)| ieq(w, q))
            })
            .map(|p| i + p.len())
    };
    let past = |at: usize| at + usize::from(words.get(at).is_some_and(|w| ieq(w, "của")));
    let mut from = past(spokesperson(first)?);
    // ("ghi nhận của PV Dân trí": one after the other)
    if let Some(at) = spokesperson(from) {
        from = past(at);
    }
    let body = words.get(from..).filter(|b| (1..=8).contains(&b.len()))?;
    // (where they are is no part of the body: "phóng viên TTXVN tại Brazil")
    let body = &body[..body
        .iter()
        .position(|w| *w == "tại" || *w == "ở")
        .unwrap_or(body.len())];
    if !body.first()?.starts_with(char::is_uppercase) {
        return None;
    }
    let name = body.join(" ");
    let who = known
        .text
        .get(..end)
        .filter(|t| t.ends_with(&name))
        .and_then(|_| known.mention_ending(end - name.len(), end))
        .filter(|w| matches!(w, Who::Organization(_)));
    Some((who.map_or(name, |w| known.name_of(w)), who))
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
    if end <= start {
        return None;
    }
    if let Some(who @ Who::Official(_)) = known.mention_ending(start, end) {
        return Some((known.name_of(who), Some(who)));
    }
    let region = known.text.get(start..end)?;
    // (the words in the buffer of the previous call, with no allocation of their own)
    let mut words = known.words.take();
    words_into(region, &mut words);
    let found = person_in(known, (start, end), &words, anchored, last, head);
    known.words.set(words);
    found
}

/// [`person`] once the stretch `start..end` is split into its `words`.
fn person_in(
    known: &Known<'_>,
    (start, end): (usize, usize),
    words: &[&str],
    anchored: bool,
    last: Option<&(usize, String, Option<Who>)>,
    head: bool,
) -> Option<(String, Option<Who>)> {
    let region = known.text.get(start..end)?;
    if !head && let Some(found) = spokesperson_of(known, end, words) {
        return Some(found);
    }
    // a pronoun of up to three words ("đại diện này"): the last person named (an
    // official, or the last speaker); after "theo" only when it is all the speaker
    // ("Theo ông, …")
    if !head
        && (1..=3).any(|n| {
            // (capitalised inside the stretch, it is a name: "Bộ Quốc phòng Anh")
            n <= words.len()
                && is_pronoun(&words[words.len() - n..])
                && (n == words.len()
                    || (!anchored && !words[words.len() - n].starts_with(char::is_uppercase)))
        })
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
    // a capitalised name at the end, after an honorific, a degree ("TS", "PGS.TS") or alone;
    // a name's word may join syllables by hyphens ("Moon Jae-in", "ông Al-Attiyah")
    let run = words
        .iter()
        .rev()
        .take_while(|w| w.starts_with(char::is_uppercase) && name_word(w))
        .count()
        .min(5);
    let mut from = words.len() - run;
    // not a degree ("TS", "PGS.TS") nor a word opening the sentence ("Nhưng Hess")
    while from < words.len()
        && (capitals_word(words[from]) || crate::segment::SENTENCE_STARTERS.contains(&words[from]))
    {
        from += 1;
    }
    // an honorific opening the sentence is capitalised too ("Bà Trần Thị Hoa nói")
    let mut honorific = from > 0 && is_honorific(words[from - 1]);
    while from < words.len() && is_honorific(words[from]) {
        from += 1;
        honorific = true;
    }
    // the head of an apposition is a name after an honorific, or the head's only words
    // (after a degree): a clause set off before the subject ("Chia sẻ với Lao Động, ông A
    // cho biết", "Đại diện doanh nghiệp Việt Nam, ông B, …") is no head
    if head
        && !honorific
        && !words[..from]
            .iter()
            .all(|w| w.chars().filter(|c| c.is_uppercase()).count() > 1)
    {
        return None;
    }
    let names = words.len() - from;
    // a title and the last word of an official's name ("Thiếu tướng Nghĩa", "Bộ trưởng
    // Dung"), or of the last speaker's ("Đặc phái viên Billingslea"): that person
    if names == 1
        && !honorific
        && (1..=3).contains(&from)
        && words[from - 1].starts_with(char::is_lowercase)
        && let Some(found) = named_person(known, start, words[from], false, last)
    {
        return Some(found);
    }
    // one word alone is a name when it is all the clause says and reads as a foreign
    // name, not a Vietnamese word opening the sentence ("Microsoft cho biết", not "Bài
    // viết", "Đáng nói")
    let alone = from == 0
        && names == 1
        && words[0].chars().count() >= 4
        && words[0].is_ascii()
        && !is_pronoun(words)
        && !crate::segment::SENTENCE_STARTERS.contains(&words[0]);
    if names > 0
        && (honorific || names >= 2 || alone)
        && (!anchored || from <= usize::from(honorific) + 1)
    {
        let name = words[from..].join(" ");
        return Some(
            named_person(known, start, &name, honorific && names == 1, last)
                .unwrap_or((name, None)),
        );
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

/// `word` lowercased, each run of one letter written once ("Borrell", "Borell" → "borel").
fn squeezed(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut prev = None;
    for c in word.chars().flat_map(char::to_lowercase) {
        if prev != Some(c) {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

/// A word of a name: letters, or syllables of letters joined by hyphens ("Jae-in").
fn name_word(w: &str) -> bool {
    w.split('-')
        .all(|p| !p.is_empty() && p.chars().all(is_alphabetic))
}

/// A word written in capitals, as a degree is ("TS", "NSND"): a syllable of it has two
/// ("Al-Attiyah" has none).
fn capitals_word(w: &str) -> bool {
    w.split('-')
        .any(|p| p.chars().filter(|c| c.is_uppercase()).count() > 1)
}

/// The person a `name` (at byte `start`) said in a speaker's stretch is: an official
/// named so or whose name ends with it, the last speaker whose name ends with it or
/// (a `surname` said alone after an honorific) opens with it or ends with it respelled, a
/// full name before it, an official whose surname it respells; `None`: the name as written.
fn named_person(
    known: &Known<'_>,
    start: usize,
    name: &str,
    surname: bool,
    last: Option<&(usize, String, Option<Who>)>,
) -> Option<(String, Option<Who>)> {
    let text = known.text;
    if let Some(k) = known.official_named(name, surname) {
        return Some((known.officials[k].name.clone(), Some(Who::Official(k))));
    }
    let suffix = format!(" {name}");
    // "anh Giang" after "anh Hoàng Giang" spoke; "ông Borell" after "Josep Borrell"
    // (respelled, a letter doubled or undoubled)
    let respelled = |full: &str| {
        surname
            && full.contains(' ')
            && full
                .rsplit(' ')
                .next()
                .is_some_and(|l| squeezed(l) == squeezed(name))
    };
    if let Some((_, full, who)) =
        last.filter(|(_, full, _)| full.ends_with(&suffix) || respelled(full))
    {
        return Some((full.clone(), *who));
    }
    // "ông Tập" after "Tập Cận Bình" spoke: a foreign name said by its surname, first
    let prefix = format!("{name} ");
    if let Some((_, full, who)) = last.filter(|(_, full, _)| surname && full.starts_with(&prefix)) {
        return Some((full.clone(), *who));
    }
    // "chị Huyền" after "chị Trần Thị Huyền" was named, speaking or not
    if surname && let Some(full) = full_name_before(text, start, name) {
        return Some((full, None));
    }
    // "ông Borell" after "Josep Borrell"
    if surname && let Some(k) = known.respelled(name) {
        return Some((known.officials[k].name.clone(), Some(Who::Official(k))));
    }
    None
}

/// Most earlier mentions of a given name looked at for the full name it shortens.
const FULL_NAME_LOOKS: usize = 8;

/// Most bytes before a given name searched for the full name it shortens (an article's
/// length, and more).
const FULL_NAME_LOOK_BACK: usize = 16 * 1024;

/// The full name, two to four capitalised words after an honorific, that the given name
/// `name` (said after an honorific at `start`) ends, named before `start` in `text`: "chị
/// Huyền" after "chị Trần Thị Huyền" ("anh Phạm Văn Hữu" is also "anh Hữu"). The last
/// [`FULL_NAME_LOOKS`] mentions of the name within [`FULL_NAME_LOOK_BACK`] bytes are
/// looked at, nearest first.
fn full_name_before(text: &str, start: usize, name: &str) -> Option<String> {
    // (a bounded look back, so that a text of many statements is read in linear time)
    let mut from = start.saturating_sub(FULL_NAME_LOOK_BACK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..start)?;
    let finder = memchr::memmem::FinderRev::new(name.as_bytes());
    finder
        .rfind_iter(before.as_bytes())
        .take(FULL_NAME_LOOKS)
        .find_map(|at| {
            let after = before[at + name.len()..].chars().next();
            if after.is_some_and(char::is_alphanumeric) || !before[..at].ends_with(' ') {
                return None;
            }
            let words: Vec<&str> = before[..at - 1].rsplit(' ').take(4).collect();
            // (the honorific may be capitalised too, opening a sentence: "Chị Trần Thị …")
            let caps = words
                .iter()
                .take_while(|w| {
                    w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
                })
                .count();
            let k = (1..=caps.min(3)).find(|&k| words.get(k).is_some_and(|w| is_honorific(w)))?;
            let mut full: Vec<&str> = words[..k].iter().rev().copied().collect();
            full.push(name);
            Some(full.join(" "))
        })
}
