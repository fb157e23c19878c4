//! Calendar dates, and the date facts found in text.
//!
//! The grammar that finds them is split by what it reads: `grammar` (points and the
//! words around them), `worded` (unit words, clock times, days in words), `numeric`
//! (bare number runs), `bare` (whether bare day-months like "19-8" are dates), `era`
//! (decades, centuries, vague references, dates of birth), `duration` (durations and
//! sets); `value` types the TIMEX3 value;
//! `resolve` turns what was read into calendar values, and
//! [`lunar`] converts lunar dates.

mod bare;
mod duration;
mod era;
mod festival;
pub(crate) mod grammar;
pub mod lunar;
mod numeric;
pub(crate) mod resolve;
mod value;
mod weekday;
mod worded;

pub use value::{
    CalendarDay, Duration, Reference, TimeUnit, TimexType, TimexValue, TimexValueError,
};

use std::fmt::{self, Write as _};
use std::str::FromStr;

/// A day of the proleptic Gregorian calendar.
///
/// # Examples
///
/// ```
/// use vinews::Date;
/// let d: Date = "2023-09-19".parse().unwrap();
/// assert_eq!((d.year(), d.month(), d.day()), (2023, 9, 19));
/// assert_eq!(d.to_string(), "2023-09-19");
/// assert!("2023-02-29".parse::<Date>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// The text was not a valid `YYYY-MM-DD` date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError {
    input: String,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a valid YYYY-MM-DD date: {:?}", self.input)
    }
}

impl std::error::Error for DateError {}

/// Days in `month` of `year`.
#[must_use]
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date, or `None` when it does not exist.
    #[must_use]
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        (day >= 1 && day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// The year.
    #[must_use]
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    #[must_use]
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    #[must_use]
    pub fn day(&self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    ///
    /// # Examples
    ///
    /// ```
    /// let d: vinews::Date = "1970-01-02".parse().unwrap();
    /// assert_eq!(d.days_since_epoch(), 1);
    /// ```
    #[must_use]
    pub fn days_since_epoch(&self) -> i64 {
        // Howard Hinnant's days_from_civil
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01, when its year fits in an `i32`.
    #[must_use]
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(i32::try_from(y).ok()?, m as u8, d as u8)
    }

    /// The date `n` days later (earlier when negative).
    #[must_use]
    pub fn add_days(&self, n: i64) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch().checked_add(n)?)
    }

    /// The year and month `k` months later (earlier when negative).
    pub(crate) fn add_months(&self, k: i64) -> Option<(i32, u8)> {
        let idx = i64::from(self.year()) * 12 + i64::from(self.month()) - 1 + k;
        Some((
            i32::try_from(idx.div_euclid(12)).ok()?,
            (idx.rem_euclid(12) + 1) as u8,
        ))
    }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    #[must_use]
    pub fn weekday(&self) -> u8 {
        // 1970-01-01 was a Thursday (4)
        ((self.days_since_epoch() + 3).rem_euclid(7) + 1) as u8
    }

    /// The last day of this date's month.
    #[must_use]
    pub fn month_end(year: i32, month: u8) -> Option<Date> {
        Date::new(year, month, days_in_month(year, month))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::with_capacity(10);
        push_ymd(&mut s, Some(self.year), self.month, Some(self.day));
        f.write_str(&s)
    }
}

/// Appends `v` zero-padded to `width` digits, exactly as `write!(s, "{v:0width$}")`
/// does, but digit by digit for the usual case of `0 <= v < 10^width` (the resolver
/// writes thousands of dates, and the formatting machinery costs ~10× more).
pub(crate) fn push_padded(s: &mut String, v: i32, width: u32) {
    let Some(limit) = 10i32.checked_pow(width) else {
        let _ = write!(s, "{v:0w$}", w = width as usize);
        return;
    };
    if width > 0 && (0..limit).contains(&v) {
        let mut k = limit;
        while k > 1 {
            k /= 10;
            // `v / k % 10` is a single digit
            s.push(char::from(b'0' + (v / k % 10) as u8));
        }
    } else {
        let _ = write!(s, "{v:0w$}", w = width as usize);
    }
}

