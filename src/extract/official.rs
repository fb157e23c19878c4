//! Officials: named people with their titles ("Đồng chí Mai Hồng Hà, Ủy viên BCH Đảng bộ
//! tỉnh, Bí thư Huyện ủy …").
//!
//! A title is a head from `src/lexicon/official_titles.txt` (or a rank or degree from
//! `official_ranks.txt`) followed by the organisation it belongs to, up to a comma,
//! semicolon, dash, bracket, sentence end, a stop word (`official_stops.txt`: verbs such
//! as "chủ trì", and function words) or a personal name. A name is a run of capitalised
//! words opening with a surname (`surnames.txt`), an ethnic-minority name word, or, right
//! after a title or a country, any capitalised words. Titles attach to the name they come
//! right before, and to the name that a comma, dash or bracket chain of titles follows.
//!
//! Mentions of one person merge into one record: the full name, the given name after an
//! honorific ("ông Chung") once the full name has appeared, and a title without a name
//! ("Đồng chí Bí thư Huyện ủy cũng yêu cầu") when exactly one named official holds it.

use serde::Serialize;

use super::org::{self, Organization};
use super::words::{Case, Gap, Words};
use crate::span::{OffsetMap, Span};

/// A named person with at least one title, position or rank in the text.
///
/// # Examples
///
/// ```
/// let text = "Đồng chí Mai Hồng Hà, Bí thư Huyện ủy chủ trì. Ông Hà cho biết…";
/// let a = vinews::Article::parse(text);
/// let o = &a.officials[0];
/// assert_eq!(o.name, "Mai Hồng Hà");
/// assert_eq!(o.titles, ["Bí thư Huyện ủy"]);
/// assert_eq!(o.mentions.len(), 2);
/// assert_eq!(o.mentions[1].slice(text), Some("Hà"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Official {
    /// The full name, in normalized form ("Nguyễn Duy Hòa").
    pub name: String,
    /// Titles, positions and ranks as written (normalized), in order of appearance,
    /// without repeats (compared case-insensitively).
    pub titles: Vec<String>,
    /// The titles with abbreviations spelled out ("Ủy viên Ban Chấp hành Đảng bộ tỉnh"),
    /// one per title; present when at least one title has an abbreviation.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub titles_expanded: Vec<String>,
    /// The first word of address used ("ông", "bà", "đồng chí"), lowercase.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub honorific: Option<String>,
    /// Every mention, in order: the name (or given name) as written, or the title of a
    /// title-only mention. Byte spans of the original input.
    pub mentions: Vec<Span>,
}

/// A title found in the text: words `from..to`, bytes `start..end` (normalized text),
/// and the name it stands right before, if any (words).
#[derive(Clone, Copy, Debug)]
struct Hit {
    from: usize,
    to: usize,
    start: usize,
    end: usize,
    rank_only: bool,
    name: Option<(usize, usize)>,
}

/// Longest organisation of a title, in words.
const MAX_ORG_WORDS: usize = 14;

/// Longest bracket skipped between a title and its name, or after a name, in words.
const MAX_BRACKET_WORDS: usize = 20;

/// The word after the closing bracket of a bracket whose first word is `j` (the number
/// of words when it closes after the last one), when that bracket closes within
/// [`MAX_BRACKET_WORDS`] words without a line break.
fn after_bracket(w: &Words<'_>, j: usize) -> Option<usize> {
    let mut k = j + 1;
    while k < w.len() && k - j <= MAX_BRACKET_WORDS {
        let sep = &w.text[w.words[k - 1].end..w.words[k].start];
        if sep.contains('(') || sep.contains('\n') {
            return None;
        }
        if sep.contains(')') {
            return Some(k);
        }
        k += 1;
    }
    // The bracket closes after the last word ("… (Cục trưởng Cục Thuế).").
    (k == w.len() && k - j <= MAX_BRACKET_WORDS && w.text[w.words[k - 1].end..].contains(')'))
        .then_some(k)
}

/// Does a name of at least two words start right at word `j`? Returns its end.
fn name_right_at(w: &Words<'_>, j: usize) -> Option<usize> {
    let r = w.run_end(j);
    (r > j && w.split_run(j, r, 2) == Some(j)).then_some(r)
}

/// The title that starts at word `i`, with its organisation.
#[inline(always)]
fn title_at(w: &Words<'_>, i: usize) -> Option<Hit> {
    // Only a tagged word starts a title (a modifier or the head itself): checked inline,
    // so the untagged words, most of them, cost no call.
    w.tag(i)?;
    title_at_tagged(w, i)
}

