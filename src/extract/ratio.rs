//! "x/y" ratios ("đạt 8/19 tiêu chí", "15/19 xã", "412.305/450.118 học sinh", "9 trên 10
//! chỉ tiêu") and fractions ("2/3 số hộ", "1/3 dân số"): the [`Ratio`] type and the ratio
//! grammar (the unit after, the subject before, the items listed after, count or
//! fraction). Whether a bare "a/b" is a date, a ratio or a code is decided with the dates,
//! in `date/numeric.rs`.

use super::date::DateFact;
use super::date::grammar::{Found, Raw};
use std::sync::LazyLock;

use super::keywords::{
    FRACTION_CUES, ITEM_OPENERS, RATIO_NAMED_UNITS, SUBJECT_UNIT_PHRASES, UNIT_PHRASES, WHOLE,
    WordList,
};
use super::scan::{Scanner, Shape};
use crate::text::tokens::TokenKind;

/// The words before a unit noun that make a fraction of a total ("2/3 số hộ").
static OF_A_TOTAL: LazyLock<WordList> = LazyLock::new(|| WordList::new(["số", "tổng"]));

/// The longest run of tokens a ratio's sentence is searched for, each way.
const SENTENCE_MAX_TOKENS: usize = 120;
/// The most bytes of an item list read after a ratio.
const ITEMS_MAX_BYTES: usize = 2000;
/// The largest denominator of a fraction said of things counted ("1/5 số hộ"): the parts
/// a whole is cut into have words, "phần hai" to "phần mười"; "2/13 số hộ" counts.
const FRACTION_MAX_PARTS: u64 = 10;

/// What an "x/y" measures.
///
/// # Examples
///
/// ```
/// use vinews::RatioKind;
/// let a = vinews::Article::parse("Xã đạt 15/19 tiêu chí, 2/3 số hộ đồng ý.");
/// assert_eq!(a.ratios[0].kind, RatioKind::Count);
/// assert_eq!(a.ratios[1].kind, RatioKind::Fraction);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RatioKind {
    /// `numerator` things out of `denominator` things, both counted: "8/19 tiêu chí"
    /// (8 criteria of 19), "412.305/450.118 học sinh", "9 trên 10 chỉ tiêu", "23/23 phiếu".
    Count,
    /// A part of one whole, cut into `denominator` parts: "2/3 số hộ" (two thirds of the
    /// households), "1/3 dân số", "3/4 diện tích", "hơn 1/3". No items are read after it.
    Fraction,
}

/// A ratio found in text: what part of how many, of what, achieved by whom, when.
///
/// Numbers are whole: a count is never decimal, and "43,1/100.000 dân" (a rate per
/// hundred thousand) is not a ratio. Both may be written with "." grouping thousands
/// ("85.157.192/98.713.820 nhân khẩu"); the numerator is at most the denominator.
///
/// # Examples
///
/// ```
/// let text = "Đến hết tháng 8 năm 2023, xã Đức Ninh đạt 8/19 tiêu chí gồm: Giao thông; Điện.";
/// let a = vinews::Article::parse(text);
/// let r = &a.ratios[0];
/// assert_eq!((r.numerator, r.denominator), (8, 19));
/// assert_eq!(r.unit.as_deref(), Some("tiêu chí"));
/// assert_eq!(r.subject.as_deref(), Some("xã Đức Ninh"));
/// assert_eq!(r.date.as_deref(), Some("2023-08-31"));
/// assert_eq!(r.items, ["Giao thông", "Điện"]);
/// assert!(r.items_mismatch); // 2 items listed for 8
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Ratio {
    /// The ratio with its unit noun, in normalized form ("8/19 tiêu chí").
    pub text: String,
    /// Its bytes in the original input (`start`, `end` in the JSON).
    #[serde(flatten)]
    pub span: crate::Span,
    /// A count of things or a fraction of one whole (`"count"`, `"fraction"` in the JSON).
    pub kind: RatioKind,
    /// The part ("8" of "8/19").
    pub numerator: u64,
    /// The whole ("19" of "8/19").
    pub denominator: u64,
    /// The unit noun that follows ("tiêu chí", "xã", "hộ"), as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Who achieved it, when the sentence names it right before the verb ("xã Đức Ninh").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The date the sentence refers to (ISO; for a stretch, its last day).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The items enumerated after a count ("gồm: Giao thông; Điện; …").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
    /// True when items are listed but their count differs from the numerator.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub items_mismatch: bool,
}

