//! A term written as two years joined by a spaced dash ("nhiệm kỳ 2021 - 2025", "khóa
//! 2016 – 2021"): one span of time, as "2021-2025" written without spaces is one word, so
//! the title that names its term runs on over both years (issue 12: "thành viên HĐQT nhiệm
//! kỳ 2021 - 2025" was cut at the dash).

use super::super::words::{Gap, Words};
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

/// The end of the term a post is held for, said from word `j`: "khóa" (session, term) and
/// its number ("khóa XVIII", "khóa 14"), or "nhiệm kỳ" (term of office) and its years
/// ("nhiệm kỳ 2021-2026", "nhiệm kỳ 2016 – 2021"): the word after it. "nhiệm kỳ này" (this
/// term) names no years: none.
pub(in crate::extract::official) fn term_end(w: &Words<'_>, j: usize) -> Option<usize> {
    let spaced = |k: usize| k < w.len() && w.gap(k) == Gap::Space;
    if w.word(j) == "khóa" && spaced(j + 1) {
        let n = w.word(j + 1);
        let roman = !n.is_empty() && n.bytes().all(|b| b"IVXLC".contains(&b));
        let number = !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit());
        return (roman || number).then_some(j + 2);
    }
    if w.word(j) != "nhiệm" || !spaced(j + 1) || w.word(j + 1) != "kỳ" || !spaced(j + 2) {
        return None;
    }
    // (a year, or two joined by a dash without spaces: "2021-2026", "2021–2026")
    let word = w.word(j + 2);
    let cut = word
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(word.len());
    let rest = word[cut..].trim_start_matches(['-', '–']);
    if year(&word[..cut]).is_none() || (cut < word.len() && year(rest).is_none()) {
        return None;
    }
    let k = j + 3;
    Some(if w.gap(k) == Gap::Dash && year_range_at(w, k) {
        k + 1
    } else {
        k
    })
}

impl super::OrgWalk {
    /// A unit after a comma ([`super::OrgWalk::unit_after_comma`]), or else the term after
    /// the title's place ([`super::OrgWalk::term_after_place`]): `Some(true)` when the walk
    /// goes on, `Some(false)` when the title ends, `None` when neither is said.
    pub(super) fn unit_or_term(&mut self, w: &Words<'_>, g: Gap) -> Option<bool> {
        self.unit_after_comma(w, g)
            .or_else(|| self.term_after_place(w, g))
            .or_else(|| self.seat_after_place(w, g))
    }

    /// The term said right after the title's place ("Chủ tịch UBND huyện Yên Thành nhiệm
    /// kỳ 2016-2021", "Đại biểu HĐND tỉnh Nghệ An khóa XVIII"), the separator before the
    /// next word `g`: taken (`Some(true)`), and the holder's name may follow it; `None`
    /// when there is none.
    pub(super) fn term_after_place(&mut self, w: &Words<'_>, g: Gap) -> Option<bool> {
        if g != Gap::Space || !self.placed {
            return None;
        }
        let k = term_end(w, self.j)?;
        (self.end, self.j) = (w.words[k - 1].end(), k);
        self.placed = !(k < w.len() && w.gap(k) == Gap::Space && w.name_like(k));
        Some(true)
    }
}
