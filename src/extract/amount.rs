//! Amounts: money ("12,5 tỷ đồng", "2 USD", "kinh phí 300 triệu"), percentages ("95,5%",
//! "tăng 3,2%"), measures ("1.200 ha", "50 km") and counts of things ("5.000 suất quà", "26
//! bệnh nhân"), each with its value, unit, the qualifier and change said with it, and its
//! subject where the sentence gives one (as ratios have).
//!
//! Read in the same pass as dates and ratios (`scan.rs`), at the numbers that are neither:
//! a number ("1.234,5": Vietnamese grouping first, see `number.rs`), up to two scale words
//! (nghìn, triệu, tỷ), then a unit of `src/lexicon/amount_units.txt` or a count noun of
//! `ratio_units.txt`, or `%`. A scaled number with no unit is money in đồng only after a
//! money word (`amount_money_cues.txt`); a bare number is no amount.

use std::sync::LazyLock;

use super::keywords::{Phrases, UNIT_PHRASES, WHOLE, WordList};
use super::number::parse_number;
use super::scan::Scanner;
use crate::text::chars::to_lowercase;
use crate::text::lexicon;
use crate::text::tokens::TokenKind;

/// What an amount measures.
///
/// # Examples
///
/// ```
/// use vinews::AmountKind;
/// let a = vinews::Article::parse("Dự án có tổng vốn 12,5 tỷ đồng, tăng 3,2%, trên 1.200 ha cho 26 bệnh nhân.");
/// let kinds: Vec<AmountKind> = a.amounts.iter().map(|x| x.kind).collect();
/// assert_eq!(kinds, [AmountKind::Money, AmountKind::Percent, AmountKind::Measure, AmountKind::Count]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AmountKind {
    /// A sum of money in a currency (`currency` gives its ISO 4217 code).
    Money,
    /// A percentage (`value` 3.2 for "3,2%").
    Percent,
    /// A quantity in a unit of measure (ha, km, tấn, MW…).
    Measure,
    /// A number of things counted (người, hộ, suất quà…).
    Count,
}

/// The direction of a change an amount is said with ("tăng 3,2%", "giảm 2 tỷ đồng").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Change {
    /// "tăng", "tăng thêm", "tăng trưởng".
    Increase,
    /// "giảm", "sụt giảm".
    Decrease,
}

/// An amount found in text.
///
/// # Examples
///
/// ```
/// use vinews::{AmountKind, Change};
/// let a = vinews::Article::parse("Doanh thu của xã Đức Ninh tăng hơn 1,2 tỷ đồng.");
/// let m = &a.amounts[0];
/// assert_eq!((m.kind, m.value), (AmountKind::Money, 1_200_000_000.0));
/// assert_eq!((m.unit.as_deref(), m.code.as_deref()), (Some("đồng"), Some("VND")));
/// assert_eq!(m.qualifier.as_deref(), Some("hơn"));
/// assert_eq!(m.change, Some(Change::Increase));
/// assert_eq!(m.text, "1,2 tỷ đồng");
/// ```
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Amount {
    /// The number with its scale and unit, in normalized form ("12,5 tỷ đồng").
    pub text: String,
    /// Its bytes in the original input (`start`, `end` in the JSON).
    #[serde(flatten)]
    pub span: crate::Span,
    /// Money, percent, measure or count.
    pub kind: AmountKind,
    /// The value with its scale applied (12500000000 for "12,5 tỷ đồng"; 3.2 for "3,2%"); a
    /// whole value is written as an integer in the JSON.
    #[serde(serialize_with = "whole_as_integer")]
    pub value: f64,
    /// The unit as written ("đồng", "USD", "ha", "suất quà", "%"); none for money named by
    /// a money word alone ("kinh phí 300 triệu").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The unit's code: ISO 4217 for money ("VND", "USD"), the symbol of a measure ("ha",
    /// "km²", "°C"), "%" for a percentage; none for a count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The word that qualifies it, lowercased ("hơn", "gần", "khoảng").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// An increase or decrease it is said with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
    /// Whose amount it is, when the sentence names a place right before the verb (the
    /// ratios' rule: "xã Đức Ninh (đã) đạt …").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
}

fn whole_as_integer<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    // below 2^53 every whole f64 is an exact integer
    if v.fract() == 0.0 && v.abs() < 9_007_199_254_740_992.0 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