fn fraction_if(yes: bool) -> RatioKind {
    if yes {
        RatioKind::Fraction
    } else {
        RatioKind::Count
    }
}

/// A ratio: tokens `start..end`, the unit's tokens [`NO_UNIT`] when it has none. (Its
/// token indices stay `usize`: in `u32`, 32 bytes rather than 48, the scan of the facts
/// took 0.9% more instructions, for 0.3 MB less at the peak of 16 MB of ratio lists.)
#[derive(Clone, Debug)]
pub(crate) struct FoundRatio {
    start: usize,
    end: usize,
    pub(crate) num: u64,
    pub(crate) den: u64,
    unit: (usize, usize),
}

/// [`FoundRatio::unit`] of a ratio with no unit.
const NO_UNIT: (usize, usize) = (usize::MAX, usize::MAX);

impl FoundRatio {
    /// The ratio of tokens `start..end`, `num` of `den`, its unit's tokens `unit` (then it
    /// ends where its unit does).
    pub(crate) fn new(
        start: usize,
        end: usize,
        num: u64,
        den: u64,
        unit: Option<(usize, usize)>,
    ) -> FoundRatio {
        FoundRatio {
            start,
            // a ratio with a unit ends with it (`ReadRatio::unit`)
            end: unit.map_or(end, |(_, e)| e),
            num,
            den,
            unit: unit.unwrap_or(NO_UNIT),
        }
    }

    /// Its first token.
    pub(crate) fn start(&self) -> usize {
        self.start
    }

    /// The token after its last.
    pub(crate) fn end(&self) -> usize {
        self.end
    }

    /// The tokens of its unit noun.
    pub(crate) fn unit(&self) -> Option<(usize, usize)> {
        (self.unit != NO_UNIT).then_some(self.unit)
    }
}

