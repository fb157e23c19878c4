//! The pass that reads dates and ratios: one left-to-right walk over the tokens, each
//! attempt at a number or a date word. The grammars themselves are in
//! [`super::date`] (points, chains of words, numeric dates, resolution) and
//! [`super::ratio`]; this module holds what they share: the [`Scanner`] over the tokens
//! and the glued number runs ([`Shape`]).
//!
//! Every attempt at a token looks ahead a bounded number of tokens (ratio item lists at
//! most a fixed number of bytes), so the whole pass is linear in the text.

use std::cell::Cell;

use super::date::grammar::{Cue, Found, NumRes, Raw};
use super::date::resolve::{Resolver, article_year};
use super::date::{CalendarDay, Date, DateFact, DateKind, Reference, TimexValue};
use super::keywords::{Kw, Phrases, WordList, hash_of};
use super::ratio::{FoundRatio, ReadRatios};
use crate::text::tokens::{Token, TokenKind, ieq};

/// The shape of a run of glued digits and separators ("19/9/2023", "9h30", "2021-2025").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
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
    /// The ratios, their strings not yet copied ([`ReadRatios::build`]).
    pub ratios: ReadRatios,
    pub amounts: Vec<super::amount::Amount>,
    /// The article's most frequent explicit year (what year-less dates take without a
    /// publication date).
    pub year: Option<i32>,
}

/// Finds dates and ratios in `tokens`, the tokens of `text` (a document's, see
/// `Doc::tokens`), whose openers are `openers`; resolving them against `reference` (a
/// text over 4 GiB has no tokens, hence no facts). The openers are freed once scanned.
pub(crate) fn extract(
    text: &str,
    tokens: &[Token],
    openers: Vec<u32>,
    reference: Option<Date>,
) -> Facts {
    let s = Scanner::new(text, tokens);
    let mut found = Vec::new();
    let mut ratios = Vec::new();
    let mut amounts = Vec::new();
    // `i` is the first token not yet read; the tokens that open nothing (neither a number
    // nor a date word) are not visited: the next attempt is at the first opener from `i`
    let mut i = 0;
    for &o in &openers {
        let o = o as usize;
        if o < i {
            continue;
        }
        i = o;
        // (a word no date starts at, another reader's tag, is neither read here nor a
        // number: passed over before `at`)
        if s.t[i].kind() == TokenKind::Word && !starts_dates(s.kw(i)) {
            i += 1;
            continue;
        }
        match s.at(i) {
            Step::Date(f) => {
                i = f.end.max(i + 1);
                found.push(f);
            }
            Step::Ratio(r) => {
                i = r.end().max(i + 1);
                ratios.push(r);
            }
            // a number that opens neither a date nor a ratio may be an amount
            step @ (Step::Skip(_) | Step::Nothing) => match (s.number_amount(i), step) {
                (Some(a), _) => {
                    i = a.end;
                    amounts.push(a);
                }
                (None, Step::Skip(end)) => i = end.max(i + 1),
                (None, _) => i += 1,
            },
        }
    }
    // (a text of ratio lists peaks as its ratios are read: not with the openers too)
    drop(openers);
    let year = article_year(&found);
    let resolver = Resolver::new(reference, year);
    let mut dates: Vec<DateFact> = found.iter().map(|f| resolver.fact(&s, f)).collect();
    same_days(&mut found, &mut dates);
    anaphors(s.text, &mut found, &mut dates);
    until_now(s.text, reference, &mut found, &mut dates);
    // Each ratio's items end where the next ratio starts (a list never holds another count).
    let ratios =
        ReadRatios::read_from_last(ratios, |r, next, items| s.ratio(r, next, &found, items));
    let amounts = amounts.iter().map(|a| s.public_amount(a)).collect();
    Facts {
        dates,
        ratios,
        amounts,
        year,
    }
}

/// Whether a date may start at a word of the keyword `kw` ([`Scanner::at`]): not at a
/// word of none (another reader's tag) nor at a unit.
#[inline]
fn starts_dates(kw: Kw) -> bool {
    !matches!(kw, Kw::None | Kw::Unit)
}

