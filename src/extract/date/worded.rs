//! Dates led by a unit word ("tháng 8/2023", "quý III", "năm nay"), clock times
//! ("9h30 sáng 19/9") and days written with words ("19 tháng 9", "mùng 1 Tết",
//! "8 tháng đầu năm 2023").

use super::grammar::{Cue, Found, Point, Raw, Unit, Y, day, is_year, valid_dm};
use crate::extract::keywords::{
    Kw, LUNAR_MONTH_PHRASES, LUNAR_ONLY_MONTHS, PART_HOURS, TIME_CUES, TIME_DURATION_AFTER,
    TIME_DURATION_BEFORE,
};
use crate::extract::scan::{Scanner, Shape};
use crate::text::tokens::TokenKind;

impl Scanner<'_> {
    /// "tháng 8/2023", "tháng 8 năm 2023", "tháng 09", "tháng Giêng", "tháng trước".
    pub(crate) fn month(&self, i: usize) -> Option<Found> {
        let found = |raw, end| Some(Found::new(raw, i, end));
        if let Some(m) = self.num(i + 1) {
            if i > 0 && self.t[i - 1].kind() == TokenKind::Num {
                return None;
            }
            let m8 = m as u8;
            return match self.chain(i + 1) {
                (Shape::Single(..), e) if (1..=12).contains(&m) => {
                    let (y, e) = self.year_after(e);
                    found(Raw::Point(Point::Month { y, m: m8 }), e)
                }
                // "tháng 6-7", "tháng 1-3/2021": two months
                (Shape::Dash(a, b, ad, bd), e) if ad <= 2 && bd <= 2 && months(a, b) => {
                    let (y, e) = self.year_after(e);
                    found(month_range(y, a, b), e)
                }
                (Shape::DayRange(a, b, y, None), e) if months(a, b) && is_year(y, 4) => {
                    found(month_range(Y::Explicit(y as i32), a, b), e)
                }
                (Shape::Slash(_, y, yd) | Shape::Dash(_, y, _, yd) | Shape::Dot(_, y, yd), e)
                    if (1..=12).contains(&m) && is_year(y, yd) =>
                {
                    found(
                        Raw::Point(Point::Month {
                            y: Y::Explicit(y as i32),
                            m: m8,
                        }),
                        e,
                    )
                }
                _ => None,
            };
        }
        if let Some(off) = self.offset_word(i + 1) {
            if self.quantified(i) {
                return None;
            }
            return found(
                Raw::Relative {
                    unit: Unit::Month,
                    offset: off,
                },
                i + 2,
            );
        }
        // only the unambiguous lunar names stand alone
        if let Some((m, e)) = self.phrase(i + 1, &LUNAR_ONLY_MONTHS) {
            let (y, e) = self.year_after(e);
            return found(Raw::LunarMonth { m: m as u8, y }, e);
        }
        // "tháng Ba năm ngoái", "tháng Mười": a month in words, when capitalised or
        // followed by its year ("âm lịch" after it makes it lunar)
        if let Some((m, e)) = self.phrase(i + 1, &LUNAR_MONTH_PHRASES)
            && !self.quantified(i)
        {
            let (y, end) = self.year_after(e);
            if y != Y::Missing || self.capitalised(i + 1) {
                return found(Raw::Point(Point::Month { y, m: m as u8 }), end);
            }
        }
        None
    }

    /// "quý III/2023", "quý 3 năm 2023", "quý I".
    pub(crate) fn quarter(&self, i: usize) -> Option<Found> {
        let j = i + 1;
        let q = match self.word(j) {
            Some("I") => 1,
            Some("II") => 2,
            Some("III") => 3,
            Some("IV") => 4,
            Some(_) => return None,
            None => {
                let q = self.num(j)?;
                if !(1..=4).contains(&q) || self.t[j].digits() != 1 {
                    return None;
                }
                q as u8
            }
        };
        let mut e = j + 1;
        let mut y = Y::Missing;
        if self.punct(e) == Some('/')
            && self.glued(e)
            && self.glued(e + 1)
            && let Some(v) = self.num(e + 1)
            && is_year(v, self.t[e + 1].digits())
        {
            y = Y::Explicit(v as i32);
            e += 2;
        } else {
            (y, e) = match self.year_after(e) {
                (Y::Missing, _) => (y, e),
                other => other,
            };
        }
        Some(Found::new(Raw::Point(Point::Quarter { y, q }), i, e))
    }

    /// "năm 2023", "năm 2021-2025", "năm nay", "năm ngoái".
    pub(crate) fn year(&self, i: usize) -> Option<Found> {
        let found = |raw, end| Some(Found::new(raw, i, end));
        if let Some(y) = self.num(i + 1) {
            let yd = self.t[i + 1].digits();
            if !is_year(y, yd) {
                return None;
            }
            return match self.chain(i + 1) {
                (Shape::Single(..), e) => {
                    if matches!(self.punct(e), Some('-' | '–'))
                        && let Some(b) = self.num(e + 1)
                        && is_year(b, self.t[e + 1].digits())
                        && b > y
                    {
                        return found(
                            Raw::Period {
                                from: Some(Point::Year(Y::Explicit(y as i32))),
                                to: Some(Point::Year(Y::Explicit(b as i32))),
                            },
                            e + 2,
                        );
                    }
                    found(Raw::Point(Point::Year(Y::Explicit(y as i32))), e)
                }
                (Shape::Dash(_, b, _, bd), e) if is_year(b, bd) && b > y => found(
                    Raw::Period {
                        from: Some(Point::Year(Y::Explicit(y as i32))),
                        to: Some(Point::Year(Y::Explicit(b as i32))),
                    },
                    e,
                ),
                _ => None,
            };
        }
        if self.quantified(i) {
            return None;
        }
        let off = match self.kw(i + 1) {
            Kw::LastYear => -1,
            _ => self.offset_word(i + 1)?,
        };
        found(
            Raw::Relative {
                unit: Unit::Year,
                offset: off,
            },
            i + 2,
        )
    }

    /// Clock times: "9h30", "20h", "9 giờ 30 (phút)", with a part of day and a day after.
    pub(crate) fn time(&self, i: usize) -> Option<Found> {
        let (h, min, mut e) = match self.chain(i) {
            (Shape::Hour(h), e) => (h, 0, e),
            (Shape::HourMin(h, m), e) => (h, m, e),
            (Shape::Single(h, _), e) if self.is(e, "giờ") => {
                let mut e = e + 1;
                let mut min = 0;
                let mut sure = self.is_any(i.wrapping_sub(1), &TIME_CUES);
                if let Some(m) = self.num(e)
                    && m < 60
                    && self.chain(e).1 == e + 1
                {
                    min = m;
                    e += 1;
                    sure = true;
                    if self.kw(e) == Kw::Minute {
                        e += 1;
                    }
                }
                if !sure && !matches!(self.kw(e), Kw::Part | Kw::Day) {
                    return None;
                }
                (h, min, e)
            }
            _ => return None,
        };
        if h > 24 || min > 59 || (h == 24 && min > 0) {
            return None;
        }
        if i > 0 && self.is_any(i - 1, &TIME_DURATION_BEFORE) {
            return None;
        }
        if self.is_any(e, &TIME_DURATION_AFTER) {
            return None;
        }
        if self.punct(e) == Some('\'') {
            e += 1;
        }
        let mut h = h as u8;
        let min = min as u8;
        let mut part = None;
        let time = |h, day, rel, end, part, weekday| Found {
            raw: Raw::Time { h, min, day, rel },
            start: i,
            end,
            part,
            weekday,
        };
        if self.kw(e) == Kw::Part {
            let span = self
                .word(e)
                .and_then(|w| PART_HOURS.get(w.to_lowercase().as_str()).copied());
            h = span.map_or(h, |s| in_part(h, s));
            part = Some(e);
            // "9h sáng 19/9", "9h sáng nay"
            if let Some(f) = self.point(e, Cue::Strong) {
                match f.raw {
                    Raw::Relative {
                        unit: Unit::Day,
                        offset,
                    } => return Some(time(h, None, Some(offset), f.end, part, None)),
                    Raw::Point(p @ Point::Day { .. }) => {
                        return Some(time(h, Some(p), None, f.end, part, f.weekday));
                    }
                    _ => {}
                }
            }
            e += 1;
        }
        let j = if self.punct(e) == Some(',') { e + 1 } else { e };
        if let Some(f) = self.point_inner(j, Cue::Strong)
            && let Raw::Point(p @ Point::Day { .. }) = f.raw
            && (matches!(self.kw(j), Kw::Day | Kw::Weekday | Kw::Part | Kw::Ordinal)
                || self.t[j].kind() == TokenKind::Num)
        {
            return Some(time(h, Some(p), None, f.end, part.or(f.part), f.weekday));
        }
        Some(time(h, None, None, e, part, None))
    }

    /// "cách đây" before the count `n` at `i` ("cách đây 5 năm": five years ago).
    fn ago(&self, i: usize, n: u32) -> bool {
        i >= 2 && self.is(i - 2, "cách") && self.is(i - 1, "đây") && (1..=100).contains(&n)
    }

    /// Day expressions written with words, at number token `i`: "19 tháng 9 năm 2023",
    /// "mùng 1 Tết", "8 tháng đầu năm 2023", "3 năm trước".
    pub(crate) fn worded(&self, i: usize, cue: Cue) -> Option<Found> {
        let (Shape::Single(n, _), e) = self.chain(i) else {
            return None;
        };
        let found = |raw, end| Some(Found::new(raw, i, end));
        match self.kw(e) {
            Kw::Month => {
                // "19 tháng 9 (năm 2023)"
                if let Some(m) = self.num(e + 1)
                    && self.chain(e + 1).1 == e + 2
                    && valid_dm(n, m)
                {
                    let (y, end) = self.year_after(e + 2);
                    if cue == Cue::Strong || y != Y::Missing {
                        return found(Raw::Point(day(y, m, n)), end);
                    }
                    return None;
                }
                // "mùng 1 tháng Giêng"
                if cue == Cue::Strong
                    && let Some((m, k)) = self.phrase(e + 1, &LUNAR_ONLY_MONTHS)
                    && (1..=30).contains(&n)
                {
                    let (y, end) = self.year_after(k);
                    let m = m as u8;
                    return found(Raw::Lunar { d: n as u8, m, y }, end);
                }
                // "8 tháng đầu năm 2023", "6 tháng cuối năm", "9 tháng năm 2023"
                if (1..=12).contains(&n) {
                    let (last, k) = match self.kw(e + 1) {
                        Kw::Start => (false, e + 2),
                        Kw::End => (true, e + 2),
                        _ => (false, e + 1),
                    };
                    if self.kw(k) == Kw::Year {
                        let (y, end) = self.year_after(k);
                        if y != Y::Missing || k == e + 2 {
                            let end = if y == Y::Missing { k + 1 } else { end };
                            return found(
                                Raw::Months {
                                    n: n as u8,
                                    last,
                                    y,
                                },
                                end,
                            );
                        }
                    }
                }
                // "cách đây 3 tháng"
                if cue == Cue::None && self.ago(i, n) {
                    let raw = Raw::Relative {
                        unit: Unit::Month,
                        offset: -(n as i32),
                    };
                    return Some(Found::new(raw, i - 2, e + 1));
                }
                if self.kw(e + 1) == Kw::Previous && cue == Cue::None && (1..=100).contains(&n) {
                    return found(
                        Raw::Relative {
                            unit: Unit::Month,
                            offset: -(n as i32),
                        },
                        e + 2,
                    );
                }
                None
            }
            Kw::Tet if cue == Cue::Strong && (1..=30).contains(&n) => {
                let mut end = self.after_tet(e + 1);
                let mut y = Y::Missing;
                if let Some(v) = self.num(end)
                    && is_year(v, self.t[end].digits())
                {
                    y = Y::Explicit(v as i32);
                    end += 1;
                }
                found(
                    Raw::Lunar {
                        d: n as u8,
                        m: 1,
                        y,
                    },
                    end,
                )
            }
            Kw::Day | Kw::Week | Kw::Year
                if cue == Cue::None && self.kw(e + 1) == Kw::Previous && (1..=100).contains(&n) =>
            {
                let unit = match self.kw(e) {
                    Kw::Day => Unit::Day,
                    Kw::Week => Unit::Week,
                    _ => Unit::Year,
                };
                found(
                    Raw::Relative {
                        unit,
                        offset: -(n as i32),
                    },
                    e + 2,
                )
            }
            // "cách đây 5 năm": as "5 năm trước"
            Kw::Day | Kw::Week | Kw::Year if cue == Cue::None && self.ago(i, n) => {
                let unit = match self.kw(e) {
                    Kw::Day => Unit::Day,
                    Kw::Week => Unit::Week,
                    _ => Unit::Year,
                };
                let raw = Raw::Relative {
                    unit,
                    offset: -(n as i32),
                };
                Some(Found::new(raw, i - 2, e + 1))
            }
            _ => None,
        }
    }
}