impl Scanner<'_> {
    /// "9 trên 10 chỉ tiêu".
    pub(crate) fn trên_ratio(&self, i: usize) -> Option<FoundRatio> {
        if !self.is(i + 1, "trên")
            || self.chain(i).0 != Shape::Single(self.t[i].num(self.text), self.t[i].digits())
        {
            return None;
        }
        let (a, b) = (self.num(i)?, self.num(i + 2)?);
        if self.chain(i + 2).1 != i + 3 || a > b || b == 0 {
            return None;
        }
        let (us, ue) = self.unit_after(i + 3)?;
        Some(FoundRatio::new(i, ue, a.into(), b.into(), Some((us, ue))))
    }

    /// The unit noun after a ratio: (first token, end token), skipping "số", "tổng số"
    /// and "tổng" ("2/3 số hộ", "1/3 tổng sản lượng").
    pub(crate) fn unit_after(&self, k: usize) -> Option<(usize, usize)> {
        let k2 = if self.is(k, "tổng") && self.is(k + 1, "số") {
            k + 2
        } else if self.is(k, "số") || self.is(k, "tổng") {
            k + 1
        } else {
            k
        };
        let (_, e) = self.phrase(k2, &UNIT_PHRASES)?;
        // "xã Đức Ninh": a place name, not a count of communes
        if self.capitalised(e) && self.is_any(k2, &RATIO_NAMED_UNITS) {
            return None;
        }
        Some((k2, e))
    }

    /// Reads a ratio's subject, date and items from its sentence, as places in the text
    /// (its items pushed on `items`); `next` is the token where the next ratio starts (its
    /// items stop before it).
    pub(crate) fn ratio(
        &self,
        r: &FoundRatio,
        next: usize,
        found: &[Found],
        items: &mut Vec<Cut>,
    ) -> ReadRatio {
        let t = self.t;
        let start = t[r.start()].start();
        let end = t[r.end() - 1].end();
        // sentence bounds (tokens)
        let mut s = r.start();
        while s > 0 && r.start() - s < SENTENCE_MAX_TOKENS && !self.sentence_end(s - 1) {
            s -= 1;
        }
        let mut z = r.end();
        while z < t.len() && z - r.end() < SENTENCE_MAX_TOKENS && !self.sentence_end(z) {
            z += 1;
        }
        let subject = self.subject(s, r.start());
        // the date: the last one before it in the sentence, else the first after
        // (facts are in text order and do not overlap: binary search, no scan)
        // (durations and sets name no date: passed over, inside the sentence only)
        let point = |j: &usize| !matches!(found[*j].raw, Raw::Duration { .. } | Raw::Set(_));
        let k = found.partition_point(|f| f.end <= r.start());
        let before = (0..k)
            .rev()
            .take_while(|&j| found[j].start >= s)
            .find(point)
            .filter(|&j| found[j].end <= r.start());
        let after = (k..found.len())
            .take_while(|&j| found[j].start >= r.end() && found[j].end <= z)
            .find(point);
        let kind = self.kind(r);
        let first = items.len();
        if kind == RatioKind::Count {
            self.items(r.end(), next, items);
        }
        let listed = items.len() - first;
        ReadRatio {
            text: Cut::new(start, end),
            kind,
            numerator: r.num,
            denominator: r.den,
            // (a text that has tokens is under 4 GiB: its offsets fit in a `u32`)
            unit: r.unit().map_or(NO_UNIT_AT, |(a, _)| {
                u32::try_from(t[a].start()).unwrap_or(NO_UNIT_AT)
            }),
            subject: MaybeCut::new(subject),
            // (a date's index is below the count of the tokens, itself below 2^32)
            date: before
                .or(after)
                .map_or(NO_DATE, |k| u32::try_from(k).unwrap_or(NO_DATE)),
            items: u32::try_from(listed).unwrap_or(u32::MAX),
            items_mismatch: listed > 0 && u64::try_from(listed) != Ok(r.num),
        }
    }

    /// Count or fraction, from the grammar of the phrase: a noun that names one whole
    /// ("diện tích", "dân số": src/lexicon/ratio_wholes.txt) makes a fraction; so does,
    /// when the whole is cut into at most ten parts, no noun ("chiếm 2/3"), "số" or
    /// "tổng" before the noun ("2/3 số hộ": two thirds of the number of households), or
    /// a word of approximation before it ("gần 1/5 hộ": src/lexicon/fraction_cues.txt).
    /// The rest count things: "2/3 trận" is two matches of three, "23/23 phiếu" all votes.
    fn kind(&self, r: &FoundRatio) -> RatioKind {
        if r.num >= r.den {
            return RatioKind::Count;
        }
        let Some((us, ue)) = r.unit() else {
            return fraction_if(r.den <= FRACTION_MAX_PARTS);
        };
        if self.phrase(us, &UNIT_PHRASES) == Some((WHOLE, ue)) {
            return RatioKind::Fraction;
        }
        let of_a_total = us > r.start() && self.is_any(us - 1, &OF_A_TOTAL);
        let approximate = r
            .start()
            .checked_sub(1)
            .is_some_and(|p| self.is_any(p, &FRACTION_CUES));
        fraction_if(r.den <= FRACTION_MAX_PARTS && (of_a_total || approximate))
    }

    /// Does the sentence end at token `k`? A word or a number never ends it: told where
    /// it is asked, inlined (callers ask it at every token back to a sentence's start),
    /// the marks by [`Scanner::mark_ends_sentence`].
    #[inline(always)]
    pub(crate) fn sentence_end(&self, k: usize) -> bool {
        match self.t[k].kind() {
            TokenKind::Newline => true,
            TokenKind::Punct => self.mark_ends_sentence(k),
            TokenKind::Num | TokenKind::Word => false,
        }
    }

    /// Does the mark at token `k` end its sentence?
    #[inline(never)]
    fn mark_ends_sentence(&self, k: usize) -> bool {
        match self.punct(k) {
            Some('!' | '?') => true,
            // not the "." of "1.000" or "19.9.2023", nor of an abbreviation ("TP.HCM")
            Some('.') => {
                !(self.glued(k)
                    && self.glued(k + 1)
                    && ((self.num(k.wrapping_sub(1)).is_some() && self.num(k + 1).is_some())
                        || self.abbreviation_dot(k)))
            }
            _ => false,
        }
    }

    /// The "." at `k` (glued on both sides) inside an abbreviation: after a word of at most
    /// three capital letters and before a capitalised word ("TP.HCM", "TT.Huế"); a
    /// sentence's last word is seldom all capitals, so a full stop with its space lost
    /// ("giảm.Sau") still ends its sentence.
    fn abbreviation_dot(&self, k: usize) -> bool {
        let before = k.checked_sub(1).and_then(|b| self.word(b));
        before.is_some_and(|w| w.len() <= 3 && w.bytes().all(|b| b.is_ascii_uppercase()))
            && self.capitalised(k + 1)
    }

    /// "xã Đức Ninh (đã) đạt …": a place right before the verb.
    pub(crate) fn subject(&self, s: usize, r: usize) -> Option<Cut> {
        let mut best = None;
        for k in s..r {
            let Some((_, e)) = self.phrase(k, &SUBJECT_UNIT_PHRASES) else {
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
                && (n..r).all(|g| self.t[g].kind() == TokenKind::Word && !self.capitalised(g));
            if gap_ok {
                best = Some(Cut::new(self.t[k].start(), self.t[n - 1].end()));
            }
        }
        best
    }

    /// "gồm: Giao thông; Điện; …" after a ratio, up to the token `next` at most: a list
    /// ends before the clause in which another ratio starts. (Read on, every ratio of
    /// "đạt 8/19 tiêu chí gồm: A, B, đạt 8/19 tiêu chí gồm: …" listed the next ones'
    /// words: output and memory ~60 times the input, issue 15.) The items are pushed on
    /// `out`, as places in the text.
    pub(crate) fn items(&self, e: usize, next: usize, out: &mut Vec<Cut>) {
        let (mut k, mut opened) = match self.phrase(e, &ITEM_OPENERS) {
            Some((_, k)) => (k, true),
            None => (e, false),
        };
        if self.punct(k) == Some(':') {
            k += 1;
            opened = true;
        }
        if !opened || k >= self.t.len() {
            return;
        }
        let from = self.t[k].start();
        let mut to = from;
        let mut z = k;
        let stop = next.min(self.t.len());
        while z < stop && !self.sentence_end(z) && self.t[z].end() - from < ITEMS_MAX_BYTES {
            to = self.t[z].end();
            z += 1;
        }
        let mut list = &self.text[from..to];
        if z == next {
            // the clause of the next ratio is not an item
            list = list.rfind([',', ';']).map_or("", |c| &list[..c]);
        }
        let sep = if list.contains(';') { ';' } else { ',' };
        let at = |x: &str| x.as_ptr() as usize - self.text.as_ptr() as usize;
        out.extend(
            list.split(sep)
                .map(|x| x.trim().trim_end_matches(['…', ',', ';']).trim())
                .filter(|x| !x.is_empty())
                .map(|x| x.strip_prefix("và ").unwrap_or(x))
                .map(|x| Cut::new(at(x), at(x) + x.len())),
        );
    }
}