/// [`title_at`] of a word that has a tag.
#[inline(never)]
fn title_at_tagged(w: &Words<'_>, i: usize) -> Option<Hit> {
    let n = w.len();
    let mut k = i;
    if let Some((t, info)) = w.tag(k)
        && info.modifier
        && !info.title
        && !info.rank
    {
        if w.gap_from(t.end, k + t.n) != Gap::Space {
            return None;
        }
        k += t.n;
    }
    let (t, info) = w.tag(k)?;
    if !(info.title || info.rank) {
        return None;
    }
    let start = w.words.get(i)?.start;
    let mut end = t.end;
    let mut j = k + t.n;
    let head_end = j;
    let mut hit = Hit {
        from: i,
        to: j,
        start,
        end,
        rank_only: !info.title,
        name: None,
    };
    if !info.title {
        // A rank or degree takes no organisation; the name follows at once.
        if j < n && w.soft_gap(end, j) == Gap::Space {
            hit.name = name_right_at(w, j).map(|r| (j, r));
        }
        return Some(hit);
    }
    // After a unit word a name needs three words ("xã Ninh Lai" is a place); after the
    // place name of a unit or of an organisation such as "Tỉnh ủy", a lowercase word
    // ends the title ("… xã Hương Điền phấn khởi cho biết").
    let mut after_unit = false;
    let mut after_org = false;
    let mut placed = false;
    while j < n && j - head_end < MAX_ORG_WORDS {
        let g = w.soft_gap(end, j);
        if g == Gap::Open {
            // "Bí thư Đảng ủy xã Quế Long (huyện Quế Sơn, Quảng Nam) Đỗ Đình Hùng"
            if let Some(after) = after_bracket(w, j)
                && w.gap(after) == Gap::Close
                && let Some(r) = name_right_at(w, after)
            {
                hit.to = j;
                hit.end = end;
                hit.name = Some((after, r));
                return Some(hit);
            }
            break;
        }
        if g != Gap::Space || placed {
            break;
        }
        if w.name_like(j) {
            let r = w.run_end(j);
            let min = if after_unit { 3 } else { 2 };
            // After "Trường ĐH" the first words name the school ("Tôn Đức Thắng").
            let from = if w.institution_before(j) { j + 1 } else { j };
            if let Some(s) = w.split_run(from, r, min) {
                if s > j {
                    end = w.words[s - 1].end;
                }
                hit.to = s;
                hit.end = end;
                hit.name = Some((s, r));
                return Some(hit);
            }
            let lead = w.tag(j);
            // A foreign name after a country ("Thủ tướng Campuchia Hun Sen").
            if let Some((ct, cinfo)) = lead
                && cinfo.country
                && j + ct.n < r
            {
                hit.to = j + ct.n;
                hit.end = ct.end;
                hit.name = Some((j + ct.n, r));
                return Some(hit);
            }
            // "Chủ tịch Hồ Chí Minh": a place name that is a person right after a head.
            if j == head_end && lead.is_some_and(|(t, info)| info.person && t.n == r - j) {
                hit.name = Some((j, r));
                return Some(hit);
            }
            end = w.words[r - 1].end;
            placed = after_unit || after_org;
            after_unit = false;
            after_org = false;
            j = r;
            continue;
        }
        if let Some((t, info)) = w.tag(j) {
            let lower = w.words[j].case == Case::Lower;
            let next = j + t.n;
            if info.join
                && next < n
                && w.words[next].case == Case::Title
                && w.gap_from(t.end, next) == Gap::Space
                && !w
                    .tag(next)
                    .is_some_and(|(_, x)| x.title || x.rank || x.honorific)
                && w.split_run(next, w.run_end(next), 2).is_none()
            {
                // "Sở Nông nghiệp và Phát triển nông thôn"
                end = t.end;
                j = next;
                continue;
            }
            if ((info.stop || info.link) && lower)
                || info.name_break
                || info.honorific
                || info.title
                || info.rank
                || (info.modifier && w.tag(next).is_some_and(|(_, x)| x.title))
            {
                break;
            }
            after_unit = info.unit;
            after_org = info.org == Some(false) || info.abbrev.as_ref().is_some_and(|a| a.1);
            end = t.end;
            j = next;
            continue;
        }
        after_unit = false;
        after_org = false;
        end = w.words[j].end;
        j += 1;
    }
    hit.to = j;
    hit.end = end;
    Some(hit)
}

