//! Two roles "và" joins, one person's two posts: "Chủ tịch và giám đốc điều hành X" said
//! before a name ("… Phòng Thương mại Y Z") or after one ("Z, Chủ tịch và CEO của X";
//! "Z - nhà sáng lập và CEO của X"). The tenth draw's guide writes such a phrase as two
//! titles, as "kiêm" joins them: the first bare role as written, the second with its body.

use super::titles::{Hit, title_at, title_head};
use super::words::{Gap, Words};
use crate::text::chars::to_lowercase;

/// The second title "và" at word `j` joins to the bare title `h` (no body after its
/// head, no rank alone, no name): the word where it starts, its hit, the word its role
/// opens at, and the two roles' words lowercased (the first's, the second's).
type Joined = (usize, Hit, usize, Option<String>, Option<String>);

fn joined(w: &Words<'_>, h: &Hit, j: usize) -> Option<Joined> {
    let k = j + 1;
    if h.rank_only
        || h.name.is_some()
        || k >= w.len()
        || h.to != j
        || w.word(j) != "và"
        || w.gap_from(h.end, j) != Gap::Space
        || w.gap(k) != Gap::Space
    {
        return None;
    }
    let (role, head, _) = title_head(w, h.from)?;
    if head.0 != j {
        return None;
    }
    let x = title_at(w, k)?;
    let (role2, head2, _) = title_head(w, k)?;
    let words = |a: usize, b: usize| w.text.get(w.words[a].start()..b).map(to_lowercase);
    Some((k, x, role2, words(role, head.1), words(role2, head2.1)))
}

/// After the title `h`, a "và" at word `j` that joins a second role of the same person
/// ([`joined`]): the second a title that opens with its role (no "Phó" or other modifier
/// before it: the deputy is another person's post, "Giám đốc và Phó Giám đốc X"), no rank
/// alone, and not the first role again ("Chủ tịch và Chủ tịch X": two people's). Returns
/// the word where the second starts and its hit.
fn second_role(w: &Words<'_>, h: &Hit, j: usize) -> Option<(usize, Hit)> {
    let (k, x, role2, first, second) = joined(w, h, j)?;
    (!x.rank_only && role2 == k && first != second).then_some((k, x))
}

/// "Chủ tịch và giám đốc điều hành Phòng Thương mại X Y": a bare role and a second title
/// that ends in a name, "và" between them, are two posts of that one person, as "kiêm"
/// joins them ([`second_role`]); the word where the second title starts. Not after a title
/// with its body ("Chủ tịch UBND tỉnh A và Chủ tịch UBND tỉnh B Z": two people).
pub(super) fn and_before_name(w: &Words<'_>, h: &Hit, j: usize) -> Option<usize> {
    second_role(w, h, j)
        .filter(|(_, x)| x.name.is_some())
        .map(|(k, _)| k)
}

/// "Z, Chủ tịch và CEO của X", "Z - nhà sáng lập và CEO của X", "Z là Chủ tịch và Tổng
/// giám đốc Công ty X": after a name, a bare role apposed or linked to it and a second
/// role "và" joins ([`second_role`]) are both that person's posts; the word where the
/// second starts. Not after a first role of several people ("các"), nor where the first
/// title has its body ("ông A, Giám đốc Sở X và ông B": a list of people, whose "và"
/// joins names).
pub(super) fn and_after_name(w: &Words<'_>, h: &Hit, j: usize) -> Option<usize> {
    if w.plural_before(h.from) {
        return None;
    }
    second_role(w, h, j)
        .or_else(|| deputy_of_other_role(w, h, j))
        .map(|(k, _)| k)
}

/// [`second_role`] where the second title opens with a modifier ("Phó", "Tổng"), after a
/// name: "Z, nhà đồng sáng lập và Phó chủ tịch Alibaba", "Z, Chủ tịch và Phó Tổng giám đốc
/// X". The deputy of a role other than the first is a second post of the same person;
/// the deputy of the same role is another person's ("Giám đốc và Phó Giám đốc X"), so is
/// one of a role ending alike ("Giám đốc và Phó Tổng giám đốc X").
fn deputy_of_other_role(w: &Words<'_>, h: &Hit, j: usize) -> Option<(usize, Hit)> {
    let (k, x, role2, first, second) = joined(w, h, j)?;
    // (the roles' last words differ: "Giám đốc và Phó Tổng giám đốc" may be two people)
    let other_role = last_word(first.as_deref()) != last_word(second.as_deref());
    (!x.rank_only && x.name.is_none() && role2 > k && other_role).then_some((k, x))
}

/// The last word of a role's words.
fn last_word(s: Option<&str>) -> Option<&str> {
    s.and_then(|s| s.rsplit(' ').next())
}