/// Appends `YYYY-MM-DD` (`XXXX-MM-DD` without a year, as TIMEX3 writes it; `YYYY-MM` /
/// `XXXX-MM` without a day): the same text as `format!("{y:04}-{m:02}-{d:02}")` and its
/// variants.
pub(crate) fn push_ymd(s: &mut String, y: Option<i32>, m: u8, d: Option<u8>) {
    match y {
        Some(y) => push_padded(s, y, 4),
        None => s.push_str("XXXX"),
    }
    s.push('-');
    push_padded(s, i32::from(m), 2);
    if let Some(d) = d {
        s.push('-');
        push_padded(s, i32::from(d), 2);
    }
}

/// [`push_ymd`] into a new string.
pub(crate) fn fmt_ymd(y: Option<i32>, m: u8, d: Option<u8>) -> String {
    let mut s = String::with_capacity(10);
    push_ymd(&mut s, y, m, d);
    s
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Date, DateError> {
        let err = || DateError {
            input: s.chars().take(40).collect(),
        };
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(err());
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
            return Err(err());
        };
        Date::new(y as i32, m as u8, d as u8).ok_or_else(err)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// What a date fact denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DateKind {
    /// One calendar day ("ngày 19/9/2023").
    Day,
    /// A month ("tháng 8/2023").
    Month,
    /// A quarter ("quý III/2023").
    Quarter,
    /// A year ("năm 2023").
    Year,
    /// A stretch named by its own words ("8 tháng đầu năm 2023", "giai đoạn 2021-2025",
    /// "từ 1/4/2017", "đến hết tháng 8 năm 2023"); one end may be open.
    Period,
    /// Two dates joined ("từ 19/9 đến 20/9", "19-20/9").
    Range,
    /// Relative to the publication date ("hôm qua", "tuần trước", "năm ngoái").
    Relative,
    /// A clock time, with its day when given ("20h ngày 19/9").
    Time,
    /// A day or month of the lunar calendar ("rằm tháng Giêng", "15/7 âm lịch", "Tết
    /// Trung thu", "Đầu xuân Canh Tý").
    Lunar,
    /// A decade ("những năm 1990", "thập niên 70"): `value` is its first three digits
    /// (TIMEX3 "199").
    Decade,
    /// A century ("thế kỷ XVIII", "thế kỷ 21"): `value` is the first two digits of its
    /// years (TIMEX3: the 18th century, 1700–1799, is "17").
    Century,
    /// A vague reference ("hiện nay", "thời gian qua", "sắp tới"): `value` is
    /// `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`.
    Reference,
    /// A length of time ("3 năm", "hơn 2 tiếng", "nửa tháng"): `value` is the TIMEX3
    /// duration (`P3Y`, `PT2H`), an approximation its `modifier`.
    Duration,
    /// A recurrence ("hằng năm", "mỗi ngày", "hàng quý"): `value` is its period (`P1Y`,
    /// `P1D`, `P3M`).
    Set,
}

impl DateKind {
    /// The TIMEX3 type of facts of this kind.
    #[must_use]
    pub fn timex_type(self) -> TimexType {
        match self {
            DateKind::Time => TimexType::Time,
            DateKind::Duration => TimexType::Duration,
            DateKind::Set => TimexType::Set,
            _ => TimexType::Date,
        }
    }
}

