//! The TIMEX3 side of a date fact: its type ([`TimexType`]) and its value typed
//! ([`TimexValue`]), written as the TIMEX3 `value` string (TimeML 1.2.1; ISO 8601 where
//! TIMEX3 follows it, `X` for an unknown digit, `PRESENT_REF`… for vague references).

use std::fmt::{self, Write as _};

use super::push_padded;

/// The TIMEX3 type of a date fact (`"type"` in the JSON).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

/// A string that is not a TIMEX3 value vinews writes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimexValueError;

impl fmt::Display for TimexValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a TIMEX3 value as vinews writes it")
    }
}

impl std::error::Error for TimexValueError {}

/// A number of ASCII digits, with an optional sign.
fn number(s: &str) -> Option<i32> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// A year of four (or more) digits, or `XXXX`: `Some(None)` for the latter.
fn year(s: &str) -> Option<Option<i32>> {
    if s == "XXXX" {
        return Some(None);
    }
    // four characters at least, a minus sign included, as `{:04}` writes a year
    (s.len() >= 4).then(|| number(s).map(Some))?
}

/// A number of exactly `width` digits that fits a `u8`.
fn two(s: &str) -> Option<u8> {
    (s.len() == 2).then(|| number(s)?.try_into().ok())?
}

/// `2023-09-19` / `XXXX-09-19`.
fn calendar_day(s: &str) -> Option<CalendarDay> {
    let (rest, day) = s.rsplit_once('-')?;
    let (y, month) = rest.rsplit_once('-')?;
    Some(CalendarDay {
        year: year(y)?,
        month: two(month)?,
        day: two(day)?,
    })
}

fn duration(s: &str) -> Option<Duration> {
    let (body, time) = match s.strip_prefix("PT") {
        Some(b) => (b, true),
        None => (s.strip_prefix('P')?, false),
    };
    let split = body.find(|c: char| c.is_ascii_uppercase() && c != 'X')?;
    let (count, letters) = body.split_at(split);
    let unit = [
        TimeUnit::Year,
        TimeUnit::Month,
        TimeUnit::Week,
        TimeUnit::Day,
        TimeUnit::Hour,
        TimeUnit::Minute,
        TimeUnit::Second,
        TimeUnit::Decade,
        TimeUnit::Century,
    ]
    .into_iter()
    .find(|u| u.letters() == (letters, time))?;
    let tenths = match count {
        "X" => None,
        _ => {
            let (whole, tenth) = count.split_once('.').unwrap_or((count, "0"));
            let ok = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
            if !ok(whole) || !ok(tenth) || tenth.len() != 1 {
                return None;
            }
            let whole: u32 = whole.parse().ok()?;
            Some(whole.checked_mul(10)?.checked_add(tenth.parse().ok()?)?)
        }
    };
    Some(Duration { tenths, unit })
}

impl std::str::FromStr for TimexValue {
    type Err = TimexValueError;

    /// Reads the TIMEX3 value as [`Display`](fmt::Display) writes it (the JSON's `value`):
    /// `s.parse::<TimexValue>()` of `v.to_string()` is `v`.
    fn from_str(s: &str) -> Result<TimexValue, TimexValueError> {
        let value = match s {
            "PRESENT_REF" => Some(TimexValue::Reference(Reference::Present)),
            "PAST_REF" => Some(TimexValue::Reference(Reference::Past)),
            "FUTURE_REF" => Some(TimexValue::Reference(Reference::Future)),
            _ if s.starts_with('P') => duration(s).map(TimexValue::Duration),
            _ if s.contains('T') => (|| {
                let (day, clock) = s.split_once('T')?;
                let (hour, minute) = clock.split_once(':')?;
                let day = match day {
                    "" => None,
                    d => Some(calendar_day(d)?),
                };
                Some(TimexValue::Time {
                    day,
                    hour: two(hour)?,
                    minute: two(minute)?,
                })
            })(),
            _ => (|| {
                let digits = s.trim_start_matches('-');
                if let Some((y, q)) = s.rsplit_once("-Q") {
                    let quarter = u8::try_from(number(q)?).ok()?;
                    return (q.len() == 1).then_some(TimexValue::Quarter {
                        year: year(y)?,
                        quarter,
                    });
                }
                match s.matches('-').count() - (s.len() - digits.len()) {
                    2 => Some(TimexValue::Day(calendar_day(s)?)),
                    1 => {
                        let (y, m) = s.rsplit_once('-')?;
                        Some(TimexValue::Month {
                            year: year(y)?,
                            month: two(m)?,
                        })
                    }
                    // the width written, a minus sign included (`{:02}`, `{:03}`, `{:04}`)
                    _ => match s.len() {
                        2 => number(s).map(TimexValue::Century),
                        3 => number(s).map(TimexValue::Decade),
                        _ => year(s)?.map(TimexValue::Year),
                    },
                }
            })(),
        };
        value.ok_or(TimexValueError)
    }
}

impl<'de> serde::Deserialize<'de> for TimexValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<TimexValue, D::Error> {
        let s = <String as serde::Deserialize>::deserialize(d)?;
        s.parse()
            .map_err(|_| serde::de::Error::custom(format!("{s:?}: {TimexValueError}")))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for TimexValue {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "TimexValue".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "The TIMEX3 value: 2023-09-19, XXXX-09-19, 2023-09, 2023-Q3, 2023, 199 (a decade), 17 (a century), 2023-09-19T20:00, T20:00, P3Y, PT2H, P1.5Y, PXY, PRESENT_REF, PAST_REF, FUTURE_REF"
        })
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
            assert_eq!(want.parse::<TimexValue>(), Ok(v), "{want}");
            assert_eq!(
                serde_json::from_value::<TimexValue>(want.into()).unwrap(),
                v
            );
        }
        for v in [
            TimexValue::Year(938),
            TimexValue::Year(-5),
            TimexValue::Year(12345),
            TimexValue::Decade(-3),
            TimexValue::Century(5),
            TimexValue::Quarter {
                year: None,
                quarter: 4,
            },
            TimexValue::Time {
                day: Some(day(None, 2, 9)),
                hour: 24,
                minute: 0,
            },
            dur(Some(1), TimeUnit::Century),
            dur(Some(70), TimeUnit::Week),
            dur(Some(5), TimeUnit::Second),
        ] {
            assert_eq!(v.to_string().parse::<TimexValue>(), Ok(v), "{v}");
        }
        for bad in [
            "",
            "P",
            "PT",
            "PY",
            "P1",
            "P1.Y",
            "P1.55Y",
            "PT3Y",
            "PxY",
            "T9:00",
            "2023-9",
            "2023-Q",
            "2023-Q10",
            "XXXX",
            "1",
            "x",
            "2023-09-19T",
            "T20",
            "2023--09",
            "-",
            "2023-09-19-01",
            "NOW",
        ] {
            assert_eq!(bad.parse::<TimexValue>(), Err(TimexValueError), "{bad}");
        }
    }
}
