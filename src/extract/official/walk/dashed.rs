//! A place name of two parts joined by a spaced dash inside a body's own name, read by
//! the walk ([`super::OrgWalk`]): "Trung tâm Du lịch Phong Nha - Kẻ Bàng", "Khu du lịch
//! Tràng An - Bái Đính" (one site of two names, as a park or a tourist area is named).

use super::super::parent::clause_ends_at;
use super::super::words::{Case, Gap, Words};
use super::OrgWalk;

/// Most words of one part of the place name ("Phong Nha", "Kẻ Bàng").
const MAX_PART_WORDS: usize = 3;

/// Is word `k` a word of a place name the lists do not know: capitalised, a Vietnamese
/// syllable, of no place mention, tagged by no list but the surnames' and such (no post,
/// rank, word of address, country, verb, head or field)?
fn plain_capital(w: &Words<'_>, k: usize) -> bool {
    w.words[k].case() == Case::Title
        && crate::normalize::has_syllable_shape(w.word(k))
        && w.tag(k).is_none_or(|(_, x)| x.plain_proper() && !x.field)
        && w.place_at(k).is_none()
}

/// The end of the second part of a place name joined by the spaced dash before word `j`
/// to the part before it: two or three plain capitalised words on each side
/// ([`plain_capital`]), neither a person's name, then the clause's end
/// ([`clause_ends_at`]: "… Phong Nha - Kẻ Bàng cho biết"). Not a parent body (a head of
/// the lists opens it: "… - Bệnh viện X"), a unit of the gazetteer (a place mention or
/// not: "… - Hà Nội", "… - Bến Tre", the province the body is in, read by its own rule),
/// nor the holder's name ("… - Nguyễn Văn An").
fn second_part_end(w: &Words<'_>, j: usize) -> Option<usize> {
    if j < 2 || j >= w.len() || w.gap(j) != Gap::Dash || w.joined_by(j, "-") {
        return None;
    }
    let mut s = j;
    while s > 0 && j - s < MAX_PART_WORDS && plain_capital(w, s - 1) && w.gap(s - 1) == Gap::Space {
        s -= 1;
    }
    // (the first word of the first part may follow the body's head or field: "… Du lịch
    // Phong Nha", its gap a space)
    if s > 0 && plain_capital(w, s - 1) && j - s < MAX_PART_WORDS {
        s -= 1;
    }
    let mut r = j;
    while r < w.len() && r - j < MAX_PART_WORDS && (r == j || w.gap(r) == Gap::Space) {
        if !plain_capital(w, r) {
            break;
        }
        r += 1;
    }
    (j - s >= 2
        && r - j >= 2
        && w.split_run(s, j, 2).is_none()
        && w.split_run(j, r, 2).is_none()
        && !super::unit_name(w, j, r)
        && clause_ends_at(w, r))
    .then_some(r)
}

impl OrgWalk {
    /// At a spaced dash before the next word, after the organisation's own words: the
    /// second part of a place name of two ([`second_part_end`]), the walk standing after
    /// it. `true` when there is one.
    pub(super) fn dashed_place(&mut self, w: &Words<'_>) -> bool {
        if self.j <= self.head_end + 1 || !self.org_seen {
            return false;
        }
        let Some(r) = second_part_end(w, self.j) else {
            return false;
        };
        (self.end, self.j) = (w.words[r - 1].end(), r);
        true
    }
}
