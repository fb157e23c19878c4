//! The seat of a body said with "tại" inside a title before its holder's name, read by
//! the walk ([`OrgWalk::seat_then_name`]): "Chánh án TAND cấp cao tại Hà Nội Nguyễn Văn
//! A", "Giám đốc Chi nhánh Vietcombank tại TP HCM Lê B".

use super::super::names::name_right_at;
use super::super::titles::Hit;
use super::super::words::{Gap, Tag, Words};
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
        let next = self.j + t.n;
        if !(self.org_seen && self.j > self.head_end && w.gap_from(t.end, next) == Gap::Space) {
            return None;
        }
        let p = w.place_from(next)?;
        let e = p.to;
        if e >= w.len() || w.gap(e) != Gap::Space {
            return None;
        }
        let r = name_right_at(w, e)?;
        self.end = w.words[e - 1].end();
        Some(named(hit, e, self.end, r))
    }
}
