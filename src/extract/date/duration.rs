//! Durations and sets (TIMEX3 DURATION, SET): a count and a unit ("3 năm", "hơn 2 tiếng",
//! "hai mươi năm", "nửa tháng", "1,5 năm", "vài ngày", "4 thập niên"), and a unit after a
//! word of recurrence ("hằng năm", "mỗi ngày", "hàng quý").
//!
//! They are tried only where nothing else was read: at a number token after the date
//! grammar found no date there, and at the tokens tagged [`Kw::Count`] (numbers in words)
//! and [`Kw::Every`] ("hằng", "hàng", "mỗi"). The unit must not start a date of its own
//! ("3 tháng 9" is a day, "trong 2 năm 2021-2022" a stretch), nor be an age ("5 ngày
//! tuổi"), a rate ("5 ngày/tuần") or a time before now ("3 giờ trước"); a count of clock
//! hours ("5 giờ", "3h") is a duration only next to a word that says so ("trong 5 giờ",
//! "24 giờ qua", "hơn 3h"). The words are data: `duration_units.txt`,
//! `duration_numbers.txt`, `duration_modifiers.txt`, `set_cues.txt`, `set_blockers.txt`.

use super::grammar::{Cue, Found, Raw, Unit};
use super::value::{Duration, TimeUnit};
use super::{Date, days_in_month};
use crate::extract::keywords::{
    COUNT_SCALE, COUNT_TENS, COUNT_UNKNOWN, DURATION_MODIFIERS, DURATION_NUMBERS, DURATION_UNITS,
    Kw, SET_BLOCKERS, TIME_DURATION_AFTER, TIME_DURATION_BEFORE,
};
use crate::extract::scan::{Scanner, Shape};

/// An approximation of a duration (TIMEX3 `mod`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Approx {
    MoreThan,
    LessThan,
    About,
}

impl Approx {
    /// Its TIMEX3 `mod`.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Approx::MoreThan => "MORE_THAN",
            Approx::LessThan => "LESS_THAN",
            Approx::About => "APPROX",
        }
    }
}

/// Where a duration lies against the publication date (TIMEX3 `beginPoint`/`endPoint`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Anchor {
    /// Not anchored ("trong 3 năm").
    None,
    /// It ends at the publication date ("5 năm qua", "24 giờ vừa qua").
    EndsNow,
    /// It starts at the publication date ("10 năm tới", "5 năm sắp tới").
    StartsNow,
}

/// The first and last day of a duration `d` anchored on `reference` (`None` for an
/// unknown or fractional count): a stretch of whole units, hours and shorter units
/// rounded up to days ("24 giờ qua": the day before and the day).
pub(crate) fn anchored(reference: Date, d: Duration, anchor: Anchor) -> Option<(Date, Date)> {
    let t = d.tenths.filter(|t| t % 10 == 0)?;
    let n = i64::from(t / 10);
    let sign = match anchor {
        Anchor::None => return None,
        Anchor::EndsNow => -1,
        Anchor::StartsNow => 1,
    };
    let months = |k: i64| {
        let (y, m) = reference.add_months(sign * k)?;
        Date::new(y, m, reference.day().min(days_in_month(y, m)))
    };
    let days = |k: i64| reference.add_days(sign * k);
    let other = match d.unit {
        TimeUnit::Year => months(12 * n),
        TimeUnit::Month => months(n),
        TimeUnit::Decade => months(120 * n),
        TimeUnit::Century => months(1200 * n),
        TimeUnit::Week => days(7 * n),
        TimeUnit::Day => days(n),
        TimeUnit::Hour => days((n + 23) / 24),
        TimeUnit::Minute => days((n + 1439) / 1440),
        TimeUnit::Second => days((n + 86_399) / 86_400),
    }?;
    Some(if sign < 0 {
        (other, reference)
    } else {
        (reference, other)
    })
}