/// A time expression found in text (TIMEX3: a date, time, duration or set), resolved to
/// calendar values.
///
/// `timex` (`"type"` in the JSON) is its TIMEX3 type and `value` its TIMEX3 value, typed
/// ([`TimexValue`]) and written as the TIMEX3 string: `2023-09-19`, `2023-09`, `2023`,
/// `2023-Q3`, `2023-09-19T20:00` or `T20:00`, `XXXX-09-19` / `XXXX-09` when no year can be
/// known, a decade `199`, a century `17`, a duration or a set's period `P3Y`, `PT24H`, a
/// reference `PRESENT_REF`/`PAST_REF`/`FUTURE_REF`. Stretches (decades and centuries
/// too) give `from` and `to` (days, inclusive); an open end is left out.
///
/// # Examples
///
/// ```
/// use vinews::TimexType;
/// let a = vinews::Article::parse("Ngày 19/9, xã đạt chuẩn nông thôn mới năm 2023.");
/// assert_eq!(a.dates[0].text, "Ngày 19/9");
/// assert_eq!(a.dates[0].value_str().as_deref(), Some("2023-09-19"));
/// assert_eq!(a.dates[0].timex, TimexType::Date);
/// assert!(a.dates[0].year_inferred);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct DateFact {
    /// The expression, in normalized form.
    pub text: String,
    /// Its bytes in the original input (`start`, `end` in the JSON).
    #[serde(flatten)]
    pub span: crate::Span,
    /// What it denotes.
    pub kind: DateKind,
    /// Its TIMEX3 type (`"type"` in the JSON), coarser than `kind`.
    #[serde(rename = "type")]
    pub timex: TimexType,
    /// The resolved value, written as its TIMEX3 value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<TimexValue>,
    /// First day of a stretch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Last day of a stretch.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// The year was not written: it came from the publication date or, without one, from
    /// the article's own explicit years.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub year_inferred: bool,
    /// The part of the day named ("sáng", "chiều", …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part_of_day: Option<String>,
    /// The ISO weekday named (Monday = 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weekday: Option<u8>,
    /// The lunar date as written, `YYYY-MM-DD`, `YYYY-MM` or `XXXX-MM-DD` (lunar facts: a
    /// festival's lunar day, "Tết Trung thu" `2020-08-15`), or the lunar year `YYYY` of a
    /// can-chi year ("năm Canh Tý", a `Year` fact).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lunar: Option<String>,
    /// For relative facts: the unit counted (`day`, `week`, `month`, `year`; for a count
    /// anchored on the publication date, "24 giờ qua", "1 thập kỷ tới", also `hour`,
    /// `minute`, `second`, `decade`, `century`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// For relative facts: how many units from the publication date (−1 = the previous).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i32>,
    /// The TIMEX3 `mod`: for decades and centuries the part named (`START` for "đầu",
    /// `MID` for "giữa", `END` for "cuối"), for a part of a month or a year likewise
    /// ("cuối tháng 6", "trung tuần tháng 5" `MID`, "cuối năm 2021"); for durations an approximation (`MORE_THAN`
    /// for "hơn", "trên", "hàng chục"; `LESS_THAN` for "gần", "chưa đầy"; `APPROX` for
    /// "khoảng").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// The date is someone's date of birth ("sinh năm 1961", "SN 1979").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub birth: bool,
}

impl DateFact {
    /// The value as its TIMEX3 string (`value.as_ref().map(ToString::to_string)`).
    #[must_use]
    pub fn value_str(&self) -> Option<String> {
        self.value.as_ref().map(ToString::to_string)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padded_digits_match_the_formatter() {
        for v in [
            -12345, -100, -1, 0, 1, 7, 9, 10, 99, 100, 999, 2023, 9999, 10000, 123456,
        ] {
            for w in 0..6 {
                let mut s = String::from("x");
                push_padded(&mut s, v, w);
                assert_eq!(s, format!("x{v:0w$}", w = w as usize), "{v} {w}");
            }
        }
        for y in [None, Some(-5), Some(0), Some(33), Some(2023), Some(12345)] {
            for m in [0u8, 1, 9, 12, 99, 255] {
                let want = match y {
                    Some(y) => format!("{y:04}-{m:02}"),
                    None => format!("XXXX-{m:02}"),
                };
                assert_eq!(fmt_ymd(y, m, None), want);
                for d in [1u8, 9, 31, 200] {
                    assert_eq!(fmt_ymd(y, m, Some(d)), format!("{want}-{d:02}"));
                }
            }
        }
        let d = Date::new(2023, 9, 5).unwrap_or_else(|| unreachable!());
        assert_eq!(d.to_string(), "2023-09-05");
    }

    #[test]
    fn epoch_days_round_trip() {
        for s in [
            "1970-01-01",
            "2000-02-29",
            "2023-09-19",
            "1899-12-31",
            "2100-03-01",
        ] {
            let d: Date = s.parse().unwrap();
            assert_eq!(Date::from_days_since_epoch(d.days_since_epoch()), Some(d));
        }
        let d: Date = "2023-09-19".parse().unwrap();
        assert_eq!(d.weekday(), 2); // a Tuesday
    }
}
