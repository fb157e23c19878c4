//! One record per person: the mentions of a name merge, and a given name after an
//! honorific or a title without a name joins the one named official it can be.

mod alias;
mod another;
mod apposed_level;
mod contest;
mod deputy;
mod ethnic;
pub(super) mod introduced;
mod join;
mod national;
mod nationality;
mod org_named;
mod owned_by;
mod party;
mod spelling;
mod variant;

use super::home::{Home, foreign_place_at};
use super::names::{Honorific, honorific_text};
use super::record::{OrgKind, Title, body_of_role, held_abroad, title_record};
use super::titles::{Hit, given_name_at, title_head};
use super::words::Words;
use super::{Named, Official, Short};
use crate::extract::place::Mentions;
use crate::normalize::i_for_y;
use crate::span::Span;
use crate::text::chars::to_lowercase;
use crate::text::hash::{FastHashMap, FastSet};
use crate::text::lexicon;
use join::join_short_names;
use std::cell::OnceCell;
use std::sync::LazyLock;

/// Joins the words `from..to` with single spaces, or with the hyphen written between
/// the parts of a transliterated word ("Kyo-ahn"); a middle initial keeps its period
/// ("Rochelle P. Walensky", [`Words::past_initial`]).
fn name_of(w: &Words<'_>, from: usize, to: usize) -> String {
    // (at most the bytes of the words and what is between them: one allocation)
    let len = match (
        w.words.get(from),
        to.checked_sub(1).and_then(|k| w.words.get(k)),
    ) {
        (Some(a), Some(b)) => b.end().saturating_sub(a.start()),
        _ => 0,
    };
    let mut s = String::with_capacity(len);
    for k in from..to {
        if k > from {
            // (initials glued to the name are written so: "H.R.McMaster", "N.Ha-lây")
            if w.joined_by(k, ".") && w.word(k - 1).len() == 1 {
                s.push('.');
                s.push_str(w.word(k));
                continue;
            }
            if w.joined_by(k, ". ") && w.word(k - 1).len() == 1 {
                s.push('.');
            }
            // (a nickname's quotes, as written: "Christopher “Bong” Go")
            if let Some(quote) = w.quote_in_name(k) {
                s.push_str(quote);
                s.push_str(w.word(k));
                continue;
            }
            s.push(if w.joined_by(k, "-") { '-' } else { ' ' });
        }
        s.push_str(w.word(k));
    }
    s
}

/// The key a title is told apart by: its lowercase text, with "y" spelt "i" where the
/// syllable model allows it ("Tiến sỹ" is "Tiến sĩ", "kỹ sư" is "kĩ sư": the two spellings
/// of one word, issue 12; [`i_for_y`]), without its spaces (a space left out between two
/// words, "Chủ tịchỦy ban", is the same title) and without a final period (a degree's
/// abbreviation said with and without it, "PGS.TS." and "PGS.TS", is one: the first kept).
fn title_key(text: &str) -> String {
    let lower = to_lowercase(text.strip_suffix('.').unwrap_or(text));
    let mut key = match i_for_y(&lower) {
        std::borrow::Cow::Owned(key) => key,
        std::borrow::Cow::Borrowed(_) => lower,
    };
    key.retain(|c| !c.is_whitespace());
    key
}

/// A person being assembled: name, titles (with lowercase keys), honorific and mention
/// spans.
#[derive(Default)]
struct Person {
    name: String,
    last: String,
    first_at: usize,
    titles: Vec<(Title, String)>,
    /// The keys of `titles`, so that adding one is not a search of the list (which made a
    /// person with many distinct titles quadratic, issue 15).
    title_keys: FastSet<String>,
    honorific: Option<String>,
    mentions: Vec<Span>,
    /// Named only by a given name after a title ("Chủ tịch Chung"): kept only when it
    /// joins an official named in full.
    tentative: bool,
    /// Named by a given name alone that "tên" introduces ("chủ sà lan tên Nam"): a new
    /// person, never joined to an official named in full before.
    introduced: bool,
}