/// What a unit of `amount_units.txt` is: its kind and code.
#[derive(Clone, Copy, Debug)]
struct UnitInfo {
    kind: AmountKind,
    code: Option<&'static str>,
}

/// The units, each phrase's value an index into the list of their [`UnitInfo`].
static UNITS: LazyLock<(Phrases, Vec<UnitInfo>)> = LazyLock::new(|| {
    let mut info = Vec::new();
    let mut list = Vec::new();
    for e in lexicon::AMOUNT_UNITS.entries() {
        let kind = match e.column(1) {
            Some("money") => AmountKind::Money,
            Some("percent") => AmountKind::Percent,
            Some("measure") => AmountKind::Measure,
            _ => AmountKind::Count,
        };
        let code = e.column(2).filter(|c| !c.is_empty());
        list.push((e.key().split_whitespace().collect(), info.len() as u32));
        info.push(UnitInfo { kind, code });
    }
    (Phrases::new(list), info)
});
static SCALES: LazyLock<Phrases> =
    LazyLock::new(|| super::keywords::phrases(lexicon::NUMBER_SCALES));
static QUALIFIERS: LazyLock<Phrases> =
    LazyLock::new(|| super::keywords::phrases(lexicon::AMOUNT_QUALIFIERS));
static CHANGES: LazyLock<Phrases> = LazyLock::new(|| {
    let list = lexicon::AMOUNT_CHANGES
        .entries()
        .map(|e| {
            let v = u32::from(e.column(1) == Some("decrease"));
            (e.key().split_whitespace().collect(), v)
        })
        .collect();
    Phrases::new(list)
});
static MONEY_CUES: LazyLock<Phrases> =
    LazyLock::new(|| super::keywords::phrases(lexicon::AMOUNT_MONEY_CUES));
static NOT_UNITS: LazyLock<WordList> =
    LazyLock::new(|| super::keywords::words(lexicon::AMOUNT_NOT_UNITS));
static SINGLE_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| super::keywords::words(lexicon::AMOUNT_SINGLE_NOUNS));
static LABELS: LazyLock<Phrases> =
    LazyLock::new(|| super::keywords::phrases(lexicon::AMOUNT_LABELS));

/// How many tokens before a scaled number a money word is looked for.
const MONEY_CUE_TOKENS: usize = 6;
/// How far before an amount its subject is looked for: a place unit and name (up to 8
/// tokens), a gap of up to 4 words, a qualifier and a verb.
const SUBJECT_MAX_TOKENS: usize = 16;
/// How many lowercase words may stand between a subject and its amount (as
/// [`Scanner::subject`] allows).
const SUBJECT_MAX_GAP: usize = 4;
/// How many scale words may follow one another ("1 nghìn tỷ").
const MAX_SCALES: usize = 2;

/// An amount: tokens `start..end` (the number to the unit).
#[derive(Clone, Copy, Debug)]
pub(crate) struct FoundAmount {
    pub(crate) start: usize,
    pub(crate) end: usize,
    value: f64,
    kind: AmountKind,
    unit: Option<(usize, usize)>,
    code: Option<&'static str>,
}

/// `v` with the rounding noise of a scale removed (1,2 × 10⁹ is 1 200 000 000).
fn clean(v: f64) -> f64 {
    let r = v.round();
    if (v - r).abs() <= 1e-6 * v.abs().max(1.0) {
        r
    } else {
        v
    }
}