/// A stretch of the normalized text (or of a list), in 8 bytes: every text that has tokens
/// is under 4 GiB (`tokens::tokenize`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cut {
    start: u32,
    end: u32,
}

impl Cut {
    fn new(start: usize, end: usize) -> Cut {
        let at = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        Cut {
            start: at(start),
            end: at(end),
        }
    }

    fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub(crate) fn of(self, text: &str) -> String {
        text.get(self.range()).unwrap_or_default().to_string()
    }
}

/// An optional [`Cut`] in the 8 bytes of a cut (an `Option<Cut>` takes 12): none is the
/// cut at `u32::MAX`, which no text that has tokens reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MaybeCut(Cut);

impl MaybeCut {
    const NONE: MaybeCut = MaybeCut(Cut {
        start: u32::MAX,
        end: u32::MAX,
    });

    fn new(cut: Option<Cut>) -> MaybeCut {
        cut.map_or(MaybeCut::NONE, MaybeCut)
    }

    fn get(self) -> Option<Cut> {
        (self != MaybeCut::NONE).then_some(self.0)
    }
}

/// [`ReadRatio::date`] of a ratio that has none.
const NO_DATE: u32 = u32::MAX;

/// A ratio as read from the tokens, its strings not yet copied out of the text: a
/// [`Ratio`] with places in the text for its strings (48 bytes, against ~340 with its
/// strings; a text of ratio lists has a ratio every 50 bytes). An article keeps these while the officials read the tokens, the most
/// memory of a parse, and copies the strings once they are done (a text of ratio lists
/// held its strings at the peak: 6.9 times the input, issue 15).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ReadRatio {
    text: Cut,
    kind: RatioKind,
    items_mismatch: bool,
    numerator: u64,
    denominator: u64,
    /// Where its unit starts ([`NO_UNIT_AT`]: none); it ends where the ratio does.
    unit: u32,
    subject: MaybeCut,
    /// The index of its date in the article's dates ([`NO_DATE`]: none).
    date: u32,
    /// How many items it has: the stretch of [`ReadRatios::items`] after the ratio
    /// before's.
    items: u32,
}

