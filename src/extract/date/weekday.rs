//! Parts of the day and weekdays around a date ("sáng 19/9", "chiều ngày 20/9", "sáng
//! nay", "thứ Hai (19/9)", "thứ Hai tuần trước"): the part of the date grammar
//! ([`super::grammar`]) that reads the words before a day.

use super::grammar::{Cue, Found, Point, Raw, Unit, WeekRel};
use crate::extract::keywords::{Kw, WEEKDAY_PHRASES};
use crate::extract::scan::Scanner;

impl Scanner<'_> {
    /// "sáng 19/9", "chiều ngày 20/9", "sáng nay", "tối qua", "sáng nay (19/9)".
    pub(crate) fn part_of_day(&self, i: usize) -> Option<Found> {
        let mut j = i + 1;
        if self.is(i, "rạng") {
            if self.kw(j) != Kw::Part {
                return None;
            }
            j += 1;
        }
        if self.is(j, "sớm") || self.is(j, "muộn") {
            j += 1;
        }
        let off = match (self.kw(j), self.kw(j + 1)) {
            (Kw::This, _) => Some((0, j + 1)),
            (Kw::Past, _) => Some((-1, j + 1)),
            (Kw::Tomorrow, _) => Some((1, j + 1)),
            (Kw::Hom, Kw::This) => Some((0, j + 2)),
            (Kw::Hom, Kw::Past) => Some((-1, j + 2)),
            _ => None,
        };
        if let Some((offset, e)) = off {
            // "sáng nay (19/9)", "sáng nay, 19/9"
            if matches!(self.punct(e), Some('(' | ','))
                && let Some(f) = self.point_inner(e + 1, Cue::Strong)
                && matches!(f.raw, Raw::Point(Point::Day { .. }))
            {
                let end = if self.punct(e) == Some('(') && self.punct(f.end) == Some(')') {
                    f.end + 1
                } else {
                    f.end
                };
                return Some(Found {
                    start: i,
                    end,
                    part: Some(i),
                    ..f
                });
            }
            return Some(Found {
                raw: Raw::Relative {
                    unit: Unit::Day,
                    offset,
                },
                start: i,
                end: e,
                part: Some(i),
                weekday: None,
            });
        }
        if self.kw(j) == Kw::Weekday {
            let f = self.weekday(j, Some(i))?;
            return Some(Found { start: i, ..f });
        }
        let f = self.point_inner(j, Cue::Strong)?;
        matches!(
            f.raw,
            Raw::Point(Point::Day { .. }) | Raw::Lunar { .. } | Raw::Range(..)
        )
        .then_some(Found {
            start: i,
            part: Some(i),
            ..f
        })
    }

    /// "thứ Hai (19/9)", "thứ 2, ngày 19/9", "Chủ nhật 20/9"; without a date, "Chủ nhật
    /// vừa qua", "thứ Hai tuần trước", "thứ Sáu tới".
    pub(crate) fn weekday(&self, i: usize, part: Option<usize>) -> Option<Found> {
        let (w, j) = self.phrase(i, &WEEKDAY_PHRASES)?;
        self.weekday_dated(i, w, j, part)
            .or_else(|| self.weekday_placed(i, w, j, part))
    }

    /// A weekday (`w`, its words ending at `j`) placed by the words after it.
    fn weekday_placed(&self, i: usize, w: u32, j: usize, part: Option<usize>) -> Option<Found> {
        // "thứ hai này", "ca nhiễm thứ 4 này" are ordinals ("this second wave"): only a
        // week says which weekday a lowercase or numbered "thứ …" is, unless a part of
        // the day or "ngày", "hôm", "vào" stands before it
        let plain = w != 7
            && part.is_none()
            && !self
                .word(i + 1)
                .is_some_and(|x| x.starts_with(char::is_uppercase))
            && !(i > 0
                && (self.is(i - 1, "ngày") || self.is(i - 1, "hôm") || self.is(i - 1, "vào")));
        if plain && !self.is(j, "tuần") {
            return None;
        }
        let (rel, end) = if let Some((past, end)) = self.near_suffix(j) {
            (if past { WeekRel::Last } else { WeekRel::Next }, end)
        } else if self.is(j, "tuần") {
            let next = |w: &str| self.is(j + 1, w);
            let k = if next("trước") || next("qua") {
                -1
            } else if next("này") {
                0
            } else if next("tới") || next("sau") {
                1
            } else {
                return None;
            };
            (WeekRel::Week(k), j + 2)
        } else if self.is(j, "này") {
            (WeekRel::Week(0), j + 1)
        } else {
            return None;
        };
        let wd = u8::try_from(w).ok().filter(|d| (1..=7).contains(d))?;
        Some(Found {
            raw: Raw::WeekdayRel { wd, rel },
            start: i,
            end,
            part,
            weekday: Some(wd),
        })
    }

    /// A weekday (`w`, its words ending at `j`) with the date it names after it.
    fn weekday_dated(&self, i: usize, w: u32, mut j: usize, part: Option<usize>) -> Option<Found> {
        let paren = self.punct(j) == Some('(');
        if matches!(self.punct(j), Some('(' | ',')) {
            j += 1;
        }
        let f = self.point_inner(j, Cue::Strong)?;
        if !matches!(f.raw, Raw::Point(Point::Day { .. }) | Raw::Lunar { .. }) {
            return None;
        }
        let end = if paren && self.punct(f.end) == Some(')') {
            f.end + 1
        } else {
            f.end
        };
        Some(Found {
            start: i,
            end,
            weekday: Some(w as u8),
            part: part.or(f.part),
            ..f
        })
    }
}
