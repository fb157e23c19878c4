//! A title that names another person (issue 12, the extras of session 31): a post or rank
//! read as a title of one person whose "organization" is a person's name, the title and
//! the name of someone else said after it ("Ngoại trưởng X, nghị sĩ Grassley nói …": the
//! senator, no body of the foreign minister's; "ông X (bảo vệ cho ông Y) … LS Nam cho
//! rằng": the lawyer Nam). Two cases, both general:
//!
//! - the organization is the last words of the name of another official of the article (the given name of a Vietnamese name, "Nam" of "Trần Thu Nam"; the
//!   surname of a foreign one, "Grassley" of "Chuck Grassley"): the title is that
//!   person's, their role said before their name as everywhere else, and no post of the
//!   first person's. It is taken from the first and the role alone given to the other
//!   ("nghị sĩ", "LS") when one other official only is named so;
//! - the role is one of the state's honorary titles alone (`award` in
//!   `official_ranks.txt`: "NSND", "NGƯT"), which belong to no body: capitalised words
//!   after it are a person's name ("bà Bạch Cúc (NSND Thu Hà)": the actress playing the
//!   part), never its organization, and the title is not the first person's.

use super::super::record::{OrgKind, Title};
use super::super::vocab::VOCAB;
use super::{Person, title_key};
use crate::text::chars::to_lowercase;
use crate::text::hash::FastSet;
use crate::text::lexicon;
use std::sync::LazyLock;

/// Is `role` one of the state's honorary titles of `official_ranks.txt` (second column
/// `award`: "NSND", "Nhà giáo ưu tú"), whole? (Read by the officials' dictionary, whose
/// entries match whole words, case aside.)
fn award(role: &str) -> bool {
    VOCAB
        .longest_in(role, 0)
        .is_some_and(|m| m.end == role.len() && m.tags.award)
}

/// The countries a title names before a foreign name (`countries.txt`), lowercase: "anh",
/// "pháp".
static COUNTRIES: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::COUNTRIES
        .entries()
        .map(|e| to_lowercase(e.key()))
        .collect()
});

/// Is the organization of `t` a country said alone, the post's ("Ngoại trưởng Anh" of a
/// foreign minister named after it), a body of another country, never the given name of
/// an official of the article ("Trần Thị Anh")?
fn country_post(t: &Title) -> bool {
    t.organization
        .as_ref()
        .is_some_and(|o| o.kind == OrgKind::Foreign && COUNTRIES.contains(&to_lowercase(&o.text)))
}

/// Is `name` the last words of the name `other`, fewer than all of them? (The whole name
/// is rather a body read as a person's name, "Phó khoa Ung Bướu" giving "Ung Bướu": left
/// to `organizations_read_as_names`.)
fn names(name: &str, other: &str) -> bool {
    other
        .strip_suffix(name)
        .is_some_and(|head| head.ends_with(' '))
}

/// Is every word of `text` capitalised (a name's shape)?
fn capitalised(text: &str) -> bool {
    text.split_whitespace()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The title `t` without its organization `org` at its end: the role alone, as written
/// ("nghị sĩ" of "nghị sĩ Grassley", "HLV" of "HLV người Trung Quốc"). `None` when the
/// title's text and span do not end with it as a separate word.
pub(super) fn role_alone(t: &Title, org: &str) -> Option<Title> {
    let cut = org.len() + 1;
    let text = t.text.strip_suffix(org)?.strip_suffix(' ')?;
    // (the span is the text's own only when their lengths agree: normalized as written)
    if t.span.end - t.span.start != t.text.len() || text.is_empty() {
        return None;
    }
    let mut bare = t.clone();
    bare.text = text.to_string();
    bare.span.end -= cut;
    bare.expanded = t
        .organization
        .as_ref()
        .and_then(|o| t.expanded.strip_suffix(o.expanded.as_str()))
        .and_then(|e| e.strip_suffix(' '))
        .unwrap_or(text)
        .to_string();
    bare.organization = None;
    bare.jurisdiction = None;
    Some(bare)
}

/// Takes from each person the titles that name another person (see the module's
/// comment), giving the role alone to the one other official so named. Its work is the
/// titles times the people of one article, so an article of more than
/// [`MAX_CANDIDATES`](super::MAX_CANDIDATES) officials (no news story) is left as it is.
pub(super) fn titles_naming_another(people: &mut [Person]) {
    if people.len() > super::MAX_CANDIDATES {
        return;
    }
    let mut moved: Vec<(usize, Title)> = Vec::new();
    for i in 0..people.len() {
        let mut keep = Vec::with_capacity(people[i].titles.len());
        for (t, key) in std::mem::take(&mut people[i].titles) {
            let Some(org) = t.organization.as_ref().map(|o| o.text.clone()) else {
                keep.push((t, key));
                continue;
            };
            let others: Vec<usize> = (0..people.len())
                .filter(|&j| j != i && !people[j].titles.is_empty() && names(&org, &people[j].name))
                .filter(|_| !country_post(&t))
                .collect();
            let award = award(&t.role) && capitalised(&org);
            if others.is_empty() && !award {
                keep.push((t, key));
                continue;
            }
            people[i].title_keys.remove(&key);
            if let [j] = others[..]
                && let Some(bare) = role_alone(&t, &org)
            {
                moved.push((j, bare));
            }
        }
        people[i].titles = keep;
    }
    for (j, bare) in moved {
        let key = title_key(&bare.text);
        people[j].push_title(bare, key);
    }
}
