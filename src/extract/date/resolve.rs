//! Resolution of the date expressions read by the grammar: years against the reference
//! date or the article's own year, calendar values and their ISO 8601 text.

use super::duration::{Anchor, anchored};
use super::festival::nearest_cycle_year;
use super::grammar::{Found, Mod, Point, Raw, Unit, WeekRel, Y};
use super::lunar::lunar_to_solar;
use super::value::{CalendarDay, Reference, TimexType, TimexValue};
use super::value::{Duration, TimeUnit};
use super::{Date, DateFact, DateKind, days_in_month, fmt_ymd};
use crate::extract::scan::Scanner;

/// The most frequent explicit year of the article's points (the latest on a tie).
pub(crate) fn article_year(found: &[Found]) -> Option<i32> {
    let mut years: Vec<i32> = found
        .iter()
        .filter_map(|f| match f.raw {
            Raw::Point(p) => match p.year() {
                Y::Explicit(y) => Some(y),
                _ => None,
            },
            Raw::Birth(p) | Raw::PartOf { p, .. } => match p.year() {
                Y::Explicit(y) => Some(y),
                _ => None,
            },
            Raw::Months {
                y: Y::Explicit(y), ..
            }
            | Raw::Lunar {
                y: Y::Explicit(y), ..
            } => Some(y),
            Raw::Period { from, to } => match (from.map(|p| p.year()), to.map(|p| p.year())) {
                (_, Some(Y::Explicit(y))) | (Some(Y::Explicit(y)), _) => Some(y),
                _ => None,
            },
            _ => None,
        })
        .collect();
    years.sort_unstable();
    let mut best: Option<(usize, i32)> = None;
    let mut k = 0;
    while k < years.len() {
        let y = years[k];
        let n = years[k..].iter().take_while(|&&z| z == y).count();
        if best.is_none_or(|(bn, _)| n >= bn) {
            best = Some((n, y));
        }
        k += n;
    }
    best.map(|(_, y)| y)
}

/// The `n` years from `first` (a decade or century) as `from`/`to`, its TIMEX3 value
/// `v`, and its part named.
fn span_of_years(fact: &mut DateFact, first: i32, n: i32, v: TimexValue, m: Option<Mod>) {
    fact.value = Some(v);
    fact.from = Some(fmt_day(Some(first), 1, 1));
    fact.to = Some(fmt_day(Some(first + n - 1), 12, 31));
    fact.modifier = m.map(mod_name);
}

/// The TIMEX3 `mod` of a part.
fn mod_name(m: Mod) -> String {
    match m {
        Mod::Start => "START",
        Mod::Mid => "MID",
        Mod::End => "END",
    }
    .to_string()
}

pub(crate) struct Resolver {
    reference: Option<Date>,
    article_year: Option<i32>,
}

fn fmt_day(y: Option<i32>, m: u8, d: u8) -> String {
    fmt_ymd(y, m, Some(d))
}

/// A known day as a value's day.
fn calendar(d: Date) -> CalendarDay {
    CalendarDay {
        year: Some(d.year()),
        month: d.month(),
        day: d.day(),
    }
}

impl Resolver {
    /// A resolver against the publication date, else the article's most frequent year.
    pub(crate) fn new(reference: Option<Date>, article_year: Option<i32>) -> Resolver {
        Resolver {
            reference,
            article_year,
        }
    }