impl Person {
    fn add_title(&mut self, w: &Words<'_>, h: &Hit, places: &Mentions, home: &Home) {
        if super::band::membership_no_post(w, h)
            || super::before::award_only(w, h)
            || super::team::unnamed_team_head(w, h)
        {
            return;
        }
        // ("Sofina Foods Inc.", "Cancer Research U.K.": the abbreviation's period)
        let h = &super::final_period::with_final_period(w, *h);
        let key = title_key(&w.text[h.start..h.end]);
        if !self.title_keys.contains(&key) {
            let title = title_record(w, h, places, home);
            // (a post the person is dismissed from is not his; a former one is: "cựu
            // Giám đốc FBI X bị sa thải")
            if !title.former
                && h.name
                    .is_some_and(|(_, r)| super::dismissed::lost_after(w, r, h))
            {
                return;
            }
            self.push_title(title, key);
        }
    }

    /// Adds a title unless one with the same key is there; one said in another form
    /// before it ("PGS" before "PGS.", found later as a later mention's) takes its place:
    /// the first form is kept.
    fn push_title(&mut self, title: Title, key: String) {
        if self.title_keys.insert(key.clone()) {
            self.titles.push((title, key));
        } else if self.titles.len() <= MAX_TIED_TITLES
            && let Some(said) = self
                .titles
                .iter_mut()
                .find(|(t, k)| *k == key && t.span.start > title.span.start && t.text != title.text)
        {
            said.0 = title;
        }
    }
}

/// A title said alone whose words are a role and one given name ("Chủ tịch Chung"): the
/// name's word and the role's hit.
fn given_after_role(w: &Words<'_>, h: &Hit) -> Option<(usize, Hit)> {
    let (_, (to, end), info) = title_head(w, h.from)?;
    (info.title && h.to == to + 1 && given_name_at(w, to)).then_some((to, Hit { to, end, ..*h }))
}

/// The officials' titles by the first of their lowercase expanded words: each official's
/// index and the title (lowercasing a word alone gives its lowercase form in the whole
/// text: no whitespace is case-ignorable).
type ByRole<'a> = FastHashMap<String, Vec<RoleTitle<'a>>>;

/// An official's title in [`ByRole`]: the official's index, the title's expanded text,
/// and its words lowercase, made when the title is first compared (most titles never
/// are: no title said alone has their first word, or too many share it).
struct RoleTitle<'a> {
    at: usize,
    expanded: &'a str,
    words: OnceCell<Vec<String>>,
}

impl RoleTitle<'_> {
    fn words(&self) -> &[String] {
        self.words.get_or_init(|| {
            to_lowercase(self.expanded)
                .split_whitespace()
                .map(str::to_string)
                .collect()
        })
    }
}

/// Most titles of one role compared with a title said alone: more, and it is left as it
/// is (which keeps the merge linear).
const MAX_ABBREVIATED: usize = 64;

/// The one official whose title the title `h`, said without a name, abbreviates: its
/// expanded words are, in order, some of that title's, from the same first word ("Chủ
/// tịch UBND Thành phố", "Chủ tịch TP" after "Chủ tịch UBND TP Đà Nẵng"). `None` when
/// no official or two have such a title.
fn abbreviated(w: &Words<'_>, h: &Hit, by_role: &ByRole<'_>) -> Option<usize> {
    let text = &w.text[h.start..h.end];
    let lowered = to_lowercase(
        w.expand(h.from, h.to, h.start, h.end)
            .as_deref()
            .unwrap_or(text),
    );
    let short: Vec<&str> = lowered.split_whitespace().collect();
    let list = by_role.get(*short.first()?)?;
    if list.len() > MAX_ABBREVIATED {
        return None;
    }
    let mut found = None;
    for title in list {
        let mut rest = title.words().iter();
        if short.iter().all(|x| rest.any(|y| y == x))
            && found.replace(title.at).is_some_and(|f| f != title.at)
        {
            return None;
        }
    }
    found
}

/// The parts of a name ("Ole Gunnar Solskjaer", "Hwang Kyo-ahn"; a nickname's without
/// its quotes: "Christopher “Bong” Go").
pub(super) fn parts(name: &str) -> impl Iterator<Item = &str> {
    name.split([' ', '-', '“', '”', '"'])
        .filter(|x| !x.is_empty())
}

/// Most officials compared with one short name: more, and it stays as named (which keeps
/// the join linear).
pub(super) const MAX_CANDIDATES: usize = 64;

/// A later mention: the person, its span, and the word of address said with it.
type Mention = (usize, Span, Honorific);

