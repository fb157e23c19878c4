//! A deputy of the National Assembly said "đại biểu" alone: the Assembly's deputies are
//! elected in the provinces and sit in one delegation per province (Luật Tổ chức Quốc hội
//! 2014, Điều 43: Đoàn đại biểu Quốc hội), so the press names a deputy with the province
//! of the delegation: "đại biểu Nguyễn Văn A (Nghệ An)", "đại biểu X, đoàn Bình Định". A
//! people's council's deputy sits in the province's own council and is named by a district
//! or a ward, not by the province.
//!
//! The delegation said with "đoàn" is read once, by the word reader
//! ([`super::super::delegation`]), as a title "đoàn …" of its own; this merge reads that
//! title. Only the bracket form ("(Nghệ An)"), which is no title, is read here.

use super::super::home::{jurisdiction_of, national};
use super::super::record::Title;
use crate::extract::gazetteer::{Level, gazetteer};
use crate::extract::place::Mentions;
use crate::span::Span;
use crate::text::chars::to_lowercase;

/// The province-level unit whose place mention of `places` is said from byte `at` on.
fn province_from(places: &Mentions, at: usize) -> Option<crate::extract::gazetteer::UnitId> {
    let p = places
        .said_from(at)
        .first()
        .filter(|p| p.span().start == at)?;
    places.settled(p).filter(|&id| {
        gazetteer()
            .unit(id)
            .is_some_and(|u| u.unit_type.level() == Level::Province)
    })
}

/// Is the name mention `m` of `text` followed by a province's name in brackets, as a
/// deputy's delegation ("(Nghệ An)", "(đoàn Quảng Trị)")?
fn bracketed_province_after(text: &str, places: &Mentions, m: Span) -> bool {
    text.get(m.end..).is_some_and(|rest| {
        ["(", " (", "(đoàn ", " (đoàn ", "(Đoàn ", " (Đoàn "]
            .iter()
            .any(|o| rest.starts_with(o) && province_from(places, m.end + o.len()).is_some())
    })
}

/// Gives a deputy's delegation "đoàn Bình Định" (a title of the word reader) the province
/// it names, and the role "đại biểu" said alone (no organisation, no jurisdiction) the
/// national jurisdiction when its holder has such a delegation, a mention of the name is
/// followed by a province in brackets ([`bracketed_province_after`]), or the holder is
/// called a deputy of the Assembly in full ("Đại biểu Quốc hội", "ĐBQH").
pub(super) fn assembly_deputies(
    text: &str,
    places: &Mentions,
    mentions: &[Span],
    titles: &mut [(Title, String)],
) {
    let mut delegation = false;
    for (t, _) in titles.iter_mut() {
        if t.jurisdiction.is_none()
            && t.organization.is_none()
            && let Some(rest) = t
                .text
                .strip_prefix("đoàn ")
                .or_else(|| t.text.strip_prefix("Đoàn "))
            && let Some(at) = t.span.end.checked_sub(rest.len())
            && let Some(id) = province_from(places, at)
        {
            t.jurisdiction = jurisdiction_of(id);
            delegation = true;
        }
    }
    let deputy = |t: &Title| {
        t.organization.is_none()
            && t.jurisdiction.is_none()
            && t.modifiers.is_empty()
            // (or its abbreviation spelled out: "ĐB")
            && (t.role.to_lowercase() == "đại biểu" || to_lowercase(&t.expanded) == "đại biểu")
    };
    // (a deputy of the Assembly named so in full: "Đại biểu Quốc hội", "ĐBQH")
    let named_deputy = |t: &Title| {
        t.jurisdiction.as_ref().is_some_and(|j| j.code == "VN")
            && to_lowercase(&t.expanded).starts_with("đại biểu quốc hội")
    };
    if titles.iter().any(|(t, _)| deputy(t))
        && (delegation
            || titles.iter().any(|(t, _)| named_deputy(t))
            || mentions
                .iter()
                .any(|&m| bracketed_province_after(text, places, m)))
    {
        for (t, _) in titles.iter_mut().filter(|(t, _)| deputy(t)) {
            t.jurisdiction = Some(national());
        }
    }
}
