//! The place of a body that the title holds no place mention of, from the names it holds
//! and the words around it: a body named after a place the article names with its unit
//! word ("Đồn Biên phòng Cửa khẩu quốc tế Hà Tiên" after "TP Hà Tiên"), a body said to
//! belong to another ("Trạm …, thuộc Đồn Biên phòng …"), a body named after a region of
//! the country ("Cảng vụ Hàng không miền Nam"), and a deputy of a national organ named
//! with the province that elected them ("đại biểu Quốc hội tỉnh Thái Bình").

use std::sync::LazyLock;

use super::{OrgKind, Scope, classify};
use crate::extract::gazetteer::UnitId;
use crate::extract::official::home::Home;
use crate::extract::place::{Mentions, PlaceKind};
use crate::span::Span;
use crate::text::chars::to_lowercase;
use crate::text::hash::FastSet;
use crate::text::lexicon;

/// Vietnam's regions (`place_regions.txt`), lowercase.
static REGIONS: LazyLock<FastSet<String>> =
    LazyLock::new(|| lexicon::PLACE_REGIONS.keys().map(to_lowercase).collect());

/// Is the place mention at `span` of `text` one of Vietnam's regions ("miền Nam", "Tây
/// Nguyên"), said whole (no capitalised name right after it: "miền Tây Mindanao" is
/// another country's)? A body of the state named after one governs an area that is no
/// unit of the gazetteer, inside the country: the smallest unit that holds it is Vietnam
/// ("Cảng vụ Hàng không miền Nam", as "Quân khu 7").
pub(super) fn vietnam_region(text: &str, span: Span) -> bool {
    let longer = text
        .get(span.end..)
        .and_then(|r| r.strip_prefix(' '))
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_uppercase);
    !longer
        && span
            .slice(text)
            .is_some_and(|name| REGIONS.contains(&to_lowercase(name)))
}

/// Is the title `title_expanded`, whose organisation `org_expanded` is a place alone, a
/// post its role makes national ("Đại biểu Quốc hội tỉnh Thái Bình")? A deputy of the
/// National Assembly sits in the national organ; the province said after the role is
/// where they were elected (Luật Tổ chức Quốc hội 2014, Điều 43), not a place the
/// Assembly governs.
pub(super) fn national_role_with_place(title_expanded: &str, org_expanded: &str) -> bool {
    let Some(role) = title_expanded.strip_suffix(org_expanded) else {
        return false;
    };
    let c = classify(role);
    c.scope == Some(Scope::National) && matches!(c.kind, Some(OrgKind::State | OrgKind::Party))
}

/// The roles held only in Vietnam's central bodies, lowercase, with the modifiers said
/// before them: a deputy minister, of a ministry (Luật Tổ chức Chính phủ 2015, Điều 33),
/// and the heads of the country's representations abroad, of its foreign service (Luật
/// Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài 2009, Điều 6 and
/// 17: "Đại sứ đặc mệnh toàn quyền", "Tổng lãnh sự").
const CENTRAL_ROLES: [&str; 3] = ["thứ trưởng", "đại sứ", "tổng lãnh sự"];

/// Is the title `title_expanded`, a role said alone, one held only in Vietnam's central
/// bodies ([`CENTRAL_ROLES`]), with a modifier or not ("Thứ trưởng", "Phó Đại sứ",
/// "nguyên Thứ trưởng")? Another country's holder is told apart later, by the title's
/// words or the holder's name.
pub(super) fn central_role(title_expanded: &str) -> bool {
    let t = to_lowercase(title_expanded);
    CENTRAL_ROLES.iter().any(|r| {
        t.strip_suffix(r)
            .is_some_and(|b| b.is_empty() || b.ends_with(' '))
    })
}

/// Most words of a unit's name that a body's name may end with.
const MAX_NAME_WORDS: usize = 4;

/// The unit whose name the body `name` ends with, when the article names that unit with
/// its unit word ("Đồn Biên phòng Cửa khẩu quốc tế Hà Tiên" in an article that says "TP
/// Hà Tiên"): the body serves the place it is named after. The name must stand whole,
/// after a lowercase word or an acronym ("quốc tế Hà Tiên", "CA Hà Tiên"), not inside a
/// longer capitalised name.
pub(super) fn unit_named_at_end(name: &str, home: &Home) -> Option<UnitId> {
    let name = name.trim_end_matches(|c: char| !c.is_alphanumeric());
    let starts: Vec<usize> = name
        .char_indices()
        .filter(|&(i, c)| c.is_alphanumeric() && (i == 0 || name[..i].ends_with(' ')))
        .map(|(i, _)| i)
        .collect();
    for k in 1..=MAX_NAME_WORDS.min(starts.len().saturating_sub(1)) {
        let at = starts[starts.len() - k];
        let before = name[..at].trim_end();
        let word = before.rsplit(' ').next().unwrap_or(before);
        let lower = word.chars().next().is_some_and(char::is_lowercase);
        let acronym = word.chars().count() > 1 && word.chars().all(|c| c.is_uppercase());
        if !(lower || acronym) {
            continue;
        }
        if let Some(id) = home.named_unit(&name[at..]) {
            return Some(id);
        }
    }
    None
}

