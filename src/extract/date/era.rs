//! Expressions beyond the calendar day: decades ("những năm 1990", "thập niên 70"),
//! centuries ("cuối thế kỷ XVIII", "thế kỷ 21"), vague references ("hiện nay",
//! "thời gian qua", "sắp tới") and dates of birth ("sinh năm 1961", "SN 1979").
//!
//! They open on words tagged [`Kw::Era`] (and on "đầu"/"giữa"/"cuối", "trước",
//! "thời", which are tagged for other expressions and come here when those fail).

use super::grammar::{Cue, Found, Mod, Point, Raw, Y, is_year};
use crate::extract::keywords::{DATE_REFERENCE_BLOCKERS, DATE_REFERENCES, Kw, REFERENCE_NEEDS};
use crate::extract::scan::{Scanner, Shape};
use crate::text::tokens::ieq;

/// The value of a Roman numeral of at most 39 written the usual way ("XVIII" = 18).
fn roman(w: &str) -> Option<u32> {
    let b = w.as_bytes();
    let tens = b.iter().take_while(|&&c| c == b'X').count();
    let units = match &w[tens..] {
        "" => 0,
        "I" => 1,
        "II" => 2,
        "III" => 3,
        "IV" => 4,
        "V" => 5,
        "VI" => 6,
        "VII" => 7,
        "VIII" => 8,
        "IX" => 9,
        _ => return None,
    };
    let v = 10 * tens as u32 + units;
    (tens <= 3 && v > 0).then_some(v)
}