/// "cùng ngày" (the same day): the day of the last day or time named before it, when one
/// was (else it stays the publication date its resolution gave). Right after a clock time
/// ("20h cùng ngày") it makes no fact of its own and gives the time the day named before,
/// when one was.
fn same_days(found: &mut Vec<Found>, dates: &mut Vec<DateFact>) {
    let mut last: Option<CalendarDay> = None;
    let mut keep = vec![true; found.len()];
    for k in 0..found.len() {
        if matches!(found[k].raw, Raw::SameDay) {
            let after_time = k > 0
                && keep[k - 1]
                && found[k - 1].end == found[k].start
                && dates[k - 1].kind == DateKind::Time;
            if after_time {
                // a time with no day of its own ("20:00") takes the day named before
                if let (
                    Some(d),
                    Some(TimexValue::Time {
                        day: day @ None, ..
                    }),
                ) = (last, dates[k - 1].value.as_mut())
                {
                    *day = Some(d);
                }
                keep[k] = false;
            } else if let Some(d) = last {
                dates[k].value = Some(TimexValue::Day(d));
                dates[k].year_inferred = false;
            }
        } else {
            // a day ("2021-04-16"), or the day of a time ("2021-04-16T20:00")
            match (dates[k].kind, dates[k].value) {
                (DateKind::Day, Some(TimexValue::Day(d)))
                | (DateKind::Time, Some(TimexValue::Time { day: Some(d), .. })) => last = Some(d),
                _ => {}
            }
        }
    }
    drop_unkept(found, dates, &keep);
}

/// How far back (bytes) the time a "khi đó" points to may be named.
const ANAPHOR_REACH: usize = 600;

/// "khi đó", "lúc đó" (a phrase that points back, TIMEX3's anaphor): the value and kind of
/// the last day, month, quarter, year, time, decade or century named before it, within
/// [`ANAPHOR_REACH`] bytes; with none, in a condition ("Nếu …, khi đó" is "in that
/// case") or after "trong" ("trong khi đó": meanwhile), no fact.
fn anaphors(text: &str, found: &mut Vec<Found>, dates: &mut Vec<DateFact>) {
    let mut keep = vec![true; found.len()];
    let mut last: Option<usize> = None;
    for k in 0..found.len() {
        if !matches!(
            found[k].raw,
            Raw::Reference(crate::extract::keywords::ANAPHOR)
        ) {
            let point = matches!(
                dates[k].kind,
                DateKind::Day
                    | DateKind::Month
                    | DateKind::Quarter
                    | DateKind::Year
                    | DateKind::Time
                    | DateKind::Decade
                    | DateKind::Century
            ) && dates[k].value.is_some();
            if point {
                last = Some(k);
            }
            continue;
        }
        let at = dates[k].span.start;
        let antecedent = last.filter(|&j| dates[j].span.end + ANAPHOR_REACH >= at);
        // "trong khi đó" is "meanwhile, whereas", no time
        let whereas = text
            .get(..at)
            .is_some_and(|b| b.ends_with("trong ") || b.ends_with("Trong "));
        match antecedent {
            Some(j) if !whereas && !in_condition(text, at) => {
                dates[k].kind = dates[j].kind;
                dates[k].value = dates[j].value;
                dates[k].year_inferred = dates[j].year_inferred;
            }
            _ => keep[k] = false,
        }
    }
    drop_unkept(found, dates, &keep);
}

/// True when the sentence before `at` opens with a condition ("Nếu", "nếu" before it).
fn in_condition(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(200);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..at).unwrap_or("");
    let sentence = before
        .rsplit(['.', '!', '?', '\n'])
        .next()
        .unwrap_or(before);
    sentence.contains("nếu ") || sentence.contains("Nếu ")
}