/// A named mention: the name's words and the titles found with it.
#[derive(Debug)]
struct Named {
    from: usize,
    to: usize,
    titles: Vec<Hit>,
    honorific: Honorific,
}

impl Named {
    /// Records the name of words `from..to` with the titles before it (`titles`) and those
    /// [`titles_after`] finds after it; returns the word after the last title.
    fn push(
        w: &Words<'_>,
        named: &mut Vec<Named>,
        from: usize,
        to: usize,
        mut titles: Vec<Hit>,
        honorific: Honorific,
    ) -> usize {
        let next = titles_after(w, to, &mut titles);
        named.push(Named {
            from,
            to,
            titles,
            honorific,
        });
        next
    }
}

/// The bytes of the word of address before a name ("Ông"), lowercased only for the
/// mentions that end up giving a person's honorific.
type Honorific = Option<(usize, usize)>;

/// The lowercase text of an honorific.
fn honorific_text(w: &Words<'_>, h: Honorific) -> Option<String> {
    h.and_then(|(s, e)| w.text.get(s..e)).map(str::to_lowercase)
}

/// A title tied to what ends at byte `end` by a link word right at word `j`
/// ("… là Bí thư Tỉnh ủy", "… giữ chức Chủ tịch MTTQ").
fn linked_title(w: &Words<'_>, end: usize, j: usize) -> Option<Hit> {
    if j >= w.len() || w.gap_from(end, j) != Gap::Space || w.words[j].case != Case::Lower {
        return None;
    }
    let (t, info) = w.tag(j)?;
    if !info.link || w.gap_from(t.end, j + t.n) != Gap::Space {
        return None;
    }
    title_at(w, j + t.n).filter(|h| h.name.is_none() && !h.rank_only)
}

/// The titles that follow a name: after a comma, dash or bracket, chained by commas up
/// to the first segment that is not a title (inside a bracket, other segments are
/// skipped); right after the name when capitalised ("Ông Nguyễn Đức Chung Chủ tịch
/// TP.Hà Nội"); or after a link word ("là", "giữ chức"), also after a bracket. Returns
/// the word after the chain.
fn titles_after(w: &Words<'_>, name_to: usize, titles: &mut Vec<Hit>) -> usize {
    let n = w.len();
    let mut end = w.words[name_to - 1].end;
    let mut j = name_to;
    if let Some(h) = linked_title(w, end, j) {
        titles.push(h);
        return h.to;
    }
    if j < n && w.soft_gap(end, j) == Gap::Space && w.words[j].case == Case::Title {
        match title_at(w, j) {
            Some(h) if h.name.is_none() && !h.rank_only => {
                titles.push(h);
                end = h.end;
                j = h.to;
            }
            _ => return j,
        }
    }
    let bracket = j < n && w.gap_from(end, j) == Gap::Open;
    if bracket {
        let Some(after) = after_bracket(w, j) else {
            return j;
        };
        let before = titles.len();
        let mut k = j;
        while k < after {
            // A segment may open with a link ("(hiện đang giữ chức Cục trưởng …)").
            if let Some((t, info)) = w.tag(k)
                && info.link
                && w.words[k].case == Case::Lower
            {
                k += t.n;
            }
            match title_at(w, k) {
                Some(h) if h.name.is_none() && h.to <= after => {
                    titles.push(h);
                    k = h.to;
                }
                _ => k += 1,
            }
            // Skip to the next comma-separated segment.
            while k < after && !matches!(w.gap(k), Gap::Comma | Gap::Semicolon) {
                k += 1;
            }
        }
        // A link right after the bracket ("… (em họ ông Hùng) đang là Chủ tịch UBND xã").
        let close = w.words[after - 1].end;
        let sep = &w.text[close..w.words.get(after).map_or(w.text.len(), |x| x.start)];
        let Some(at) = sep.find(')') else {
            return j;
        };
        if let Some(h) = linked_title(w, close + at + 1, after) {
            titles.push(h);
            return h.to;
        }
        // A chain after the bracket ("ông Nguyễn Văn A (51 tuổi), Chủ tịch UBND xã").
        let found = titles.len() > before;
        let next = chain(w, close + at + 1, after, true, titles);
        return if next > after || found { next } else { j };
    }
    chain(w, end, j, j == name_to, titles)
}

