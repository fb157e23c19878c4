//! Dates written as bare number runs ("19/9/2023", "19-20/9", "2021-2025"), and the
//! choice between a date, a ratio and a code for "a/b" without a year: the one place
//! where "x/y" is decided ([`Scanner::classify`], and [`Scanner::grouped`] for numbers
//! with thousands separators, which are never dates).

use super::Date;
use super::grammar::{Cue, Point, Raw, Y, day, is_year, valid_dm};
use crate::extract::keywords::{CUE_PHRASES, DATE_CUES, NUMBER_CODE_CUES, NUMBER_SCALES};
use crate::extract::ratio::FoundRatio;
use crate::extract::scan::{Scanner, Shape};
use crate::text::tokens::TokenKind;

/// Result of reading a number run.
pub(crate) enum NumRes {
    Date(Raw, usize),
    Ratio(FoundRatio),
    Skip(usize),
    None,
}

impl Scanner<'_> {
    /// Reads the number run at `i` as a date, a ratio, or neither.
    pub(crate) fn numeric(&self, i: usize, cue: Cue) -> NumRes {
        if self.bad_start(i) {
            let (_, e) = self.chain(i);
            return NumRes::Skip(e);
        }
        let (shape, e) = self.chain(i);
        let strong = cue == Cue::Strong;
        let date = |raw| NumRes::Date(raw, e);
        match shape {
            Shape::Slash(m, y, 4) if (1..=12).contains(&m) && is_year(y, 4) => {
                date(Raw::Point(Point::Month {
                    y: Y::Explicit(y as i32),
                    m: m as u8,
                }))
            }
            Shape::Slash(a, b, _) => self.classify(i, a, b, e, strong),
            Shape::Triple(d, m, y, 4) if valid_dm(d, m) && is_year(y, 4) => {
                let p = day(Y::Explicit(y as i32), m, d);
                if Date::new(y as i32, m as u8, d as u8).is_none() {
                    return NumRes::Skip(e);
                }
                // "(30/4/1975 - 30/4/2021)"
                match self.spaced_full_date(e, p) {
                    Some((q, end)) => NumRes::Date(Raw::Range(p, q), end),
                    None => date(Raw::Point(p)),
                }
            }
            Shape::Dash(a, b, 4, 4) if is_year(a, 4) && is_year(b, 4) && b > a => date(Raw::Range(
                Point::Year(Y::Explicit(a as i32)),
                Point::Year(Y::Explicit(b as i32)),
            )),
            Shape::Dash(d, m, _, _) | Shape::Dot(d, m, _) if strong && valid_dm(d, m) => {
                date(Raw::Point(day(Y::Missing, m, d)))
            }
            // "tính đến 5-4", "ngày 4-3, 9-3 và 14-3": the context decides
            Shape::Dash(d, m, _, _) if valid_dm(d, m) => match self.bare_evidence(i, e, Some(m)) {
                Some(_) => date(Raw::Point(day(Y::Missing, m, d))),
                None => NumRes::Skip(e),
            },
            // "Từ 14 đến 19-8", "17 và 19-3": a day taking the month after it
            Shape::Single(d, dd) if dd <= 2 && self.num(e + 1).is_some() && self.joiner(e) => {
                match self.bare_evidence(i, e, None) {
                    Some((_, m)) if valid_dm(d, m) => date(Raw::Point(day(Y::Missing, m, d))),
                    _ => NumRes::None,
                }
            }
            // "19/8/1945-19/8/2020", or a number grouped by thousands ("412.305/450.118")
            Shape::Other => match self.full_date_range(i) {
                Some((raw, end)) => NumRes::Date(raw, end),
                None => self.grouped(i, e),
            },
            Shape::DayRange(d1, d2, m, y) if d1 < d2 && valid_dm(d1, m) && valid_dm(d2, m) => {
                let y = y.map_or(Y::Missing, |v| Y::Explicit(v as i32));
                date(Raw::Range(day(y, m, d1), day(y, m, d2)))
            }
            Shape::DayRange2(d1, m1, d2, m2, y)
                if valid_dm(d1, m1) && valid_dm(d2, m2) && (m1, d1) < (m2, d2) =>
            {
                let y = y.map_or(Y::Missing, |v| Y::Explicit(v as i32));
                date(Raw::Range(day(y, m1, d1), day(y, m2, d2)))
            }
            Shape::Single(..) | Shape::Hour(_) | Shape::HourMin(..) => NumRes::None,
            _ => NumRes::Skip(e),
        }
    }

    /// After a full date `p` ending at `e`: " - " and a later full date, its point and end.
    fn spaced_full_date(&self, e: usize, p: Point) -> Option<(Point, usize)> {
        let j = e + 1;
        if !matches!(self.punct(e), Some('-' | '–')) || self.num(j).is_none() || self.bad_start(j)
        {
            return None;
        }
        let (Shape::Triple(d, m, y, 4), end) = self.chain(j) else {
            return None;
        };
        let q = Date::new(y as i32, m as u8, d as u8)?;
        let Point::Day {
            y: Y::Explicit(py),
            m: pm,
            d: pd,
        } = p
        else {
            return None;
        };
        (Date::new(py, pm, pd)? < q).then_some((day(Y::Explicit(y as i32), m, d), end))
    }

    /// "19/8/1945-19/8/2020" at `i`: two full dates glued by a dash (too long a run for
    /// [`Scanner::chain`]), read token by token.
    fn full_date_range(&self, i: usize) -> Option<(Raw, usize)> {
        let part = |j: usize| -> Option<(u32, u32, u32)> {
            let sep = self.punct(j + 1)?;
            let glued = (j + 1..j + 5).all(|k| self.glued(k));
            let ok = glued && matches!(sep, '/' | '-' | '.') && self.punct(j + 3) == Some(sep);
            let (d, m, y) = (self.num(j)?, self.num(j + 2)?, self.num(j + 4)?);
            (ok && is_year(y, self.t[j + 4].digits())).then_some((d, m, y))
        };
        let (d1, m1, y1) = part(i)?;
        if !matches!(self.punct(i + 5), Some('-' | '–')) || !self.glued(i + 5) || !self.glued(i + 6)
        {
            return None;
        }
        let (d2, m2, y2) = part(i + 6)?;
        let end = i + 11;
        // "…/2020/NĐ-CP": the run goes on
        if self.glued(end) && matches!(self.punct(end), Some('/' | '-' | '.' | '%')) {
            return None;
        }
        let first = Date::new(y1 as i32, m1 as u8, d1 as u8)?;
        let last = Date::new(y2 as i32, m2 as u8, d2 as u8)?;
        let (a, b) = (
            day(Y::Explicit(y1 as i32), m1, d1),
            day(Y::Explicit(y2 as i32), m2, d2),
        );
        (first < last).then_some((Raw::Range(a, b), end))
    }

    /// "30/4 và 1/5", "30/4, 1/5", "30/4 - 1/5": a day written just before.
    pub(crate) fn after_date(&self, i: usize) -> bool {
        i >= 4
            && (self.is(i - 1, "và") || matches!(self.punct(i - 1), Some(',' | '-' | '–')))
            && self.num(i - 2).is_some()
            && self.punct(i - 3) == Some('/')
            && self.num(i - 4).is_some()
            && self.glued(i - 2)
            && self.glued(i - 3)
            && !self.glued(i - 1)
    }

    /// "a/b" without a year: a date or a ratio, decided by the words around it.
    pub(crate) fn classify(&self, i: usize, a: u32, b: u32, e: usize, strong: bool) -> NumRes {
        let valid = valid_dm(a, b);
        if strong && valid {
            return NumRes::Date(Raw::Point(day(Y::Missing, b, a)), e);
        }
        let prev = i.checked_sub(1);
        // addresses, class names: "số 12/3", "lớp 10/1", "hẻm 45/2"
        if prev.is_some_and(|p| self.is_any(p, &NUMBER_CODE_CUES)) {
            return NumRes::Skip(e);
        }
        let ratio = |unit: Option<(usize, usize)>| {
            NumRes::Ratio(self.found_ratio(i, e, a.into(), b.into(), unit))
        };
        let fraction = a <= b && b > 0;
        let unit = self.unit_after(e);
        if fraction && unit.is_some() {
            return ratio(unit);
        }
        // "1/5 triệu" (one in five million): a scale word makes "b" a number, not a month
        if self.is_any(e, &NUMBER_SCALES) {
            return NumRes::Skip(e);
        }
        // "từ 1/4 đến …", "dịp 30/4", "(19/9)", "30/4 và 1/5": a date cue right before
        let date_cue = self.after_date(i)
            || prev.is_some_and(|p| {
                self.is_any(p, &DATE_CUES)
                    || (self.punct(p) == Some('(') && self.punct(e) == Some(')'))
            });
        if valid && date_cue {
            return NumRes::Date(Raw::Point(day(Y::Missing, b, a)), e);
        }
        let cue = prev.is_some_and(|p| self.phrase(p, &CUE_PHRASES).is_some_and(|(_, e)| e == i));
        if fraction && cue {
            return ratio(None);
        }
        if a == 24 && b == 7 {
            return NumRes::Skip(e);
        }
        // "2/3 diện tích": a small fraction followed by a noun
        if matches!((a, b), (1, 2) | (1, 3) | (2, 3) | (1, 4) | (3, 4))
            && self
                .word(e)
                .is_some_and(|w| !w.starts_with(char::is_uppercase))
        {
            return ratio(None);
        }
        if valid {
            return NumRes::Date(Raw::Point(day(Y::Missing, b, a)), e);
        }
        NumRes::Skip(e)
    }

    /// "a/b" where a number has "." grouping thousands ("412.305/450.118 học sinh"): never
    /// a date. A count with its unit noun when `a ≤ b`, else (phone numbers
    /// "0969.082.115/0949.396.115", codes, a decimal "43,1/100.000") nothing.
    pub(crate) fn grouped(&self, i: usize, e: usize) -> NumRes {
        let skip = NumRes::Skip(e);
        // most runs here are decimals ("12,5") and codes: one byte tells
        if !matches!(self.sep(i + 1), Some(b'.' | b'/')) {
            return skip;
        }
        let Some((a, k)) = self.grouped_number(i) else {
            return skip;
        };
        if self.sep(k) != Some(b'/') {
            return skip;
        }
        let Some((b, k)) = self.grouped_number(k + 1) else {
            return skip;
        };
        let code = i
            .checked_sub(1)
            .is_some_and(|p| self.is_any(p, &NUMBER_CODE_CUES));
        if k != e || a > b || b == 0 || code {
            return skip;
        }
        NumRes::Ratio(self.found_ratio(i, e, a, b, self.unit_after(e)))
    }

    /// The byte of a punctuation token glued to the tokens on both sides.
    fn sep(&self, k: usize) -> Option<u8> {
        let t = self.t.get(k)?;
        (t.kind() == TokenKind::Punct && self.glued(k) && self.glued(k + 1))
            .then(|| self.text.as_bytes()[t.start()])
    }

    /// A whole number at token `i` as Vietnamese writes it: digits ("450") or groups of
    /// three after "." ("412.305", "85.157.192"), no leading zero; its value and end token.
    fn grouped_number(&self, i: usize) -> Option<(u64, usize)> {
        let first = self.t.get(i).filter(|t| t.kind() == TokenKind::Num)?;
        let d = first.digits();
        if d > 9 || (d > 1 && self.text.as_bytes()[first.start()] == b'0') {
            return None;
        }
        let mut v = u64::from(first.num(self.text));
        let mut k = i + 1;
        while self.sep(k) == Some(b'.') {
            let group = self.t[k + 1];
            if d > 3 || group.kind() != TokenKind::Num || group.digits() != 3 {
                return None;
            }
            v = v
                .checked_mul(1000)?
                .checked_add(u64::from(group.num(self.text)))?;
            k += 2;
        }
        // "43,1": a decimal is not a count
        (self.sep(k) != Some(b',')).then_some((v, k))
    }

    fn found_ratio(
        &self,
        i: usize,
        e: usize,
        num: u64,
        den: u64,
        unit: Option<(usize, usize)>,
    ) -> FoundRatio {
        FoundRatio::new(i, unit.map_or(e, |u| u.1), num, den, unit)
    }
}