/// One person per distinct name of `named`, with the titles of its mentions.
fn people_of(w: &Words<'_>, places: &Mentions, named: &[Named], home: &Home) -> Vec<Person> {
    let mut people: Vec<Person> = Vec::new();
    let mut by_name: FastHashMap<String, usize> = FastHashMap::default();
    for m in named {
        let name = name_of(w, m.from, m.to);
        let span = Span::new(w.words[m.from].start(), w.words[m.to - 1].end());
        // (a name said again is looked up: its key is copied only the first time)
        let at = match by_name.get(&name) {
            Some(&at) => at,
            None => {
                by_name.insert(name.clone(), people.len());
                people.push(Person {
                    last: w.word(m.to - 1).to_string(),
                    name,
                    first_at: span.start,
                    titles: Vec::new(),
                    title_keys: FastSet::default(),
                    honorific: None,
                    mentions: Vec::new(),
                    tentative: true,
                    introduced: false,
                });
                people.len() - 1
            }
        };
        let p = &mut people[at];
        p.tentative &= m.given;
        p.introduced |= m.introduced;
        p.mentions.push(span);
        if p.honorific.is_none() {
            p.honorific = honorific_text(w, m.honorific);
        }
        for h in &m.titles {
            p.add_title(w, h, places, home);
        }
    }
    people
}

/// The mentions without a full name that join one official: a given name after a word of
/// address (`shorts`: "ông Chung", with the titles a link gives it, which may make an
/// official of someone named in full without one) or a title ("Chủ tịch Chung"), and a title said alone
/// that one official holds or whose title it abbreviates. Also the titles said with a
/// given name, for their official.
fn later_mentions(
    w: &Words<'_>,
    people: &[Person],
    title_only: &[Hit],
    shorts: &[Short],
) -> (Vec<Mention>, Vec<(usize, Hit)>) {
    // Who holds a given name, and who holds a title (lowercase): `None` once two do.
    let mut by_last: FastHashMap<&str, Vec<usize>> = FastHashMap::default();
    let mut by_title: FastHashMap<&str, Option<usize>> = FastHashMap::default();
    let mut by_role: ByRole<'_> = FastHashMap::default();
    for (at, p) in people.iter().enumerate() {
        if p.titles.is_empty() {
            continue;
        }
        by_last.entry(p.last.as_str()).or_default().push(at);
        if let Some(surname) = surname_first(&p.name) {
            by_last.entry(surname).or_default().push(at);
        }
        for (t, key) in &p.titles {
            by_title
                .entry(key.as_str())
                .and_modify(|e| *e = None)
                .or_insert(Some(at));
            // (the titles' words are split only when a title said alone may need them)
            if title_only.is_empty() {
                continue;
            }
            if let Some(first) = t.expanded.split_whitespace().next() {
                by_role
                    .entry(to_lowercase(first))
                    .or_default()
                    .push(RoleTitle {
                        at,
                        expanded: &t.expanded,
                        words: OnceCell::new(),
                    });
            }
        }
    }
    // the one official named before byte `start` whose given name is word `k`
    let given_name = |k: usize, start: usize| {
        let list = by_last
            .get(w.word(k))
            .filter(|l| l.len() <= MAX_CANDIDATES)?;
        let mut hits = list.iter().filter(|&&at| people[at].first_at < start);
        match (hits.next(), hits.next()) {
            (Some(&at), None) => Some(at),
            _ => None,
        }
    };
    // the people with no title by given name, when a short mention has titles to give
    let mut untitled: FastHashMap<&str, Vec<usize>> = FastHashMap::default();
    // (a post set after the name by a comma, dash or bracket, no trade or degree alone:
    // "ông Lee - cố Chủ tịch Samsung Electronics -", [`Short::apposed`])
    fn posts(s: &Short) -> impl Iterator<Item = &Hit> {
        s.apposed.iter().filter(|h| s.set_off && !h.rank_only)
    }
    if shorts
        .iter()
        .any(|s| !s.titles.is_empty() || posts(s).next().is_some())
    {
        for (at, p) in people.iter().enumerate() {
            if p.titles.is_empty() {
                untitled.entry(p.last.as_str()).or_default().push(at);
                // (a Korean name's surname, said first: "ông Park" of "Park Sung-min")
                if let Some(surname) = surname_first(&p.name) {
                    untitled.entry(surname).or_default().push(at);
                }
            }
        }
    }
    // the one person named before byte `start`, titled or not, whose given name is word `k`
    let anyone = |k: usize, start: usize| {
        let titled = by_last.get(w.word(k)).map_or(&[][..], Vec::as_slice);
        let bare = untitled.get(w.word(k)).map_or(&[][..], Vec::as_slice);
        if titled.len() + bare.len() > MAX_CANDIDATES {
            return None;
        }
        let mut hits = titled
            .iter()
            .chain(bare)
            .filter(|&&at| people[at].first_at < start);
        match (hits.next(), hits.next()) {
            (Some(&at), None) => Some(at),
            _ => None,
        }
    };
    let mut extra: Vec<Mention> = Vec::new();
    let mut given: Vec<(usize, Hit)> = Vec::new();
    // "ông Chung": the given name of exactly one official named earlier; with a title
    // linked to it ("ông Chung hiện là …"), of exactly one person named earlier.
    for short in shorts {
        let k = short.at;
        let span = Span::new(w.words[k].start(), w.words[k].end());
        let at = if short.titles.is_empty() && posts(short).next().is_none() {
            given_name(k, span.start)
        } else {
            anyone(k, span.start)
        };
        if let Some(at) = at {
            extra.push((at, span, short.honorific));
            given.extend(short.titles.iter().map(|h| (at, *h)));
            // ("ông Lee - cố Chủ tịch Samsung Electronics -": the post set after the name
            // of exactly one person named before)
            given.extend(posts(short).map(|h| (at, *h)));
        }
    }
    for h in title_only {
        // "Chủ tịch Chung yêu cầu": the role, then the given name of exactly one official
        // named earlier (read as the title's first word when no one is)
        if let Some((k, head)) = given_after_role(w, h)
            && let Some(at) = given_name(k, h.start)
        {
            extra.push((at, Span::new(w.words[k].start(), w.words[k].end()), None));
            given.push((at, head));
            continue;
        }
        let key = title_key(&w.text[h.start..h.end]);
        let at = match by_title.get(key.as_str()) {
            Some(found) => *found,
            None => abbreviated(w, h, &by_role),
        };
        if let Some(at) = at {
            extra.push((at, Span::new(h.start, h.end), None));
        }
    }
    (extra, given)
}