    /// The year of a point: (year, inferred).
    pub(crate) fn year(&self, y: Y, m: u8, d: u8) -> (Option<i32>, bool) {
        match y {
            Y::Explicit(v) => (Some(v), false),
            Y::Rel(k) => match self.reference {
                Some(r) => (Some(r.year() + k), false),
                None => (
                    self.article_year.map(|a| a + k),
                    self.article_year.is_some(),
                ),
            },
            Y::Missing => match self.reference {
                Some(r) => {
                    let best = (r.year() - 1..=r.year() + 1)
                        .filter_map(|y| Date::new(y, m, d.min(days_in_month(y, m))))
                        .min_by_key(|c| (c.days_since_epoch() - r.days_since_epoch()).abs());
                    (best.map(|b| b.year()), best.is_some())
                }
                None => (self.article_year, self.article_year.is_some()),
            },
            Y::CanChi(k) => {
                let anchor = self.reference.map(|r| r.year()).or(self.article_year);
                (anchor.map(|a| nearest_cycle_year(k, a)), anchor.is_some())
            }
            // the last day `m`/`d` on or before the publication date, or the first on or
            // after it (a month by its middle day, as above)
            Y::Past | Y::Future => match self.reference {
                Some(r) => {
                    let day = |y: i32| Date::new(y, m, d.min(days_in_month(y, m)));
                    let year = if y == Y::Past {
                        (r.year() - 1..=r.year())
                            .rev()
                            .find(|&y| day(y).is_some_and(|c| c <= r))
                    } else {
                        (r.year()..=r.year() + 1).find(|&y| day(y).is_some_and(|c| c >= r))
                    };
                    (year, year.is_some())
                }
                None => (self.article_year, self.article_year.is_some()),
            },
        }
    }

    /// First and last day of a point, and whether its year was inferred.
    pub(crate) fn bounds(&self, p: Point) -> (String, String, bool) {
        match p {
            Point::Day { y, m, d } => {
                let (c, inf) = self.day_value(y, m, d);
                let s = fmt_day(c.year, c.month, c.day);
                (s.clone(), s, inf)
            }
            Point::Month { y, m } => {
                let (y, inf) = self.year(y, m, 15);
                let last = days_in_month(y.unwrap_or(2001), m);
                (fmt_day(y, m, 1), fmt_day(y, m, last), inf)
            }
            Point::Quarter { y, q } => {
                let (y, inf) = self.year(y, 3 * q - 1, 15);
                let last = days_in_month(2001, 3 * q);
                (fmt_day(y, 3 * q - 2, 1), fmt_day(y, 3 * q, last), inf)
            }
            Point::Year(y) => {
                let (y, inf) = self.year(y, 7, 1);
                (fmt_day(y, 1, 1), fmt_day(y, 12, 31), inf)
            }
        }
    }

    /// The value of a day (the year dropped when the day does not exist in it), and
    /// whether its year was inferred.
    pub(crate) fn day_value(&self, y: Y, m: u8, d: u8) -> (CalendarDay, bool) {
        let (y, inf) = self.year(y, m, d);
        let y = y.filter(|&v| Date::new(v, m, d).is_some());
        let day = CalendarDay {
            year: y,
            month: m,
            day: d,
        };
        (day, inf && y.is_some())
    }

    /// The value of a point (none for a year that cannot be known), and whether its
    /// year was inferred.
    pub(crate) fn value(&self, p: Point) -> (Option<TimexValue>, bool) {
        match p {
            Point::Day { y, m, d } => {
                let (c, inf) = self.day_value(y, m, d);
                (Some(TimexValue::Day(c)), inf)
            }
            Point::Month { y, m } => {
                let (year, inf) = self.year(y, m, 15);
                (Some(TimexValue::Month { year, month: m }), inf)
            }
            Point::Quarter { y, q } => {
                let (year, inf) = self.year(y, 3 * q - 1, 15);
                (Some(TimexValue::Quarter { year, quarter: q }), inf)
            }
            Point::Year(y) => {
                let (y, inf) = self.year(y, 7, 1);
                (y.map(TimexValue::Year), inf)
            }
        }
    }

    pub(crate) fn lunar(&self, y: Y, m: u8, d: u8) -> (Option<Date>, Option<i32>, bool) {
        match (y, self.reference) {
            (Y::Missing, Some(r)) => {
                let best = (r.year() - 1..=r.year() + 1)
                    .filter_map(|ly| lunar_to_solar(d, m, ly, false).map(|s| (ly, s)))
                    .min_by_key(|(_, s)| (s.days_since_epoch() - r.days_since_epoch()).abs());
                (best.map(|b| b.1), best.map(|b| b.0), true)
            }
            _ => {
                let (ly, inf) = self.year(y, 1, 1);
                (ly.and_then(|ly| lunar_to_solar(d, m, ly, false)), ly, inf)
            }
        }
    }

