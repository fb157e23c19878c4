//! Vietnam's central posts said short: a national post named by its role alone ("Thủ
//! tướng") that another person of the article holds as Vietnam's, and the head of a
//! delegation ("Trưởng đoàn") sent by the body its head leads.

use super::super::record::Title;
use super::Person;
use crate::text::chars::to_lowercase;
use crate::text::hash::{FastHashMap, FastSet};
use crate::text::lexicon;
use std::sync::LazyLock;

/// The first words of the surnames of `surnames.txt`, lowercase ("nguyễn", "tôn").
static SURNAME_WORDS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::SURNAMES
        .keys()
        .filter_map(|k| k.split_whitespace().next())
        .map(to_lowercase)
        .collect()
});

/// Does the name `name` open with a surname of `surnames.txt`?
fn vietnamese_name(name: &str) -> bool {
    name.split_whitespace()
        .next()
        .is_some_and(|w| SURNAME_WORDS.contains(&to_lowercase(w)))
}

/// Is `t` a national post of Vietnam named by its role alone ("Thủ tướng"), held now?
fn bare_national(t: &Title) -> bool {
    t.organization.is_none() && !t.former && t.jurisdiction.as_ref().is_some_and(|j| j.code == "VN")
}

/// One person holds a national post of Vietnam at a time (one Thủ tướng, one Chủ tịch
/// nước): when the article gives a post of Vietnam named in full ("Thủ tướng Chính phủ",
/// "Thủ tướng Việt Nam") to one person, the same role said alone of another, whose name
/// is no Vietnamese one ("Thủ tướng Hun Sen" at a meeting of two prime ministers), is that
/// person's country's post, with no jurisdiction here. Linear in the titles (a set of
/// the roles held in full).
pub(super) fn foreign_peers(people: &mut [Person]) {
    // each role held in full: its holder, and whether several people hold it (a former
    // and a new holder: left as read)
    let mut holders: FastHashMap<String, (usize, bool)> = FastHashMap::default();
    for (i, p) in people.iter().enumerate() {
        for (t, _) in &p.titles {
            if t.organization.is_some()
                && !t.former
                && t.jurisdiction.as_ref().is_some_and(|j| j.code == "VN")
            {
                let e = holders.entry(to_lowercase(&t.role)).or_insert((i, false));
                e.1 |= e.0 != i;
            }
        }
    }
    for (i, p) in people.iter_mut().enumerate() {
        if vietnamese_name(&p.name) {
            continue;
        }
        for (t, _) in &mut p.titles {
            if bare_national(t)
                && holders
                    .get(&to_lowercase(&t.role))
                    .is_some_and(|&(k, many)| k != i && !many)
            {
                t.jurisdiction = None;
            }
        }
    }
}

/// The roles of a delegation's head and deputy head.
const DELEGATION_HEADS: [&str; 2] = ["trưởng đoàn", "phó trưởng đoàn"];

/// A delegation's head said by the role alone ("Đoàn … do Bộ trưởng X làm Trưởng đoàn")
/// leads it for the body they head, which sends it: the role takes the jurisdiction of
/// the person's other posts when they all have one and the same ("Trưởng đoàn" of a
/// minister: "VN"); posts of several places, or none, leave it as read.
pub(super) fn delegation_heads(titles: &mut [(Title, String)]) {
    let head = |t: &Title| {
        t.organization.is_none()
            && t.jurisdiction.is_none()
            && DELEGATION_HEADS.contains(&to_lowercase(&t.role).as_str())
    };
    if !titles.iter().any(|(t, _)| head(t)) {
        return;
    }
    let mut places = titles.iter().filter_map(|(t, _)| t.jurisdiction.as_ref());
    let Some(first) = places.next().cloned() else {
        return;
    };
    if places.any(|j| *j != first) {
        return;
    }
    for (t, _) in titles.iter_mut().filter(|(t, _)| head(t)) {
        t.jurisdiction = Some(first.clone());
    }
}
