//! The party organ of a body: a post in an organ of the party named without its place
//! ("Bí thư Đảng ủy", "Bí thư Chi bộ", "Bí thư Ban cán sự đảng") said in one apposition
//! with the person's post in a body ("…, Bí thư Đảng ủy, Cục trưởng Cục Thi hành án dân sự
//! tỉnh") is held in that body's party organisation. The party sets up its organisations
//! inside the bodies of the state, the Front and the army: a primary organisation in each
//! agency and unit, a party delegation (đảng đoàn) or a party affairs committee (ban cán sự
//! đảng) in the state's and the Front's organs (Điều lệ Đảng Cộng sản Việt Nam 2011,
//! Điều 21, 33 and 43). Its place is that body's.

use super::super::home::within;
use super::super::record::{Jurisdiction, OrgKind, Title, unplaced_party};
use crate::text::chars::to_lowercase;

/// The words that may stand between two titles said in one apposition, besides commas,
/// dashes and spaces.
const LINKS: [&str; 2] = ["kiêm", "đồng thời là"];

/// Is `c` a character that may stand between two titles of one apposition?
fn separator(c: char) -> bool {
    c == ',' || c == '-' || c == '–' || c.is_whitespace()
}

/// Where the next title of an apposition may start after byte `at` of `text`: past commas,
/// dashes, spaces and a linking word ("kiêm").
fn next_start(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or("");
    let mut q = at + (rest.len() - rest.trim_start_matches(separator).len());
    let rest = text.get(q..).unwrap_or("");
    if let Some(l) = LINKS.iter().find(|l| {
        rest.strip_prefix(**l)
            .is_some_and(|r| r.starts_with(separator))
    }) {
        q += l.len();
        let rest = text.get(q..).unwrap_or("");
        q += rest.len() - rest.trim_start_matches(separator).len();
    }
    q
}

/// Where the title before byte `at` of `text` may end, in one apposition.
fn previous_end(text: &str, at: usize) -> usize {
    let before = text.get(..at).unwrap_or("");
    let mut q = before.trim_end_matches(separator).len();
    let before = text.get(..q).unwrap_or("");
    if let Some(l) = LINKS.iter().find(|l| {
        before
            .strip_suffix(**l)
            .is_some_and(|b| b.ends_with(separator))
    }) {
        q -= l.len();
        q = text
            .get(..q)
            .unwrap_or("")
            .trim_end_matches(separator)
            .len();
    }
    q
}

/// Gives each of a person's posts in a party organ named without its place (and no
/// jurisdiction) the jurisdiction of the post in a body said next to it in one
/// apposition: the first one after it, else the last one before it, passing over other
/// party posts and titles of no organisation (a rank, a degree: "Đại tá"). The titles
/// are read where the text says them, not only at their first mention ("Bộ trưởng Bộ Y
/// tế" said before, then again after "Bí thư Ban cán sự đảng"). A level the party post
/// names ("Đảng bộ huyện") takes that body's unit of the level, or none. A body with no
/// jurisdiction (a school, a company) gives none.
pub(super) fn party_in_body(text: &str, titles: &mut [(Title, String)]) {
    if titles.len() > super::MAX_TIED_TITLES {
        return;
    }
    let passed = |t: &Title| {
        t.organization
            .as_ref()
            .is_some_and(|o| o.kind == OrgKind::Party)
            || (t.organization.is_none() && t.jurisdiction.is_none())
    };
    let body_beside = |i: usize, forward: bool| beside(text, titles, i, forward, passed);
    let mut given = Vec::new();
    for i in 0..titles.len() {
        let bare = bare_secretary(&titles[i].0);
        let Some(level) = unplaced_party(&titles[i].0).or(bare.then_some(None)) else {
            continue;
        };
        let body = body_beside(i, true).or_else(|| body_beside(i, false));
        // (a secretary said bare beside a post of the state: the party committee of its
        // unit, which the secretary of a unit heads beside its council or committee)
        let body = body.filter(|&k| {
            !bare
                || titles[k]
                    .0
                    .organization
                    .as_ref()
                    .is_some_and(|o| o.kind == OrgKind::State)
        });
        let Some(j) = body.and_then(|k| titles[k].0.jurisdiction.as_ref()) else {
            continue;
        };
        let j = match level {
            None => Some(j.clone()),
            Some(types) => within(j, types),
        };
        if let Some(j) = j {
            given.push((i, j));
        }
    }
    for (i, j) in given {
        titles[i].0.jurisdiction = Some(j);
    }
}