/// Titles chained by commas (or a first dash) from word `j`, what precedes ending at byte
/// `end`. Returns the word after the chain.
fn chain(
    w: &Words<'_>,
    mut end: usize,
    mut j: usize,
    mut first: bool,
    titles: &mut Vec<Hit>,
) -> usize {
    let n = w.len();
    while j < n {
        let ok = match w.soft_gap(end, j) {
            Gap::Comma => true,
            Gap::Dash => first,
            _ => false,
        };
        if !ok {
            break;
        }
        let Some(h) = title_at(w, j) else { break };
        if h.name.is_some() {
            break; // the title of the next person
        }
        titles.push(h);
        end = h.end;
        j = h.to;
        first = false;
    }
    j
}

/// Officials and organizations of normalized `text`, spans in `text`'s own offsets.
fn scan(text: &str) -> (Vec<Official>, Vec<Organization>) {
    let w = Words::new(text);
    let orgs = org::scan(&w);
    let n = w.len();
    let mut named: Vec<Named> = Vec::new();
    let mut title_only: Vec<Hit> = Vec::new();
    let mut shorts: Vec<(usize, Honorific)> = Vec::new();
    let mut i = 0;
    while i < n {
        let mut honorific = None;
        let mut p = i;
        if let Some((t, info)) = w.tag(i)
            && info.honorific
            && w.gap_from(t.end, i + t.n) == Gap::Space
        {
            honorific = Some((w.words[i].start, t.end));
            p = i + t.n;
        }
        // Titles before a name, chained by spaces or commas; after "các" or a number the
        // titles are several people's ("4 đồng chí Phó Chủ tịch UBND TP, Chủ tịch …").
        let plural = || w.plural_before(i) || w.plural_before(p);
        let mut pre: Vec<Hit> = Vec::new();
        let mut q = p;
        let mut found = None;
        while let Some(h) = title_at(&w, q) {
            pre.push(h);
            if let Some((s, r)) = h.name {
                found = Some((s, r));
                break;
            }
            q = h.to;
            let chained = match w.gap_from(h.end, q) {
                Gap::Space => true,
                Gap::Comma => !plural(),
                _ => false,
            };
            if q >= n || !chained || title_at(&w, q).is_none() {
                break;
            }
        }
        if let Some((s, r)) = found {
            let next = Named::push(&w, &mut named, s, r, pre, honorific);
            i = next.max(i + 1);
            continue;
        }
        if !pre.is_empty() {
            let last = pre[pre.len() - 1].to;
            if !plural() {
                title_only.extend(pre.into_iter().filter(|h| !h.rank_only));
            }
            i = last.max(i + 1);
            continue;
        }
        if p < n && w.name_like(p) && (p == i || w.gap(p) == Gap::Space) {
            let r = w.run_end(p);
            if let Some(s) = w.split_run(p, r, 2) {
                let next = Named::push(&w, &mut named, s, r, Vec::new(), honorific);
                i = next.max(i + 1);
                continue;
            }
            if honorific.is_some() && r - p == 1 {
                shorts.push((p, honorific));
            }
            i = r.max(i + 1);
            continue;
        }
        i = p.max(i + 1);
    }
    let officials = merge(&w, &named, &title_only, &shorts);
    (officials, orgs)
}

/// Joins the words `from..to` with single spaces.
fn name_of(w: &Words<'_>, from: usize, to: usize) -> String {
    let mut s = String::new();
    for k in from..to {
        if k > from {
            s.push(' ');
        }
        s.push_str(w.word(k));
    }
    s
}

/// A person being assembled: name, title texts (with lowercase keys and expansions),
/// honorific and mention spans.
struct Person {
    name: String,
    last: String,
    first_at: usize,
    titles: Vec<(String, String, Option<String>)>,
    honorific: Option<String>,
    mentions: Vec<Span>,
}

impl Person {
    fn add_title(&mut self, w: &Words<'_>, h: &Hit) {
        let text = w.text[h.start..h.end].to_string();
        let key = text.to_lowercase();
        if self.titles.iter().any(|(_, k, _)| *k == key) {
            return;
        }
        let exp = w.expand(h.from, h.to, h.start, h.end);
        self.titles.push((text, key, exp));
    }
}

