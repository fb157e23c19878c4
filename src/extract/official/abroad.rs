//! Where a title's body stands against other countries: another country's body ("Bộ
//! Ngoại giao Mỹ", "Hải quân Indonesia"), a body of Vietnam held abroad ("Đại sứ Việt
//! Nam tại Hà Lan"), and a national body said with the part of it its holder belongs to.

use super::home::is_vietnam;
use super::record::{OrgKind, Scope, TitleOrganization, classify, names_vietnam};
use super::titles::Hit;
use super::words::{Case, Words};
use crate::extract::place::{Mentions, PlaceKind};

/// The organisation of a title against other countries: its first locative ("tại",
/// "ở"), which says where the body is, not what it governs ("văn phòng X tại Hà Nội"),
/// and whether a country other than Vietnam is named before it or after it (none when
/// the body is Vietnam's side of a bilateral one).
pub(super) struct Sides {
    pub(super) locative: Option<usize>,
    pub(super) before: bool,
    pub(super) after: bool,
}

/// The [`Sides`] of the organisation of the title `h` from word `o` on. Another
/// country's body has no jurisdiction here: a country's place mention inside the
/// organisation (a word of a place is what the place is: "Lào" of "tỉnh Lào Cai" is no
/// country), or a country's name the place reader does not take.
pub(super) fn sides(w: &Words<'_>, h: &Hit, o: usize, places: &Mentions) -> Sides {
    let start = w.words[o].start();
    let locative = locative_in(w, o, h.to);
    let governed_end = locative.map_or(h.end, |k| w.words[k].start());
    let inside = places.said_within(start, h.end);
    let abroad_in = |from: usize, to: usize| {
        inside
            .clone()
            .filter(|p| p.span().start >= from && p.span().end <= to)
            .filter(|p| {
                matches!(
                    places.kind(p),
                    PlaceKind::Country | PlaceKind::Foreign | PlaceKind::Historic
                )
            })
            .any(|p| !is_vietnam(p, w.text))
    };
    let loc = locative.unwrap_or(h.to);
    // (a body of Vietnam and another country joined by a dash, "Nhóm nghị sĩ hữu nghị
    // Việt Nam - Romania", is Vietnam's side of it)
    let bilateral = (o + 1..h.to).any(|k| {
        w.place_at(k - 1).is_some_and(|p| {
            p.to == k
                && matches!(
                    w.text.get(w.words[p.from].start()..w.words[k - 1].end()),
                    Some("Việt Nam" | "VN")
                )
        }) && super::parent::countries_dashed(w, k)
    });
    let before =
        !bilateral && (abroad_in(start, governed_end) || (o..loc).any(|j| country_word(w, j, loc)));
    let after = !bilateral
        && locative.is_some_and(|k| {
            abroad_in(governed_end, h.end) || (k + 1..h.to).any(|j| country_word(w, j, h.to))
        });
    Sides {
        locative,
        before,
        after,
    }
}

/// The organization of the title `h` from word `o` on when it is a body of Vietnam's
/// held abroad, said with a locative ("tại", "ở") before another country:
/// the words before it (the role's with them) name Vietnam ("Đại sứ Việt Nam tại Hà
/// Lan", an embassy of the foreign service) or a body of the party, the state or the
/// Front ("Ban Cán sự Đoàn tại LB Nga"), which the central level sets up abroad; not a
/// company, a school or an association ("Giám đốc Vietcombank tại Lào").
pub(super) fn vietnam_abroad(
    w: &Words<'_>,
    h: &Hit,
    o: usize,
    places: &Mentions,
) -> Option<TitleOrganization> {
    let loc = locative_in(w, o, h.to)?;
    let (from, end) = (w.words[h.from].start(), w.words[loc.checked_sub(1)?].end());
    let head = w
        .expand(h.from, loc, from, end)
        .unwrap_or_else(|| w.text[from..end].to_string());
    let vietnam = places
        .said_within(from, end)
        .any(|p| places.kind(p) == PlaceKind::Country && is_vietnam(p, w.text))
        || names_vietnam(&head);
    let kind = match classify(&head).kind {
        Some(k @ (OrgKind::Party | OrgKind::State | OrgKind::Front | OrgKind::Armed)) => k,
        None | Some(OrgKind::Foreign) if vietnam => OrgKind::State,
        _ => return None,
    };
    let start = w.words[o].start();
    let text = w.text[start..h.end].to_string();
    let expanded = w
        .expand(o, h.to, start, h.end)
        .unwrap_or_else(|| text.clone());
    Some(TitleOrganization {
        text,
        expanded,
        kind,
    })
}