/// The title of `titles` said next to title `i` in one apposition in `text`, after it
/// (`forward`) or before it, passing over the titles `passed` tells. The titles are read
/// where the text says them, not only at their first mention.
pub(super) fn beside(
    text: &str,
    titles: &[(Title, String)],
    i: usize,
    forward: bool,
    passed: impl Fn(&Title) -> bool,
) -> Option<usize> {
    // the longest of the titles that `text` says from byte `q` on (or up to it)
    let said = |q: usize, forward: bool| {
        titles
            .iter()
            .map(|(t, _)| &t.text)
            .enumerate()
            .filter(|(_, x)| {
                if forward {
                    text.get(q..).is_some_and(|r| r.starts_with(x.as_str()))
                } else {
                    text.get(..q).is_some_and(|r| r.ends_with(x.as_str()))
                }
            })
            .max_by_key(|(_, x)| x.len())
            .map(|(k, _)| k)
    };
    let span = titles[i].0.span;
    let mut at = if forward { span.end } else { span.start };
    // (each step moves past a title of the text: as many steps as titles at most)
    for _ in 0..titles.len() {
        let k = if forward {
            said(next_start(text, at), true)?
        } else {
            said(previous_end(text, at), false)?
        };
        let t = &titles[k].0;
        if !passed(t) {
            return Some(k);
        }
        at = if forward {
            next_start(text, at) + t.text.len()
        } else {
            previous_end(text, at) - t.text.len()
        };
    }
    None
}

/// The secretaries of a party committee said by the role alone, lowercase.
const SECRETARIES: [&str; 3] = ["bí thư", "phó bí thư", "phó bí thư thường trực"];

/// Is `t` a secretary of a party committee said by the role alone ("Phó Bí thư Thường
/// trực"), with no jurisdiction? Said in one apposition with the person's post in an organ
/// of the state of a unit ("Phó Bí thư Thường trực, Chủ tịch HĐND tỉnh"), it is the post
/// in the party committee of that unit, which leads its council and committee (Điều lệ
/// Đảng 2011, Điều 9 and 41: the committee of each level leads the organs of its level).
fn bare_secretary(t: &Title) -> bool {
    t.organization.is_none()
        && t.jurisdiction.is_none()
        && !t.former
        && SECRETARIES.contains(&to_lowercase(&t.expanded).as_str())
}

/// The words that open a party organ set up inside a body it names after them ("Chi bộ
/// Ban Chính sách pháp luật", "Đảng ủy Cơ quan …"), lowercase, with their space.
const ORGANS: [&str; 6] = [
    "chi bộ ",
    "chi ủy ",
    "đảng bộ ",
    "đảng ủy ",
    "đảng đoàn ",
    "ban cán sự đảng ",
];

/// Gives each of a person's posts in a party organ that names the body it is set up in
/// ("chi ủy viên Chi bộ Ban Chính sách pháp luật"), still with no jurisdiction, the
/// jurisdiction of the person's post in that body, named in full in another title of
/// theirs ("Chuyên viên Ban Chính sách pháp luật LĐLĐ Thành phố"): the party organ of a
/// body is that body's (Điều lệ Đảng, Điều 21). Posts in several such bodies of different
/// places, or none, leave it as read.
pub(super) fn party_of_named_body(titles: &mut [(Title, String)]) {
    if titles.len() > super::MAX_TIED_TITLES {
        return;
    }
    let mut given = Vec::new();
    for (i, (t, _)) in titles.iter().enumerate() {
        let Some(level) = unplaced_party(t) else {
            continue;
        };
        let Some(org) = &t.organization else { continue };
        let org = to_lowercase(&org.expanded);
        let Some(body) = ORGANS.iter().find_map(|o| org.strip_prefix(o)) else {
            continue;
        };
        let mut found: Option<&Jurisdiction> = None;
        for (k, (other, _)) in titles.iter().enumerate() {
            let (Some(j), Some(o)) = (&other.jurisdiction, &other.organization) else {
                continue;
            };
            let named = to_lowercase(&o.expanded);
            let holds = named
                .strip_prefix(body)
                .is_some_and(|r| r.is_empty() || r.starts_with(' '));
            if k == i || !holds {
                continue;
            }
            if found.is_some_and(|f| f != j) {
                found = None;
                break;
            }
            found = Some(j);
        }
        let j = match (found, level) {
            (None, _) => None,
            (Some(j), None) => Some(j.clone()),
            (Some(j), Some(types)) => within(j, types),
        };
        if let Some(j) = j {
            given.push((i, j));
        }
    }
    for (i, j) in given {
        titles[i].0.jurisdiction = Some(j);
    }
}