/// "Từ năm 2017 đến nay": "đến nay" (a reference to the present) right after a stretch
/// with no end closes it on the publication date (left open without one) and makes no fact
/// of its own; the stretch's text runs to it.
fn until_now(
    text: &str,
    reference: Option<Date>,
    found: &mut Vec<Found>,
    dates: &mut Vec<DateFact>,
) {
    let mut keep = vec![true; found.len()];
    for k in 1..found.len() {
        let now = dates[k].kind == DateKind::Reference
            && dates[k].value == Some(TimexValue::Reference(Reference::Present))
            && dates[k]
                .text
                .split_whitespace()
                .nth(1)
                .is_some_and(|w| w == "nay");
        let open = keep[k - 1]
            && dates[k - 1].kind == DateKind::Period
            && dates[k - 1].from.is_some()
            && dates[k - 1].to.is_none()
            && text
                .get(dates[k - 1].span.end..dates[k].span.start)
                .is_some_and(|gap| gap.trim().is_empty());
        if now && open {
            let (start, end) = (dates[k - 1].span.start, dates[k].span.end);
            let prev = &mut dates[k - 1];
            prev.to = reference.map(|r| r.to_string());
            prev.span.end = end;
            if let Some(t) = text.get(start..end) {
                prev.text = t.to_string();
            }
            found[k - 1].end = found[k].end;
            keep[k] = false;
        }
    }
    drop_unkept(found, dates, &keep);
}

/// Drops the facts (and their found expressions) that `keep` does not keep.
fn drop_unkept(found: &mut Vec<Found>, dates: &mut Vec<DateFact>, keep: &[bool]) {
    if keep.iter().all(|&k| k) {
        return;
    }
    let mut it = keep.iter();
    found.retain(|_| *it.next().unwrap_or(&true));
    let mut it = keep.iter();
    dates.retain(|_| *it.next().unwrap_or(&true));
}

enum Step {
    Date(Found),
    Ratio(FoundRatio),
    Skip(usize),
    Nothing,
}

/// The ranks and degrees of one word ("TS", "PGS.TS"'s parts), lowercase, without their
/// period (`official_ranks.txt`).
static DEGREES: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    crate::text::lexicon::OFFICIAL_RANKS
        .keys()
        .filter(|r| !r.contains(' '))
        .flat_map(|r| r.split('.'))
        .filter(|p| !p.is_empty())
        .map(crate::text::chars::to_lowercase)
        .collect()
});

/// True when `word` is a rank or degree written in one word, its parts joined by periods
/// ("TS", "PGS.TS", "ThS.BS", "NSND").
pub(crate) fn is_degree(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && word
            .split('.')
            .filter(|p| !p.is_empty())
            .all(|p| DEGREES.iter().any(|d| ieq(p, d)))
}

pub(crate) struct Scanner<'t> {
    pub(crate) text: &'t str,
    pub(crate) t: &'t [Token],
    /// The last [`Scanner::chain`] read, `(i, shape, end)`: the grammar asks for the
    /// same number run several times (as a time, a worded date, a numeric date, a ratio).
    last_chain: Cell<(usize, Shape, usize)>,
}

impl<'t> Scanner<'t> {
    /// A scanner over `t`, the tokens of `text`.
    pub(crate) fn new(text: &'t str, t: &'t [Token]) -> Scanner<'t> {
        Scanner {
            text,
            t,
            last_chain: Cell::new((usize::MAX, Shape::Other, 0)),
        }
    }
}

