//! Titles after a name that are not that name's: in a list of titled names, a bare title
//! that commas chain to the next titled name is the next person's, and a title said of
//! several people ("Thứ trưởng các Bộ …") is no one's of the list.

use super::super::titles::{Hit, title_at, title_head};
use super::super::words::{Gap, Words};

/// Most bare titles before the next person's titled name that one chain looks through
/// ("…, Đại sứ, Trưởng Phái đoàn Y B": one).
const MAX_BARE_TITLES: usize = 2;

/// Does the bare title `h` (no name of its own), set by a comma after a name, open the
/// next person's row of titles: a comma, then a title with its name, perhaps after
/// another bare title and a comma ("Bộ trưởng Bộ Công an A, Bộ trưởng, Chủ nhiệm Văn
/// phòng Chính phủ B", "tiến sĩ A, Bác sĩ, thạc sĩ B")? In a list of names each said
/// after its titles, the titles before a name are that name's: a post two titles share
/// by a comma is one person's two posts, said before the name as the first one's were.
pub(super) fn opens_next_person(w: &Words<'_>, h: &Hit) -> bool {
    if h.name.is_some() {
        return false;
    }
    let mut x = *h;
    for _ in 0..MAX_BARE_TITLES {
        if x.to >= w.len() || w.gap_from(x.end, x.to) != Gap::Comma {
            return false;
        }
        let Some(next) = title_at(w, x.to) else {
            return false;
        };
        if next.name.is_some() {
            return !next.given;
        }
        x = next;
    }
    false
}

/// Is the title `h` said of several people: a word of plurality right after its role,
/// a space between ("Thứ trưởng các Bộ: Quốc phòng, Ngoại giao …", "Giám đốc các sở")?
/// Apposed to a name it is no post of that one person. (After the role's organisation the
/// word is one of the organisation's own name: "Vụ trưởng Vụ Tín dụng các ngành kinh tế".)
pub(super) fn said_of_several(w: &Words<'_>, h: &Hit) -> bool {
    h.name.is_none()
        && title_head(w, h.from).is_some_and(|(_, (to, _), _)| to == h.to)
        && h.to + 1 < w.len()
        && w.gap_from(h.end, h.to) == Gap::Space
        && w.gap(h.to + 1) == Gap::Space
        && w.tag(h.to).is_some_and(|(t, x)| x.plural && t.n == 1)
}

/// Does the bracket whose last word is word `after - 1`, right after a name, say the actor
/// who plays that person ("Triệu Phán Nhi (Lưu Diệc Phi thủ vai) - chủ một quán trà …",
/// "(X đóng vai)", "(do Y đóng)")? The name is a film's or a novel's character: the posts
/// told after it are the story's, no one's (the guide counts a real, historic person a film
/// portrays, whom no such bracket names by the actor).
pub(super) fn played_by_actor(w: &Words<'_>, after: usize) -> bool {
    let last = after.wrapping_sub(1);
    if last < 2 || last >= w.len() || w.gap(last) != Gap::Space {
        return false;
    }
    match w.word(last) {
        "vai" => {
            matches!(w.word(last - 1), "thủ" | "đóng" | "vào") && w.gap(last - 1) == Gap::Space
        }
        "đóng" => true,
        _ => false,
    }
}

/// Does the bare title `h` (no name of its own), set by a comma after a name, run into a
/// rank or honour that names the next person ("X, người đồng sáng lập Liên bang Canada Sir
/// Y", "A, Chủ tịch Hội B Tiến sĩ C")? The title, said right before that rank, is that
/// person's, as a title with its name is ([`opens_next_person`]). Not an aide's noun
/// ("X, trợ lý Giáo sư Y": the aide of the one named, the post X's).
pub(super) fn ranked_name_after(w: &Words<'_>, h: &Hit) -> bool {
    h.name.is_none()
        && !w.tag(h.from).is_some_and(|(_, x)| x.aide)
        && h.to < w.len()
        && w.gap_from(h.end, h.to) == Gap::Space
        && w.words[h.to].case() != super::super::words::Case::Lower
        && title_at(w, h.to).is_some_and(|r| r.rank_only && r.name.is_some() && !r.given)
}
