//! A term written as two years joined by a spaced dash ("nhiệm kỳ 2021 - 2025", "khóa
//! 2016 – 2021"): one span of time, as "2021-2025" written without spaces is one word, so
//! the title that names its term runs on over both years (issue 12: "thành viên HĐQT nhiệm
//! kỳ 2021 - 2025" was cut at the dash).

use super::super::words::Words;
use crate::extract::date::grammar::is_year;

/// The year word `s` writes, by the date grammar's test ([`is_year`]: four digits).
pub(in crate::extract::official) fn year(s: &str) -> Option<u32> {
    let y = s
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| s.parse::<u32>().ok())??;
    is_year(y, s.len()).then_some(y)
}

/// Do the words before and at word `j`, which a dash separates, write a range of years,
/// the later after the earlier ("2021 - 2025")?
pub(super) fn year_range_at(w: &Words<'_>, j: usize) -> bool {
    j > 0
        && j < w.len()
        && year(w.word(j - 1))
            .zip(year(w.word(j)))
            .is_some_and(|(a, b)| a < b)
}