const _: () = assert!(size_of::<ReadRatio>() == 48);

/// [`ReadRatio::unit`] of a ratio that has none.
const NO_UNIT_AT: u32 = u32::MAX;

/// The ratios of a text as read ([`ReadRatio`]), with the items they list.
#[derive(Clone, Debug, Default)]
pub(crate) struct ReadRatios {
    pub(crate) list: Vec<ReadRatio>,
    /// The places of every ratio's items, in order.
    pub(crate) items: Vec<Cut>,
}

impl ReadRatios {
    /// The ratios `found` (in text order) as `read` reads each, given the token where the
    /// next one starts and the list to push its items on. Read from the last, the found
    /// ratios give back their room as they are read (halved at a time: linear), so that
    /// the read ones are not made on top of them all (a text of ratio lists held both at
    /// the peak, issue 15); the items, pushed from the last ratio's, are put back in
    /// order after.
    pub(crate) fn read_from_last(
        mut found: Vec<FoundRatio>,
        mut read: impl FnMut(&FoundRatio, usize, &mut Vec<Cut>) -> ReadRatio,
    ) -> ReadRatios {
        // one read ratio for each found one: reserved at once, not grown by doubling
        let mut list = Vec::with_capacity(found.len());
        let mut items = Vec::new();
        let mut next = usize::MAX;
        while let Some(r) = found.pop() {
            list.push(read(&r, next, &mut items));
            next = r.start();
            if found.len() < found.capacity() / 2 {
                found.shrink_to_fit();
            }
        }
        list.reverse();
        // each ratio's items are a stretch in order, the stretches from the last
        // ratio's: all reversed, then each stretch back
        items.reverse();
        let mut at = 0;
        for r in &list {
            let end = at + r.items as usize;
            if let Some(stretch) = items.get_mut(at..end) {
                stretch.reverse();
            }
            at = end;
        }
        list.shrink_to_fit();
        items.shrink_to_fit();
        ReadRatios { list, items }
    }

    /// The public ratios, their strings copied out of `text` (the normalized text they
    /// were read in) and their dates from `dates` (the text's dates, in order).
    pub(crate) fn build(self, text: &str, dates: &[DateFact]) -> Vec<Ratio> {
        let ReadRatios {
            mut list,
            mut items,
        } = self;
        // Built from the last, the read ratios give back their room as they are used
        // (halved at a time: linear), so that the public ratios, twice their size with
        // the strings, are not made on top of them all (a text of ratio lists held both
        // at the peak: 1.7 times the input, issue 15).
        let mut out = Vec::with_capacity(list.len());
        while let Some(r) = list.pop() {
            let first = items.len().saturating_sub(r.items as usize);
            let listed = items.get(first..).unwrap_or_default();
            out.push(r.build(text, dates, listed));
            items.truncate(first);
            if list.len() < list.capacity() / 2 {
                list.shrink_to_fit();
            }
            if items.len() < items.capacity() / 2 {
                items.shrink_to_fit();
            }
        }
        out.reverse();
        out
    }

