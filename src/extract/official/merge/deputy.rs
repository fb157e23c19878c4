//! A deputy of the National Assembly said "đại biểu" alone: the Assembly's deputies are
//! elected in the provinces and sit in one delegation per province (Luật Tổ chức Quốc hội
//! 2014, Điều 43: Đoàn đại biểu Quốc hội), so the press names a deputy with the province
//! of the delegation: "đại biểu Nguyễn Văn A (Nghệ An)", "đại biểu X, đoàn Bình Định". A
//! people's council's deputy sits in the province's own council and is named by a district
//! or a ward, not by the province.

use super::super::home::{jurisdiction_of, national};
use super::super::record::Title;
use crate::extract::gazetteer::{Level, gazetteer};
use crate::extract::place::Mentions;
use crate::span::Span;

/// The province-level unit whose place mention of `places` is said from byte `at` on.
fn province_from(places: &Mentions, at: usize) -> Option<crate::extract::gazetteer::UnitId> {
    let list = &places.list;
    let k = list.partition_point(|p| p.span().start < at);
    let p = list.get(k).filter(|p| p.span().start == at)?;
    places.settled(p).filter(|&id| {
        gazetteer()
            .unit(id)
            .is_some_and(|u| u.unit_type.level() == Level::Province)
    })
}

/// Does a province's name follow the name mention `m` of `text` as a deputy's delegation:
/// "(Nghệ An)", ", đoàn Bình Định"?
fn delegation_after(text: &str, places: &Mentions, m: Span) -> bool {
    let Some(rest) = text.get(m.end..) else {
        return false;
    };
    ["(", " (", ", đoàn ", ", Đoàn "]
        .iter()
        .find(|o| rest.starts_with(**o))
        .is_some_and(|o| province_from(places, m.end + o.len()).is_some())
}

/// Gives the role "đại biểu" said alone (no organisation, no jurisdiction) the national
/// jurisdiction when a mention of its holder's name is followed by a province as the
/// delegation's ([`delegation_after`]).
pub(super) fn assembly_deputies(
    text: &str,
    places: &Mentions,
    mentions: &[Span],
    titles: &mut [(Title, String)],
) {
    // "đoàn Bình Định" (a deputy's delegation, [`super::super::delegation`]) governs
    // its province
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
        }
    }
    let deputy = |t: &Title| {
        t.organization.is_none()
            && t.jurisdiction.is_none()
            && t.modifiers.is_empty()
            && t.role.to_lowercase() == "đại biểu"
    };
    if !titles.iter().any(|(t, _)| deputy(t)) {
        return;
    }
    if mentions.iter().any(|&m| delegation_after(text, places, m)) {
        for (t, _) in titles.iter_mut().filter(|(t, _)| deputy(t)) {
            t.jurisdiction = Some(national());
        }
    }
}