impl Scanner<'_> {
    /// The amount at token `i` when it is a number (one that opened no date and no ratio).
    pub(crate) fn number_amount(&self, i: usize) -> Option<FoundAmount> {
        (self.t[i].kind() == TokenKind::Num)
            .then(|| self.amount(i))
            .flatten()
    }

    /// The amount whose number starts at number token `i`.
    fn amount(&self, i: usize) -> Option<FoundAmount> {
        if self.bad_start(i) {
            return None;
        }
        let t = self.t;
        // the number: digits with "." and "," between glued digit runs
        let mut j = i + 1;
        while j + 1 < t.len()
            && self.glued(j)
            && matches!(self.punct(j), Some('.' | ','))
            && self.glued(j + 1)
            && t[j + 1].kind() == TokenKind::Num
        {
            j += 2;
        }
        // "12/2023", "2-3", "3.5.2023"-like runs are codes, ranges or dates
        if self.glued(j) && matches!(self.punct(j), Some('/' | '-' | '–' | '.' | ',' | ':')) {
            let next = t.get(j + 1).map(|x| x.kind());
            if self.glued(j + 1) && matches!(next, Some(TokenKind::Num | TokenKind::Word)) {
                return None;
            }
        }
        // the unit first: most numbers left by the dates and ratios have none, and are
        // not parsed at all
        let (end, kind, unit, code, scale) = self.unit_of(i, j)?;
        let number = parse_number(&self.text[t[i].start()..t[j - 1].end()])?;
        Some(FoundAmount {
            start: i,
            end,
            value: clean(number * scale),
            kind,
            unit,
            code,
        })
    }

    /// What follows the number `i..j`: the amount's end token, kind, unit tokens, code and
    /// the product of its scale words.
    #[allow(clippy::type_complexity)]
    fn unit_of(
        &self,
        i: usize,
        j: usize,
    ) -> Option<(
        usize,
        AmountKind,
        Option<(usize, usize)>,
        Option<&'static str>,
        f64,
    )> {
        let t = self.t;
        if self.punct(j) == Some('%') {
            return Some((j + 1, AmountKind::Percent, Some((j, j + 1)), Some("%"), 1.0));
        }
        let mut k = j;
        let mut scale = 1.0;
        for _ in 0..MAX_SCALES {
            match self.phrase(k, &SCALES) {
                Some((v, e)) => {
                    scale *= f64::from(v);
                    k = e;
                }
                None => break,
            }
        }
        let scaled = k > j;
        // a word glued to the number must be its scale or unit ("500.000đ", "5km")
        let glued_word = self.glued(j) && t.get(j).is_some_and(|x| x.kind() == TokenKind::Word);
        if let Some((idx, e)) = self.phrase(k, &UNITS.0) {
            let info = UNITS.1[idx as usize];
            if info.kind == AmountKind::Count && self.label_before(i) {
                return None;
            }
            return Some((e, info.kind, Some((k, e)), info.code, scale));
        }
        if glued_word && !scaled {
            return None;
        }
        if let Some((v, e)) = self.phrase(k, &UNIT_PHRASES) {
            if v == WHOLE || self.label_before(i) {
                return None;
            }
            return Some((e, AmountKind::Count, Some((k, e)), None, scale));
        }
        if scaled && self.money_cue_before(i) {
            return Some((k, AmountKind::Money, None, Some("VND"), scale));
        }
        // any other noun: a cardinal number is followed by what it counts
        let year_like = !scaled
            && j == i + 1
            && t[i].digits() == 4
            && (1800..=2100).contains(&t[i].num(self.text));
        if glued_word || year_like || !self.counted_word(k) || self.label_before(i) {
            return None;
        }
        let two = !self.is_any(k, &SINGLE_NOUNS) && self.counted_word(k + 1);
        let e = k + 1 + usize::from(two);
        Some((e, AmountKind::Count, Some((k, e)), None, scale))
    }

    /// A lowercase word that can be counted (not a function word, time word or scale).
    fn counted_word(&self, k: usize) -> bool {
        // a word with a role in the date grammar ("hôm", "cuối", "sáng") is a time word,
        // never what a number counts: the dates read on from it
        self.t.get(k).is_some_and(|x| {
            x.kind() == TokenKind::Word
                && !x.has_upper()
                && super::keywords::Kw::from_tag(x.tag()) == super::keywords::Kw::None
        }) && !self.is_any(k, &NOT_UNITS)
    }

    /// A word before the number makes it a label ("số 5", "lớp 12"), not a count.
    fn label_before(&self, i: usize) -> bool {
        self.phrase_before(i, &LABELS).is_some()
    }

    /// A money word among the few words before `i` in its sentence.
    fn money_cue_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && i - k < MONEY_CUE_TOKENS && !self.sentence_end(k - 1) {
            k -= 1;
            if self.phrase(k, &MONEY_CUES).is_some() {
                return true;
            }
        }
        false
    }

    /// The phrase of `list` that ends right before token `i` (of at most three words):
    /// its value and first token.
    fn phrase_before(&self, i: usize, list: &Phrases) -> Option<(u32, usize)> {
        (i.saturating_sub(3)..i).find_map(|s| {
            self.phrase(s, list)
                .filter(|&(_, e)| e == i)
                .map(|(v, _)| (v, s))
        })
    }

    /// Can the tokens before `r` end a subject ([`Scanner::subject`]): a capitalised word
    /// (the end of the name) followed by at most [`SUBJECT_MAX_GAP`] lowercase words up
    /// to `r`? Most amounts have none, and their subject is not looked for.
    fn may_end_subject(&self, r: usize) -> bool {
        for q in (r.saturating_sub(SUBJECT_MAX_GAP + 1)..r).rev() {
            if self.capitalised(q) {
                return true;
            }
            if self.t[q].kind() != TokenKind::Word {
                return false;
            }
        }
        false
    }

    /// The public amount: qualifier, change and subject from the words before it.
    pub(crate) fn public_amount(&self, a: &FoundAmount) -> Amount {
        let t = self.t;
        let start = t[a.start].start();
        let end = t[a.end - 1].end();
        let qualifier = self.phrase_before(a.start, &QUALIFIERS);
        let verb_end = qualifier.map_or(a.start, |(_, s)| s);
        let change = self.phrase_before(verb_end, &CHANGES).map(|(v, _)| {
            if v == 1 {
                Change::Decrease
            } else {
                Change::Increase
            }
        });
        // (a subject is a unit, a name and a short gap before the number: a few tokens)
        let subject = self.may_end_subject(a.start).then(|| {
            let mut s = a.start;
            while s > 0 && !self.sentence_end(s - 1) && a.start - s < SUBJECT_MAX_TOKENS {
                s -= 1;
            }
            self.subject(s, a.start)
        });
        // the words of tokens `a..b` (a non-empty range of the sentence)
        let words = |(a, b): (usize, usize)| {
            let end = b
                .checked_sub(1)
                .and_then(|z| t.get(z))
                .map_or(0, |z| z.end());
            t.get(a)
                .and_then(|x| self.text.get(x.start()..end))
                .unwrap_or_default()
                .to_string()
        };
        Amount {
            text: self.text[start..end].to_string(),
            span: crate::Span::new(start, end),
            kind: a.kind,
            value: a.value,
            unit: a.unit.map(words),
            code: a.code.map(str::to_string),
            qualifier: qualifier.map(|(_, q)| to_lowercase(&words((q, a.start)))),
            change,
            subject: subject.flatten().map(|c| c.of(self.text)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where `may_end_subject` says no, the full subject scan finds none, from every
    /// start: over corpus-like sentences with subjects, names and gaps of every length.
    #[test]
    fn the_subject_filter_keeps_every_subject() {
        let texts = [
            "Xã Đức Ninh đạt 8 tiêu chí, huyện Hàm Yên đã có 12 xã và tỉnh Tuyên Quang tăng 3,2%.",
            "Năm nay, thành phố Hà Nội đã chi hơn 1.200 tỷ đồng; TP Hồ Chí Minh vẫn còn chưa đạt 95%.",
            "Quận Ba Đình Hà Nội Mới Lớn Thêm nữa đạt 50 ha. Phường 7 có 26 bệnh nhân.",
            "xã Tân Lập, huyện Đan Phượng đạt 19/19 tiêu chí với 300 triệu đồng kinh phí.",
            "Tỉnh Quảng Nam thu được gần 5.000 tấn, tỉnh Bến Tre (đã) đạt 3 giải, ông A nhận 2 USD.",
        ];
        let mut checked = 0;
        for text in texts {
            let doc = crate::extract::doc(text);
            let s = Scanner::new(text, &doc.tokens);
            for r in 0..=doc.tokens.len() {
                if s.may_end_subject(r) {
                    continue;
                }
                for from in r.saturating_sub(SUBJECT_MAX_TOKENS)..=r {
                    assert_eq!(s.subject(from, r), None, "{text:?} {from}..{r}");
                    checked += 1;
                }
            }
            let subjects = (1..=doc.tokens.len())
                .filter(|&r| s.subject(r.saturating_sub(SUBJECT_MAX_TOKENS), r).is_some())
                .count();
            assert!(subjects > 0, "{text:?}");
        }
        assert!(checked > 500, "{checked}");
    }

    #[test]
    fn the_unit_lexicon_has_a_kind_on_every_line() {
        for e in lexicon::AMOUNT_UNITS.entries() {
            assert!(
                matches!(e.column(1), Some("money" | "percent" | "measure" | "count")),
                "amount_units.txt:{} has no kind",
                e.line
            );
            if matches!(e.column(1), Some("money" | "measure" | "percent")) {
                assert!(
                    e.column(2).is_some_and(|c| !c.is_empty()),
                    "amount_units.txt:{} has no code",
                    e.line
                );
            }
        }
    }
}
