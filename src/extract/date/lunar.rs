//! The Vietnamese lunar calendar, computed for UTC+7.
//!
//! This is Hồ Ngọc Đức's public algorithm ("Âm lịch Việt Nam", astronomical new moons
//! and solar terms after Jean Meeus, *Astronomical Algorithms*), ported to Rust. Months
//! start on the day (in Vietnam's time zone) of the new moon; month 11 holds the winter
//! solstice; a leap month is the first month of a 13-month year without a major solar
//! term. Because the day boundary is UTC+7, some years differ from the Chinese calendar
//! (Tết 1985 was 21 January in Vietnam, 20 February in China).

use std::sync::OnceLock;

use super::Date;

const TZ: f64 = 7.0;

fn int(x: f64) -> i64 {
    x.floor() as i64
}

/// Julian day number of a Gregorian date.
pub(crate) fn jd_from_date(dd: i64, mm: i64, yy: i64) -> i64 {
    let a = (14 - mm).div_euclid(12);
    let y = yy + 4800 - a;
    let m = mm + 12 * a - 3;
    dd + (153 * m + 2).div_euclid(5) + 365 * y + y.div_euclid(4) - y.div_euclid(100)
        + y.div_euclid(400)
        - 32045
}

/// Gregorian `(year, month, day)` of a Julian day number.
pub(crate) fn jd_to_date(jd: i64) -> (i64, i64, i64) {
    let a = jd + 32044;
    let b = (4 * a + 3).div_euclid(146097);
    let c = a - (b * 146097).div_euclid(4);
    let d = (4 * c + 3).div_euclid(1461);
    let e = c - (1461 * d).div_euclid(4);
    let m = (5 * e + 2).div_euclid(153);
    let day = e - (153 * m + 2).div_euclid(5) + 1;
    let month = m + 3 - 12 * m.div_euclid(10);
    let year = b * 100 + d - 4800 + m.div_euclid(10);
    (year, month, day)
}

/// Julian day (fractional, UT) of the k-th new moon after 1900-01-01.
fn new_moon(k: i64) -> f64 {
    let k = k as f64;
    let t = k / 1236.85;
    let t2 = t * t;
    let t3 = t2 * t;
    let dr = std::f64::consts::PI / 180.0;
    let mut jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 += 0.00033 * ((166.56 + 132.87 * t - 0.009173 * t2) * dr).sin();
    let m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    let mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    let f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    let mut c1 = (0.1734 - 0.000393 * t) * (m * dr).sin() + 0.0021 * (2.0 * dr * m).sin();
    c1 = c1 - 0.4068 * (mpr * dr).sin() + 0.0161 * (dr * 2.0 * mpr).sin();
    c1 -= 0.0004 * (dr * 3.0 * mpr).sin();
    c1 = c1 + 0.0104 * (dr * 2.0 * f).sin() - 0.0051 * (dr * (m + mpr)).sin();
    c1 = c1 - 0.0074 * (dr * (m - mpr)).sin() + 0.0004 * (dr * (2.0 * f + m)).sin();
    c1 = c1 - 0.0004 * (dr * (2.0 * f - m)).sin() - 0.0006 * (dr * (2.0 * f + mpr)).sin();
    c1 = c1 + 0.0010 * (dr * (2.0 * f - mpr)).sin() + 0.0005 * (dr * (2.0 * mpr + m)).sin();
    let deltat = if t < -11.0 {
        0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    } else {
        -0.000278 + 0.000265 * t + 0.000262 * t2
    };
    jd1 + c1 - deltat
}

/// Sun's longitude (radians, 0..2π) at a fractional Julian day.
fn sun_longitude(jdn: f64) -> f64 {
    let t = (jdn - 2451545.0) / 36525.0;
    let t2 = t * t;
    let dr = std::f64::consts::PI / 180.0;
    let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    let mut dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * (dr * m).sin();
    dl += (0.019993 - 0.000101 * t) * (dr * 2.0 * m).sin() + 0.000290 * (dr * 3.0 * m).sin();
    let mut l = (l0 + dl) * dr;
    let two_pi = std::f64::consts::PI * 2.0;
    l -= two_pi * (l / two_pi).floor();
    l
}

