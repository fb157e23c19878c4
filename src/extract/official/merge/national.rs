//! Vietnam's central posts said short: a national post named by its role alone ("Thủ
//! tướng") that another person of the article holds as Vietnam's, the head of a
//! delegation ("Trưởng đoàn") sent by the body its head leads, and the head of a steering
//! committee or a council ("Trưởng Ban Chỉ đạo") set up by the level its head leads, and
//! the posts said by their role alone of the leader places are named after ("Chủ tịch Hồ
//! Chí Minh").

use super::super::home::national;
use super::super::record::{OrgKind, Title};
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
    take_level(titles, |t| {
        t.organization.is_none() && DELEGATION_HEADS.contains(&to_lowercase(&t.role).as_str())
    });
}

/// The people named in `not_names.txt` as a person (`person`): the leader of the state
/// that places are named after ("Hồ Chí Minh"), lowercase.
static NAMESAKE_LEADERS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::NOT_NAMES
        .entries()
        .filter(|e| e.column(1) == Some("person"))
        .map(|e| to_lowercase(e.key()))
        .collect()
});

/// The roles said alone (no organisation, no jurisdiction) of a leader of the state whom
/// places are named after ([`NAMESAKE_LEADERS`]: "Chủ tịch Hồ Chí Minh", the President of
/// the Democratic Republic of Vietnam) are the national posts they held: Vietnam's.
pub(super) fn namesake_leaders(name: &str, titles: &mut [(Title, String)]) {
    if !NAMESAKE_LEADERS.contains(&to_lowercase(name)) {
        return;
    }
    for (t, _) in titles.iter_mut() {
        if t.organization.is_none() && t.jurisdiction.is_none() {
            t.jurisdiction = Some(national());
        }
    }
}

/// The bodies of the state that a level sets up for a task and puts its leaders at the
/// head of: a steering committee ("Ban Chỉ đạo": the central one headed by the Prime
/// Minister or a deputy, a province's by the chairman of its people's committee or a
/// deputy) and a council ("Hội đồng Giải thưởng", chaired by a deputy minister). Not a
/// people's council, an elected organ of its unit. And a working group ("Tổ công tác" of
/// the Government, of a province's committee), which the level sets up and staffs with
/// its own officials, whose kind its name does not tell.
const TASK_BODIES: [&str; 3] = ["ban chỉ đạo", "hội đồng", "tổ công tác"];

/// A post in a body of [`TASK_BODIES`] said with no place ("Trưởng Ban Chỉ đạo" of a
/// deputy prime minister) is held at the level of the person's other posts, which set the
/// body up: it takes their jurisdiction when they all have one and the same; posts of
/// several places, or none, leave it as read.
pub(super) fn task_bodies(titles: &mut [(Title, String)]) {
    take_level(titles, |t| {
        // (the body's head word may be the role's: "Trưởng Ban" + "Chỉ đạo")
        let title = to_lowercase(&t.expanded);
        let at_word = |b: &str| {
            title
                .match_indices(b)
                .any(|(i, _)| i == 0 || title[..i].ends_with(' '))
        };
        t.organization
            .as_ref()
            .is_some_and(|o| matches!(o.kind, OrgKind::State | OrgKind::Other))
            && TASK_BODIES.iter().any(|b| at_word(b))
            && !title.contains("hội đồng nhân dân")
    });
}

/// Gives the titles `led` picks out, when they have no jurisdiction, the jurisdiction of
/// the person's other titles when those that have one all have the same.
fn take_level(titles: &mut [(Title, String)], led: impl Fn(&Title) -> bool) {
    let head = |t: &Title| t.jurisdiction.is_none() && led(t);
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