/// The surname of a name written surname first with a hyphenated given name ("Kye
/// Chun-yong", "Kim Jong-un"), by which a title says its holder ("Đại sứ Kye"), as "ông
/// Tập" says Tập Cận Bình: two parts, the second hyphenated and the first not.
fn surname_first(name: &str) -> Option<&str> {
    let mut it = name.split(' ').filter(|x| !x.is_empty());
    let (first, given) = (it.next()?, it.next()?);
    (it.next().is_none() && given.contains('-') && !first.contains('-')).then_some(first)
}

/// The keys of the titles that a person's other title repeats with its qualifier bracket
/// at the same mention ("Vụ trưởng Vụ Giáo dục tiểu học" read also as "Vụ trưởng Vụ Giáo
/// dục tiểu học (Bộ GD&ĐT)"): one phrase, kept once, in full. The bare form said at a
/// mention of its own is a second phrase and stays (the guide since the twenty-third draw:
/// "Chủ tịch UBND TP Phú Quốc (tỉnh Kiên Giang)" and the later bare "Chủ tịch UBND TP Phú
/// Quốc" are two; the audit of session 28: "Chủ tịch Ủy ban châu Âu X" in a caption and
/// "Chủ tịch Ủy ban châu Âu (EC) X" in the text). (Keys have no spaces: the bracket is
/// found by itself.)
fn bare_forms(titles: &[(Title, String)]) -> FastSet<String> {
    let starts: FastHashMap<&str, usize> = titles
        .iter()
        .map(|(t, key)| (key.as_str(), t.span.start))
        .collect();
    titles
        .iter()
        .filter_map(|(t, key)| {
            let open = key.strip_suffix(')')?.rfind('(')?;
            let bare = key.get(..open)?;
            (starts.get(bare) == Some(&t.span.start)).then(|| bare.to_string())
        })
        .collect()
}

/// Most titles of one person compared pairwise for short forms: more, and they stay as
/// read (which keeps the merge linear).
const MAX_TIED_TITLES: usize = 16;