/// The sector (0..11, 30° each) of the sun's longitude at the start of local day `jd`.
fn sun_sector(jd: i64) -> i64 {
    int(sun_longitude(jd as f64 - 0.5 - TZ / 24.0) / std::f64::consts::PI * 6.0)
}

/// The local day of the k-th new moon.
fn new_moon_day(k: i64) -> i64 {
    int(new_moon(k) + 0.5 + TZ / 24.0)
}

/// The first day of lunar month 11 of solar year `yy`.
fn lunar_month_11(yy: i64) -> i64 {
    let off = jd_from_date(31, 12, yy) - 2415021;
    let k = int(off as f64 / 29.530588853);
    let nm = new_moon_day(k);
    if sun_sector(nm) >= 9 {
        new_moon_day(k - 1)
    } else {
        nm
    }
}

/// Offset (in months after month 11 starting at `a11`) of the leap month.
fn leap_month_offset(a11: i64) -> i64 {
    let k = int((a11 as f64 - 2415021.076998695) / 29.530588853 + 0.5);
    let mut i = 1;
    let mut arc = sun_sector(new_moon_day(k + i));
    loop {
        let last = arc;
        i += 1;
        arc = sun_sector(new_moon_day(k + i));
        if arc == last || i >= 14 {
            break;
        }
    }
    i - 1
}

/// The solar date of lunar `day`/`month` (1..=12) of lunar year `year`, `leap` for the
/// leap month; `None` when that day does not exist (day 30 of a 29-day month, a leap
/// month the year lacks) or the year is outside 1800..=2199.
///
/// # Examples
///
/// ```
/// use vinews::extract::lunar::lunar_to_solar;
/// assert_eq!(lunar_to_solar(1, 1, 2023, false).unwrap().to_string(), "2023-01-22");
/// ```
#[must_use]
pub fn lunar_to_solar(day: u8, month: u8, year: i32, leap: bool) -> Option<Date> {
    if !(1..=30).contains(&day) || !(1..=12).contains(&month) || !(1800..=2199).contains(&year) {
        return None;
    }
    let (ly, lm) = (i64::from(year), i64::from(month));
    // months 11 and 12 start the sui of solar year `ly`, the others end that of `ly - 1`
    let sui = if lm < 11 { sui(ly - 1)? } else { sui(ly)? };
    let off = month_offset(lm, leap, sui.leap_off)?;
    let start = *sui.starts.get(off as usize)?;
    let next = *sui.starts.get(off as usize + 1)?;
    if i64::from(day) > next - start {
        return None;
    }
    let (y, m, d) = jd_to_date(start + i64::from(day) - 1);
    Date::new(y as i32, m as u8, d as u8)
}

/// The place of lunar month `lm` (`leap`: its leap month) among the months of a sui that
/// starts at month 11, given the offset of the sui's leap month if it has one; `None` for
/// a leap month the sui lacks.
fn month_offset(lm: i64, leap: bool, leap_off: Option<i64>) -> Option<i64> {
    let off = (lm + 1) % 12;
    match leap_off {
        Some(leap_off) => {
            let leap_month = (leap_off - 2).rem_euclid(12);
            if leap && lm != leap_month {
                None
            } else if leap || off >= leap_off {
                Some(off + 1)
            } else {
                Some(off)
            }
        }
        None if leap => None,
        None => Some(off),
    }
}

/// The first solar year whose sui (its lunar months from month 11) is kept.
const FIRST_SUI: i64 = 1799;
/// How many sui are kept: those of the solar years that [`lunar_to_solar`] reads
/// (`FIRST_SUI..=2199`).
const SUIS: usize = 401;

/// The months from month 11 of solar year `yy` to month 11 of the next: the offset of
/// the leap month when there is one, and the first day of each month (and of the next
/// sui's month 11 after the last).
#[derive(Debug)]
struct Sui {
    leap_off: Option<i64>,
    starts: [i64; 14],
}