    /// The public fact of `f`: its text and span, and its values resolved.
    pub(crate) fn fact(&self, s: &Scanner<'_>, f: &Found) -> DateFact {
        let start = s.t[f.start].start();
        let end = s.t[f.end - 1].end();
        let mut fact = DateFact {
            text: s.text[start..end].to_string(),
            span: crate::Span::new(start, end),
            kind: DateKind::Day,
            timex: TimexType::Date,
            value: None,
            from: None,
            to: None,
            year_inferred: false,
            part_of_day: f.part.and_then(|p| s.word(p)).map(str::to_lowercase),
            weekday: f.weekday,
            lunar: None,
            unit: None,
            offset: None,
            modifier: None,
            birth: false,
        };
        match f.raw {
            Raw::Point(p) => self.point(&mut fact, p),
            Raw::Period { from, to } => {
                fact.kind = DateKind::Period;
                if let Some(p) = from {
                    let (a, _, inf) = self.bounds(p);
                    fact.from = Some(a);
                    fact.year_inferred |= inf;
                }
                if let Some(p) = to {
                    let (_, b, inf) = self.bounds(p);
                    fact.to = Some(b);
                    fact.year_inferred |= inf;
                }
            }
            Raw::Range(a, b) => {
                fact.kind = DateKind::Range;
                let (x, _, i1) = self.bounds(a);
                let (_, y, i2) = self.bounds(b);
                fact.from = Some(x);
                fact.to = Some(y);
                fact.year_inferred = i1 || i2;
            }
            Raw::Months { n, last, y } => self.months(&mut fact, n, last, y),
            Raw::Relative { unit, offset } => self.relative(&mut fact, unit, offset),
            Raw::Time { h, min, day, rel } => self.time(&mut fact, h, min, day, rel),
            Raw::Lunar { d, m, y } => {
                fact.kind = DateKind::Lunar;
                let (solar, ly, inf) = self.lunar(y, m, d);
                fact.lunar = Some(fmt_day(ly, m, d));
                fact.value = solar.map(|s| TimexValue::Day(calendar(s)));
                fact.year_inferred = inf && solar.is_some();
            }
            Raw::LunarMonth { m, y } => self.lunar_month(&mut fact, m, y),
            Raw::LunarYear(y) => self.lunar_year(&mut fact, y),
            Raw::Decade { first, modifier } => {
                fact.kind = DateKind::Decade;
                let v = TimexValue::Decade(first / 10);
                span_of_years(&mut fact, first, 10, v, modifier);
            }
            Raw::Century { c, modifier } => {
                fact.kind = DateKind::Century;
                // "thế kỷ trước": the century before the publication year's
                let c = match c {
                    Y::Explicit(c) => Some(c),
                    Y::Past | Y::Future => None,
                    Y::Rel(k) => self.year(Y::Rel(0), 7, 1).0.map(|y| (y - 1) / 100 + 1 + k),
                    // (a century is never written as a can-chi year)
                    Y::Missing | Y::CanChi(_) => None,
                };
                if let Some(c) = c {
                    let v = TimexValue::Century(c - 1);
                    span_of_years(&mut fact, (c - 1) * 100, 100, v, modifier);
                }
            }
            Raw::SameDay => {
                fact.kind = DateKind::Day;
                fact.value = self.reference.map(|r| TimexValue::Day(calendar(r)));
                fact.year_inferred = self.reference.is_some();
            }
            Raw::Reference(k) => {
                fact.kind = DateKind::Reference;
                fact.value = [Reference::Present, Reference::Past, Reference::Future]
                    .get(usize::from(k))
                    .map(|&r| TimexValue::Reference(r));
            }
            Raw::Birth(p) => {
                self.point(&mut fact, p);
                fact.birth = true;
            }
            Raw::Duration {
                d,
                modifier,
                anchor,
            } => {
                fact.kind = DateKind::Duration;
                fact.value = Some(TimexValue::Duration(d));
                fact.modifier = modifier.map(|m| m.as_str().to_string());
                if anchor != Anchor::None {
                    self.anchored_count(&mut fact, d, anchor);
                }
            }
            Raw::Set(d) => {
                fact.kind = DateKind::Set;
                fact.value = Some(TimexValue::Duration(d));
            }
            Raw::PartOf { p, part } => self.part_of(&mut fact, p, part),
            Raw::WeekdayRel { wd, rel } => {
                fact.kind = DateKind::Day;
                fact.value = self
                    .reference
                    .and_then(|r| weekday_from(r, wd, rel))
                    .map(|d| TimexValue::Day(calendar(d)));
                fact.year_inferred = fact.value.is_some();
            }
        }
        fact.timex = fact.kind.timex_type();
        fact
    }