/// A person's title that abbreviates another of theirs ("Chủ tịch TP" beside "Chủ tịch UBND
/// TP Đà Nẵng", or the role alone: "Chủ tịch"): the same role, modifiers and tense, its
/// organization's expanded words (none for a role alone) some of the other's, in order,
/// and fewer. It is that post: it takes the full title's
/// jurisdiction (its text and organization stay as said), also when its level gave it
/// one of its own ("Cục trưởng Cục Thi hành án dân sự", a central kind of body, beside
/// "Cục trưởng Cục Thi hành án dân sự TP": the city's department). Two full titles of
/// different jurisdictions it may abbreviate, or none with a jurisdiction: left as read.
fn tie_short_titles(titles: &mut [(Title, String)]) {
    if titles.len() > MAX_TIED_TITLES {
        return;
    }
    let words = |t: &Title| -> Option<Vec<String>> {
        let org = t.organization.as_ref()?;
        Some(
            to_lowercase(&org.expanded)
                .split_whitespace()
                .map(str::to_string)
                .collect(),
        )
    };
    // (the longer short forms first, which a shorter one may then abbreviate too: "Phó
    // Chủ tịch UBND TP", then "Phó Chủ tịch")
    let mut order: Vec<(usize, usize)> = titles
        .iter()
        .enumerate()
        .map(|(i, (t, _))| (words(t).map_or(0, |w| w.len()), i))
        .collect();
    order.sort_unstable_by(|a, b| b.cmp(a));
    for i in order.into_iter().map(|(_, i)| i) {
        let short = &titles[i].0;
        // (a role alone may have its post's level, national, and still abbreviate a
        // post of a province: "Cục trưởng" beside "Cục trưởng Cục Thuế tỉnh Nghệ An";
        // so may an organisation whose place its level gave: "Cục Thi hành án dân sự")
        if short.jurisdiction.is_some() && short.organization.is_some() && !short.inferred.0 {
            continue;
        }
        let few = words(short).unwrap_or_default();
        let mut found: Option<usize> = None;
        for (j, (full, _)) in titles.iter().enumerate() {
            if j == i
                || full.jurisdiction.is_none()
                || (full.role.as_str(), &full.modifiers, full.former)
                    != (short.role.as_str(), &short.modifiers, short.former)
            {
                continue;
            }
            let Some(all) = words(full) else { continue };
            let mut rest = all.iter();
            if few.len() < all.len() && few.iter().all(|x| rest.any(|y| y == x)) {
                // (two full titles of one jurisdiction are one post said two ways:
                // "Chủ tịch Ủy ban T.Ư MTTQVN", "Chủ tịch Ủy ban T.Ư Mặt trận Tổ quốc …")
                match found {
                    Some(k) if titles[k].0.jurisdiction != full.jurisdiction => {
                        found = None;
                        break;
                    }
                    Some(_) => {}
                    None => found = Some(j),
                }
            }
        }
        if let Some(j) = found {
            titles[i].0.jurisdiction = titles[j].0.jurisdiction.clone();
            titles[i].0.inferred = titles[j].0.inferred;
        }
    }
}

/// Which people are an organization of the officials' titles ("Real Madrid" of "Chủ tịch
/// Real Madrid") read as a name after a title ("Người đứng đầu Real Madrid nhấn mạnh"),
/// named so exactly and with no word of address: no one (a name is never read out of an
/// organization).
fn organizations_read_as_names(people: &[Person]) -> Vec<bool> {
    let orgs: FastSet<&str> = people
        .iter()
        .flat_map(|p| &p.titles)
        .filter_map(|(t, _)| t.organization.as_ref())
        .map(|o| o.text.as_str())
        .collect();
    people
        .iter()
        .map(|p| p.honorific.is_none() && orgs.contains(p.name.as_str()))
        .collect()
}

/// The names of the continents and world regions (`world_regions.txt`) and of the
/// countries written in several words (`world_countries.txt`, `world_aliases.txt`),
/// lowercase: "đông nam á", "châu âu", "hàn quốc".
static WORLD_NAMES: LazyLock<FastSet<String>> = LazyLock::new(|| {
    [
        lexicon::WORLD_REGIONS,
        lexicon::WORLD_COUNTRIES,
        lexicon::WORLD_ALIASES,
    ]
    .iter()
    .flat_map(|l| l.entries())
    .filter(|e| e.key().contains(' '))
    .map(|e| to_lowercase(e.key()))
    .collect()
});

/// Is `name` a region or country of the world written in several words ([`WORLD_NAMES`],
/// any case): "Đông Nam Á", "Thái Lan"?
pub(super) fn world_name(name: &str) -> bool {
    WORLD_NAMES.contains(&to_lowercase(name))
}

/// Which people are named by a region or country of the world alone, the place a title
/// after it is held in read as a name ("giám đốc cấp cao Aruba Đông Nam Á, Đài Loan …",
/// "người phát ngôn của Hải quân Mỹ Châu Âu"): no one (the precision audit of session 21).
fn places_read_as_names(people: &[Person]) -> Vec<bool> {
    people.iter().map(|p| world_name(&p.name)).collect()
}