impl Scanner<'_> {
    #[inline]
    pub(crate) fn kw(&self, i: usize) -> Kw {
        self.t.get(i).map_or(Kw::None, |t| Kw::from_tag(t.tag()))
    }

    #[inline]
    pub(crate) fn num(&self, i: usize) -> Option<u32> {
        self.t
            .get(i)
            .filter(|t| t.kind() == TokenKind::Num)
            .map(|t| t.num(self.text))
    }

    #[inline]
    pub(crate) fn punct(&self, i: usize) -> Option<char> {
        let t = self.t.get(i)?;
        match t.kind() {
            TokenKind::Punct => t.char_in(self.text),
            _ => None,
        }
    }

    #[inline]
    pub(crate) fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.t.len() && self.t[i].start() == self.t[i - 1].end()
    }

    #[inline]
    pub(crate) fn word(&self, i: usize) -> Option<&str> {
        let t = self.t.get(i)?;
        (t.kind() == TokenKind::Word).then(|| &self.text[t.start()..t.end()])
    }

    #[inline]
    pub(crate) fn tok_text(&self, i: usize) -> Option<&str> {
        let t = self.t.get(i)?;
        matches!(t.kind(), TokenKind::Word | TokenKind::Num).then(|| &self.text[t.start()..t.end()])
    }

    /// True when the word at `i` is `lower`, ignoring case (`ieq`). Most words asked are
    /// another length, told from the token before the text is sliced; inlined, so that
    /// the length of a literal `lower` is a constant.
    #[inline]
    pub(crate) fn is(&self, i: usize, lower: &str) -> bool {
        self.t.get(i).is_some_and(|t| {
            t.kind() == TokenKind::Word
                && t.end() - t.start() == lower.len()
                && ieq(&self.text[t.start()..t.end()], lower)
        })
    }

    /// True when the word at `i` is in `list`, ignoring case.
    #[inline]
    pub(crate) fn is_any(&self, i: usize, list: &WordList) -> bool {
        self.t.get(i).is_some_and(|t| {
            t.kind() == TokenKind::Word
                && list.contains(&self.text[t.start()..t.end()], t.word_hash())
        })
    }

    #[inline]
    pub(crate) fn capitalised(&self, i: usize) -> bool {
        // a word whose first character is uppercase has an uppercase character
        self.t.get(i).is_some_and(Token::has_upper)
            && self
                .word(i)
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase)
    }

    /// The longest phrase of `list` starting at token `i`: its value and end token.
    ///
    /// The token's hash rejects most words by one bit test; otherwise it is compared
    /// with the one first word of the list it can equal (the list's words are lowercase,
    /// so at most one equals it ignoring case), and the entries that word starts are
    /// tried in order, those whose second word has another hash than the next token's
    /// passed over (a word equal to a list word ignoring case carries its hash: the test
    /// `list_words_fold_to_themselves`).
    ///
    /// Inlined: a word whose hash the list has not (most words asked) is rejected at the
    /// caller, without a call; the rest is read by [`Scanner::phrase_from`].
    #[inline]
    pub(crate) fn phrase(&self, i: usize, list: &Phrases) -> Option<(u32, usize)> {
        let t = self.t.get(i)?;
        match t.kind() {
            TokenKind::Word if list.hashes.may_contain(t.word_hash()) => {
                self.phrase_from(i, t.word_hash(), list)
            }
            TokenKind::Num => self.num_phrase(i, list),
            _ => None,
        }
    }

    /// [`Scanner::phrase`] at the number token `i` (whose hash is read from the text).
    #[inline(never)]
    fn num_phrase(&self, i: usize, list: &Phrases) -> Option<(u32, usize)> {
        let t = self.t.get(i)?;
        let hash = hash_of(&self.text[t.start()..t.end()]);
        if !list.hashes.may_contain(hash) {
            return None;
        }
        self.phrase_from(i, hash, list)
    }

    /// [`Scanner::phrase`] at the word or number token `i`, whose hash `hash` the list
    /// may have.
    #[inline(never)]
    fn phrase_from(&self, i: usize, hash: u32, list: &Phrases) -> Option<(u32, usize)> {
        let t = self.t.get(i)?;
        let entries = list.starting(&self.text[t.start()..t.end()], hash);
        // (the next token's hash: an entry of two words or more whose second word has
        // another hash is no match, and is passed over without comparing its words)
        let next = self.t.get(i + 1).map_or(0, |n| match n.kind() {
            TokenKind::Word => n.word_hash(),
            TokenKind::Num => hash_of(&self.text[n.start()..n.end()]),
            _ => 0,
        });
        entries.iter().find_map(|e| {
            if !e.may_follow(next) {
                return None;
            }
            let rest = list.rest(e);
            let rest_ok = rest
                .iter()
                .enumerate()
                .all(|(k, w)| self.tok_text(i + 1 + k).is_some_and(|x| ieq(x, w)));
            rest_ok.then_some((e.value(), i + 1 + rest.len()))
        })
    }

    /// The run of glued numbers, separators and words starting at number token `i`.
    pub(crate) fn chain(&self, i: usize) -> (Shape, usize) {
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
        push(El::N(self.t[i].num(self.text), self.t[i].digits()), &mut n);
        j += 1;
        while j < self.t.len() && self.glued(j) {
            let t = self.t[j];
            match t.kind() {
                TokenKind::Punct => match self.punct(j) {
                    Some(c @ ('/' | '-' | '.' | ',' | '–'))
                        if self.glued(j + 1)
                            && match self.t.get(j + 1).map(Token::kind) {
                                Some(TokenKind::Num) => true,
                                // "24/4.Thời": a missing space, not a code
                                Some(TokenKind::Word) => !matches!(c, '.' | ','),
                                _ => false,
                            } =>
                    {
                        push(El::S(if c == '–' { '-' } else { c }), &mut n)
                    }
                    _ => break,
                },
                TokenKind::Num => push(El::N(t.num(self.text), t.digits()), &mut n),
                TokenKind::Word if self.kw(j) == Kw::Hour && !self.is(j, "giờ") => {
                    push(El::H, &mut n)
                }
                TokenKind::Word => push(El::W, &mut n),
                TokenKind::Newline => break,
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
    pub(crate) fn bad_start(&self, i: usize) -> bool {
        if !self.glued(i) {
            return false;
        }
        match self.t[i - 1].kind() {
            TokenKind::Num => true,
            // (the words of durations and sets are tagged for their own grammar only)
            TokenKind::Word => {
                matches!(self.kw(i - 1), Kw::None | Kw::Count | Kw::Every | Kw::Unit)
            }
            TokenKind::Punct => {
                matches!(self.punct(i - 1), Some('/' | '-' | '.' | ',' | '–' | ':'))
            }
            TokenKind::Newline => false,
        }
    }

    fn at(&self, i: usize) -> Step {
        match self.t[i].kind() {
            TokenKind::Num => {
                if let Some(f) = self.point(i, Cue::None) {
                    return Step::Date(f);
                }
                if let Some(f) = self.duration_at_number(i) {
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
            TokenKind::Word => {
                let f = match self.kw(i) {
                    k if !starts_dates(k) => None,
                    Kw::Count => self.duration_at_word(i),
                    Kw::Every => self.set_at(i),
                    Kw::Era => self.era(i),
                    Kw::Year | Kw::Day => self
                        .before_unit(i)
                        .or_else(|| self.expr(i))
                        .or_else(|| self.era(i)),
                    _ => self.expr(i).or_else(|| self.era(i)),
                };
                f.map_or(Step::Nothing, Step::Date)
            }
            _ => Step::Nothing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::keywords::{
        CAN_CHI_BRANCHES, CAN_CHI_STEMS, CUE_PHRASES, DATE_REFERENCES, FESTIVALS, ITEM_OPENERS,
        KEYWORDS, LUNAR_MONTH_PHRASES, LUNAR_ONLY_MONTHS, SUBJECT_UNIT_PHRASES, UNIT_PHRASES,
        WEEKDAY_PHRASES,
    };
    use crate::text::tokens::tokenize;

    #[test]
    fn phrase_matches_the_direct_computation() {
        let text = "Sáng thứ Hai, tháng Giêng âm lịch, người dân TP Hà Nội, so với \
                    CÙNG KỲ năm ngoái; Chủ nhật 3 tháng Chạp, tỉnh Nghệ An, mỗi người, bao gồm có \
                    gồm là có; HIỆN NAY, thời gian qua, Thời Gian Tới, Tết Nguyên đán Canh \
                    Tý, xuân Kỷ Hợi, giỗ Tổ, 3 tuần";
        let mut toks = Vec::new();
        tokenize(text, &KEYWORDS, &mut toks, &mut Vec::new());
        let s = Scanner::new(text, &toks);
        let lists: [&Phrases; 11] = [
            &DATE_REFERENCES,
            &FESTIVALS,
            &CAN_CHI_STEMS,
            &CAN_CHI_BRANCHES,
            &ITEM_OPENERS,
            &LUNAR_ONLY_MONTHS,
            &UNIT_PHRASES,
            &LUNAR_MONTH_PHRASES,
            &WEEKDAY_PHRASES,
            &CUE_PHRASES,
            &SUBJECT_UNIT_PHRASES,
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
        assert!(hits >= 18, "{hits}");
    }

    #[test]
    fn is_any_matches_the_direct_computation() {
        use crate::extract::keywords::{
            DATE_AFTER_WORDS, DATE_CUES, DATE_PERIOD_NOUNS, DATE_QUANTIFIERS,
            DATE_REFERENCE_BLOCKERS, DATE_SCORE_CUES, FRACTION_CUES, NUMBER_CODE_CUES,
            NUMBER_SCALES, RATIO_NAMED_UNITS, SET_BLOCKERS, TIME_CUES, TIME_DURATION_AFTER,
            TIME_DURATION_BEFORE,
        };
        let text = "Từ 14 ĐẾN 19-8, Và sau đó, SỐ 12/3 thắng 2-1; vào dịp LỄ, Trước hết \
                    tỉnh Nghệ An đạt 1/5 triệu, những năm QUA, khoảng 3 giờ SÁNG, đến nay \
                    Tổng số Khoảng gần hơn, lớp 10/1, hẻm, kỳ Kỳ KỲ \u{212a}ỳ ǅx Σx ẞ ß";
        let mut toks = Vec::new();
        tokenize(text, &KEYWORDS, &mut toks, &mut Vec::new());
        let s = Scanner::new(text, &toks);
        let lists: [&WordList; 14] = [
            &SET_BLOCKERS,
            &DATE_AFTER_WORDS,
            &DATE_CUES,
            &DATE_PERIOD_NOUNS,
            &DATE_QUANTIFIERS,
            &DATE_REFERENCE_BLOCKERS,
            &DATE_SCORE_CUES,
            &FRACTION_CUES,
            &NUMBER_CODE_CUES,
            &NUMBER_SCALES,
            &RATIO_NAMED_UNITS,
            &TIME_CUES,
            &TIME_DURATION_AFTER,
            &TIME_DURATION_BEFORE,
        ];
        let mut hits = 0;
        for list in lists {
            for i in 0..=toks.len() {
                let direct = s.word(i).is_some_and(|w| list.words().any(|x| ieq(w, x)));
                assert_eq!(s.is_any(i, list), direct, "token {i}");
                hits += usize::from(direct);
            }
        }
        assert!(hits >= 15, "{hits}");
    }

    /// `extract::facts` tokenizes alone; it reads what the document's tokens give.
    #[test]
    fn facts_are_those_of_the_document() {
        let fixture = include_str!("../../fixtures/duc-ninh-2023.txt");
        for text in [
            fixture,
            "Từ 14 đến 19-8, bệnh nhân ở nhà. Xã đạt 8/19 tiêu chí.\n\nNgày 19/9/2023, hiện nay",
            "",
        ] {
            let reference = crate::Date::new(2023, 9, 20);
            let mut doc = crate::extract::doc(text);
            let openers = std::mem::take(&mut doc.openers);
            let direct = crate::extract::numeric_facts(&doc, openers, reference);
            let direct_ratios = direct.1.build(text, &direct.0);
            let (dates, ratios) = crate::extract::facts(text, reference);
            assert_eq!(format!("{dates:?}"), format!("{:?}", direct.0));
            assert_eq!(format!("{ratios:?}"), format!("{direct_ratios:?}"));
            assert!(text.is_empty() || !dates.is_empty());
        }
    }

    /// The words `extract` passes over before `at` (no date starts at their keyword) are
    /// those where `at` finds nothing and no amount starts: over the reference article.
    #[test]
    fn words_passed_over_open_nothing() {
        let text = include_str!("../../fixtures/duc-ninh-2023.txt");
        let doc = crate::extract::doc(text);
        let s = Scanner::new(text, &doc.tokens);
        let mut passed = 0;
        for &o in &doc.openers {
            let i = o as usize;
            if s.t[i].kind() == TokenKind::Word && !starts_dates(s.kw(i)) {
                assert!(matches!(s.at(i), Step::Nothing), "token {i}");
                assert!(s.number_amount(i).is_none(), "token {i}");
                passed += 1;
            }
        }
        assert!(passed >= 20, "{passed}");
    }

    #[test]
    fn capitalised_matches_the_direct_computation() {
        let text = "Xã Đức Ninh đạt 8/19 tiêu chí; ĐẾN nay, ông A, Ǆx ǅx ǆx Σx ẞ ß Ωmega ωmega";
        let mut toks = Vec::new();
        tokenize(text, &KEYWORDS, &mut toks, &mut Vec::new());
        let s = Scanner::new(text, &toks);
        for i in 0..=toks.len() {
            let direct = s
                .word(i)
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase);
            assert_eq!(s.capitalised(i), direct, "token {i}");
        }
    }
}