impl Scanner<'_> {
    /// A decade, century, vague reference or birth date at token `i`.
    ///
    /// The frequent words that open them ("những", "thế", "sinh") are not tagged: these
    /// expressions are read from the tagged word after them ("năm", "kỷ", "ngày"), with
    /// a look one token back, so that each of their thousands of other uses costs
    /// nothing.
    pub(crate) fn era(&self, i: usize) -> Option<Found> {
        let modifier = match self.kw(i) {
            Kw::Start => Mod::Start,
            Kw::Middle => Mod::Mid,
            Kw::End => Mod::End,
            Kw::Era => return self.era_word(i),
            // "trước đây", "thời gian qua": these words are frequent, the phrases not
            Kw::Previous if self.is(i + 1, "đây") => return self.reference(i),
            // "Đến nay, …": the present, when no range took it ("từ năm 2017 đến nay");
            // "Ngày nay" (nowadays)
            Kw::Until | Kw::Day if self.is(i + 1, "nay") => return self.reference(i),
            Kw::Period if self.is(i + 1, "gian") || self.is(i + 1, "điểm") => {
                return self.reference(i);
            }
            // "giờ đây" (now): "giờ" is an hour word
            Kw::Hour if self.is(i + 1, "đây") => return self.reference(i),
            _ => return None,
        };
        // "cuối thế kỷ XVIII", "đầu thập niên 90", "giữa những năm 1960"
        let opens = self.kw(i + 1) == Kw::Era
            || self.kw(i + 2) == Kw::Era
            || (self.kw(i + 2) == Kw::Year && self.is(i + 1, "những"));
        if !opens {
            return None;
        }
        let mut f = self.decade(i + 1).or_else(|| self.century(i + 1))?;
        if let Raw::Decade { modifier: m, .. } | Raw::Century { modifier: m, .. } = &mut f.raw {
            *m = Some(modifier);
        }
        f.start = i;
        Some(f)
    }

    /// What the word before "năm" or "ngày" at `i` opens: "những năm 1990", "những năm
    /// qua", "những ngày qua", "nhiều năm qua", "sinh năm 1961", "sinh ngày 12/3/1980".
    pub(crate) fn before_unit(&self, i: usize) -> Option<Found> {
        let w = self.word(i.checked_sub(1)?)?;
        match w.as_bytes().first()?.to_ascii_lowercase() {
            // "những năm 1990" (a decade), "những năm qua", "những ngày qua", "nhiều năm
            // qua" (references)
            b'n' if ieq(w, "những") || ieq(w, "nhiều") => {
                if self.kw(i) == Kw::Year && ieq(w, "những") && self.num(i + 1).is_some() {
                    self.decade(i - 1)
                } else {
                    self.reference(i - 1)
                }
            }
            b's' if ieq(w, "sinh") => self.birth(i - 1),
            // "vài ngày tới" (a reference)
            b'v' if ieq(w, "vài") => self.reference(i - 1),
            // "ít ngày tới" ("í" is two bytes)
            0xC3 if ieq(w, "ít") => self.reference(i - 1),
            // "sáng cùng ngày": the day named before (not "cùng ngày 5/4")
            b'c' if self.kw(i) == Kw::Day && ieq(w, "cùng") && self.num(i + 1).is_none() => {
                Some(Found::new(Raw::SameDay, i - 1, i + 1))
            }
            _ => None,
        }
    }

    /// After a word tagged [`Kw::Era`] at `i`.
    fn era_word(&self, i: usize) -> Option<Found> {
        let w = self.word(i)?;
        match w.as_bytes().first()?.to_ascii_lowercase() {
            // "thế kỷ XVIII", "thập kỷ 80": read from "thế"/"thập"
            b'k' if ieq(w, "kỷ") || ieq(w, "kỉ") => {
                let j = i.checked_sub(1)?;
                self.decade(j).or_else(|| self.century(j))
            }
            b't' if self.num(i + 2).is_some() => self.decade(i),
            b's' if w == "SN" => self.birth(i),
            _ => self.reference(i),
        }
    }

    /// "những năm 1990", "những năm 90 (của thế kỷ trước)", "thập niên 70", "thập kỷ 1980".
    ///
    /// A two-digit decade is of the 1900s unless a century follows it ("thập niên 20 của
    /// thế kỷ 21"); "thế kỷ trước" and "thế kỷ này" there are the 20th and 21st (news
    /// of this century).
    fn decade(&self, j: usize) -> Option<Found> {
        let opened = (self.is(j, "những") && self.kw(j + 1) == Kw::Year)
            || (self.is(j, "thập")
                && (self.is(j + 1, "niên") || self.is(j + 1, "kỷ") || self.is(j + 1, "kỉ"))
                && !self.quantified(j));
        if !opened {
            return None;
        }
        let k = j + 2;
        let n = self.num(k)?;
        let digits = self.t[k].digits();
        if n % 10 != 0 || self.chain(k) != (Shape::Single(n, digits), k + 1) {
            return None;
        }
        let (first, end) = match digits {
            4 if is_year(n, 4) => (n as i32, k + 1),
            2 if n >= 10 && !self.is(k + 1, "tuổi") => {
                let century = if self.is(k + 1, "của") {
                    self.century(k + 2)
                } else {
                    None
                };
                match century.map(|f| (f.raw, f.end)) {
                    Some((
                        Raw::Century {
                            c: Y::Explicit(c), ..
                        },
                        e,
                    )) => ((c - 1) * 100 + n as i32, e),
                    Some((Raw::Century { c: Y::Rel(r), .. }, e)) => (2000 + 100 * r + n as i32, e),
                    _ => (1900 + n as i32, k + 1),
                }
            }
            _ => return None,
        };
        let raw = Raw::Decade {
            first,
            modifier: None,
        };
        Some(Found::new(raw, j, end))
    }

    /// "thế kỷ XVIII", "thế kỷ thứ 21", "thế kỷ trước".
    fn century(&self, j: usize) -> Option<Found> {
        if !self.is(j, "thế") || !(self.is(j + 1, "kỷ") || self.is(j + 1, "kỉ")) {
            return None;
        }
        if self.quantified(j) {
            return None;
        }
        let mut k = j + 2;
        if self.is(k, "thứ") {
            k += 1;
        }
        let c = if let Some(n) = self.num(k) {
            let single = self.chain(k) == (Shape::Single(n, self.t[k].digits()), k + 1);
            if !single || !(1..=21).contains(&n) {
                return None;
            }
            Y::Explicit(n as i32)
        } else if let Some(n) = self.word(k).and_then(roman) {
            Y::Explicit(n as i32)
        } else {
            match self.kw(k) {
                Kw::Previous => Y::Rel(-1),
                Kw::This => Y::Rel(0),
                _ => return None,
            }
        };
        // "thế kỷ 3 trước Công nguyên" (BC) is not read: nothing rather than the wrong
        // century
        let bc = |e: usize| {
            (self.kw(e) == Kw::Previous && self.is(e + 1, "công")) || self.word(e) == Some("TCN")
        };
        if matches!(self.punct(k + 1), Some('-' | '–')) && self.glued(k + 1) {
            // "thế kỷ XI-XIII": the years from the first's first to the second's last
            let first = match c {
                Y::Explicit(c) => c,
                _ => return None,
            };
            let last = match (self.num(k + 2), self.word(k + 2).and_then(roman)) {
                (Some(n), _) if (1..=21).contains(&n) && self.chain(k + 2).1 == k + 3 => n as i32,
                (None, Some(n)) => n as i32,
                _ => return None,
            };
            if last <= first || bc(k + 3) {
                return None;
            }
            let year = |y: i32| Some(Point::Year(Y::Explicit(y)));
            let raw = Raw::Period {
                from: year((first - 1) * 100),
                to: year(last * 100 - 1),
            };
            return Some(Found::new(raw, j, k + 3));
        }
        if bc(k + 1) {
            return None;
        }
        let raw = Raw::Century { c, modifier: None };
        Some(Found::new(raw, j, k + 1))
    }

    /// "sinh năm 1961", "sinh ngày 12/3/1980", "SN 1979", "SN: 1979": the date, with
    /// the role of birth (the cue is left out of its text).
    fn birth(&self, i: usize) -> Option<Found> {
        if self.word(i) == Some("SN") {
            let k = if self.punct(i + 1) == Some(':') {
                i + 2
            } else {
                i + 1
            };
            let n = self.num(k)?;
            if !is_year(n, self.t[k].digits()) || self.chain(k).1 != k + 1 {
                return None;
            }
            let p = Point::Year(Y::Explicit(n as i32));
            return Some(Found::new(Raw::Birth(p), k, k + 1));
        }
        if !matches!(self.kw(i + 1), Kw::Year | Kw::Day)
            || (i > 0 && self.is_any(i - 1, &DATE_REFERENCE_BLOCKERS))
        {
            return None;
        }
        let f = self.point(i + 1, Cue::Strong)?;
        match f.raw {
            Raw::Point(p @ (Point::Year(Y::Explicit(_)) | Point::Day { .. })) => Some(Found {
                raw: Raw::Birth(p),
                ..f
            }),
            _ => None,
        }
    }

    /// "hiện nay", "thời gian qua", "trong tương lai": a phrase of the references list.
    fn reference(&self, i: usize) -> Option<Found> {
        let (v, end) = self.phrase(i, &DATE_REFERENCES)?;
        if i > 0 && self.is_any(i - 1, &DATE_REFERENCE_BLOCKERS) {
            return None;
        }
        let need = (v / 4) as usize;
        if need > 0 && (i == 0 || !self.is(i - 1, REFERENCE_NEEDS.get(need - 1)?)) {
            return None;
        }
        Some(Found::new(Raw::Reference((v % 4) as u8), i, end))
    }
}

#[cfg(test)]
mod tests {
    use super::roman;

    #[test]
    fn roman_numerals() {
        let got: Vec<_> = ["I", "IV", "IX", "XIV", "XVIII", "XIX", "XX", "XXI", "XXXIX"]
            .iter()
            .map(|w| roman(w))
            .collect();
        let want = [1, 4, 9, 14, 18, 19, 20, 21, 39].map(Some);
        assert_eq!(got, want);
        for w in ["", "X I", "IIII", "XXXX", "VX", "iv", "MC", "Xu"] {
            assert_eq!(roman(w), None, "{w}");
        }
    }
}
