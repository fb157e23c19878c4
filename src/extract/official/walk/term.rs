//! A term written as two years joined by a spaced dash ("nhiệm kỳ 2021 - 2025", "khóa
//! 2016 – 2021"): one span of time, as "2021-2025" written without spaces is one word, so
//! the title that names its term runs on over both years (issue 12: "thành viên HĐQT nhiệm
//! kỳ 2021 - 2025" was cut at the dash).

use super::super::words::Words;

/// Is `s` a year of the calendar the news writes of (four digits, 1900 to 2100)?
fn year(s: &str) -> Option<u16> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse::<u16>().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
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
