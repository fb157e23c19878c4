//! Can-chi years and festivals: "năm Canh Tý", "xuân Tân Sửu", "Đầu xuân Canh Tý",
//! "Tết", "Tết Nguyên đán Kỷ Hợi 2019", "Tết Trung thu", "Giỗ Tổ Hùng Vương", "Vu Lan",
//! and a day of a can-chi year ("mùng 3 tháng 3 năm Tân Sửu", a lunar day).
//!
//! The stems, branches and festival days are data (`src/lexicon/can_chi_*.txt`,
//! `src/lexicon/lunar_festivals.txt`); a year's place in the sixty-year cycle is computed
//! here from its stem and branch, and resolved to a calendar year by
//! [`super::resolve::Resolver`] (the nearest to the publication date).

use super::grammar::{Found, Point, Raw, Y, is_year};
use crate::extract::keywords::{CAN_CHI_BRANCHES, CAN_CHI_STEMS, FESTIVALS, Kw, SOLAR_FESTIVAL};
use crate::extract::scan::Scanner;

/// The first year of a cycle: 1984 was Giáp Tý (stem 0, branch 0).
pub(crate) const CYCLE_START: i32 = 1984;

/// The place (0..60) in the sixty-year cycle of stem `s` (0..10) and branch `b` (0..12),
/// `None` for a pair that never occurs (a stem and a branch of different parity).
///
/// Year `1984 + k` has stem `k mod 10` and branch `k mod 12`; `k = 6s − 5b (mod 60)`
/// solves both, as `k − s = 5(s − b)` and `k − b = 6(s − b)` are multiples of 10 and 12
/// when `s − b` is even.
pub(crate) fn cycle_index(s: u32, b: u32) -> Option<u8> {
    if s >= 10 || b >= 12 || s % 2 != b % 2 {
        return None;
    }
    let k = (6 * i64::from(s) - 5 * i64::from(b)).rem_euclid(60);
    u8::try_from(k).ok()
}

/// The calendar year of cycle place `k` nearest to year `anchor`.
pub(crate) fn nearest_cycle_year(k: u8, anchor: i32) -> i32 {
    let base = CYCLE_START + i32::from(k);
    base + 60 * (anchor - base + 30).div_euclid(60)
}

