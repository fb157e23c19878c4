//! The organisation a role's list entry names after a role of its own ("Chủ tịch Quốc
//! hội", "Ủy viên Bộ Chính trị", "Đại biểu Quốc hội"): in the title's record the role is
//! the role alone and the organisation the body it heads or belongs to, as for any other
//! title ("Chủ tịch" of "Quốc hội", as "Chủ tịch" of "UBND tỉnh X"; issue 12:
//! `[modifiers] role [modifiers] [organization] [jurisdiction]`). Done on the records as
//! they are given out, once the mentions are merged (the merges compare roles as the
//! lists write them); the title's text and jurisdiction stay.

use super::super::vocab::VOCAB;
use super::{OrgKind, Scope, Title, TitleOrganization, classify};

/// Is `head` a role of the lists by itself, whole ("Chủ tịch", "Ủy viên")?
fn role_alone(head: &str) -> bool {
    VOCAB
        .longest_in(head, 0)
        .is_some_and(|m| m.end == head.len() && m.tags.title)
}

/// Does `rest` open with a capitalised organisation head of the lists ("Quốc hội", "Bộ
/// Chính trị", "Ban")?
fn body_head(rest: &str) -> bool {
    rest.chars().next().is_some_and(char::is_uppercase)
        && VOCAB
            .longest_in(rest, 0)
            .is_some_and(|m| m.tags.org.is_some())
}

/// `t` with its role split where a role of the lists by itself is followed, inside the
/// role's entry, by a capitalised organisation head: the role keeps the first words, the
/// organisation opens with the rest ("Chủ tịch Quốc hội Lào": role "Chủ tịch",
/// organisation "Quốc hội Lào"; "Ủy viên Bộ Chính trị": "Ủy viên", "Bộ Chính trị", a
/// party body). A role's own word that is no role alone stays ("Trưởng Công an",
/// "Chánh Văn phòng").
pub(crate) fn body_of_role(mut t: Title) -> Title {
    let Some((head, rest)) = t
        .role
        .match_indices(' ')
        .map(|(i, _)| (&t.role[..i], &t.role[i + 1..]))
        .find(|&(head, rest)| body_head(rest) && role_alone(head))
    else {
        return t;
    };
    let (head, rest) = (head.to_string(), rest.to_string());
    let organization = match t.organization.take() {
        // (the organisation said right after the role's words: "Quốc hội" + "Lào")
        Some(o) if t.text.contains(&format!("{rest} {}", o.text)) => TitleOrganization {
            text: format!("{rest} {}", o.text),
            expanded: format!("{rest} {}", o.expanded),
            kind: o.kind,
        },
        Some(o) => {
            t.organization = Some(o);
            return t;
        }
        // (a national body with no jurisdiction is another country's: its holder's post
        // abroad, "Chủ tịch Quốc hội" of a foreign speaker)
        None => {
            let class = classify(&rest);
            let abroad = class.scope == Some(Scope::National) && t.jurisdiction.is_none();
            TitleOrganization {
                kind: if abroad {
                    OrgKind::Foreign
                } else {
                    class.kind.unwrap_or(OrgKind::Other)
                },
                expanded: rest.clone(),
                text: rest,
            }
        }
    };
    t.role = head;
    t.organization = Some(organization);
    t
}
