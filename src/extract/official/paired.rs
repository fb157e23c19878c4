//! Two foreign names after one bare role said of a person alone, "và" between them: "HLV
//! Sarri và Lampard", "Tổng thống Biden và Putin", "HLV Roy Hodgson và Pep Guardiola". The
//! role is said once for both, as "hai HLV A và B" says it with a count (issue 12: the
//! thirty-second draw's guide writes both coaches' posts). Only foreign names: a
//! Vietnamese sentence names two foreign holders of one kind of post so, while "Vua Lê Lợi
//! và Nguyễn Trãi" joins a king and his minister; only the personal roles of the lists
//! (`personal_roles.txt`: a head of state or government, a coach), never a monarch's, and
//! only a role right before the first name (no organisation: "Chủ tịch UBND tỉnh A và B"
//! holds a body's post that the second need not share).

use super::Named;
use super::titles::{Hit, title_at, title_head};
use super::words::{Case, Gap, Words};

/// The second name after the one title `pre` holds, the first name ending at word `r`
/// ([`self`]): its words and the title to give it.
pub(super) fn second_name(w: &Words<'_>, pre: &[Hit], r: usize) -> Option<(usize, usize, Hit)> {
    let [h] = pre else {
        return None;
    };
    let (s, e) = h.name?;
    let (_, head, x) = title_head(w, h.from)?;
    let k = r + 1;
    if e != r
        || h.given
        || h.rank_only
        || s != head.0
        || h.to != s
        || !x.personal
        || x.monarch
        || x.named
        || !w.foreign_run(s).foreign
        || k >= w.len()
        || w.gap(r) != Gap::Space
        || w.word(r) != "và"
        || w.gap(k) != Gap::Space
        || w.words[k].case() != Case::Title
        || title_at(w, k).is_some()
        || w.tag(k).is_some_and(|(_, t)| t.honorific || t.country)
    {
        return None;
    }
    let e2 = w
        .foreign_name_at(k, 1)
        .filter(|&e2| e2 == w.run_end(k) && w.word(k).chars().nth(1).is_some())?;
    // (the clause goes on after it, or ends: no organisation or title of its own follows)
    let goes_on = e2 >= w.len()
        || match w.gap(e2) {
            Gap::Space => w.words[e2].case() == Case::Lower && title_at(w, e2).is_none(),
            Gap::Comma | Gap::Stop | Gap::Break => true,
            _ => false,
        };
    goes_on.then_some((k, e2, *h))
}

/// Records the second name [`second_name`] found, with its title; the word after it.
pub(super) fn push(
    w: &Words<'_>,
    named: &mut Vec<Named>,
    second: Option<(usize, usize, Hit)>,
) -> usize {
    let Some((s, e, h)) = second else {
        return 0;
    };
    let mut title = h;
    title.name = Some((s, e));
    Named::push(w, named, s, e, vec![title], None)
}
