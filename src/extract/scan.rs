//! The date and ratio grammar: one left-to-right pass over tokens.
//!
//! Every attempt at a token looks ahead a bounded number of tokens (item lists at most
//! [`ITEMS_MAX_BYTES`]), so the whole pass is linear in the text.

use std::cell::Cell;

use super::date::{Date, DateFact, DateKind, days_in_month, fmt_ymd, push_padded};
use super::lexicon::{
    CUE_PHRASES, Clock, Kw, LUNAR_MONTH_PHRASES, PART_CLOCK, PLACE_PHRASES, Phrases, UNIT_PHRASES,
    WEEKDAY_PHRASES,
};
use super::lunar::lunar_to_solar;
use super::ratio::Ratio;
use super::token::{Tok, TokKind, ieq, tokenize};

const ITEMS_MAX_BYTES: usize = 2000;
const SENTENCE_MAX_TOKENS: usize = 120;

/// The year of a date as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Y {
    Explicit(i32),
    Missing,
    /// Relative to the publication year ("năm nay" = 0, "năm ngoái" = -1).
    Rel(i32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Point {
    Day { y: Y, m: u8, d: u8 },
    Month { y: Y, m: u8 },
    Quarter { y: Y, q: u8 },
    Year(Y),
}

impl Point {
    fn year(&self) -> Y {
        match *self {
            Point::Day { y, .. } | Point::Month { y, .. } | Point::Quarter { y, .. } => y,
            Point::Year(y) => y,
        }
    }
    fn with_year(self, y: Y) -> Point {
        match self {
            Point::Day { m, d, .. } => Point::Day { y, m, d },
            Point::Month { m, .. } => Point::Month { y, m },
            Point::Quarter { q, .. } => Point::Quarter { y, q },
            Point::Year(_) => Point::Year(y),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Raw {
    Point(Point),
    Period {
        from: Option<Point>,
        to: Option<Point>,
    },
    Range(Point, Point),
    /// The first (or last) `n` months of a year.
    Months {
        n: u8,
        last: bool,
        y: Y,
    },
    Relative {
        unit: Unit,
        offset: i32,
    },
    Time {
        h: u8,
        min: u8,
        day: Option<Point>,
        /// days from the publication date ("20h tối nay")
        rel: Option<i32>,
    },
    Lunar {
        d: u8,
        m: u8,
        y: Y,
    },
    LunarMonth {
        m: u8,
        y: Y,
    },
}

/// A date expression: tokens `start..end`.
#[derive(Clone, Copy, Debug)]
struct Found {
    raw: Raw,
    start: usize,
    end: usize,
    part: Option<usize>,
    weekday: Option<u8>,
}

/// A ratio: tokens `start..end`.
#[derive(Clone, Debug)]
struct FoundRatio {
    start: usize,
    end: usize,
    num: u32,
    den: u32,
    unit: Option<(usize, usize)>,
}

/// How strongly the words before a number say "date".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    None,
    /// "ngày", "mùng", a part of the day, a weekday, "hôm", an opening parenthesis.
    Strong,
}

/// The shape of a run of glued digits and separators ("19/9/2023", "9h30", "2021-2025").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Single(u32, usize),
    /// a/b, with b's digit count
    Slash(u32, u32, usize),
    /// a-b, with both digit counts
    Dash(u32, u32, usize, usize),
    /// a.b, with b's digit count
    Dot(u32, u32, usize),
    /// a s b s c with the same separator and c's digit count
    Triple(u32, u32, u32, usize),
    /// d1-d2/m, optionally /y
    DayRange(u32, u32, u32, Option<u32>),
    /// d1/m1-d2/m2, optionally /y
    DayRange2(u32, u32, u32, u32, Option<u32>),
    Hour(u32),
    HourMin(u32, u32),
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum El {
    N(u32, usize),
    S(char),
    H,
    W,
}

/// Facts found in normalized text, with spans in that text.
#[derive(Debug, Default)]
pub(crate) struct Facts {
    pub dates: Vec<DateFact>,
    pub ratios: Vec<Ratio>,
}

/// Finds dates and ratios in `text` (normalized), resolving them against `reference`.
pub(crate) fn extract(text: &str, reference: Option<Date>) -> Facts {
    let mut toks = Vec::new();
    let mut openers = Vec::new();
    tokenize(text, &mut toks, &mut openers);
    let s = Scanner {
        text,
        t: &toks,
        last_chain: Cell::new((usize::MAX, Shape::Other, 0)),
    };
    let mut found = Vec::new();
    let mut ratios = Vec::new();
    // `i` is the first token not yet read; the tokens that open nothing (neither a number
    // nor a date word) are not visited: the next attempt is at the first opener from `i`
    let mut i = 0;
    for &o in &openers {
        if o < i {
            continue;
        }
        i = o;
        match s.at(i) {
            Step::Date(f) => {
                i = f.end.max(i + 1);
                found.push(f);
            }
            Step::Ratio(r) => {
                i = r.end.max(i + 1);
                ratios.push(r);
            }
            Step::Skip(end) => i = end.max(i + 1),
            Step::Nothing => i += 1,
        }
    }
    let resolver = Resolver {
        reference,
        article_year: article_year(&found),
    };
    let dates: Vec<DateFact> = found.iter().map(|f| resolver.fact(&s, f)).collect();
    let ratios = ratios.iter().map(|r| s.ratio(r, &found, &dates)).collect();
    Facts { dates, ratios }
}

/// The most frequent explicit year of the article's points (the latest on a tie).
fn article_year(found: &[Found]) -> Option<i32> {
    let mut years: Vec<i32> = found
        .iter()
        .filter_map(|f| match f.raw {
            Raw::Point(p) => match p.year() {
                Y::Explicit(y) => Some(y),
                _ => None,
            },
            Raw::Months {
                y: Y::Explicit(y), ..
            }
            | Raw::Lunar {
                y: Y::Explicit(y), ..
            } => Some(y),
            Raw::Period { from, to } => match (from.map(|p| p.year()), to.map(|p| p.year())) {
                (_, Some(Y::Explicit(y))) | (Some(Y::Explicit(y)), _) => Some(y),
                _ => None,
            },
            _ => None,
        })
        .collect();
    years.sort_unstable();
    let mut best: Option<(usize, i32)> = None;
    let mut k = 0;
    while k < years.len() {
        let y = years[k];
        let n = years[k..].iter().take_while(|&&z| z == y).count();
        if best.is_none_or(|(bn, _)| n >= bn) {
            best = Some((n, y));
        }
        k += n;
    }
    best.map(|(_, y)| y)
}

enum Step {
    Date(Found),
    Ratio(FoundRatio),
    Skip(usize),
    Nothing,
}

/// Result of reading a number run.
enum NumRes {
    Date(Raw, usize),
    Ratio(FoundRatio),
    Skip(usize),
    None,
}

fn valid_dm(d: u32, m: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= u32::from(days_in_month(2000, m as u8))
}

fn is_year(y: u32, digits: usize) -> bool {
    digits == 4 && (1000..=2199).contains(&y)
}

fn day(y: Y, m: u32, d: u32) -> Point {
    Point::Day {
        y,
        m: m as u8,
        d: d as u8,
    }
}

struct Scanner<'t> {
    text: &'t str,
    t: &'t [Tok],
    /// The last [`Scanner::chain`] read, `(i, shape, end)`: the grammar asks for the
    /// same number run several times (as a time, a worded date, a numeric date, a ratio).
    last_chain: Cell<(usize, Shape, usize)>,
}

impl Scanner<'_> {
    fn kw(&self, i: usize) -> Kw {
        self.t.get(i).map_or(Kw::None, |t| t.kw)
    }

    fn num(&self, i: usize) -> Option<u32> {
        self.t
            .get(i)
            .filter(|t| t.kind == TokKind::Num)
            .map(|t| t.num)
    }

    fn punct(&self, i: usize) -> Option<char> {
        match self.t.get(i)?.kind {
            TokKind::Punct(c) => Some(c),
            _ => None,
        }
    }

    fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.t.len() && self.t[i].start == self.t[i - 1].end
    }

    fn word(&self, i: usize) -> Option<&str> {
        let t = self.t.get(i)?;
        (t.kind == TokKind::Word).then(|| &self.text[t.start..t.end])
    }

    fn tok_text(&self, i: usize) -> Option<&str> {
        let t = self.t.get(i)?;
        matches!(t.kind, TokKind::Word | TokKind::Num).then(|| &self.text[t.start..t.end])
    }

    fn is(&self, i: usize, lower: &str) -> bool {
        self.word(i).is_some_and(|w| ieq(w, lower))
    }

    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|w| words.iter().any(|x| ieq(w, x)))
    }

    fn capitalised(&self, i: usize) -> bool {
        self.word(i)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// The longest phrase of `list` starting at token `i`: its value and end token.
    ///
    /// The text of token `i` is read once for the whole list, and most entries are
    /// rejected by the length of their first word.
    fn phrase(&self, i: usize, list: &Phrases) -> Option<(u32, usize)> {
        let first = self.tok_text(i);
        list.list.iter().find_map(|(words, v)| {
            let ok = match words.split_first() {
                None => true,
                Some((w, rest)) => {
                    first.is_some_and(|x| x.len() == w.len() && ieq(x, w))
                        && rest
                            .iter()
                            .enumerate()
                            .all(|(k, w)| self.tok_text(i + 1 + k).is_some_and(|x| ieq(x, w)))
                }
            };
            ok.then_some((*v, i + words.len()))
        })
    }

    /// The run of glued numbers, separators and words starting at number token `i`.
    fn chain(&self, i: usize) -> (Shape, usize) {
        let (at, shape, end) = self.last_chain.get();
        if at == i {
            return (shape, end);
        }
        let (shape, end) = self.read_chain(i);
        self.last_chain.set((i, shape, end));
        (shape, end)
    }

    fn read_chain(&self, i: usize) -> (Shape, usize) {
        let mut els = [El::W; 8];
        let mut n = 0;
        let mut j = i;
        let mut overflow = false;
        let mut push = |e: El, n: &mut usize| {
            if *n < els.len() {
                els[*n] = e;
                *n += 1;
            } else {
                overflow = true;
            }
        };
        push(El::N(self.t[i].num, self.t[i].digits()), &mut n);
        j += 1;
        while j < self.t.len() && self.glued(j) {
            let t = self.t[j];
            match t.kind {
                TokKind::Punct(c @ ('/' | '-' | '.' | ',' | '–'))
                    if self.glued(j + 1)
                        && match self.t.get(j + 1).map(|t| t.kind) {
                            Some(TokKind::Num) => true,
                            // "24/4.Thời": a missing space, not a code
                            Some(TokKind::Word) => !matches!(c, '.' | ','),
                            _ => false,
                        } =>
                {
                    push(El::S(if c == '–' { '-' } else { c }), &mut n)
                }
                TokKind::Num => push(El::N(t.num, t.digits()), &mut n),
                TokKind::Word if t.kw == Kw::Hour && !self.is(j, "giờ") => push(El::H, &mut n),
                TokKind::Word => push(El::W, &mut n),
                _ => break,
            }
            j += 1;
        }
        if overflow {
            return (Shape::Other, j);
        }
        use El::{H, N, S};
        let shape = match els[..n] {
            [N(a, d)] => Shape::Single(a, d),
            [N(a, _), S('/'), N(b, bd)] => Shape::Slash(a, b, bd),
            [N(a, ad), S('-'), N(b, bd)] => Shape::Dash(a, b, ad, bd),
            [N(a, _), S('.'), N(b, bd)] => Shape::Dot(a, b, bd),
            [N(a, _), S(s1), N(b, _), S(s2), N(c, cd)] if s1 == s2 && s1 != ',' => {
                Shape::Triple(a, b, c, cd)
            }
            [N(a, _), S('-'), N(b, _), S('/'), N(m, _)] => Shape::DayRange(a, b, m, None),
            [N(a, _), S('-'), N(b, _), S('/'), N(m, _), S('/'), N(y, 4)] => {
                Shape::DayRange(a, b, m, Some(y))
            }
            [N(a, _), S('/'), N(b, _), S('-'), N(c, _), S('/'), N(d, _)] => {
                Shape::DayRange2(a, b, c, d, None)
            }
            [
                N(a, _),
                S('/'),
                N(b, _),
                S('-'),
                N(c, _),
                S('/'),
                N(d, _),
                S('/'),
            ] => Shape::DayRange2(a, b, c, d, None),
            [N(h, _), H] => Shape::Hour(h),
            [N(h, _), H, N(m, 2)] => Shape::HourMin(h, m),
            _ => Shape::Other,
        };
        // "30/2020/NĐ-CP": the chain goes on with "/" + letters; a glued "%" or a
        // trailing "/" also make it something else.
        if matches!(self.punct(j), Some('/' | '%')) && self.glued(j) {
            return (Shape::Other, j + 1);
        }
        (shape, j)
    }

    /// A number run that is glued to a word or number before it is part of a code.
    fn bad_start(&self, i: usize) -> bool {
        if !self.glued(i) {
            return false;
        }
        let p = &self.t[i - 1];
        match p.kind {
            TokKind::Num => true,
            TokKind::Word => p.kw == Kw::None,
            TokKind::Punct(c) => matches!(c, '/' | '-' | '.' | ',' | '–' | ':'),
            TokKind::Newline => false,
        }
    }

    fn at(&self, i: usize) -> Step {
        let t = self.t[i];
        match t.kind {
            TokKind::Num => {
                if let Some(f) = self.point(i, Cue::None) {
                    return Step::Date(f);
                }
                match self.numeric(i, Cue::None) {
                    NumRes::Ratio(r) => Step::Ratio(r),
                    NumRes::Skip(e) => Step::Skip(e),
                    NumRes::Date(..) | NumRes::None => match self.trên_ratio(i) {
                        Some(r) => Step::Ratio(r),
                        None => Step::Nothing,
                    },
                }
            }
            TokKind::Word if t.kw != Kw::None => match self.expr(i) {
                Some(f) => Step::Date(f),
                None => Step::Nothing,
            },
            _ => Step::Nothing,
        }
    }

    /// "9 trên 10 chỉ tiêu".
    fn trên_ratio(&self, i: usize) -> Option<FoundRatio> {
        if !self.is(i + 1, "trên")
            || self.chain(i).0 != Shape::Single(self.t[i].num, self.t[i].digits())
        {
            return None;
        }
        let (a, b) = (self.num(i)?, self.num(i + 2)?);
        if self.chain(i + 2).1 != i + 3 || a > b || b == 0 {
            return None;
        }
        let (us, ue) = self.unit_after(i + 3)?;
        Some(FoundRatio {
            start: i,
            end: ue,
            num: a,
            den: b,
            unit: Some((us, ue)),
        })
    }

    /// The unit noun after a ratio: (first token, end token), skipping "số".
    fn unit_after(&self, k: usize) -> Option<(usize, usize)> {
        let k2 = if self.is(k, "số") {
            k + 1
        } else if self.is(k, "tổng") && self.is(k + 1, "số") {
            k + 2
        } else {
            k
        };
        let (_, e) = self.phrase(k2, &UNIT_PHRASES)?;
        // "xã Đức Ninh": a place name, not a count of communes
        if self.capitalised(e) && self.is_any(k2, &["xã", "phường", "huyện", "tỉnh", "quận"])
        {
            return None;
        }
        Some((k2, e))
    }

    /// Expressions opened by a word: ranges, periods, then points.
    fn expr(&self, i: usize) -> Option<Found> {
        match self.kw(i) {
            Kw::From => {
                let p = self.point(i + 1, Cue::None);
                let Some(p) = p else {
                    return self.day_only_range(i);
                };
                let k = p.end;
                let joined = matches!(self.kw(k), Kw::Until | Kw::Next)
                    || matches!(self.punct(k), Some('-' | '–'));
                let q_at = if self.kw(k + 1) == Kw::Through {
                    k + 2
                } else {
                    k + 1
                };
                if joined
                    && let Some(q) = self.point(q_at, Cue::None)
                    && let (Some(a), Some(b)) = (as_point(&p.raw), as_point(&q.raw))
                {
                    let a = if a.year() == Y::Missing && matches!(b.year(), Y::Explicit(_)) {
                        a.with_year(b.year())
                    } else {
                        a
                    };
                    return Some(Found {
                        raw: Raw::Range(a, b),
                        start: i,
                        end: q.end,
                        part: None,
                        weekday: None,
                    });
                }
                let a = as_point(&p.raw)?;
                Some(Found {
                    raw: Raw::Period {
                        from: Some(a),
                        to: None,
                    },
                    start: i,
                    ..p
                })
            }
            Kw::Until | Kw::Next if self.kw(i + 1) == Kw::Through => {
                let p = self.point(i + 2, Cue::None)?;
                let a = as_point(&p.raw)?;
                Some(Found {
                    raw: Raw::Period {
                        from: None,
                        to: Some(a),
                    },
                    start: i,
                    ..p
                })
            }
            Kw::Period if self.is_any(i + 1, &["đoạn", "kỳ"]) => {
                let j = i + 2;
                let (a, ad) = (self.num(j)?, self.t.get(j)?.digits());
                let (b, end) = match self.chain(j) {
                    (Shape::Dash(_, b, _, bd), e) if is_year(b, bd) => (b, e),
                    (Shape::Single(..), e) if matches!(self.punct(e), Some('-' | '–')) => {
                        let b = self.num(e + 1)?;
                        if !is_year(b, self.t[e + 1].digits()) {
                            return None;
                        }
                        (b, e + 2)
                    }
                    _ => return None,
                };
                if !is_year(a, ad) || b < a {
                    return None;
                }
                Some(Found {
                    raw: Raw::Period {
                        from: Some(Point::Year(Y::Explicit(a as i32))),
                        to: Some(Point::Year(Y::Explicit(b as i32))),
                    },
                    start: i,
                    end,
                    part: None,
                    weekday: None,
                })
            }
            _ => self.point(i, Cue::None),
        }
    }

    /// "từ ngày 19 đến 21/9".
    fn day_only_range(&self, i: usize) -> Option<Found> {
        if self.kw(i + 1) != Kw::Day || self.kw(i + 3) != Kw::Until {
            return None;
        }
        let d = self.num(i + 2)?;
        if self.chain(i + 2) != (Shape::Single(d, self.t[i + 2].digits()), i + 3) {
            return None;
        }
        let q = self.point(i + 4, Cue::Strong)?;
        let Raw::Point(b @ Point::Day { y, m, d: d2 }) = q.raw else {
            return None;
        };
        if d == 0 || d >= u32::from(d2) {
            return None;
        }
        Some(Found {
            raw: Raw::Range(day(y, u32::from(m), d), b),
            start: i,
            end: q.end,
            part: None,
            weekday: None,
        })
    }

    /// A point in time starting at token `i`, with its prefixes (part of day, weekday,
    /// "ngày", "mùng") and suffixes ("âm lịch").
    fn point(&self, i: usize, cue: Cue) -> Option<Found> {
        let f = self.point_inner(i, cue)?;
        Some(self.lunar_suffix(self.merge_relative_day(f)))
    }

    /// "hôm qua (7/7)", "ngày hôm qua 26/4", "chiều nay, 6/6": the written day wins.
    fn merge_relative_day(&self, f: Found) -> Found {
        let Raw::Relative {
            unit: Unit::Day, ..
        } = f.raw
        else {
            return f;
        };
        let e = f.end;
        let (j, paren) = match self.punct(e) {
            Some('(') => (e + 1, true),
            Some(',') => (e + 1, false),
            _ => (e, false),
        };
        if self.num(j).is_none() {
            return f;
        }
        match self.point_inner(j, Cue::Strong) {
            Some(
                g @ Found {
                    raw: Raw::Point(Point::Day { .. }),
                    ..
                },
            ) => {
                let end = if paren && self.punct(g.end) == Some(')') {
                    g.end + 1
                } else {
                    g.end
                };
                Found {
                    raw: g.raw,
                    start: f.start,
                    end,
                    part: f.part,
                    weekday: f.weekday,
                }
            }
            _ => f,
        }
    }

    fn point_inner(&self, i: usize, cue: Cue) -> Option<Found> {
        let t = self.t.get(i)?;
        if t.kind == TokKind::Num {
            if let Some(f) = self.time(i) {
                return Some(f);
            }
            if self.bad_start(i) {
                return None;
            }
            if let Some(f) = self.worded(i, cue) {
                return Some(f);
            }
            return match self.numeric(i, cue) {
                NumRes::Date(raw, end) => Some(Found {
                    raw,
                    start: i,
                    end,
                    part: None,
                    weekday: None,
                }),
                _ => None,
            };
        }
        let found = |raw, end| {
            Some(Found {
                raw,
                start: i,
                end,
                part: None,
                weekday: None,
            })
        };
        let rel = |unit, offset, end| found(Raw::Relative { unit, offset }, end);
        match t.kw {
            Kw::Part => self.part_of_day(i),
            Kw::Weekday => self.weekday(i, None),
            Kw::Day | Kw::Ordinal => match self.kw(i + 1) {
                Kw::Tomorrow if t.kw == Kw::Day => rel(Unit::Day, 1, i + 2),
                Kw::Far if t.kw == Kw::Day => rel(Unit::Day, 2, i + 2),
                _ if self.num(i + 1).is_some()
                    && (self.is(i + 2, "và") || self.punct(i + 2) == Some(','))
                    && self.chain(i + 1).1 == i + 2 =>
                {
                    let d = self.num(i + 1)?;
                    let q = self.point_inner(i + 3, Cue::Strong)?;
                    let Raw::Point(b @ Point::Day { y, m, d: d2 }) = q.raw else {
                        return None;
                    };
                    (d >= 1 && d < u32::from(d2)).then_some(Found {
                        raw: Raw::Range(day(y, u32::from(m), d), b),
                        start: i,
                        end: q.end,
                        part: None,
                        weekday: None,
                    })
                }
                Kw::Hom if t.kw == Kw::Day => self
                    .point_inner(i + 1, cue)
                    .map(|f| Found { start: i, ..f }),
                _ => {
                    let f = self.point_inner(i + 1, Cue::Strong)?;
                    matches!(
                        f.raw,
                        Raw::Point(Point::Day { .. }) | Raw::Range(..) | Raw::Lunar { .. }
                    )
                    .then_some(Found { start: i, ..f })
                }
            },
            Kw::Hom => match self.kw(i + 1) {
                Kw::This => rel(Unit::Day, 0, i + 2),
                Kw::Past => rel(Unit::Day, -1, i + 2),
                Kw::Far => rel(Unit::Day, -2, i + 2),
                _ => {
                    let f = self.point_inner(i + 1, Cue::Strong)?;
                    matches!(f.raw, Raw::Point(Point::Day { .. }))
                        .then_some(Found { start: i, ..f })
                }
            },
            Kw::Month => self.month(i),
            Kw::Quarter => self.quarter(i),
            Kw::Year => self.year(i),
            Kw::Week if !self.quantified(i) => {
                let off = self.offset_word(i + 1)?;
                rel(Unit::Week, off, i + 2)
            }
            Kw::Start | Kw::End | Kw::Middle => {
                let unit = match self.kw(i + 1) {
                    Kw::Year => Unit::Year,
                    Kw::Month => Unit::Month,
                    Kw::Week => Unit::Week,
                    _ => return None,
                };
                let off = match self.kw(i + 2) {
                    Kw::LastYear if unit == Unit::Year => -1,
                    _ => self.offset_word(i + 2)?,
                };
                rel(unit, off, i + 3)
            }
            Kw::FullMoon if self.kw(i + 1) == Kw::Month => {
                let (m, e) = self.lunar_month_name(i + 2)?;
                let (y, e) = self.year_after(e);
                found(Raw::Lunar { d: 15, m, y }, e)
            }
            Kw::Tet => {
                let mut e = i + 1;
                if self.is(e, "nguyên") && self.is(e + 1, "đán") {
                    e += 2;
                }
                let y = self.num(e)?;
                if !is_year(y, self.t[e].digits()) || self.chain(e).1 != e + 1 {
                    return None;
                }
                found(
                    Raw::Lunar {
                        d: 1,
                        m: 1,
                        y: Y::Explicit(y as i32),
                    },
                    e + 1,
                )
            }
            _ => None,
        }
    }

    /// "trước"/"này"/"tới"/"sau" after a unit word: its offset.
    fn offset_word(&self, i: usize) -> Option<i32> {
        match self.kw(i) {
            Kw::Previous => Some(-1),
            Kw::This => Some(0),
            Kw::Next => Some(1),
            _ => None,
        }
    }

    /// "3 tuần trước", "những năm trước": a count before a unit word, not a date.
    fn quantified(&self, i: usize) -> bool {
        i > 0
            && (self.t[i - 1].kind == TokKind::Num
                || self.is_any(
                    i - 1,
                    &[
                        "những", "các", "nhiều", "mấy", "vài", "mỗi", "hai", "ba", "bốn", "một",
                        "năm", "sáu", "bảy", "tám", "chín", "mười",
                    ],
                ))
    }

    /// A lunar month name or number after "tháng": (month, end).
    fn lunar_month_name(&self, i: usize) -> Option<(u8, usize)> {
        if let Some(m) = self.num(i) {
            return ((1..=12).contains(&m) && self.chain(i).1 == i + 1).then_some((m as u8, i + 1));
        }
        let (m, e) = self.phrase(i, &LUNAR_MONTH_PHRASES)?;
        ((1..=12).contains(&m)).then_some((m as u8, e))
    }

    /// "năm 2023" / "năm nay" after a day or month: the year and end.
    fn year_after(&self, e0: usize) -> (Y, usize) {
        let e = if self.is(e0, "của") { e0 + 1 } else { e0 };
        if self.kw(e) == Kw::Year {
            if let Some(y) = self.num(e + 1)
                && is_year(y, self.t[e + 1].digits())
                && self.chain(e + 1).1 == e + 2
            {
                return (Y::Explicit(y as i32), e + 2);
            }
            match self.kw(e + 1) {
                Kw::This => return (Y::Rel(0), e + 2),
                Kw::LastYear => return (Y::Rel(-1), e + 2),
                _ => {}
            }
        }
        (Y::Missing, e0)
    }

    fn lunar_suffix(&self, f: Found) -> Found {
        let mut e = f.end;
        let paren = self.punct(e) == Some('(');
        if paren {
            e += 1;
        }
        let is_lunar = (self.kw(e) == Kw::Lunar && self.is(e + 1, "lịch"))
            || self.word(e).is_some_and(|w| w == "ÂL" || w == "AL");
        if !is_lunar {
            return f;
        }
        e += if self.kw(e) == Kw::Lunar { 2 } else { 1 };
        if paren {
            if self.punct(e) != Some(')') {
                return f;
            }
            e += 1;
        }
        let raw = match f.raw {
            Raw::Point(Point::Day { y, m, d }) => Raw::Lunar { d, m, y },
            Raw::Point(Point::Month { y, m }) => Raw::LunarMonth { m, y },
            Raw::Lunar { .. } | Raw::LunarMonth { .. } => f.raw,
            _ => return f,
        };
        Found { raw, end: e, ..f }
    }

    /// "sáng 19/9", "chiều ngày 20/9", "sáng nay", "tối qua", "sáng nay (19/9)".
    fn part_of_day(&self, i: usize) -> Option<Found> {
        let mut j = i + 1;
        if self.is(i, "rạng") {
            if self.kw(j) != Kw::Part {
                return None;
            }
            j += 1;
        }
        if self.is(j, "sớm") || self.is(j, "muộn") {
            j += 1;
        }
        let off = match (self.kw(j), self.kw(j + 1)) {
            (Kw::This, _) => Some((0, j + 1)),
            (Kw::Past, _) => Some((-1, j + 1)),
            (Kw::Tomorrow, _) => Some((1, j + 1)),
            (Kw::Hom, Kw::This) => Some((0, j + 2)),
            (Kw::Hom, Kw::Past) => Some((-1, j + 2)),
            _ => None,
        };
        if let Some((offset, e)) = off {
            // "sáng nay (19/9)", "sáng nay, 19/9"
            if matches!(self.punct(e), Some('(' | ','))
                && let Some(f) = self.point_inner(e + 1, Cue::Strong)
                && matches!(f.raw, Raw::Point(Point::Day { .. }))
            {
                let end = if self.punct(e) == Some('(') && self.punct(f.end) == Some(')') {
                    f.end + 1
                } else {
                    f.end
                };
                return Some(Found {
                    start: i,
                    end,
                    part: Some(i),
                    ..f
                });
            }
            return Some(Found {
                raw: Raw::Relative {
                    unit: Unit::Day,
                    offset,
                },
                start: i,
                end: e,
                part: Some(i),
                weekday: None,
            });
        }
        if self.kw(j) == Kw::Weekday {
            let f = self.weekday(j, Some(i))?;
            return Some(Found { start: i, ..f });
        }
        let f = self.point_inner(j, Cue::Strong)?;
        matches!(
            f.raw,
            Raw::Point(Point::Day { .. }) | Raw::Lunar { .. } | Raw::Range(..)
        )
        .then_some(Found {
            start: i,
            part: Some(i),
            ..f
        })
    }

    /// "thứ Hai (19/9)", "thứ 2, ngày 19/9", "Chủ nhật 20/9".
    fn weekday(&self, i: usize, part: Option<usize>) -> Option<Found> {
        let (w, mut j) = self.phrase(i, &WEEKDAY_PHRASES)?;
        let paren = self.punct(j) == Some('(');
        if matches!(self.punct(j), Some('(' | ',')) {
            j += 1;
        }
        let f = self.point_inner(j, Cue::Strong)?;
        if !matches!(f.raw, Raw::Point(Point::Day { .. }) | Raw::Lunar { .. }) {
            return None;
        }
        let end = if paren && self.punct(f.end) == Some(')') {
            f.end + 1
        } else {
            f.end
        };
        Some(Found {
            start: i,
            end,
            weekday: Some(w as u8),
            part: part.or(f.part),
            ..f
        })
    }

    /// "tháng 8/2023", "tháng 8 năm 2023", "tháng 09", "tháng Giêng", "tháng trước".
    fn month(&self, i: usize) -> Option<Found> {
        let found = |raw, end| {
            Some(Found {
                raw,
                start: i,
                end,
                part: None,
                weekday: None,
            })
        };
        if let Some(m) = self.num(i + 1) {
            if i > 0 && self.t[i - 1].kind == TokKind::Num {
                return None;
            }
            let m8 = m as u8;
            return match self.chain(i + 1) {
                (Shape::Single(..), e) if (1..=12).contains(&m) => {
                    let (y, e) = self.year_after(e);
                    found(Raw::Point(Point::Month { y, m: m8 }), e)
                }
                (Shape::Slash(_, y, yd) | Shape::Dash(_, y, _, yd) | Shape::Dot(_, y, yd), e)
                    if (1..=12).contains(&m) && is_year(y, yd) =>
                {
                    found(
                        Raw::Point(Point::Month {
                            y: Y::Explicit(y as i32),
                            m: m8,
                        }),
                        e,
                    )
                }
                _ => None,
            };
        }
        if let Some(off) = self.offset_word(i + 1) {
            if self.quantified(i) {
                return None;
            }
            return found(
                Raw::Relative {
                    unit: Unit::Month,
                    offset: off,
                },
                i + 2,
            );
        }
        // only the unambiguous lunar names stand alone
        if self.is_any(i + 1, &["giêng", "chạp"]) {
            let m = if self.is(i + 1, "giêng") { 1 } else { 12 };
            let (y, e) = self.year_after(i + 2);
            return found(Raw::LunarMonth { m, y }, e);
        }
        // "tháng Ba năm ngoái", "tháng Mười": a month in words, when capitalised or
        // followed by its year ("âm lịch" after it makes it lunar)
        if let Some((m, e)) = self.phrase(i + 1, &LUNAR_MONTH_PHRASES)
            && !self.quantified(i)
        {
            let (y, end) = self.year_after(e);
            if y != Y::Missing || self.capitalised(i + 1) {
                return found(Raw::Point(Point::Month { y, m: m as u8 }), end);
            }
        }
        None
    }

    /// "quý III/2023", "quý 3 năm 2023", "quý I".
    fn quarter(&self, i: usize) -> Option<Found> {
        let j = i + 1;
        let q = match self.word(j) {
            Some("I") => 1,
            Some("II") => 2,
            Some("III") => 3,
            Some("IV") => 4,
            Some(_) => return None,
            None => {
                let q = self.num(j)?;
                if !(1..=4).contains(&q) || self.t[j].digits() != 1 {
                    return None;
                }
                q as u8
            }
        };
        let mut e = j + 1;
        let mut y = Y::Missing;
        if self.punct(e) == Some('/')
            && self.glued(e)
            && self.glued(e + 1)
            && let Some(v) = self.num(e + 1)
            && is_year(v, self.t[e + 1].digits())
        {
            y = Y::Explicit(v as i32);
            e += 2;
        } else {
            (y, e) = match self.year_after(e) {
                (Y::Missing, _) => (y, e),
                other => other,
            };
        }
        Some(Found {
            raw: Raw::Point(Point::Quarter { y, q }),
            start: i,
            end: e,
            part: None,
            weekday: None,
        })
    }

    /// "năm 2023", "năm 2021-2025", "năm nay", "năm ngoái".
    fn year(&self, i: usize) -> Option<Found> {
        let found = |raw, end| {
            Some(Found {
                raw,
                start: i,
                end,
                part: None,
                weekday: None,
            })
        };
        if let Some(y) = self.num(i + 1) {
            let yd = self.t[i + 1].digits();
            if !is_year(y, yd) {
                return None;
            }
            return match self.chain(i + 1) {
                (Shape::Single(..), e) => {
                    if matches!(self.punct(e), Some('-' | '–'))
                        && let Some(b) = self.num(e + 1)
                        && is_year(b, self.t[e + 1].digits())
                        && b > y
                    {
                        return found(
                            Raw::Period {
                                from: Some(Point::Year(Y::Explicit(y as i32))),
                                to: Some(Point::Year(Y::Explicit(b as i32))),
                            },
                            e + 2,
                        );
                    }
                    found(Raw::Point(Point::Year(Y::Explicit(y as i32))), e)
                }
                (Shape::Dash(_, b, _, bd), e) if is_year(b, bd) && b > y => found(
                    Raw::Period {
                        from: Some(Point::Year(Y::Explicit(y as i32))),
                        to: Some(Point::Year(Y::Explicit(b as i32))),
                    },
                    e,
                ),
                _ => None,
            };
        }
        if self.quantified(i) {
            return None;
        }
        let off = match self.kw(i + 1) {
            Kw::LastYear => -1,
            _ => self.offset_word(i + 1)?,
        };
        found(
            Raw::Relative {
                unit: Unit::Year,
                offset: off,
            },
            i + 2,
        )
    }

    /// Clock times: "9h30", "20h", "9 giờ 30 (phút)", with a part of day and a day after.
    fn time(&self, i: usize) -> Option<Found> {
        let (h, min, mut e) = match self.chain(i) {
            (Shape::Hour(h), e) => (h, 0, e),
            (Shape::HourMin(h, m), e) => (h, m, e),
            (Shape::Single(h, _), e) if self.is(e, "giờ") => {
                let mut e = e + 1;
                let mut min = 0;
                let mut sure = self.is_any(i.wrapping_sub(1), &["lúc", "vào"]);
                if let Some(m) = self.num(e)
                    && m < 60
                    && self.chain(e).1 == e + 1
                {
                    min = m;
                    e += 1;
                    sure = true;
                    if self.kw(e) == Kw::Minute {
                        e += 1;
                    }
                }
                if !sure && !matches!(self.kw(e), Kw::Part | Kw::Day) {
                    return None;
                }
                (h, min, e)
            }
            _ => return None,
        };
        if h > 24 || min > 59 || (h == 24 && min > 0) {
            return None;
        }
        if i > 0 && self.is_any(i - 1, &["trong", "sau", "mất", "suốt", "hơn", "vòng"]) {
            return None;
        }
        if self.is_any(e, &["qua", "tới", "liên", "trước"]) {
            return None;
        }
        if self.punct(e) == Some('\'') {
            e += 1;
        }
        let mut h = h as u8;
        let min = min as u8;
        let mut part = None;
        let time = |h, day, rel, end, part, weekday| Found {
            raw: Raw::Time { h, min, day, rel },
            start: i,
            end,
            part,
            weekday,
        };
        if self.kw(e) == Kw::Part {
            let clock = self
                .word(e)
                .and_then(|w| PART_CLOCK.get(w.to_lowercase().as_str()).copied());
            h = match clock {
                Some(Clock::Noon) if h < 11 => h + 12,
                Some(Clock::Pm) if h < 12 => h + 12,
                Some(Clock::Night) if (6..12).contains(&h) => h + 12,
                _ => h,
            };
            part = Some(e);
            // "9h sáng 19/9", "9h sáng nay"
            if let Some(f) = self.point(e, Cue::Strong) {
                match f.raw {
                    Raw::Relative {
                        unit: Unit::Day,
                        offset,
                    } => return Some(time(h, None, Some(offset), f.end, part, None)),
                    Raw::Point(p @ Point::Day { .. }) => {
                        return Some(time(h, Some(p), None, f.end, part, f.weekday));
                    }
                    _ => {}
                }
            }
            e += 1;
        }
        let j = if self.punct(e) == Some(',') { e + 1 } else { e };
        if let Some(f) = self.point_inner(j, Cue::Strong)
            && let Raw::Point(p @ Point::Day { .. }) = f.raw
            && (matches!(self.kw(j), Kw::Day | Kw::Weekday | Kw::Part | Kw::Ordinal)
                || self.t[j].kind == TokKind::Num)
        {
            return Some(time(h, Some(p), None, f.end, part.or(f.part), f.weekday));
        }
        Some(time(h, None, None, e, part, None))
    }

    /// Day expressions written with words, at number token `i`: "19 tháng 9 năm 2023",
    /// "mùng 1 Tết", "8 tháng đầu năm 2023", "3 năm trước".
    fn worded(&self, i: usize, cue: Cue) -> Option<Found> {
        let (Shape::Single(n, _), e) = self.chain(i) else {
            return None;
        };
        let found = |raw, end| {
            Some(Found {
                raw,
                start: i,
                end,
                part: None,
                weekday: None,
            })
        };
        match self.kw(e) {
            Kw::Month => {
                // "19 tháng 9 (năm 2023)"
                if let Some(m) = self.num(e + 1)
                    && self.chain(e + 1).1 == e + 2
                    && valid_dm(n, m)
                {
                    let (y, end) = self.year_after(e + 2);
                    if cue == Cue::Strong || y != Y::Missing {
                        return found(Raw::Point(day(y, m, n)), end);
                    }
                    return None;
                }
                // "mùng 1 tháng Giêng"
                if cue == Cue::Strong
                    && self.is_any(e + 1, &["giêng", "chạp"])
                    && (1..=30).contains(&n)
                {
                    let m = if self.is(e + 1, "giêng") { 1 } else { 12 };
                    let (y, end) = self.year_after(e + 2);
                    return found(Raw::Lunar { d: n as u8, m, y }, end);
                }
                // "8 tháng đầu năm 2023", "6 tháng cuối năm", "9 tháng năm 2023"
                if (1..=12).contains(&n) {
                    let (last, k) = match self.kw(e + 1) {
                        Kw::Start => (false, e + 2),
                        Kw::End => (true, e + 2),
                        _ => (false, e + 1),
                    };
                    if self.kw(k) == Kw::Year {
                        let (y, end) = self.year_after(k);
                        if y != Y::Missing || k == e + 2 {
                            let end = if y == Y::Missing { k + 1 } else { end };
                            return found(
                                Raw::Months {
                                    n: n as u8,
                                    last,
                                    y,
                                },
                                end,
                            );
                        }
                    }
                }
                if self.kw(e + 1) == Kw::Previous && cue == Cue::None && (1..=100).contains(&n) {
                    return found(
                        Raw::Relative {
                            unit: Unit::Month,
                            offset: -(n as i32),
                        },
                        e + 2,
                    );
                }
                None
            }
            Kw::Tet if cue == Cue::Strong && (1..=30).contains(&n) => {
                let mut end = e + 1;
                if self.is(end, "nguyên") && self.is(end + 1, "đán") {
                    end += 2;
                }
                let mut y = Y::Missing;
                if let Some(v) = self.num(end)
                    && is_year(v, self.t[end].digits())
                {
                    y = Y::Explicit(v as i32);
                    end += 1;
                }
                found(
                    Raw::Lunar {
                        d: n as u8,
                        m: 1,
                        y,
                    },
                    end,
                )
            }
            Kw::Day | Kw::Week | Kw::Year
                if cue == Cue::None && self.kw(e + 1) == Kw::Previous && (1..=100).contains(&n) =>
            {
                let unit = match self.kw(e) {
                    Kw::Day => Unit::Day,
                    Kw::Week => Unit::Week,
                    _ => Unit::Year,
                };
                found(
                    Raw::Relative {
                        unit,
                        offset: -(n as i32),
                    },
                    e + 2,
                )
            }
            _ => None,
        }
    }

    /// Reads the number run at `i` as a date, a ratio, or neither.
    fn numeric(&self, i: usize, cue: Cue) -> NumRes {
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
                match Date::new(y as i32, m as u8, d as u8) {
                    Some(_) => date(Raw::Point(p)),
                    None => NumRes::Skip(e),
                }
            }
            Shape::Dash(a, b, 4, 4) if is_year(a, 4) && is_year(b, 4) && b > a => date(Raw::Range(
                Point::Year(Y::Explicit(a as i32)),
                Point::Year(Y::Explicit(b as i32)),
            )),
            Shape::Dash(d, m, _, _) | Shape::Dot(d, m, _) if strong && valid_dm(d, m) => {
                date(Raw::Point(day(Y::Missing, m, d)))
            }
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

    /// "30/4 và 1/5", "30/4, 1/5", "30/4 - 1/5": a day written just before.
    fn after_date(&self, i: usize) -> bool {
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
    fn classify(&self, i: usize, a: u32, b: u32, e: usize, strong: bool) -> NumRes {
        let valid = valid_dm(a, b);
        if strong && valid {
            return NumRes::Date(Raw::Point(day(Y::Missing, b, a)), e);
        }
        let prev = i.checked_sub(1);
        // addresses, class names: "số 12/3", "lớp 10/1", "hẻm 45/2"
        if prev.is_some_and(|p| {
            self.is_any(
                p,
                &[
                    "số", "hẻm", "ngõ", "ngách", "kiệt", "lớp", "phòng", "nhà", "km", "tổ",
                ],
            )
        }) {
            return NumRes::Skip(e);
        }
        let ratio = |unit: Option<(usize, usize)>| {
            NumRes::Ratio(FoundRatio {
                start: i,
                end: unit.map_or(e, |u| u.1),
                num: a,
                den: b,
                unit,
            })
        };
        let fraction = a <= b && b > 0;
        let unit = self.unit_after(e);
        if fraction && unit.is_some() {
            return ratio(unit);
        }
        // "từ 1/4 đến …", "dịp 30/4", "(19/9)", "30/4 và 1/5": a date cue right before
        let date_cue = self.after_date(i)
            || prev.is_some_and(|p| {
                self.is_any(
                    p,
                    &[
                        "từ", "đến", "tới", "vào", "hôm", "sau", "trước", "dịp", "lễ", "phiên",
                    ],
                ) || (self.punct(p) == Some('(') && self.punct(e) == Some(')'))
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

    /// Builds the public ratio: subject, date and items from its sentence.
    fn ratio(&self, r: &FoundRatio, found: &[Found], dates: &[DateFact]) -> Ratio {
        let t = self.t;
        let start = t[r.start].start;
        let end = t[r.end - 1].end;
        // sentence bounds (tokens)
        let mut s = r.start;
        while s > 0 && r.start - s < SENTENCE_MAX_TOKENS && !self.sentence_end(s - 1) {
            s -= 1;
        }
        let mut z = r.end;
        while z < t.len() && z - r.end < SENTENCE_MAX_TOKENS && !self.sentence_end(z) {
            z += 1;
        }
        let subject = self.subject(s, r.start);
        // the date: the last one before it in the sentence, else the first after
        // (facts are in text order and do not overlap: binary search, no scan)
        let k = found.partition_point(|f| f.end <= r.start);
        let before = k
            .checked_sub(1)
            .filter(|&j| found[j].start >= s && found[j].end <= r.start);
        let after = (k < found.len() && found[k].start >= r.end && found[k].end <= z).then_some(k);
        let date = before
            .or(after)
            .and_then(|k| dates.get(k))
            .and_then(|d| d.to.clone().or_else(|| d.value.clone()));
        let items = self.items(r.end);
        Ratio {
            text: self.text[start..end].to_string(),
            start,
            end,
            numerator: r.num,
            denominator: r.den,
            unit: r
                .unit
                .map(|(a, b)| self.text[t[a].start..t[b - 1].end].to_string()),
            subject,
            date,
            items_mismatch: !items.is_empty() && items.len() != r.num as usize,
            items,
        }
    }

    fn sentence_end(&self, k: usize) -> bool {
        match self.t[k].kind {
            TokKind::Newline | TokKind::Punct('!' | '?') => true,
            // not the "." of "1.000" or "19.9.2023"
            TokKind::Punct('.') => {
                !(self.glued(k)
                    && self.glued(k + 1)
                    && self.num(k.wrapping_sub(1)).is_some()
                    && self.num(k + 1).is_some())
            }
            _ => false,
        }
    }

    /// "xã Đức Ninh (đã) đạt …": a place right before the verb.
    fn subject(&self, s: usize, r: usize) -> Option<String> {
        let mut best = None;
        for k in s..r {
            let Some((_, e)) = self.phrase(k, &PLACE_PHRASES) else {
                continue;
            };
            let mut n = e;
            while n < r && n - e < 5 && self.capitalised(n) {
                n += 1;
            }
            if n == e {
                continue;
            }
            let gap_ok = (n..r).len() <= 4
                && (n..r).all(|g| self.t[g].kind == TokKind::Word && !self.capitalised(g));
            if gap_ok {
                best = Some(self.text[self.t[k].start..self.t[n - 1].end].to_string());
            }
        }
        best
    }

    /// "gồm: Giao thông; Điện; …" after a ratio.
    fn items(&self, e: usize) -> Vec<String> {
        let mut k = e;
        if self.is_any(k, &["bao"]) && self.is(k + 1, "gồm") {
            k += 1;
        }
        let mut opened = false;
        if self.is_any(k, &["gồm", "là"]) {
            k += 1;
            opened = true;
            if self.is(k, "có") {
                k += 1;
            }
        }
        if self.punct(k) == Some(':') {
            k += 1;
            opened = true;
        }
        if !opened || k >= self.t.len() {
            return Vec::new();
        }
        let from = self.t[k].start;
        let mut to = from;
        let mut z = k;
        while z < self.t.len() && !self.sentence_end(z) && self.t[z].end - from < ITEMS_MAX_BYTES {
            to = self.t[z].end;
            z += 1;
        }
        let list = &self.text[from..to];
        let sep = if list.contains(';') { ';' } else { ',' };
        list.split(sep)
            .map(|x| x.trim().trim_end_matches(['…', ',', ';']).trim())
            .filter(|x| !x.is_empty())
            .map(|x| x.strip_prefix("và ").unwrap_or(x).to_string())
            .collect()
    }
}

fn as_point(raw: &Raw) -> Option<Point> {
    match *raw {
        Raw::Point(p) => Some(p),
        _ => None,
    }
}

struct Resolver {
    reference: Option<Date>,
    article_year: Option<i32>,
}

fn fmt_day(y: Option<i32>, m: u8, d: u8) -> String {
    fmt_ymd(y, m, Some(d))
}

impl Resolver {
    /// The year of a point: (year, inferred).
    fn year(&self, y: Y, m: u8, d: u8) -> (Option<i32>, bool) {
        match y {
            Y::Explicit(v) => (Some(v), false),
            Y::Rel(k) => match self.reference {
                Some(r) => (Some(r.year() + k), false),
                None => (
                    self.article_year.map(|a| a + k),
                    self.article_year.is_some(),
                ),
            },
            Y::Missing => match self.reference {
                Some(r) => {
                    let best = (r.year() - 1..=r.year() + 1)
                        .filter_map(|y| Date::new(y, m, d.min(days_in_month(y, m))))
                        .min_by_key(|c| (c.days_since_epoch() - r.days_since_epoch()).abs());
                    (best.map(|b| b.year()), best.is_some())
                }
                None => (self.article_year, self.article_year.is_some()),
            },
        }
    }

    /// First and last day of a point, and whether its year was inferred.
    fn bounds(&self, p: Point) -> (String, String, bool) {
        match p {
            Point::Day { y, m, d } => {
                let (s, inf) = self.day_value(y, m, d);
                (s.clone(), s, inf)
            }
            Point::Month { y, m } => {
                let (y, inf) = self.year(y, m, 15);
                let last = days_in_month(y.unwrap_or(2001), m);
                (fmt_day(y, m, 1), fmt_day(y, m, last), inf)
            }
            Point::Quarter { y, q } => {
                let (y, inf) = self.year(y, 3 * q - 1, 15);
                let last = days_in_month(2001, 3 * q);
                (fmt_day(y, 3 * q - 2, 1), fmt_day(y, 3 * q, last), inf)
            }
            Point::Year(y) => {
                let (y, inf) = self.year(y, 7, 1);
                (fmt_day(y, 1, 1), fmt_day(y, 12, 31), inf)
            }
        }
    }

    /// The value of a day (the year dropped when the day does not exist in it), and
    /// whether its year was inferred.
    fn day_value(&self, y: Y, m: u8, d: u8) -> (String, bool) {
        let (y, inf) = self.year(y, m, d);
        let y = y.filter(|&v| Date::new(v, m, d).is_some());
        (fmt_day(y, m, d), inf && y.is_some())
    }

    fn value(&self, p: Point) -> (String, bool) {
        match p {
            Point::Day { y, m, d } => self.day_value(y, m, d),
            Point::Month { y, m } => {
                let (y, inf) = self.year(y, m, 15);
                (fmt_ymd(y, m, None), inf)
            }
            Point::Quarter { y, q } => {
                let (y, inf) = self.year(y, 3 * q - 1, 15);
                let mut s = String::with_capacity(7);
                if let Some(y) = y {
                    push_padded(&mut s, y, 4);
                    s.push('-');
                }
                s.push('Q');
                push_padded(&mut s, i32::from(q), 1);
                (s, inf)
            }
            Point::Year(y) => {
                let (y, inf) = self.year(y, 7, 1);
                let mut s = String::with_capacity(4);
                if let Some(y) = y {
                    push_padded(&mut s, y, 4);
                }
                (s, inf)
            }
        }
    }

    fn lunar(&self, y: Y, m: u8, d: u8) -> (Option<Date>, Option<i32>, bool) {
        match (y, self.reference) {
            (Y::Missing, Some(r)) => {
                let best = (r.year() - 1..=r.year() + 1)
                    .filter_map(|ly| lunar_to_solar(d, m, ly, false).map(|s| (ly, s)))
                    .min_by_key(|(_, s)| (s.days_since_epoch() - r.days_since_epoch()).abs());
                (best.map(|b| b.1), best.map(|b| b.0), true)
            }
            _ => {
                let (ly, inf) = self.year(y, 1, 1);
                (ly.and_then(|ly| lunar_to_solar(d, m, ly, false)), ly, inf)
            }
        }
    }

    fn fact(&self, s: &Scanner<'_>, f: &Found) -> DateFact {
        let start = s.t[f.start].start;
        let end = s.t[f.end - 1].end;
        let mut fact = DateFact {
            text: s.text[start..end].to_string(),
            start,
            end,
            kind: DateKind::Day,
            value: None,
            from: None,
            to: None,
            year_inferred: false,
            part_of_day: f.part.and_then(|p| s.word(p)).map(str::to_lowercase),
            weekday: f.weekday,
            lunar: None,
            unit: None,
            offset: None,
        };
        match f.raw {
            Raw::Point(p) => {
                fact.kind = match p {
                    Point::Day { .. } => DateKind::Day,
                    Point::Month { .. } => DateKind::Month,
                    Point::Quarter { .. } => DateKind::Quarter,
                    Point::Year(_) => DateKind::Year,
                };
                let (v, inf) = self.value(p);
                fact.value = Some(v);
                fact.year_inferred = inf;
                if let Point::Quarter { .. } = p {
                    let (a, b, _) = self.bounds(p);
                    fact.from = Some(a);
                    fact.to = Some(b);
                }
            }
            Raw::Period { from, to } => {
                fact.kind = DateKind::Period;
                if let Some(p) = from {
                    let (a, _, inf) = self.bounds(p);
                    fact.from = Some(a);
                    fact.year_inferred |= inf;
                }
                if let Some(p) = to {
                    let (_, b, inf) = self.bounds(p);
                    fact.to = Some(b);
                    fact.year_inferred |= inf;
                }
            }
            Raw::Range(a, b) => {
                fact.kind = DateKind::Range;
                let (x, _, i1) = self.bounds(a);
                let (_, y, i2) = self.bounds(b);
                fact.from = Some(x);
                fact.to = Some(y);
                fact.year_inferred = i1 || i2;
            }
            Raw::Months { n, last, y } => {
                fact.kind = DateKind::Period;
                let (y, inf) = match y {
                    Y::Missing => match self.reference {
                        Some(r) => (Some(r.year()), true),
                        None => (self.article_year, self.article_year.is_some()),
                    },
                    _ => self.year(y, 1, 1),
                };
                let (m1, m2) = if last { (13 - n, 12) } else { (1, n) };
                fact.from = Some(fmt_day(y, m1, 1));
                fact.to = Some(fmt_day(y, m2, days_in_month(y.unwrap_or(2001), m2)));
                fact.year_inferred = inf;
            }
            Raw::Relative { unit, offset } => {
                fact.kind = DateKind::Relative;
                fact.unit = Some(
                    match unit {
                        Unit::Day => "day",
                        Unit::Week => "week",
                        Unit::Month => "month",
                        Unit::Year => "year",
                    }
                    .to_string(),
                );
                fact.offset = Some(offset);
                if let Some(r) = self.reference {
                    match unit {
                        Unit::Day => {
                            fact.value = r.add_days(i64::from(offset)).map(|d| d.to_string())
                        }
                        Unit::Week => {
                            let monday =
                                r.add_days(7 * i64::from(offset) - i64::from(r.weekday()) + 1);
                            fact.from = monday.map(|d| d.to_string());
                            fact.to = monday.and_then(|d| d.add_days(6)).map(|d| d.to_string());
                        }
                        Unit::Month => {
                            let idx = i64::from(r.year()) * 12 + i64::from(r.month()) - 1
                                + i64::from(offset);
                            fact.value = Some(format!(
                                "{:04}-{:02}",
                                idx.div_euclid(12),
                                idx.rem_euclid(12) + 1
                            ));
                        }
                        Unit::Year => fact.value = Some(format!("{:04}", r.year() + offset)),
                    }
                }
            }
            Raw::Time { h, min, day, rel } => {
                fact.kind = DateKind::Time;
                let mut clock = String::with_capacity(5);
                push_padded(&mut clock, i32::from(h), 2);
                clock.push(':');
                push_padded(&mut clock, i32::from(min), 2);
                if let Some(off) = rel {
                    fact.offset = Some(off);
                    fact.unit = Some("day".to_string());
                }
                let rel_day = rel.and_then(|o| self.reference?.add_days(i64::from(o)));
                match day {
                    None if rel_day.is_some() => {
                        fact.value = rel_day.map(|d| format!("{d}T{clock}"));
                    }
                    Some(p) => {
                        let (mut v, inf) = self.value(p);
                        v.push('T');
                        v.push_str(&clock);
                        fact.value = Some(v);
                        fact.year_inferred = inf;
                    }
                    None => fact.value = Some(clock),
                }
            }
            Raw::Lunar { d, m, y } => {
                fact.kind = DateKind::Lunar;
                let (solar, ly, inf) = self.lunar(y, m, d);
                fact.lunar = Some(fmt_day(ly, m, d));
                fact.value = solar.map(|s| s.to_string());
                fact.year_inferred = inf && solar.is_some();
            }
            Raw::LunarMonth { m, y } => {
                fact.kind = DateKind::Lunar;
                let (first, ly, inf) = self.lunar(y, m, 1);
                fact.lunar = Some(fmt_ymd(ly, m, None));
                if let (Some(a), Some(ly)) = (first, ly) {
                    let last = lunar_to_solar(30, m, ly, false)
                        .or_else(|| lunar_to_solar(29, m, ly, false));
                    fact.from = Some(a.to_string());
                    fact.to = last.map(|d| d.to_string());
                    fact.year_inferred = inf;
                }
            }
        }
        fact
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrase_matches_the_direct_computation() {
        let text = "Sáng thứ Hai, tháng Giêng âm lịch, người dân TP Hà Nội, so với \
                    CÙNG KỲ năm ngoái; Chủ nhật 3 tháng Chạp, tỉnh Nghệ An, mỗi người";
        let mut toks = Vec::new();
        tokenize(text, &mut toks, &mut Vec::new());
        let s = Scanner {
            text,
            t: &toks,
            last_chain: Cell::new((usize::MAX, Shape::Other, 0)),
        };
        let lists: [&Phrases; 5] = [
            &UNIT_PHRASES,
            &LUNAR_MONTH_PHRASES,
            &WEEKDAY_PHRASES,
            &CUE_PHRASES,
            &PLACE_PHRASES,
        ];
        let mut hits = 0;
        for list in lists {
            for i in 0..=toks.len() {
                let direct = list.list.iter().find_map(|(words, v)| {
                    let ok = words
                        .iter()
                        .enumerate()
                        .all(|(k, w)| s.tok_text(i + k).is_some_and(|x| ieq(x, w)));
                    ok.then_some((*v, i + words.len()))
                });
                assert_eq!(s.phrase(i, list), direct, "token {i}");
                hits += usize::from(direct.is_some());
            }
        }
        assert!(hits >= 4, "{hits}");
    }
}
