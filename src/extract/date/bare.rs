//! Bare day-month numbers ("19-8", "17 và 19-3") with no "ngày" before them: dates
//! only when the context is temporal. The decision is made in one place,
//! [`Scanner::bare_evidence`], over the list the number stands in; it answers with the
//! evidence that made it a date.
//!
//! A list is at most [`MAX_ITEMS`] items, each a day-month ("9-3") or a bare day that
//! takes the month of the next item ("17 và 19-3"), joined by ",", "và", "đến", … so every
//! decision reads a bounded number of tokens and the pass stays linear.

use std::sync::LazyLock;

use super::grammar::valid_dm;
use crate::extract::keywords::{
    DATE_AFTER_WORDS, DATE_CUES, DATE_SCORE_CUES, Kw, NUMBER_CODE_CUES, WordList,
};
use crate::extract::scan::{Scanner, Shape};
use crate::text::tokens::TokenKind;

/// The words that join two items of a list ("17 và 19-3").
static JOINERS: LazyLock<WordList> = LazyLock::new(|| WordList::new(["và", "đến", "tới", "hoặc"]));

/// The most items a list of bare day-months is read over, either way from one item.
const MAX_ITEMS: usize = 8;

/// Why a bare day-month number was read as a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Evidence {
    /// A day word before the list: "ngày 4-3, 9-3 và 14-3", "mùng", "hôm", a part of the day.
    DayWord,
    /// A temporal word before the list and nothing counted after it: "tính đến 5-4 đã
    /// có", "dịp lễ 30-4 và 1-5." (but "từ 2-3 khúc", "sau 3-5 năm" count things).
    Cue,
    /// A bare day sharing the month of the date after it, with nothing counted after the
    /// list: "Từ 14 đến 19-8,", "bán kết diễn ra 6 và 7-7."
    SharedMonth,
    /// A date list just before, across "," or ";": "… 14-3; đến 17 và 19-3 âm tính".
    Neighbour,
    /// A line that opens with the date and a colon: "12-6: Bệnh nhân tự thở".
    Timeline,
}

/// A list of bare day-months: tokens `head..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct List {
    head: usize,
    end: usize,
    items: usize,
    bare_day: bool,
}