    /// A day, month, quarter or year: its value (and a quarter's first and last day).
    fn point(&self, fact: &mut DateFact, p: Point) {
        fact.kind = match p {
            Point::Day { .. } => DateKind::Day,
            Point::Month { .. } => DateKind::Month,
            Point::Quarter { .. } => DateKind::Quarter,
            Point::Year(_) => DateKind::Year,
        };
        let (v, inf) = self.value(p);
        fact.value = v;
        fact.year_inferred = inf;
        if let Point::Quarter { .. } = p {
            let (a, b, _) = self.bounds(p);
            fact.from = Some(a);
            fact.to = Some(b);
        }
    }

    /// A part of a month (its ten days, a stretch: "cuối tháng 6/2021" 21–30) or of a
    /// year (the year with its `mod`: "cuối năm 2021" 2021 END).
    fn part_of(&self, fact: &mut DateFact, p: Point, part: Mod) {
        fact.modifier = Some(mod_name(part));
        let Point::Month { y, m } = p else {
            self.point(fact, p);
            return;
        };
        fact.kind = DateKind::Period;
        let (y, inf) = self.year(y, m, 15);
        let (a, b) = match part {
            Mod::Start => (1, 10),
            Mod::Mid => (11, 20),
            Mod::End => (21, days_in_month(y.unwrap_or(2001), m)),
        };
        fact.from = Some(fmt_day(y, m, a));
        fact.to = Some(fmt_day(y, m, b));
        fact.year_inferred = inf;
    }

    /// A count anchored on the publication date ("5 năm qua", "10 năm tới"): the
    /// stretch of calendar it names, a relative date like "tuần trước" (`unit`, `offset`
    /// the count, `from`/`to`); with an unknown count ("vài năm qua") a vague reference;
    /// a fractional count stays a duration.
    fn anchored_count(&self, fact: &mut DateFact, d: Duration, anchor: Anchor) {
        let sign = if anchor == Anchor::EndsNow { -1 } else { 1 };
        let Some(t) = d.tenths else {
            fact.kind = DateKind::Reference;
            fact.modifier = None;
            let r = if sign < 0 {
                Reference::Past
            } else {
                Reference::Future
            };
            fact.value = Some(TimexValue::Reference(r));
            return;
        };
        if t % 10 != 0 {
            return;
        }
        fact.kind = DateKind::Relative;
        fact.value = None;
        fact.offset = i32::try_from(t / 10).ok().map(|n| sign * n);
        fact.unit = Some(
            match d.unit {
                TimeUnit::Year => "year",
                TimeUnit::Month => "month",
                TimeUnit::Week => "week",
                TimeUnit::Day => "day",
                TimeUnit::Hour => "hour",
                TimeUnit::Minute => "minute",
                TimeUnit::Second => "second",
                TimeUnit::Decade => "decade",
                TimeUnit::Century => "century",
            }
            .to_string(),
        );
        if let Some((a, b)) = self.reference.and_then(|r| anchored(r, d, anchor)) {
            fact.from = Some(a.to_string());
            fact.to = Some(b.to_string());
        }
    }

    /// The first (or last) `n` months of year `y`.
    fn months(&self, fact: &mut DateFact, n: u8, last: bool, y: Y) {
        fact.kind = DateKind::Period;
        let (y, inf) = match y {
            Y::Missing => match self.reference {
                Some(r) => (Some(r.year()), true),
                None => (self.article_year, self.article_year.is_some()),
            },
            _ => self.year(y, 1, 1),
        };
        let (m1, m2) = if last { (13 - n, 12) } else { (1, n) };
        fact.from = Some(fmt_day(y, m1, 1));
        fact.to = Some(fmt_day(y, m2, days_in_month(y.unwrap_or(2001), m2)));
        fact.year_inferred = inf;
    }