pub(super) fn merge(
    w: &Words<'_>,
    places: &Mentions,
    named: &[Named],
    title_only: &[Hit],
    shorts: &[Short],
) -> Vec<Official> {
    let home = Home::new(places, w.text);
    let mut people = people_of(w, places, named, &home);
    join_short_names(w, &mut people);
    people.retain(|p| !p.tentative);
    let (extra, given) = later_mentions(w, &people, title_only, shorts);
    introduced::new_people(w, places, &home, &mut people, shorts);
    owned_by::owners_said_after(w, &mut people);
    for (at, head) in given {
        people[at].add_title(w, &head, places, &home);
    }
    for (at, span, honorific) in extra {
        let p = &mut people[at];
        p.mentions.push(span);
        if p.honorific.is_none() {
            p.honorific = honorific_text(w, honorific);
        }
    }
    contest::contest_coaches(w.text, people.iter_mut().map(|p| &mut p.titles));
    national::foreign_peers(&mut people);
    another::titles_naming_another(&mut people);
    nationality::nationalities_as_roles(&mut people);
    let orgs = organizations_read_as_names(&people);
    let world = places_read_as_names(&people);
    let bodies = org_named::bodies_read_as_names(w, &people, named);
    people
        .into_iter()
        .zip(orgs.into_iter().zip(world).zip(bodies))
        .filter(|(p, ((org, world), body))| !p.titles.is_empty() && !org && !world && !body)
        .map(|(mut p, _)| {
            p.mentions.sort();
            p.mentions.dedup();
            let bare = bare_forms(&p.titles);
            // A foreign name ("Bộ trưởng Quốc phòng James Mattis"), someone who holds
            // another country's post ("Tổng Bí thư" of "Chủ tịch Trung Quốc Tập Cận
            // Bình"), or whose name the text says is of another country ("cố Thủ tướng X
            // của Singapore"), holds no national post of Vietnam named bare: it is their
            // country's.
            // (a name of the Central Highlands is Vietnamese: [`ethnic::highland_name`])
            if (!parts(&p.name).all(crate::normalize::has_syllable_shape)
                && !ethnic::highland_name(&p.name))
                || p.mentions.iter().any(|m| {
                    w.text.get(m.end..).is_some_and(|r| r.starts_with(" của "))
                        && foreign_place_at(places, w.text, m.end + " của ".len())
                })
                || p.titles.iter().any(|(t, _)| {
                    t.organization
                        .as_ref()
                        .is_some_and(|o| o.kind == OrgKind::Foreign)
                })
            {
                for (t, _) in &mut p.titles {
                    held_abroad(t);
                }
            }
            party::party_in_body(w.text, &mut p.titles);
            party::party_of_named_body(&mut p.titles);
            deputy::assembly_deputies(w.text, places, &p.mentions, &mut p.titles);
            apposed_level::level_of_apposed(w.text, &mut p.titles);
            tie_short_titles(&mut p.titles);
            national::delegation_heads(&mut p.titles);
            national::task_bodies(&mut p.titles);
            national::namesake_leaders(&p.name, &mut p.titles);
            Official {
                name: p.name,
                titles: p
                    .titles
                    .into_iter()
                    .filter(|t| !bare.contains(t.1.as_str()))
                    .map(|t| body_of_role(t.0))
                    .collect(),
                honorific: p.honorific,
                mentions: p.mentions,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`ByRole`]'s key, the first word of a title lowercased alone, is the first word of
    /// the title lowercased whole (no whitespace is case-ignorable: a final sigma stays
    /// final), and a title's words are its lowercase words.
    #[test]
    fn role_title_words_are_the_lowercase_words() {
        for text in [
            "Chủ tịch UBND TP Đà Nẵng",
            "  Bí thư  Tỉnh ủy\u{a0}Nghệ An",
            "ΟΔΟΣ Α",
            "ΟΔΟΣ",
            "Giám đốc Sở Y tế",
            "",
        ] {
            let whole = to_lowercase(text);
            assert_eq!(
                text.split_whitespace().next().map(to_lowercase),
                whole.split_whitespace().next().map(str::to_string),
                "{text}"
            );
            let title = RoleTitle {
                at: 0,
                expanded: text,
                words: OnceCell::new(),
            };
            assert!(title.words().iter().eq(whole.split_whitespace()), "{text}");
        }
    }
}