fn merge(
    w: &Words<'_>,
    named: &[Named],
    title_only: &[Hit],
    shorts: &[(usize, Honorific)],
) -> Vec<Official> {
    use std::collections::HashMap;
    let mut people: Vec<Person> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for m in named {
        let name = name_of(w, m.from, m.to);
        let span = Span::new(w.words[m.from].start, w.words[m.to - 1].end);
        let at = *by_name.entry(name.clone()).or_insert_with(|| {
            people.push(Person {
                last: w.word(m.to - 1).to_string(),
                name,
                first_at: span.start,
                titles: Vec::new(),
                honorific: None,
                mentions: Vec::new(),
            });
            people.len() - 1
        });
        let p = &mut people[at];
        p.mentions.push(span);
        if p.honorific.is_none() {
            p.honorific = honorific_text(w, m.honorific);
        }
        for h in &m.titles {
            p.add_title(w, h);
        }
    }
    // Who holds a given name, and who holds a title (lowercase): `None` once two do.
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_title: HashMap<&str, Option<usize>> = HashMap::new();
    for (at, p) in people.iter().enumerate() {
        if p.titles.is_empty() {
            continue;
        }
        by_last.entry(p.last.as_str()).or_default().push(at);
        for (_, key, _) in &p.titles {
            by_title
                .entry(key.as_str())
                .and_modify(|e| *e = None)
                .or_insert(Some(at));
        }
    }
    let mut extra: Vec<(usize, Span, Honorific)> = Vec::new();
    // "ông Chung": the given name of exactly one official named earlier.
    for (k, honorific) in shorts {
        let span = Span::new(w.words[*k].start, w.words[*k].end);
        let Some(list) = by_last.get(w.word(*k)) else {
            continue;
        };
        let mut hits = list.iter().filter(|&&at| people[at].first_at < span.start);
        if let (Some(&at), None) = (hits.next(), hits.next()) {
            extra.push((at, span, *honorific));
        }
    }
    // A title alone: the one named official who holds it.
    for h in title_only {
        let key = w.text[h.start..h.end].to_lowercase();
        if let Some(Some(at)) = by_title.get(key.as_str()) {
            extra.push((*at, Span::new(h.start, h.end), None));
        }
    }
    for (at, span, honorific) in extra {
        let p = &mut people[at];
        p.mentions.push(span);
        if p.honorific.is_none() {
            p.honorific = honorific_text(w, honorific);
        }
    }
    people
        .into_iter()
        .filter(|p| !p.titles.is_empty())
        .map(|mut p| {
            p.mentions.sort();
            p.mentions.dedup();
            let any_exp = p.titles.iter().any(|t| t.2.is_some());
            let titles_expanded = if any_exp {
                p.titles
                    .iter()
                    .map(|(t, _, e)| e.clone().unwrap_or_else(|| t.clone()))
                    .collect()
            } else {
                Vec::new()
            };
            Official {
                name: p.name,
                titles: p.titles.into_iter().map(|t| t.0).collect(),
                titles_expanded,
                honorific: p.honorific,
                mentions: p.mentions,
            }
        })
        .collect()
}

/// Officials and organizations of normalized `text`, spans mapped back through `map`.
pub(crate) fn officials_and_organizations(
    text: &str,
    map: &OffsetMap,
) -> (Vec<Official>, Vec<Organization>) {
    let (mut officials, mut orgs) = scan(text);
    for o in &mut officials {
        for m in &mut o.mentions {
            *m = map.to_original(*m);
        }
    }
    for o in &mut orgs {
        let s = map.to_original(Span::new(o.start, o.end));
        (o.start, o.end) = (s.start, s.end);
    }
    (officials, orgs)
}

/// Officials and organizations of text that is already normalized (spans index `text`
/// itself). [`crate::Extractor::parse`] normalizes first and maps spans back to the
/// original; use this on clean NFC text or to time this extraction alone.
///
/// # Examples
///
/// ```
/// let text = "Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung phát biểu.";
/// let (officials, orgs) = vinews::extract::official::extract(text);
/// assert_eq!(officials[0].name, "Nguyễn Đức Chung");
/// assert_eq!(officials[0].titles, ["Chủ tịch UBND TP Hà Nội"]);
/// assert_eq!(orgs[0].text, "UBND TP Hà Nội");
/// assert_eq!(orgs[0].expanded.as_deref(), Some("Ủy ban nhân dân thành phố Hà Nội"));
/// ```
///
/// # Time complexity
///
/// Linear in `text.len()`: one anchored dictionary search per word, each title and name
/// looks a bounded number of words ahead, and merging compares names of one article.
#[must_use]
pub fn extract(text: &str) -> (Vec<Official>, Vec<Organization>) {
    scan(text)
}