    /// `offset` units from the publication date: resolved only when it is known.
    fn relative(&self, fact: &mut DateFact, unit: Unit, offset: i32) {
        fact.kind = DateKind::Relative;
        fact.unit = Some(
            match unit {
                Unit::Day => "day",
                Unit::Week => "week",
                Unit::Month => "month",
                Unit::Year => "year",
            }
            .to_string(),
        );
        fact.offset = Some(offset);
        let Some(r) = self.reference else {
            return;
        };
        match unit {
            Unit::Day => {
                fact.value = r
                    .add_days(i64::from(offset))
                    .map(|d| TimexValue::Day(calendar(d)));
            }
            Unit::Week => {
                let monday = r.add_days(7 * i64::from(offset) - i64::from(r.weekday()) + 1);
                fact.from = monday.map(|d| d.to_string());
                fact.to = monday.and_then(|d| d.add_days(6)).map(|d| d.to_string());
            }
            Unit::Month => {
                fact.value =
                    r.add_months(i64::from(offset))
                        .map(|(year, month)| TimexValue::Month {
                            year: Some(year),
                            month,
                        });
            }
            Unit::Year => fact.value = r.year().checked_add(offset).map(TimexValue::Year),
        }
    }

    /// A clock time `h:min`, on a written day or `rel` days from the publication date.
    fn time(&self, fact: &mut DateFact, h: u8, min: u8, day: Option<Point>, rel: Option<i32>) {
        fact.kind = DateKind::Time;
        if let Some(off) = rel {
            fact.offset = Some(off);
            fact.unit = Some("day".to_string());
        }
        let rel_day = rel.and_then(|o| self.reference?.add_days(i64::from(o)));
        let day = match day {
            None => rel_day.map(calendar),
            Some(p) => {
                let (v, inf) = self.value(p);
                fact.year_inferred = inf;
                match v {
                    Some(TimexValue::Day(c)) => Some(c),
                    // (the grammar gives a time only a day)
                    _ => None,
                }
            }
        };
        fact.value = Some(TimexValue::Time {
            day,
            hour: h,
            minute: min,
        });
    }

    /// A can-chi year: the calendar year whose Tết starts it (`value`, also `lunar`), and
    /// its first and last solar days (Tết to the eve of the next Tết).
    fn lunar_year(&self, fact: &mut DateFact, y: Y) {
        fact.kind = DateKind::Year;
        let (ly, inf) = self.year(y, 1, 1);
        let Some(ly) = ly else {
            return;
        };
        fact.value = Some(TimexValue::Year(ly));
        fact.lunar = Some(TimexValue::Year(ly).to_string());
        fact.year_inferred = inf;
        fact.from = lunar_to_solar(1, 1, ly, false).map(|d| d.to_string());
        fact.to = lunar_to_solar(1, 1, ly + 1, false)
            .and_then(|d| d.add_days(-1))
            .map(|d| d.to_string());
    }

    /// Lunar month `m` of year `y`: its first and last solar days.
    fn lunar_month(&self, fact: &mut DateFact, m: u8, y: Y) {
        fact.kind = DateKind::Lunar;
        let (first, ly, inf) = self.lunar(y, m, 1);
        fact.lunar = Some(fmt_ymd(ly, m, None));
        if let (Some(a), Some(ly)) = (first, ly) {
            let last =
                lunar_to_solar(30, m, ly, false).or_else(|| lunar_to_solar(29, m, ly, false));
            fact.from = Some(a.to_string());
            fact.to = last.map(|d| d.to_string());
            fact.year_inferred = inf;
        }
    }
}

/// The day of ISO weekday `wd` placed by `rel` from the publication date `r`.
fn weekday_from(r: Date, wd: u8, rel: WeekRel) -> Option<Date> {
    let today = i64::from(r.weekday());
    let wd = i64::from(wd);
    let days = match rel {
        // the last one strictly before, the next one strictly after
        WeekRel::Last => -((today - wd - 1).rem_euclid(7) + 1),
        WeekRel::Next => (wd - today - 1).rem_euclid(7) + 1,
        WeekRel::Week(k) => 7 * i64::from(k) + wd - today,
    };
    r.add_days(days)
}
