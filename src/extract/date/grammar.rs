//! The date grammar: points in time and the words around them ("sáng thứ Hai 19/9",
//! "hôm qua", "từ … đến …", "giai đoạn 2021-2025", "âm lịch"), over the tokens of
//! [`Scanner`]. Expressions led by a unit word or a number written with words are in
//! [`super::worded`], bare number runs in [`super::numeric`].

use super::days_in_month;
pub(crate) use super::duration::{Anchor, Approx};
use super::value::Duration;
use crate::extract::keywords::{DATE_PERIOD_NOUNS, DATE_QUANTIFIERS, Kw, LUNAR_MONTH_PHRASES};
use crate::extract::scan::{Scanner, Shape};
use crate::text::tokens::TokenKind;

pub(crate) use super::numeric::NumRes;

/// The year of a date as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Y {
    Explicit(i32),
    Missing,
    /// Relative to the publication year ("năm nay" = 0, "năm ngoái" = -1).
    Rel(i32),
    /// A can-chi year: its place in the sixty-year cycle (0 = Giáp Tý, 1984).
    CanChi(u8),
    /// Not written, but the last such day or month before the publication date ("tháng
    /// 7 vừa qua") or the next after it ("tháng 9 tới").
    Past,
    Future,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Point {
    Day { y: Y, m: u8, d: u8 },
    Month { y: Y, m: u8 },
    Quarter { y: Y, q: u8 },
    Year(Y),
}

impl Point {
    pub(crate) fn year(&self) -> Y {
        match *self {
            Point::Day { y, .. } | Point::Month { y, .. } | Point::Quarter { y, .. } => y,
            Point::Year(y) => y,
        }
    }
    pub(crate) fn with_year(self, y: Y) -> Point {
        match self {
            Point::Day { m, d, .. } => Point::Day { y, m, d },
            Point::Month { m, .. } => Point::Month { y, m },
            Point::Quarter { q, .. } => Point::Quarter { y, q },
            Point::Year(_) => Point::Year(y),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// Where in a decade or century: "đầu", "giữa", "cuối" (TIMEX3 `mod`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mod {
    Start,
    Mid,
    End,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Raw {
    Point(Point),
    /// "cùng ngày" ("sáng cùng ngày"): the day of the last day the text named, else the
    /// publication date (`scan::extract` takes the day named before).
    SameDay,
    Period {
        from: Option<Point>,
        to: Option<Point>,
    },
    Range(Point, Point),
    /// The first (or last) `n` months of a year.
    Months {
        n: u8,
        last: bool,
        y: Y,
    },
    Relative {
        unit: Unit,
        offset: i32,
    },
    Time {
        h: u8,
        min: u8,
        day: Option<Point>,
        /// days from the publication date ("20h tối nay")
        rel: Option<i32>,
    },
    Lunar {
        d: u8,
        m: u8,
        y: Y,
    },
    LunarMonth {
        m: u8,
        y: Y,
    },
    /// A lunar year named by its can-chi ("năm Canh Tý").
    LunarYear(Y),
    /// The ten years from `first` ("những năm 1990", "thập niên 70").
    Decade {
        first: i32,
        modifier: Option<Mod>,
    },
    /// Century `c`, from 1 ("thế kỷ XVIII" = 18), or relative to the publication date's.
    Century {
        c: Y,
        modifier: Option<Mod>,
    },
    /// A vague reference: an index into `REFERENCE_VALUES` ("hiện nay").
    Reference(u8),
    /// A date of birth ("sinh năm 1961", "SN 1979").
    Birth(Point),
    /// A length of time ("hơn 2 tiếng"), read in [`super::duration`].
    Duration {
        d: Duration,
        modifier: Option<Approx>,
        anchor: Anchor,
    },
    /// A recurrence ("hằng năm"): its period.
    Set(Duration),
    /// A part of a month or a year ("cuối tháng 6/2021", "trung tuần tháng 5", "cuối
    /// năm 2021"): a month's part is its ten days (1–10, 11–20, 21–end).
    PartOf {
        p: Point,
        part: Mod,
    },
    /// A weekday placed by the publication date ("Chủ nhật vừa qua", "thứ Hai tuần
    /// trước", "thứ Sáu tới"): ISO weekday `wd` (Monday = 1).
    WeekdayRel {
        wd: u8,
        rel: WeekRel,
    },
}

/// Where a weekday said without its date lies from the publication date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WeekRel {
    /// The last one before it ("vừa qua").
    Last,
    /// The next one after it ("tới", "sắp tới").
    Next,
    /// The one of the week `k` weeks from its week ("tuần trước" −1, "tuần này" 0,
    /// "tuần tới" 1).
    Week(i32),
}

/// A date expression: tokens `start..end`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Found {
    pub(crate) raw: Raw,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) part: Option<usize>,
    pub(crate) weekday: Option<u8>,
}