/// The unit of index `k` in `DURATION_UNIT_NAMES`.
fn unit_of(k: u32) -> Option<TimeUnit> {
    use TimeUnit::*;
    [
        Year, Month, Week, Day, Hour, Minute, Second, Decade, Century,
    ]
    .get(k as usize)
    .copied()
}

/// A tag that may start a duration unit (a two-word unit starts with "thập" or "thế").
fn unit_tag(kw: Kw) -> bool {
    matches!(
        kw,
        Kw::Year | Kw::Month | Kw::Week | Kw::Day | Kw::Hour | Kw::Minute | Kw::Unit | Kw::Era
    )
}

impl Scanner<'_> {
    /// A duration counted with digits at number token `i` ("3 năm", "1,5 năm", "3h").
    pub(crate) fn duration_at_number(&self, i: usize) -> Option<Found> {
        // (a grade counts no years: "thi vào lớp 10 năm nay")
        if self.bad_start(i) || (i > 0 && (self.counts_no_length(i - 1) || self.is(i - 1, "lớp")))
        {
            return None;
        }
        let n = self.num(i)?;
        match self.chain(i) {
            (Shape::Single(_, digits), e) if digits <= 4 && n > 0 => {
                self.length(i, Some(10 * n), e)
            }
            // "1,5 năm"
            (Shape::Other, e)
                if e == i + 3
                    && n < 10_000
                    && self.punct(i + 1) == Some(',')
                    && self.t[i + 2].digits() == 1 =>
            {
                self.length(i, Some(10 * n + self.num(i + 2)?), e)
            }
            // "3h": a count of hours glued to its unit
            (Shape::Hour(h), e) if h > 0 => {
                let f = self.finish(i, Some(10 * h), TimeUnit::Hour, e)?;
                self.says_length(f, e).then_some(f)
            }
            _ => None,
        }
    }

    /// A duration counted in words at token `i` ("hai năm", "hai mươi năm", "nửa tháng").
    pub(crate) fn duration_at_word(&self, i: usize) -> Option<Found> {
        if !(self.may_be_unit(i + 1) || self.kw(i + 1) == Kw::Count) {
            return None;
        }
        if i > 0 && self.counts_no_length(i - 1) {
            return None;
        }
        let (tenths, j) = self.count_words(i)?;
        let f = self.length(i, tenths, j)?;
        // "một ngày" is as often "one day" (a day of a story: "trong một ngày gió to") as
        // a length: a length only after a word of approximation, "suốt", "mất" or "vòng"
        let said =
            f.start < i || (i > 0 && ["suốt", "mất", "vòng"].iter().any(|w| self.is(i - 1, w)));
        if self.kw(j) == Kw::Day && !said && self.is(i, "một") {
            return None;
        }
        Some(f)
    }

    /// A recurrence at a token tagged [`Kw::Every`] ("hằng năm", "mỗi ngày"), or a duration
    /// counted by a scale after "hàng" ("hàng chục năm").
    pub(crate) fn set_at(&self, i: usize) -> Option<Found> {
        let next = self.kw(i + 1);
        if !matches!(
            next,
            Kw::Year | Kw::Quarter | Kw::Month | Kw::Week | Kw::Day | Kw::Count
        ) {
            return None;
        }
        let hang = self.is(i, "hàng");
        if hang && i > 0 && self.is_any(i - 1, &SET_BLOCKERS) {
            return None;
        }
        if hang
            && self.kw(i + 1) == Kw::Count
            && let Some((v, j)) = self.phrase(i + 1, &DURATION_NUMBERS)
            && v & COUNT_SCALE != 0
        {
            let f = self.length(i, Some(v & !COUNT_SCALE), j)?;
            let raw = match f.raw {
                Raw::Duration { d, anchor, .. } => Raw::Duration {
                    d,
                    modifier: Some(Approx::MoreThan),
                    anchor,
                },
                other => other,
            };
            return Some(Found { raw, start: i, ..f });
        }
        let (unit, tenths) = match next {
            Kw::Year => (TimeUnit::Year, 10),
            Kw::Quarter => (TimeUnit::Month, 30),
            Kw::Month => (TimeUnit::Month, 10),
            Kw::Week => (TimeUnit::Week, 10),
            Kw::Day => (TimeUnit::Day, 10),
            _ => return None,
        };
        // "hàng năm trời" (for years on end), "hàng tháng nay", "mỗi tháng 5"
        let e = i + 2;
        let after = self.kw(e);
        if self.is(e, "trời")
            || matches!(
                after,
                Kw::This | Kw::Past | Kw::Previous | Kw::Next | Kw::LastYear
            )
            || self.point(i + 1, Cue::None).is_some()
        {
            return None;
        }
        let d = Duration {
            tenths: Some(tenths),
            unit,
        };
        Some(Found::new(Raw::Set(d), i, e))
    }

    /// Whether a duration unit may start at token `j`, from its tags alone.
    fn may_be_unit(&self, j: usize) -> bool {
        unit_tag(self.kw(j)) || (self.kw(j) == Kw::None && self.kw(j + 1) == Kw::Era)
    }

    /// The word before a count that makes it no length: a date word ("tháng 5 năm",
    /// "ngày 3", "thứ 5").
    fn counts_no_length(&self, k: usize) -> bool {
        matches!(
            self.kw(k),
            Kw::Day
                | Kw::Month
                | Kw::Year
                | Kw::Week
                | Kw::Quarter
                | Kw::Ordinal
                | Kw::Weekday
                | Kw::Hour
                | Kw::Minute
        )
    }

    /// The number in words at `i`: tenths (`None` for "vài") and the token after it.
    fn count_words(&self, i: usize) -> Option<(Option<u32>, usize)> {
        let value = |k: usize| {
            (self.kw(k) == Kw::Count)
                .then(|| self.phrase(k, &DURATION_NUMBERS))
                .flatten()
                .filter(|&(v, e)| e == k + 1 && v & COUNT_SCALE == 0)
                .map(|(v, _)| v)
        };
        let digit = |k: usize| value(k).filter(|v| (10..=90).contains(v) && v % 10 == 0);
        let v = value(i)?;
        match v {
            COUNT_UNKNOWN => Some((None, i + 1)),
            COUNT_TENS => None,
            // "mười", "mười hai"
            100 => match digit(i + 1) {
                Some(u) => Some((Some(100 + u), i + 2)),
                None => Some((Some(100), i + 1)),
            },
            // "hai", "hai mươi", "hai mươi lăm" is not read ("lăm" is no list word)
            _ if (10..=90).contains(&v) && value(i + 1) == Some(COUNT_TENS) => match digit(i + 2) {
                Some(u) => Some((Some(10 * v + u), i + 3)),
                None => Some((Some(10 * v), i + 2)),
            },
            _ => Some((Some(v), i + 1)),
        }
    }

    /// A duration of `tenths` units whose count starts at `first` and whose unit is at
    /// token `j`, with a word of approximation before the count.
    fn length(&self, first: usize, tenths: Option<u32>, j: usize) -> Option<Found> {
        if !self.may_be_unit(j) {
            return None;
        }
        let (k, e) = self.phrase(j, &DURATION_UNITS)?;
        let unit = unit_of(k)?;
        // a unit that starts a date is the date's ("3 tháng 9", "2 năm 2021-2022")
        if self.num(e).is_some() || self.point(j, Cue::None).is_some() {
            return None;
        }
        let f = self.finish(first, tenths, unit, e)?;
        // "5 giờ", "3 h": a clock reading unless a word says length ("tiếng" always does)
        if self.kw(j) == Kw::Hour && !self.says_length(f, e) {
            return None;
        }
        Some(f)
    }

    /// The duration of a count at `first` and a unit ending at `e`: with "rưỡi" (and a
    /// half) after it and a word of approximation before it; none before an age, a rate
    /// or "trước".
    fn finish(&self, first: usize, tenths: Option<u32>, unit: TimeUnit, e: usize) -> Option<Found> {
        let (tenths, e) = if self.is(e, "rưỡi") {
            (tenths.map(|t| t + 5), e + 1)
        } else {
            (tenths, e)
        };
        let rate = self.punct(e) == Some('/') && self.glued(e);
        if rate || self.is(e, "tuổi") || self.kw(e) == Kw::Previous {
            return None;
        }
        let (modifier, start) = match self.approx_before(first) {
            Some((m, s)) => (Some(m), s),
            None => (None, first),
        };
        let d = Duration { tenths, unit };
        // "4 năm nữa": the point that many units after the publication date, as "4 năm
        // trước" is the point before it; "thêm 2 tháng nữa" (two months more) is a length
        if self.is(e, "nữa")
            && !(start > 0 && self.is(start - 1, "thêm"))
            && let Some(t) = tenths.filter(|t| t % 10 == 0 && (10..=1000).contains(t))
        {
            let unit = match unit {
                TimeUnit::Year => Some(Unit::Year),
                TimeUnit::Month => Some(Unit::Month),
                TimeUnit::Week => Some(Unit::Week),
                TimeUnit::Day => Some(Unit::Day),
                _ => None,
            };
            if let Some(unit) = unit {
                let offset = (t / 10) as i32;
                return Some(Found::new(Raw::Relative { unit, offset }, start, e + 1));
            }
        }
        let (anchor, end) = self.anchor_after(e);
        Some(Found::new(
            Raw::Duration {
                d,
                modifier,
                anchor,
            },
            start,
            end,
        ))
    }

    /// The word after a duration's unit (ending at `e`) that anchors it on the
    /// publication date, and the end of the expression: "qua", "vừa qua", "nay" (a
    /// stretch ending now: "5 năm qua", "10 năm nay"), "tới", "sắp tới" (a stretch starting now: "10 năm tới").
    fn anchor_after(&self, e: usize) -> (Anchor, usize) {
        match (self.kw(e), self.kw(e + 1)) {
            (Kw::Past, _) => (Anchor::EndsNow, e + 1),
            (Kw::This, _) if self.is(e, "nay") => (Anchor::EndsNow, e + 1),
            (_, Kw::Past) if self.is(e, "vừa") => (Anchor::EndsNow, e + 2),
            // (not "3 năm tới năm 2024": up to a date)
            (Kw::Next, _) if self.is(e, "tới") && self.point(e + 1, Cue::None).is_none() => {
                (Anchor::StartsNow, e + 1)
            }
            (_, Kw::Next) if self.is(e, "sắp") && self.is(e + 1, "tới") => {
                (Anchor::StartsNow, e + 2)
            }
            _ => (Anchor::None, e),
        }
    }

    /// A word of approximation ending right before token `first` ("hơn", "chưa đầy").
    fn approx_before(&self, first: usize) -> Option<(Approx, usize)> {
        let mods = [Approx::MoreThan, Approx::LessThan, Approx::About];
        (first.saturating_sub(2)..first).find_map(|s| {
            let (v, end) = self.phrase(s, &DURATION_MODIFIERS)?;
            (end == first).then(|| mods.get(v as usize).map(|&m| (m, s)))?
        })
    }

    /// A word before token `i` that makes what follows a length ("trong", "suốt", "mất").
    fn length_before(&self, i: usize) -> bool {
        i > 0 && self.is_any(i - 1, &TIME_DURATION_BEFORE)
    }

    /// Whether a count of hours `f` (its unit ending at `e`) is said to be a length: an
    /// approximation, a word of length before it or after it, or "đồng hồ" after it.
    fn says_length(&self, f: Found, e: usize) -> bool {
        let approx = matches!(
            f.raw,
            Raw::Duration {
                modifier: Some(_),
                ..
            }
        );
        approx
            || self.length_before(f.start)
            || self.is_any(e, &TIME_DURATION_AFTER)
            || (self.is(e, "đồng") && self.is(e + 1, "hồ"))
    }
}