impl Scanner<'_> {
    /// The item at number token `j`: its end and its month, `None` for a bare day.
    fn item(&self, j: usize) -> Option<(usize, Option<u32>)> {
        if self.num(j).is_none() || self.bad_start(j) {
            return None;
        }
        match self.chain(j) {
            (Shape::Dash(d, m, dd, md), e) if dd <= 2 && md <= 2 && valid_dm(d, m) => {
                Some((e, Some(m)))
            }
            (Shape::Single(d, dd), e) if dd <= 2 && (1..=31).contains(&d) => Some((e, None)),
            _ => None,
        }
    }

    /// A word or mark joining two items of a list at `k`.
    pub(super) fn joiner(&self, k: usize) -> bool {
        matches!(self.punct(k), Some(',' | '-' | '–')) || self.is_any(k, &JOINERS)
    }

    /// The item before the joiner at `k` (`k` is its end): its first token and month.
    fn item_before(&self, k: usize) -> Option<(usize, Option<u32>)> {
        // "9-3" ends with a number glued to "-" glued to a number; "17" is one number
        let start = if k >= 3 && self.glued(k - 1) && self.punct(k - 2) == Some('-') {
            k - 3
        } else {
            k.checked_sub(1)?
        };
        let (end, m) = self.item(start)?;
        (end == k).then_some((start, m))
    }

    /// The list around the day-month or bare day at `i` (ending at `e`), when its last
    /// item is a day-month; with the month of the first day-month from `i` on.
    fn list_at(&self, i: usize, e: usize, month: Option<u32>) -> Option<(List, u32)> {
        let mut list = List {
            head: i,
            end: e,
            items: 1,
            bare_day: month.is_none(),
        };
        let mut own = month;
        let mut last = month;
        while list.items < MAX_ITEMS && self.joiner(list.end) {
            let Some((end, m)) = self.item(list.end + 1) else {
                break;
            };
            // a bare day takes the month of the first day-month after it
            own = own.or(m);
            last = m;
            list.bare_day |= m.is_none();
            list.end = end;
            list.items += 1;
        }
        // a bare day ends no list: "14-3 và 17" is not "17-3"
        if last.is_none() {
            list.end = self.trim_bare_tail(list.head, list.end)?;
        }
        let mut back = 0;
        while back < MAX_ITEMS && list.head >= 2 && self.joiner(list.head - 1) {
            let Some((start, m)) = self.item_before(list.head - 1) else {
                break;
            };
            list.bare_day |= m.is_none();
            list.head = start;
            list.items += 1;
            back += 1;
        }
        Some((list, own?))
    }

    /// The end of the last day-month of the list `head..end` (whose last item is a bare day).
    fn trim_bare_tail(&self, head: usize, end: usize) -> Option<usize> {
        let mut j = head;
        let mut last_dm = None;
        while j < end {
            let (e, m) = self.item(j)?;
            if m.is_some() {
                last_dm = Some(e);
            }
            j = e + 1;
        }
        last_dm
    }

    /// Nothing counted after a list ending at `e`: the end of the text or line, a
    /// punctuation mark that closes a clause, or a word of `date_after_words.txt`.
    fn clause_after(&self, e: usize) -> bool {
        match self.t.get(e).map(|t| t.kind()) {
            None | Some(TokenKind::Newline) => true,
            Some(TokenKind::Punct) => {
                matches!(self.punct(e), Some(',' | '.' | ';' | ')' | '!' | '?'))
            }
            Some(TokenKind::Word) => self.is_any(e, &DATE_AFTER_WORDS),
            Some(TokenKind::Num) => false,
        }
    }

    /// Whether the words before token `p` (the one before a list) are a day word.
    fn day_word(&self, p: usize) -> bool {
        matches!(self.kw(p), Kw::Day | Kw::Ordinal | Kw::Hom | Kw::Part)
    }

    /// A day-month list ending at `k` (exclusive) whose head has a day word or a
    /// temporal word before it: "ngày 4-3, 9-3 và 14-3" before "; đến 17 và 19-3".
    fn dated_list_before(&self, k: usize) -> bool {
        let Some((start, Some(m))) = self.item_before(k) else {
            return false;
        };
        let Some((list, _)) = self.list_at(start, k, Some(m)) else {
            return false;
        };
        list.head
            .checked_sub(1)
            .is_some_and(|p| self.day_word(p) || self.is_any(p, &DATE_CUES))
    }

    /// Whether the list of bare day-months around `i` (the item `i..e`, of month `month`
    /// or a bare day) is a list of dates, and the evidence; with the month of the item.
    /// This is the one decision for bare day-month numbers.
    pub(crate) fn bare_evidence(
        &self,
        i: usize,
        e: usize,
        month: Option<u32>,
    ) -> Option<(Evidence, u32)> {
        let (list, m) = self.list_at(i, e, month)?;
        let before = list.head.checked_sub(1);
        let cue = before.is_some_and(|p| self.is_any(p, &DATE_CUES));
        // a score ("thắng 2-1", "dẫn trước 2-1"), a code ("số 12-3"): never a date
        let score = |p: usize| self.is_any(p, &DATE_SCORE_CUES);
        if before.is_some_and(|p| {
            score(p) || self.is_any(p, &NUMBER_CODE_CUES) || (cue && p > 0 && score(p - 1))
        }) {
            return None;
        }
        let after = self.clause_after(list.end);
        let evidence = if before.is_some_and(|p| self.day_word(p)) {
            Evidence::DayWord
        } else if cue && after {
            Evidence::Cue
        } else if list.bare_day && after {
            Evidence::SharedMonth
        } else if before.is_some_and(|p| {
            // across a cue: "14-3; đến 17 và 19-3"
            let k = if cue { p } else { p + 1 };
            k >= 2 && matches!(self.punct(k - 1), Some(',' | ';')) && self.dated_list_before(k - 1)
        }) {
            Evidence::Neighbour
        } else if list.items == 1
            && before.is_none_or(|p| self.t[p].kind() == TokenKind::Newline)
            && self.punct(list.end) == Some(':')
        {
            Evidence::Timeline
        } else {
            return None;
        };
        Some((evidence, m))
    }
}