/// The organization of the title `h` from word `o` on when it is Vietnam's body abroad,
/// by its [`Sides`]: one with a country named after its locative only
/// ([`vietnam_abroad`]), or one that names Vietnam before a locative of no known place
/// ([`named_vietnam_abroad`]).
pub(super) fn vietnam_side(
    w: &Words<'_>,
    h: &Hit,
    o: usize,
    places: &Mentions,
    sides: &Sides,
) -> Option<TitleOrganization> {
    match (sides.before, sides.after) {
        (false, true) => vietnam_abroad(w, h, o, places),
        (false, false) => named_vietnam_abroad(w, h, o, places),
        _ => None,
    }
}

/// The organization of the title `h` from word `o` on when it is a body of Vietnam named
/// so ("Tổng lãnh sự Việt Nam", "Đại sứ quán Việt Nam") said with a locative before a
/// place the reader does not know ("tại Fukuoka"), none of Vietnam's units: a body that
/// names its country before "tại" stands abroad, as [`vietnam_abroad`]'s.
fn named_vietnam_abroad(
    w: &Words<'_>,
    h: &Hit,
    o: usize,
    places: &Mentions,
) -> Option<TitleOrganization> {
    let loc = locative_in(w, o, h.to)?;
    let (from, at) = (w.words[h.from].start(), w.words[loc].start());
    let mut inside = places.said_within(from, h.end);
    let named = inside.clone().any(|p| {
        p.span().end <= at && places.kind(p) == PlaceKind::Country && is_vietnam(p, w.text)
    });
    // (the words after "tại": a name, capitalised, and no unit of Vietnam)
    let capital = w
        .words
        .get(loc + 1)
        .is_some_and(|x| x.case() != Case::Lower);
    let home = inside.any(|p| p.span().start > at && places.kind(p) == PlaceKind::Admin);
    if !named || !capital || home {
        return None;
    }
    vietnam_abroad(w, h, o, places)
}

/// The organization of the title `h` from word `o` on when it is a national body said
/// with the part of it the holder belongs to ("Đại biểu Quốc hội chuyên trách thuộc Đoàn
/// đại biểu Quốc hội tỉnh X": a deputy of the Assembly, the province naming only the
/// delegation): its words before "thuộc" (the role's with them) name a central body of the
/// party, the state, the Front or the army, and no place.
pub(super) fn national_part_of(
    w: &Words<'_>,
    h: &Hit,
    o: usize,
    places: &Mentions,
) -> Option<TitleOrganization> {
    let k = (o + 1..h.to).find(|&k| w.word(k) == "thuộc")?;
    // (from the title's start: the role may hold the body, "Đại biểu Quốc hội")
    let (from, end) = (w.words[h.from].start(), w.words[k - 1].end());
    if places.said_within(from, end).next().is_some() {
        return None;
    }
    let head = w
        .expand(h.from, k, from, end)
        .unwrap_or_else(|| w.text[from..end].to_string());
    let start = w.words[o].start();
    let c = classify(&head);
    let kind = c.kind?;
    let central = c.scope == Some(Scope::National)
        && matches!(
            kind,
            OrgKind::Party | OrgKind::State | OrgKind::Front | OrgKind::Armed
        );
    central.then(|| {
        let text = w.text[start..h.end].to_string();
        let expanded = w
            .expand(o, h.to, start, h.end)
            .unwrap_or_else(|| text.clone());
        TitleOrganization {
            text,
            expanded,
            kind,
        }
    })
}

/// Is word `j` of the title `..to`, outside the place mentions, (part of) a country's
/// name ("Hải quân Indonesia")? It stands capitalised, at the end or before another
/// name (not "Vụ Pháp chế", "tư pháp").
fn country_word(w: &Words<'_>, j: usize, to: usize) -> bool {
    let capital = |k: usize| w.words.get(k).is_some_and(|x| x.case() != Case::Lower);
    w.place_at(j).is_none()
        && w.tag(j)
            .is_some_and(|(t, i)| i.country && capital(j) && (j + t.n >= to || capital(j + t.n)))
        && !matches!(w.word(j), "Việt" | "VN")
}

/// The first locative ("tại", "ở") among words `from..to`: where a title says where its
/// body stands.
fn locative_in(w: &Words<'_>, from: usize, to: usize) -> Option<usize> {
    (from..to).find(|&k| matches!(w.word(k), "tại" | "ở"))
}
