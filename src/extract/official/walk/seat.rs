//! The seat of a body said with "tại" inside a title before its holder's name, read by
//! the walk ([`OrgWalk::seat_then_name`]): "Chánh án TAND cấp cao tại Hà Nội Nguyễn Văn
//! A", "Giám đốc Chi nhánh Vietcombank tại TP HCM Lê B".

use super::super::names::name_right_at;
use super::super::parent::country_end;
use super::super::titles::Hit;
use super::super::words::{Case, Gap, Tag, Words};
use super::country::host_country_end;
use super::{OrgWalk, Step, named};

impl OrgWalk {
    /// "tại" (the tag `t`) at the next word, after an organisation read, then a place
    /// mention of its own and, right after it, a full name: the place is where the body
    /// sits, part of its name (the high courts and procuracies "tại Hà Nội", "tại Đà Nẵng",
    /// "tại TP Hồ Chí Minh" of Luật Tổ chức Tòa án nhân dân 2014, Điều 3; a bank's branch,
    /// an office of a body of the world), and the name is the holder's, as after any
    /// organisation. A place the clause is said in is no title's: no name follows it at
    /// once ("Giám đốc Sở Y tế tại buổi họp", "… tại Hà Nội, ông A").
    pub(super) fn seat_then_name(&mut self, w: &Words<'_>, t: Tag, hit: &mut Hit) -> Option<Step> {
        let (e, r) = self.seat_end(w, t)?;
        self.end = w.words[e - 1].end();
        Some(named(hit, e, self.end, r))
    }

    /// The seat after "tại" (the tag `t`) at the next word, after an organisation read,
    /// when a full name follows it at once: the name's first word and end.
    fn seat_end(&self, w: &Words<'_>, t: Tag) -> Option<(usize, usize)> {
        let next = self.j + t.n;
        if !(self.org_seen && self.j > self.head_end && w.gap_from(t.end, next) == Gap::Space) {
            return None;
        }
        // (a place mention, or a country of the lists the places leave to their cues:
        // "Pháp", "Áo")
        let e = w
            .place_from(next)
            .map(|p| p.to)
            .or_else(|| country_end(w, next))
            .or_else(|| host_country_end(w, next))?;
        // (the whole place: not "Ấn Độ" of "Ấn Độ Dương-Thái Bình Dương", whose next word
        // joined by a hyphen to a capitalised one goes on with a place's name)
        if e >= w.len()
            || w.gap(e) != Gap::Space
            || w.place_at(next).is_some_and(|p| p.to != e)
            || w.place_at(e).is_some()
            || (w.joined_by(e + 1, "-") && w.not_lower(e + 1))
        {
            return None;
        }
        Some((e, name_right_at(w, e)?))
    }

    /// After the place of an organisation read ("Đại sứ quán Việt Nam", which ends the
    /// title there), "tại" and the seat before the holder's name, as
    /// [`OrgWalk::seat_then_name`] reads them: "Bí thư thứ nhất Đại sứ quán Việt Nam tại
    /// Pháp Nguyễn Văn A", the separator before the next word `g`. Taken (`Some(true)`),
    /// the walk standing at the name; `None` when there is none.
    pub(super) fn seat_after_place(&mut self, w: &Words<'_>, g: Gap) -> Option<bool> {
        let (t, x) = w.tag(self.j)?;
        if !(self.placed && g == Gap::Space && x.at && w.words[self.j].case() == Case::Lower) {
            return None;
        }
        let (e, _) = self.seat_end(w, t)?;
        (self.end, self.j) = (w.words[e - 1].end(), e);
        self.placed = false;
        Some(true)
    }
}