/// The sui of solar year `yy`, computed once per process (a few thousand new moons
/// would otherwise be computed again for every lunar date of every text).
fn sui(yy: i64) -> Option<&'static Sui> {
    static TABLE: [OnceLock<Sui>; SUIS] = [const { OnceLock::new() }; SUIS];
    let cell = TABLE.get(usize::try_from(yy - FIRST_SUI).ok()?)?;
    Some(cell.get_or_init(|| {
        let (a11, b11) = (lunar_month_11(yy), lunar_month_11(yy + 1));
        let k = int(0.5 + (a11 as f64 - 2415021.076998695) / 29.530588853);
        let leap_off = (b11 - a11 > 365).then(|| leap_month_offset(a11));
        let mut starts = [0; 14];
        for (j, s) in (0..).zip(starts.iter_mut()) {
            *s = new_moon_day(k + j);
        }
        Sui { leap_off, starts }
    }))
}

/// [`lunar_to_solar`] computed directly, with no table: the definition the table is
/// tested against.
#[cfg(test)]
fn lunar_to_solar_direct(day: u8, month: u8, year: i32, leap: bool) -> Option<Date> {
    if !(1..=30).contains(&day) || !(1..=12).contains(&month) || !(1800..=2199).contains(&year) {
        return None;
    }
    let (ly, lm) = (i64::from(year), i64::from(month));
    let (a11, b11) = if lm < 11 {
        (lunar_month_11(ly - 1), lunar_month_11(ly))
    } else {
        (lunar_month_11(ly), lunar_month_11(ly + 1))
    };
    let k = int(0.5 + (a11 as f64 - 2415021.076998695) / 29.530588853);
    let off = month_offset(lm, leap, (b11 - a11 > 365).then(|| leap_month_offset(a11)))?;
    let start = new_moon_day(k + off);
    let next = new_moon_day(k + off + 1);
    if i64::from(day) > next - start {
        return None;
    }
    let (y, m, d) = jd_to_date(start + i64::from(day) - 1);
    Date::new(y as i32, m as u8, d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tet(year: i32) -> String {
        lunar_to_solar(1, 1, year, false).unwrap().to_string()
    }

    #[test]
    fn known_tet_dates() {
        assert_eq!(tet(2021), "2021-02-12");
        assert_eq!(tet(2023), "2023-01-22");
        assert_eq!(tet(2024), "2024-02-10");
        assert_eq!(tet(2025), "2025-01-29");
        assert_eq!(tet(2020), "2020-01-25");
        assert_eq!(tet(2017), "2017-01-28");
        // Vietnam (UTC+7) and China (UTC+8) differ this year.
        assert_eq!(tet(1985), "1985-01-21");
        assert_eq!(tet(1968), "1968-01-29");
    }

    #[test]
    fn other_lunar_days() {
        // Giỗ Tổ Hùng Vương, 10/3 âm lịch
        assert_eq!(
            lunar_to_solar(10, 3, 2023, false).unwrap().to_string(),
            "2023-04-29"
        );
        // Rằm tháng Bảy (Vu Lan) 2023
        assert_eq!(
            lunar_to_solar(15, 7, 2023, false).unwrap().to_string(),
            "2023-08-30"
        );
        // 2023 has a leap month 2
        assert_eq!(
            lunar_to_solar(1, 2, 2023, true).unwrap().to_string(),
            "2023-03-22"
        );
        assert!(lunar_to_solar(1, 5, 2023, true).is_none());
        assert!(lunar_to_solar(31, 1, 2023, false).is_none());
    }

    #[test]
    fn the_table_is_the_direct_computation() {
        for year in (1800..=2199).step_by(3).chain(2015..=2030) {
            for month in 1..=12 {
                for day in [1, 2, 15, 28, 29, 30] {
                    for leap in [false, true] {
                        assert_eq!(
                            lunar_to_solar(day, month, year, leap),
                            lunar_to_solar_direct(day, month, year, leap),
                            "{day}/{month}/{year} {leap}"
                        );
                    }
                }
            }
        }
        for (d, m, y) in [
            (0, 1, 2023),
            (1, 0, 2023),
            (31, 1, 2023),
            (1, 13, 2023),
            (1, 1, 1799),
            (1, 1, 2200),
        ] {
            assert_eq!(lunar_to_solar(d, m, y, false), None);
            assert_eq!(lunar_to_solar_direct(d, m, y, false), None);
        }
    }

    #[test]
    fn julian_day_round_trip() {
        for jd in [2_299_161, 2_451_545, 2_460_000, 2_415_021] {
            let (y, m, d) = jd_to_date(jd);
            assert_eq!(jd_from_date(d, m, y), jd);
        }
    }
}