/// Most bytes of the body a body belongs to, said after it (some 40 words).
const MAX_BODY_BYTES: usize = 240;

/// What may open the body a body belongs to, right after a title: ", thuộc Đồn …",
/// "(trực thuộc Sở …".
const BELONGS: [&str; 6] = [
    ", thuộc ",
    " thuộc ",
    " (thuộc ",
    ", trực thuộc ",
    " trực thuộc ",
    " (trực thuộc ",
];

/// The unit of the body that the text says, right after a title ending at byte `end`,
/// that the title's body belongs to ("Trạm trưởng Trạm Kiểm soát Biên phòng Sa Kỳ, thuộc
/// Đồn Biên phòng cửa khẩu quốc tế Hà Tiên"): a part of a body serves the place the body
/// serves. The body is read up to the clause's end; it must be a body of the party, the
/// state, the Front or the armed forces ("thuộc Công ty …" places nothing), and its
/// place a unit mention inside it or a unit it is named after ([`unit_named_at_end`]).
pub(super) fn unit_of_body_after(
    text: &str,
    end: usize,
    places: &Mentions,
    home: &Home,
) -> Option<UnitId> {
    let rest = text.get(end..)?;
    let open = BELONGS.iter().find(|b| rest.starts_with(**b))?;
    let from = end + open.len();
    // (read within a body's longest name: the search for the clause's end is bounded, so
    // that a text of such titles and no marks stays linear)
    let body = text.get(from..)?;
    let body = &body[..body.floor_char_boundary(MAX_BODY_BYTES)];
    let len = body
        .find([',', '.', ';', ':', ')', '\n', '"', '“', '”'])
        .unwrap_or(body.len());
    let body = &body[..len];
    let governs = matches!(
        classify(body).kind,
        Some(OrgKind::Party | OrgKind::State | OrgKind::Front | OrgKind::Armed)
    );
    if !governs {
        return None;
    }
    places
        .said_within(from, from + len)
        .filter(|p| places.kind(p) == PlaceKind::Admin)
        .find_map(|p| places.settled(p))
        .or_else(|| unit_named_at_end(body, home))
}

/// The [`classify`] of the organisation `expanded` with its place names [`masked`]; but a
/// central press organ listed whole with the country's name in it ("Đài Truyền hình Việt
/// Nam", `org_kinds.txt`: public, national) is that organ, its name read unmasked.
pub(super) fn class_of(
    expanded: &str,
    text: &str,
    places: &Mentions,
    within: std::ops::Range<usize>,
) -> super::Class {
    let whole = classify(expanded);
    if whole.kind == Some(OrgKind::Public) && whole.scope == Some(Scope::National) && !whole.nowhere
    {
        return whole;
    }
    classify(&masked(expanded, text, places, within))
}

/// Most place names [`masked`] blanks in one organisation.
const MAX_MASKED: usize = 8;

/// The organisation `expanded` (abbreviations spelled out) with the names of the place
/// mentions of `text` inside the bytes `within` blanked out (their unit words kept): a
/// place's name is what the place is called, not an organisation word of its own ("Phòng"
/// of "Hải Phòng", "Vụ" of "Vụ Bản", "Trường" of "Xuân Trường"), so [`classify`] does not
/// read it as one ("Giám đốc nhà máy X, Hải Phòng" is no department of the state). A name
/// is blanked at each place it stands whole, between non-word characters.
pub(super) fn masked(
    expanded: &str,
    text: &str,
    places: &Mentions,
    within: std::ops::Range<usize>,
) -> String {
    let mut out = expanded.to_string();
    for p in places
        .said_within(within.start, within.end)
        .take(MAX_MASKED)
    {
        let Some(name) = places.written(p).1.slice(text).filter(|n| !n.is_empty()) else {
            continue;
        };
        let mut from = 0;
        while let Some(i) = out.get(from..).and_then(|r| r.find(name)).map(|i| i + from) {
            let end = i + name.len();
            let open = out[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let close = out[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if open && close {
                out.replace_range(i..end, &" ".repeat(name.len()));
            }
            from = end;
        }
    }
    out
}