impl Found {
    /// A fact at tokens `start..end` with no part of day nor weekday named.
    pub(crate) fn new(raw: Raw, start: usize, end: usize) -> Found {
        Found {
            raw,
            start,
            end,
            part: None,
            weekday: None,
        }
    }
}

/// How strongly the words before a number say "date".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    None,
    /// "ngày", "mùng", a part of the day, a weekday, "hôm", an opening parenthesis.
    Strong,
}

pub(crate) fn valid_dm(d: u32, m: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= u32::from(days_in_month(2000, m as u8))
}

pub(crate) fn is_year(y: u32, digits: usize) -> bool {
    digits == 4 && (1000..=2199).contains(&y)
}

pub(crate) fn day(y: Y, m: u32, d: u32) -> Point {
    Point::Day {
        y,
        m: m as u8,
        d: d as u8,
    }
}

pub(crate) fn as_point(raw: &Raw) -> Option<Point> {
    match *raw {
        Raw::Point(p) => Some(p),
        _ => None,
    }
}

/// The month or year of a part that starts it ("từ đầu năm": from the year's first
/// day) or ends it ("đến hết cuối tháng 6": to the month's last day), as `bound` says.
fn part_bound(raw: &Raw, bound: Mod) -> Option<Point> {
    match *raw {
        Raw::PartOf { p, part } if part == bound => Some(p),
        _ => None,
    }
}