impl Scanner<'_> {
    /// A can-chi year at `i` ("Canh Tý", "Kỷ Hợi 2019", "Tân Sửu (1601)"): its year and
    /// end. A year written after it that agrees with the cycle is taken as its year.
    pub(crate) fn can_chi(&self, i: usize) -> Option<(Y, usize)> {
        if !self.capitalised(i) || !self.capitalised(i + 1) {
            return None;
        }
        let (s, e) = self.phrase(i, &CAN_CHI_STEMS)?;
        let (b, e) = self.phrase(e, &CAN_CHI_BRANCHES)?;
        let k = cycle_index(s, b)?;
        let agrees = |j: usize| {
            let y = self.num(j)?;
            (is_year(y, self.t[j].digits())
                && self.chain(j).1 == j + 1
                && (i64::from(y) - i64::from(CYCLE_START + i32::from(k))).rem_euclid(60) == 0)
                .then_some(y as i32)
        };
        if let Some(y) = agrees(e) {
            return Some((Y::Explicit(y), e + 1));
        }
        if self.punct(e) == Some('(')
            && self.punct(e + 2) == Some(')')
            && let Some(y) = agrees(e + 1)
        {
            return Some((Y::Explicit(y), e + 3));
        }
        Some((Y::CanChi(k), e))
    }

    /// "năm Canh Tý" and "xuân Tân Sửu" at `i` (on "năm" or "xuân"): a lunar year.
    pub(crate) fn can_chi_year(&self, i: usize) -> Option<Found> {
        let (y, e) = self.can_chi(i + 1)?;
        Some(Found::new(Raw::LunarYear(y), i, e))
    }

    /// "Đầu xuân Canh Tý" at `i` (on "đầu"): the first lunar month of that year.
    pub(crate) fn early_spring(&self, i: usize) -> Option<Found> {
        if self.kw(i) != Kw::Start || self.kw(i + 1) != Kw::Spring {
            return None;
        }
        let (y, e) = self.can_chi(i + 2)?;
        Some(Found::new(Raw::LunarMonth { m: 1, y }, i, e))
    }

    /// A festival at `i` (on "Tết", "Giỗ", "Vu"): "Tết", "Tết Nguyên đán Kỷ Hợi 2019",
    /// "Tết Trung thu 2020", "Giỗ Tổ Hùng Vương năm nay", "Tết Dương lịch". A bare
    /// "Tết" is Tết Nguyên đán; "Tết" before a name of the table that is no day of it
    /// ("Tết Thanh minh", "Tết trồng cây"), or before any other capitalised name ("Tết
    /// Songkran"), is nothing.
    pub(crate) fn festival(&self, i: usize) -> Option<Found> {
        let (v, e) = match self.phrase(i, &FESTIVALS) {
            Some(x) => x,
            None if self.kw(i) == Kw::Tet => (101, i + 1),
            None => return None,
        };
        if v == 0 {
            return None;
        }
        let (y, end) = self.festival_year(e);
        // "Tết Songkran", "Tết Hà Nội": a bare "Tết" before a name is not Tết Nguyên đán
        if e == i + 1 && y == Y::Missing && self.capitalised(e) {
            return None;
        }
        let (m, d) = ((v % SOLAR_FESTIVAL / 100) as u8, (v % 100) as u8);
        let raw = if v >= SOLAR_FESTIVAL {
            Raw::Point(Point::Day { y, m, d })
        } else {
            Raw::Lunar { d, m, y }
        };
        Some(Found::new(raw, i, end))
    }

    /// The year written after a festival at `e`: a can-chi year, a year number, "năm
    /// 2020", "năm nay"; else [`Y::Missing`].
    fn festival_year(&self, e: usize) -> (Y, usize) {
        if let Some(r) = self.can_chi(e) {
            return r;
        }
        if let Some(y) = self.num(e)
            && is_year(y, self.t[e].digits())
            && self.chain(e).1 == e + 1
        {
            return (Y::Explicit(y as i32), e + 1);
        }
        self.year_after(e)
    }

    /// "năm Tân Sửu" after "năm" at `e` (in [`Scanner::year_after`]).
    pub(crate) fn can_chi_after_year(&self, e: usize) -> Option<(Y, usize)> {
        self.can_chi(e + 1)
    }
}

/// A day or month of a can-chi year is a lunar one ("mùng 3 tháng 3 năm Tân Sửu").
pub(crate) fn lunar_by_year(f: Found) -> Found {
    let raw = match f.raw {
        Raw::Point(Point::Day {
            y: y @ Y::CanChi(_),
            m,
            d,
        }) => Raw::Lunar { d, m, y },
        Raw::Point(Point::Month {
            y: y @ Y::CanChi(_),
            m,
        }) => Raw::LunarMonth { m, y },
        _ => return f,
    };
    Found { raw, ..f }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycle_places_match_the_stems_and_branches() {
        for k in 0u32..60 {
            assert_eq!(cycle_index(k % 10, k % 12), Some(k as u8), "{k}");
        }
        assert_eq!(cycle_index(0, 1), None);
        assert_eq!(cycle_index(10, 0), None);
    }

    #[test]
    fn nearest_cycle_years() {
        // Canh Tý (6, 0) = 2020, Tân Sửu (7, 1) = 2021, Kỷ Hợi (5, 11) = 2019
        let canh_ty = cycle_index(6, 0).unwrap();
        assert_eq!(nearest_cycle_year(canh_ty, 2023), 2020);
        assert_eq!(nearest_cycle_year(canh_ty, 1985), 1960);
        assert_eq!(nearest_cycle_year(cycle_index(7, 1).unwrap(), 2021), 2021);
        assert_eq!(nearest_cycle_year(cycle_index(5, 11).unwrap(), 2024), 2019);
        // Mậu Thân (4, 8) = 1968
        assert_eq!(nearest_cycle_year(cycle_index(4, 8).unwrap(), 1975), 1968);
    }
}
