//! What the walk reads after a comma that closes the organisation of a title: the units
//! above its place, the province its body is in, the countries its office serves.

use super::super::parent::{
    clause_ends_at, countries_listed, country_before, country_end, numbered_unit_before,
    province_end,
};
use super::super::words::{Case, Gap, Words};
use super::OrgWalk;

impl OrgWalk {
    /// A unit after a comma at the next word (`g` the gap before it) that is the
    /// title's: `Some(true)` when the walk goes on after it, `Some(false)` when it ends
    /// there, `None` when there is none.
    ///
    /// "Chủ tịch xã Điện Hồng, thị xã Điện Bàn", "… phường 11, quận Tân Bình": the
    /// unit above the title's place, after a comma, is the title's; so is the unit an
    /// organisation's own name is in ("Trường Tiểu học Trung Hiền, quận Hai Bà Trưng").
    /// After such a unit, the province said bare closes it ("…, quận Hai Bà Trưng,
    /// Hà Nội").
    /// So is the province or city an organisation's own name is in, said bare ("Trường
    /// THCS Liên Hà, Hà Nội"), the highest unit: nothing is said above it; a mark
    /// after it, no verb ("…, Cần Thơ là …": the next clause's subject).
    pub(super) fn unit_after_comma(&mut self, w: &Words<'_>, g: Gap) -> Option<bool> {
        if g == Gap::Comma
            && (self.placed || self.proper || numbered_unit_before(w, self.j) || self.unit_hop)
            && let Some(p) = w.place_at(self.j)
            && p.from == self.j
            && (self.unit_hop
                || w.tag(self.j).is_some_and(|(_, x)| x.unit)
                || (self.proper
                    && province_end(w, self.j) == Some(p.to)
                    && (p.to >= w.len() || w.gap(p.to) != Gap::Space)))
            && (clause_ends_at(w, p.to) || w.gap(p.to) == Gap::Open)
        {
            self.end = w.words[p.to - 1].end();
            self.j = p.to;
            if self.unit_hop || !w.tag(p.from).is_some_and(|(_, x)| x.unit) {
                return Some(false);
            }
            self.unit_hop = true;
            return Some(true);
        }
        None
    }

    /// A country after a comma at the next word (`g` the gap before it) that closes the
    /// title's organisation, the walk standing after it: `true` when there is one.
    pub(super) fn country_after_comma(&mut self, w: &Words<'_>, g: Gap) -> bool {
        // "Tổng giám đốc X Việt Nam, Lào và Campuchia": the countries an office of the
        // body serves, listed after the first.
        if g == Gap::Comma
            && country_before(w, self.j).is_some_and(|s| s > self.head_end)
            && let Some(k) = countries_listed(w, self.j)
        {
            self.end = w.words[k - 1].end();
            self.j = k;
            return true;
        }
        // "Giảng viên Đại học Oxford, Anh;", "… tại Đại học Curtin, Australia cho biết":
        // the country an organisation is in, after a comma, closing the clause.
        if g == Gap::Comma
            && self.j > self.head_end
            && w.words[self.j - 1].case() != Case::Lower
            && let Some(k) = country_end(w, self.j)
            && (clause_ends_at(w, k) || w.gap(k) == Gap::Open)
        {
            self.end = w.words[k - 1].end();
            self.j = k;
            return true;
        }
        false
    }
}