impl Scanner<'_> {
    /// Expressions opened by a word: ranges, periods, then points.
    pub(crate) fn expr(&self, i: usize) -> Option<Found> {
        match self.kw(i) {
            Kw::From => {
                let p = self.point(i + 1, Cue::None);
                let Some(p) = p else {
                    return self.day_only_range(i);
                };
                let k = p.end;
                let joined = matches!(self.kw(k), Kw::Until | Kw::Next)
                    || matches!(self.punct(k), Some('-' | '–'));
                let q_at = if self.kw(k + 1) == Kw::Through {
                    k + 2
                } else {
                    k + 1
                };
                if joined
                    && let Some(q) = self.point(q_at, Cue::None)
                    && let (Some(a), Some(b)) = (as_point(&p.raw), as_point(&q.raw))
                {
                    let a = if a.year() == Y::Missing && matches!(b.year(), Y::Explicit(_)) {
                        a.with_year(b.year())
                    } else {
                        a
                    };
                    return Some(Found::new(Raw::Range(a, b), i, q.end));
                }
                // "từ 19/4/2021 - 31/5/2021": two runs joined take "từ"; one run ("từ
                // 2-3/5", "từ tháng 1-3/2021") is the range without it
                if let Raw::Range(..) = p.raw
                    && self.num(p.start).is_some()
                    && self.chain(p.start).1 < p.end
                {
                    return Some(Found { start: i, ..p });
                }
                let a = as_point(&p.raw).or_else(|| part_bound(&p.raw, Mod::Start))?;
                Some(Found {
                    raw: Raw::Period {
                        from: Some(a),
                        to: None,
                    },
                    start: i,
                    ..p
                })
            }
            Kw::Until | Kw::Next if self.kw(i + 1) == Kw::Through => {
                let p = self.point(i + 2, Cue::None)?;
                // "từ 19/4/2021 - 31/5/2021": two runs joined take "từ"; one run ("từ
                // 2-3/5", "từ tháng 1-3/2021") is the range without it
                if let Raw::Range(..) = p.raw
                    && self.num(p.start).is_some()
                    && self.chain(p.start).1 < p.end
                {
                    return Some(Found { start: i, ..p });
                }
                let a = as_point(&p.raw).or_else(|| part_bound(&p.raw, Mod::End))?;
                Some(Found {
                    raw: Raw::Period {
                        from: None,
                        to: Some(a),
                    },
                    start: i,
                    ..p
                })
            }
            Kw::Period if self.is_any(i + 1, &DATE_PERIOD_NOUNS) => {
                let j = i + 2;
                let (a, ad) = (self.num(j)?, self.t.get(j)?.digits());
                let (b, end) = match self.chain(j) {
                    (Shape::Dash(_, b, _, bd), e) if is_year(b, bd) => (b, e),
                    (Shape::Single(..), e) if matches!(self.punct(e), Some('-' | '–')) => {
                        let b = self.num(e + 1)?;
                        if !is_year(b, self.t[e + 1].digits()) {
                            return None;
                        }
                        (b, e + 2)
                    }
                    _ => return None,
                };
                if !is_year(a, ad) || b < a {
                    return None;
                }
                Some(Found::new(
                    Raw::Period {
                        from: Some(Point::Year(Y::Explicit(a as i32))),
                        to: Some(Point::Year(Y::Explicit(b as i32))),
                    },
                    i,
                    end,
                ))
            }
            _ => self.point(i, Cue::None),
        }
    }

    /// "từ ngày 19 đến 21/9".
    pub(crate) fn day_only_range(&self, i: usize) -> Option<Found> {
        if self.kw(i + 1) != Kw::Day || self.kw(i + 3) != Kw::Until {
            return None;
        }
        let d = self.num(i + 2)?;
        if self.chain(i + 2) != (Shape::Single(d, self.t[i + 2].digits()), i + 3) {
            return None;
        }
        let q = self.point(i + 4, Cue::Strong)?;
        let Raw::Point(b @ Point::Day { y, m, d: d2 }) = q.raw else {
            return None;
        };
        if d == 0 || d >= u32::from(d2) {
            return None;
        }
        Some(Found::new(Raw::Range(day(y, u32::from(m), d), b), i, q.end))
    }

    /// A point in time starting at token `i`, with its prefixes (part of day, weekday,
    /// "ngày", "mùng") and suffixes ("âm lịch").
    pub(crate) fn point(&self, i: usize, cue: Cue) -> Option<Found> {
        let f = self.point_inner(i, cue)?;
        let f = self.lunar_suffix(self.merge_relative_day(f));
        let f = self.direction_suffix(f);
        Some(super::festival::lunar_by_year(f))
    }

    /// "tháng 7 vừa qua", "ngày 15/8 tới": a day or month without its year, placed before
    /// or after the publication date by the words after it.
    fn direction_suffix(&self, f: Found) -> Found {
        let Raw::Point(Point::Month { y: Y::Missing, .. } | Point::Day { y: Y::Missing, .. }) =
            f.raw
        else {
            return f;
        };
        let (y, end) = match self.near_suffix(f.end) {
            Some((true, end)) => (Y::Past, end),
            Some((false, end)) => (Y::Future, end),
            None => return f,
        };
        let raw = match f.raw {
            Raw::Point(Point::Month { m, .. }) => Raw::Point(Point::Month { y, m }),
            Raw::Point(Point::Day { m, d, .. }) => Raw::Point(Point::Day { y, m, d }),
            raw => raw,
        };
        Found { raw, end, ..f }
    }

    /// "vừa qua" (just past) or "tới", "tới đây", "sắp tới" (coming) at token `e`, after a
    /// day, month or weekday said without its year or date: whether it is the past, and the
    /// token after. "tới" before a date word, a number or "nay" is the "to" of a range
    /// instead ("từ 28/4 tới 30/4", "từ thứ Hai tới thứ Sáu", "từ tháng 6 tới nay").
    pub(super) fn near_suffix(&self, e: usize) -> Option<(bool, usize)> {
        if self.is(e, "vừa") && self.is(e + 1, "qua") {
            Some((true, e + 2))
        } else if self.is(e, "tới") && self.is(e + 1, "đây") {
            Some((false, e + 2))
        } else if self.is(e, "tới")
            && self.kw(e + 1) == Kw::None
            && self.num(e + 1).is_none()
            && !self.is(e + 1, "nay")
        {
            Some((false, e + 1))
        } else if self.is(e, "sắp") && self.is(e + 1, "tới") {
            Some((false, e + 2))
        } else {
            None
        }
    }

    /// "hôm qua (7/7)", "ngày hôm qua 26/4", "chiều nay, 6/6": the written day wins.
    pub(crate) fn merge_relative_day(&self, f: Found) -> Found {
        let Raw::Relative {
            unit: Unit::Day, ..
        } = f.raw
        else {
            return f;
        };
        let e = f.end;
        let (j, paren) = match self.punct(e) {
            Some('(') => (e + 1, true),
            Some(',') => (e + 1, false),
            _ => (e, false),
        };
        if self.num(j).is_none() {
            return f;
        }
        match self.point_inner(j, Cue::Strong) {
            Some(
                g @ Found {
                    raw: Raw::Point(Point::Day { .. }),
                    ..
                },
            ) => {
                let end = if paren && self.punct(g.end) == Some(')') {
                    g.end + 1
                } else {
                    g.end
                };
                Found {
                    raw: g.raw,
                    start: f.start,
                    end,
                    part: f.part,
                    weekday: f.weekday,
                }
            }
            _ => f,
        }
    }

    /// A point in time at token `i` without the suffixes of [`Scanner::point`].
    pub(crate) fn point_inner(&self, i: usize, cue: Cue) -> Option<Found> {
        let t = self.t.get(i)?;
        if t.kind() == TokenKind::Num {
            return self.point_at_number(i, cue);
        }
        let rel = |unit, offset, end| Some(Found::new(Raw::Relative { unit, offset }, i, end));
        let kw = Kw::from_tag(t.tag());
        match kw {
            Kw::Part => self.part_of_day(i),
            Kw::Weekday => self.weekday(i, None),
            Kw::Day | Kw::Ordinal => self.after_day_word(i, kw, cue),
            Kw::Hom => match self.kw(i + 1) {
                Kw::This => rel(Unit::Day, 0, i + 2),
                Kw::Past => rel(Unit::Day, -1, i + 2),
                Kw::Far => rel(Unit::Day, -2, i + 2),
                _ => {
                    let f = self.point_inner(i + 1, Cue::Strong)?;
                    matches!(f.raw, Raw::Point(Point::Day { .. }))
                        .then_some(Found { start: i, ..f })
                }
            },
            Kw::Month => self.month(i),
            Kw::Quarter => self.quarter(i),
            Kw::Year => self.year(i).or_else(|| self.can_chi_year(i)),
            Kw::Spring => self.can_chi_year(i),
            // "trung tuần tháng 5": the word before "tuần" names the ten days
            Kw::Week if self.kw(i + 1) == Kw::Month => self.dekad(i),
            Kw::Week if !self.quantified(i) => {
                let off = self.offset_word(i + 1)?;
                rel(Unit::Week, off, i + 2)
            }
            Kw::Start if self.kw(i + 1) == Kw::Spring => self.early_spring(i),
            Kw::Start | Kw::End | Kw::Middle => self
                .part_of_unit(i)
                .or_else(|| self.part_of_point(i, i + 1)),
            Kw::FullMoon if self.kw(i + 1) == Kw::Month => {
                let (m, e) = self.lunar_month_name(i + 2)?;
                let (y, e) = self.year_after(e);
                Some(Found::new(Raw::Lunar { d: 15, m, y }, i, e))
            }
            Kw::Tet | Kw::Festival => self.festival(i),
            _ => None,
        }
    }

    /// A point at number token `i`: a clock time, a day in words, or a numeric date.
    fn point_at_number(&self, i: usize, cue: Cue) -> Option<Found> {
        if let Some(f) = self.time(i) {
            return Some(f);
        }
        if self.bad_start(i) {
            return None;
        }
        if let Some(f) = self.worded(i, cue) {
            return Some(f);
        }
        match self.numeric(i, cue) {
            NumRes::Date(raw, end) => Some(Found::new(raw, i, end)),
            _ => None,
        }
    }

    /// After "ngày" or "mùng" (`kw`) at `i`: "ngày mai", "ngày kia", "ngày 19 và 20/9",
    /// "ngày hôm qua", "ngày 19/9".
    fn after_day_word(&self, i: usize, kw: Kw, cue: Cue) -> Option<Found> {
        let rel = |offset| {
            Some(Found::new(
                Raw::Relative {
                    unit: Unit::Day,
                    offset,
                },
                i,
                i + 2,
            ))
        };
        match self.kw(i + 1) {
            Kw::Tomorrow if kw == Kw::Day => rel(1),
            Kw::Far if kw == Kw::Day => rel(2),
            _ if self.num(i + 1).is_some()
                && (self.is(i + 2, "và") || self.punct(i + 2) == Some(','))
                && self.chain(i + 1).1 == i + 2 =>
            {
                let d = self.num(i + 1)?;
                let q = self.point_inner(i + 3, Cue::Strong)?;
                let Raw::Point(b @ Point::Day { y, m, d: d2 }) = q.raw else {
                    return None;
                };
                (d >= 1 && d < u32::from(d2)).then_some(Found::new(
                    Raw::Range(day(y, u32::from(m), d), b),
                    i,
                    q.end,
                ))
            }
            Kw::Hom if kw == Kw::Day => self
                .point_inner(i + 1, cue)
                .map(|f| Found { start: i, ..f }),
            _ => {
                let f = self.point_inner(i + 1, Cue::Strong)?;
                matches!(
                    f.raw,
                    Raw::Point(Point::Day { .. }) | Raw::Range(..) | Raw::Lunar { .. }
                )
                .then_some(Found { start: i, ..f })
            }
        }
    }

    /// "đầu năm nay", "cuối tháng trước", "giữa tuần này", "đầu năm ngoái" at `i`.
    fn part_of_unit(&self, i: usize) -> Option<Found> {
        let unit = match self.kw(i + 1) {
            Kw::Year => Unit::Year,
            Kw::Month => Unit::Month,
            Kw::Week => Unit::Week,
            _ => return None,
        };
        let offset = match self.kw(i + 2) {
            Kw::LastYear if unit == Unit::Year => -1,
            _ => self.offset_word(i + 2)?,
        };
        Some(Found::new(Raw::Relative { unit, offset }, i, i + 3))
    }

    /// "cuối tháng 6/2021", "giữa tháng 4", "đầu năm 2020", "cuối năm" (the year named,
    /// else the publication year): a part, opened by the word at `i`, of the month or
    /// year at `j`. A bare "năm" is no year before a number ("cuối năm 2 đại học"),
    /// "học" or "lớp" ("cuối năm học", "cuối năm lớp 8": a year of school); after "nửa"
    /// (a half) the month is read alone.
    fn part_of_point(&self, i: usize, j: usize) -> Option<Found> {
        // "nửa đầu tháng 4" is a half, not the first ten days
        if i > 0 && self.is(i - 1, "nửa") {
            return None;
        }
        let part = match self.kw(i) {
            Kw::Start => Mod::Start,
            Kw::Middle => Mod::Mid,
            Kw::End => Mod::End,
            _ => return None,
        };
        let f = match self.kw(j) {
            Kw::Month => self.month(j)?,
            Kw::Year => match self.year(j) {
                Some(f) => f,
                None if self.num(j + 1).is_none()
                    && !self.is(j + 1, "học")
                    && !self.is(j + 1, "lớp") =>
                {
                    Found::new(Raw::Point(Point::Year(Y::Missing)), j, j + 1)
                }
                None => return None,
            },
            _ => return None,
        };
        match f.raw {
            Raw::Point(p @ (Point::Month { .. } | Point::Year(_))) => {
                Some(Found::new(Raw::PartOf { p, part }, i, f.end))
            }
            _ => None,
        }
    }

    /// "thượng tuần", "trung tuần", "hạ tuần" (the first, middle, last ten days) before
    /// the month after "tuần" at `i`.
    fn dekad(&self, i: usize) -> Option<Found> {
        let k = i.checked_sub(1)?;
        let part = if self.is(k, "thượng") {
            Mod::Start
        } else if self.is(k, "trung") {
            Mod::Mid
        } else if self.is(k, "hạ") {
            Mod::End
        } else {
            return None;
        };
        let f = self.month(i + 1)?;
        match f.raw {
            Raw::Point(p @ Point::Month { .. }) => {
                Some(Found::new(Raw::PartOf { p, part }, k, f.end))
            }
            _ => None,
        }
    }

    /// The token after "Nguyên đán" at `e` (after "Tết"), else `e`.
    pub(crate) fn after_tet(&self, e: usize) -> usize {
        if self.is(e, "nguyên") && self.is(e + 1, "đán") {
            e + 2
        } else {
            e
        }
    }

    /// "trước"/"này"/"tới"/"sau" after a unit word: its offset.
    pub(crate) fn offset_word(&self, i: usize) -> Option<i32> {
        match self.kw(i) {
            Kw::Previous => Some(-1),
            Kw::This => Some(0),
            Kw::Next => Some(1),
            _ => None,
        }
    }

    /// "3 tuần trước", "những năm trước": a count before a unit word, not a date.
    pub(crate) fn quantified(&self, i: usize) -> bool {
        i > 0 && (self.t[i - 1].kind() == TokenKind::Num || self.is_any(i - 1, &DATE_QUANTIFIERS))
    }

    /// A lunar month name or number after "tháng": (month, end).
    pub(crate) fn lunar_month_name(&self, i: usize) -> Option<(u8, usize)> {
        if let Some(m) = self.num(i) {
            return ((1..=12).contains(&m) && self.chain(i).1 == i + 1).then_some((m as u8, i + 1));
        }
        let (m, e) = self.phrase(i, &LUNAR_MONTH_PHRASES)?;
        ((1..=12).contains(&m)).then_some((m as u8, e))
    }

    /// "năm 2023" / "năm nay" after a day or month: the year and end.
    pub(crate) fn year_after(&self, e0: usize) -> (Y, usize) {
        let e = if self.is(e0, "của") { e0 + 1 } else { e0 };
        if self.kw(e) == Kw::Year {
            if let Some(y) = self.num(e + 1)
                && is_year(y, self.t[e + 1].digits())
                && self.chain(e + 1).1 == e + 2
            {
                return (Y::Explicit(y as i32), e + 2);
            }
            if let Some(r) = self.can_chi_after_year(e) {
                return r;
            }
            match self.kw(e + 1) {
                Kw::This => return (Y::Rel(0), e + 2),
                Kw::LastYear => return (Y::Rel(-1), e + 2),
                _ => {}
            }
        }
        (Y::Missing, e0)
    }

    pub(crate) fn lunar_suffix(&self, f: Found) -> Found {
        let mut e = f.end;
        let paren = self.punct(e) == Some('(');
        if paren {
            e += 1;
        }
        let is_lunar = (self.kw(e) == Kw::Lunar && self.is(e + 1, "lịch"))
            || self.word(e).is_some_and(|w| w == "ÂL" || w == "AL");
        if !is_lunar {
            return f;
        }
        e += if self.kw(e) == Kw::Lunar { 2 } else { 1 };
        if paren {
            if self.punct(e) != Some(')') {
                return f;
            }
            e += 1;
        }
        let raw = match f.raw {
            Raw::Point(Point::Day { y, m, d }) => Raw::Lunar { d, m, y },
            Raw::Point(Point::Month { y, m }) => Raw::LunarMonth { m, y },
            Raw::Lunar { .. } | Raw::LunarMonth { .. } => f.raw,
            _ => return f,
        };
        Found { raw, end: e, ..f }
    }
}
