//! The TIMEX3 side of a date fact: its type ([`TimexType`]) and its value typed
//! ([`TimexValue`]), written as the TIMEX3 `value` string (TimeML 1.2.1; ISO 8601 where
//! TIMEX3 follows it, `X` for an unknown digit, `PRESENT_REF`… for vague references).

use std::fmt::{self, Write as _};

use super::push_padded;

/// The TIMEX3 type of a date fact (`"type"` in the JSON).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "UPPERCASE")]
#[non_exhaustive]
pub enum TimexType {
    /// A point or a stretch of the calendar: a day, month, quarter, year, decade,
    /// century, period, range, relative date, lunar date or vague reference.
    Date,
    /// A clock time, with its day when known.
    Time,
    /// A length of time ("3 năm", "hơn 2 tiếng").
    Duration,
    /// A recurrence ("hằng năm", "mỗi ngày"): its value is the period.
    Set,
}

/// A day whose year may be unknown (written `XXXX-09-19` then).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CalendarDay {
    /// The year, when known.
    pub year: Option<i32>,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, from 1.
    pub day: u8,
}

/// The unit of a [`Duration`] (TIMEX3 writes hours, minutes and seconds after a `T`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimeUnit {
    /// `Y`: years ("năm").
    Year,
    /// `M`: months ("tháng").
    Month,
    /// `W`: weeks ("tuần").
    Week,
    /// `D`: days ("ngày").
    Day,
    /// `TH`: hours ("giờ", "tiếng", "h").
    Hour,
    /// `TM`: minutes ("phút").
    Minute,
    /// `TS`: seconds ("giây").
    Second,
    /// `DE`: decades ("thập kỷ", "thập niên").
    Decade,
    /// `CE`: centuries ("thế kỷ").
    Century,
}

impl TimeUnit {
    /// Its TIMEX3 letters, and whether they follow the time designator `T`.
    fn letters(self) -> (&'static str, bool) {
        match self {
            TimeUnit::Year => ("Y", false),
            TimeUnit::Month => ("M", false),
            TimeUnit::Week => ("W", false),
            TimeUnit::Day => ("D", false),
            TimeUnit::Hour => ("H", true),
            TimeUnit::Minute => ("M", true),
            TimeUnit::Second => ("S", true),
            TimeUnit::Decade => ("DE", false),
            TimeUnit::Century => ("CE", false),
        }
    }
}

/// A length of time: `tenths / 10` units, or an unknown count ("vài năm": `PXY`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Duration {
    /// The count in tenths of the unit (15 for "1,5 năm", 5 for "nửa tháng"); `None`
    /// when the text gives no number ("vài", "mấy").
    pub tenths: Option<u32>,
    /// The unit counted.
    pub unit: TimeUnit,
}

/// A vague reference (TIMEX3 `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reference {
    /// `PRESENT_REF`: "hiện nay", "đến nay".
    Present,
    /// `PAST_REF`: "thời gian qua", "gần đây".
    Past,
    /// `FUTURE_REF`: "thời gian tới", "sắp tới".
    Future,
}

/// The resolved value of a date fact, written (`Display`, and in the JSON) as its
/// TIMEX3 `value`.
///
/// # Examples
///
/// ```
/// let a = vinews::Article::parse("Quý III/2023, xã làm đường trong hơn 2 tiếng.");
/// let values: Vec<String> = a.dates.iter().filter_map(|d| d.value_str()).collect();
/// assert_eq!(values, ["2023-Q3", "PT2H"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimexValue {
    /// A day: `2023-09-19`, or `XXXX-09-19` when the year is unknown.
    Day(CalendarDay),
    /// A month: `2023-09`, or `XXXX-09`.
    Month {
        /// The year, when known.
        year: Option<i32>,
        /// The month, 1 to 12.
        month: u8,
    },
    /// A quarter: `2023-Q3`, or `XXXX-Q3`.
    Quarter {
        /// The year, when known.
        year: Option<i32>,
        /// The quarter, 1 to 4.
        quarter: u8,
    },
    /// A year: `2023`.
    Year(i32),
    /// A decade by its first three digits: `199` for the 1990s.
    Decade(i32),
    /// A century by the first two digits of its years: `17` for the 18th century
    /// (1700–1799), as TIMEX3 writes it.
    Century(i32),
    /// A clock time on its day, `2023-09-19T20:00` (`XXXX-09-19T20:00`), or without a
    /// known day `T20:00` (ISO 8601's time designator, as TIMEX3 and SUTime write it).
    Time {
        /// The day, when known.
        day: Option<CalendarDay>,
        /// The hour, 0 to 24.
        hour: u8,
        /// The minute, 0 to 59.
        minute: u8,
    },
    /// A length (DURATION) or the period of a recurrence (SET): `P3Y`, `P6M`, `P2W`,
    /// `P5D`, `PT24H`, `PT30M`, `PT10S`, `P2DE`, `P1CE`, `P1.5Y`, `PXY`.
    Duration(Duration),
    /// A vague reference: `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Reference(Reference),
}