    /// The public ratios of [`build`](ReadRatios::build) one at a time, in order, handed
    /// to `each` and not kept: how an Article serialized as it is made writes them
    /// (`Extractor::serialize_owned`), so that a text of ratio lists never holds them all
    /// (5 times the input, issue 15). Stops at the first error `each` returns.
    pub(crate) fn try_for_each<E>(
        &self,
        text: &str,
        dates: &[DateFact],
        mut each: impl FnMut(Ratio) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut at = 0;
        for r in &self.list {
            let end = at + r.items as usize;
            let listed = self.items.get(at..end).unwrap_or_default();
            at = end;
            each(r.build(text, dates, listed))?;
        }
        Ok(())
    }

    /// How many ratios were read.
    pub(crate) fn len(&self) -> usize {
        self.list.len()
    }
}

impl ReadRatio {
    /// The public ratio, its strings copied out of `text`, its date from `dates` and its
    /// items from `listed` (its stretch of [`ReadRatios::items`]).
    fn build(&self, text: &str, dates: &[DateFact], listed: &[Cut]) -> Ratio {
        let r = self;
        Ratio {
            text: r.text.of(text),
            span: crate::Span::new(r.text.range().start, r.text.range().end),
            kind: r.kind,
            numerator: r.numerator,
            denominator: r.denominator,
            unit: (r.unit != NO_UNIT_AT).then(|| {
                let unit = Cut {
                    start: r.unit,
                    end: r.text.end,
                };
                unit.of(text)
            }),
            subject: r.subject.get().map(|u| u.of(text)),
            date: (r.date != NO_DATE)
                .then(|| dates.get(r.date as usize))
                .flatten()
                .and_then(|d| d.to.clone().or_else(|| d.value_str())),
            items: listed.iter().map(|x| x.of(text)).collect(),
            items_mismatch: r.items_mismatch,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A ratio read as `ReadRatios::read_from_last` is given it: as many items as its start
    /// says (0 to 3), placed by its start and the next ratio's, pushed on the list.
    fn read(r: &FoundRatio, next: usize, items: &mut Vec<Cut>) -> ReadRatio {
        let first = items.len();
        for k in 0..r.start() % 4 {
            items.push(Cut::new(r.start() + k, next.min(r.start() + 10)));
        }
        ReadRatio {
            text: Cut::new(r.start(), r.end()),
            kind: RatioKind::Count,
            items_mismatch: false,
            numerator: r.num,
            denominator: r.den,
            unit: NO_UNIT_AT,
            subject: MaybeCut::NONE,
            date: NO_DATE,
            items: u32::try_from(items.len() - first).unwrap_or(u32::MAX),
        }
    }

    /// A read ratio is 56 bytes (it was 72, with its optional cuts and date index as
    /// `Option<Cut>`): a text of ratio lists holds one every 50 bytes (issue 15).
    #[test]
    fn read_ratios_are_small() {
        assert!(size_of::<ReadRatio>() <= 56, "{}", size_of::<ReadRatio>());
        let c = Some(Cut::new(3, 9));
        assert_eq!(MaybeCut::new(c).get(), c);
        assert_eq!(MaybeCut::new(None).get(), None);
        assert_eq!(
            MaybeCut::new(Some(Cut::new(0, 0))).get(),
            Some(Cut::new(0, 0))
        );
    }

    /// Read from the last, the ratios and their items are those read in order, each
    /// given the next one's start.
    #[test]
    fn read_from_last_is_read_in_order() {
        for n in [0u64, 1, 2, 3, 7, 64, 200] {
            let found: Vec<FoundRatio> = (0..n)
                .map(|i| {
                    let start = usize::try_from(4 * i + i % 3).unwrap_or(0);
                    FoundRatio::new(start, start + 1, i, 2 * i + 1, None)
                })
                .collect();
            let mut items = Vec::new();
            let list: Vec<ReadRatio> = found
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let next = found.get(i + 1).map_or(usize::MAX, FoundRatio::start);
                    read(r, next, &mut items)
                })
                .collect();
            let got = ReadRatios::read_from_last(found, read);
            assert_eq!(got.list, list, "{n}");
            assert_eq!(got.items, items, "{n}");
        }
    }
}