/// Months `a` before `b` of one year.
fn months(a: u32, b: u32) -> bool {
    (1..=12).contains(&a) && (1..=12).contains(&b) && a < b
}

/// The range of months `a` to `b` of year `y`.
fn month_range(y: Y, a: u32, b: u32) -> Raw {
    let month = |m: u32| Point::Month { y, m: m as u8 };
    Raw::Range(month(a), month(b))
}

/// The 24-hour value of clock reading `h` said in a part of the day spanning hours
/// `from..=to` (`to` past 24 for the next morning): the first of `h`, `h + 12`, `h + 24`
/// inside the span, less 24 from midnight on ("10h trưa" 10, "1h trưa" 13, "9h tối" 21,
/// "12h đêm" 0, "1h đêm" 1). Readings of 0 or over 12 are 24-hour already and stay, as
/// does a reading that no span holds.
pub(crate) fn in_part(h: u8, (from, to): (u8, u8)) -> u8 {
    if h == 0 || h > 12 {
        return h;
    }
    [h, h + 12, h + 24]
        .into_iter()
        .find(|c| (from..=to).contains(c))
        .map_or(h, |c| if c >= 24 { c - 24 } else { c })
}

#[cfg(test)]
mod tests {
    use super::in_part;

    #[test]
    fn a_reading_is_placed_in_the_span_of_its_part_of_the_day() {
        let (sang, trua, chieu, toi, dem) = ((0, 11), (10, 15), (12, 23), (13, 24), (18, 29));
        for (h, span, want) in [
            (9, sang, 9),
            (10, trua, 10),
            (11, trua, 11),
            (12, trua, 12),
            (1, trua, 13),
            (2, trua, 14),
            (14, trua, 14),
            (3, chieu, 15),
            (12, chieu, 12),
            (4, toi, 16),
            (9, toi, 21),
            (10, dem, 22),
            (12, dem, 0),
            (12, toi, 0),
            (1, dem, 1),
            (0, dem, 0),
            (23, dem, 23),
        ] {
            assert_eq!(in_part(h, span), want, "{h} in {span:?}");
        }
    }
}