/// Appends `y` as four digits, or `XXXX`.
fn push_year(s: &mut String, y: Option<i32>) {
    match y {
        Some(y) => push_padded(s, y, 4),
        None => s.push_str("XXXX"),
    }
}

/// Appends `2023-09-19` / `XXXX-09-19`.
fn push_day(s: &mut String, d: CalendarDay) {
    push_year(s, d.year);
    s.push('-');
    push_padded(s, i32::from(d.month), 2);
    s.push('-');
    push_padded(s, i32::from(d.day), 2);
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (letters, time) = self.unit.letters();
        f.write_str(if time { "PT" } else { "P" })?;
        match self.tenths {
            None => f.write_char('X')?,
            Some(t) if t % 10 == 0 => write!(f, "{}", t / 10)?,
            Some(t) => write!(f, "{}.{}", t / 10, t % 10)?,
        }
        f.write_str(letters)
    }
}

impl fmt::Display for TimexValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::with_capacity(16);
        match *self {
            TimexValue::Day(d) => push_day(&mut s, d),
            TimexValue::Month { year, month } => {
                push_year(&mut s, year);
                s.push('-');
                push_padded(&mut s, i32::from(month), 2);
            }
            TimexValue::Quarter { year, quarter } => {
                push_year(&mut s, year);
                s.push_str("-Q");
                push_padded(&mut s, i32::from(quarter), 1);
            }
            TimexValue::Year(y) => push_padded(&mut s, y, 4),
            TimexValue::Decade(d) => push_padded(&mut s, d, 3),
            TimexValue::Century(c) => push_padded(&mut s, c, 2),
            TimexValue::Time { day, hour, minute } => {
                if let Some(d) = day {
                    push_day(&mut s, d);
                }
                s.push('T');
                push_padded(&mut s, i32::from(hour), 2);
                s.push(':');
                push_padded(&mut s, i32::from(minute), 2);
            }
            TimexValue::Duration(d) => return d.fmt(f),
            TimexValue::Reference(r) => {
                return f.write_str(match r {
                    Reference::Present => "PRESENT_REF",
                    Reference::Past => "PAST_REF",
                    Reference::Future => "FUTURE_REF",
                });
            }
        }
        f.write_str(&s)
    }
}

impl serde::Serialize for TimexValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_written_as_timex3() {
        let day = |year, month, day| CalendarDay { year, month, day };
        let dur = |tenths, unit| TimexValue::Duration(Duration { tenths, unit });
        let cases = [
            (TimexValue::Day(day(Some(2023), 9, 19)), "2023-09-19"),
            (TimexValue::Day(day(None, 9, 19)), "XXXX-09-19"),
            (
                TimexValue::Month {
                    year: None,
                    month: 9,
                },
                "XXXX-09",
            ),
            (
                TimexValue::Quarter {
                    year: Some(2023),
                    quarter: 3,
                },
                "2023-Q3",
            ),
            (TimexValue::Year(2023), "2023"),
            (TimexValue::Decade(199), "199"),
            (TimexValue::Century(17), "17"),
            (
                TimexValue::Time {
                    day: Some(day(Some(2023), 9, 19)),
                    hour: 20,
                    minute: 0,
                },
                "2023-09-19T20:00",
            ),
            (
                TimexValue::Time {
                    day: None,
                    hour: 9,
                    minute: 5,
                },
                "T09:05",
            ),
            (dur(Some(30), TimeUnit::Year), "P3Y"),
            (dur(Some(15), TimeUnit::Year), "P1.5Y"),
            (dur(Some(5), TimeUnit::Month), "P0.5M"),
            (dur(Some(240), TimeUnit::Hour), "PT24H"),
            (dur(Some(300), TimeUnit::Minute), "PT30M"),
            (dur(Some(20), TimeUnit::Decade), "P2DE"),
            (dur(None, TimeUnit::Year), "PXY"),
            (TimexValue::Reference(Reference::Past), "PAST_REF"),
        ];
        for (v, want) in cases {
            assert_eq!(v.to_string(), want);
            assert_eq!(serde_json::to_value(v).unwrap(), want);
        }
    }
}
