//! Byte spans and the offset map from normalized text back to the original.

use serde::{Deserialize, Serialize};

mod edits;
use edits::{Cursor, Edit, Edits, end_back, end_forth, start_back, start_forth};

/// A half-open range `start..end` of UTF-8 byte offsets.
///
/// Every span vinews returns points into the caller's **original** input, even when the
/// work was done on normalized text.
///
/// # Examples
///
/// ```
/// use vinews::Span;
/// let text = "Xã Đức Ninh";
/// let span = Span::new(4, text.len());
/// assert_eq!(span.slice(text), Some("Đức Ninh"));
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (byte offsets, `start <= end`).
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    #[must_use]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no byte.
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text this span covers in `haystack`, or `None` when the span is out of bounds or
    /// does not fall on character boundaries.
    #[must_use]
    pub fn slice<'h>(&self, haystack: &'h str) -> Option<&'h str> {
        haystack.get(self.start..self.end)
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// The spans of one text in order, as the pipeline holds a document's paragraphs and
/// sentences until the article is made: 8 bytes a span (`u32` offsets) rather than a
/// [`Span`]'s 16, when the text's offsets fit in a `u32` (a text over 4 GiB keeps its
/// spans whole). A text of short lines has a paragraph and a sentence a line: held whole
/// while the officials read it, they took 1.5 times its size (issue 15).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum SpanList {
    Narrow(Vec<[u32; 2]>),
    Wide(Vec<Span>),
}

impl SpanList {
    /// The spans `spans` of a text of `len` bytes.
    pub(crate) fn new(len: usize, spans: impl IntoIterator<Item = Span>) -> SpanList {
        if u32::try_from(len).is_err() {
            return SpanList::Wide(spans.into_iter().collect());
        }
        // (the spans of the text end by its length, which fits)
        let narrow = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        SpanList::Narrow(
            spans
                .into_iter()
                .map(|s| [narrow(s.start), narrow(s.end)])
                .collect(),
        )
    }

    /// The span `k`.
    #[inline]
    pub(crate) fn get(&self, k: usize) -> Option<Span> {
        match self {
            SpanList::Narrow(v) => v.get(k).map(|&[a, b]| Span::new(a as usize, b as usize)),
            SpanList::Wide(v) => v.get(k).copied(),
        }
    }

    /// The index of the first span for which `pred` is false (`pred` true for a first
    /// part of the list, false after: `<[Span]>::partition_point`).
    pub(crate) fn partition_point(&self, mut pred: impl FnMut(Span) -> bool) -> usize {
        match self {
            SpanList::Narrow(v) => {
                v.partition_point(|&[a, b]| pred(Span::new(a as usize, b as usize)))
            }
            SpanList::Wide(v) => v.partition_point(|&s| pred(s)),
        }
    }

    /// The spans as the article holds them.
    pub(crate) fn into_spans(self) -> Vec<Span> {
        match self {
            SpanList::Narrow(v) => v
                .into_iter()
                .map(|[a, b]| Span::new(a as usize, b as usize))
                .collect(),
            SpanList::Wide(v) => v,
        }
    }
}

/// Maps byte offsets of normalized text back to the original text it came from.
///
/// The map is a sorted list of edits; between two edits an offset moves by a constant
/// (the texts are byte-identical there, but for characters replaced by one character of
/// the same length, such as a composed letter or `\r` → `\n`: no edit is kept for those,
/// as each of their character boundaries maps exactly). An offset that falls inside an edited stretch
/// (for example inside a syllable whose tone mark moved) snaps outward: a start to the
/// beginning of the original stretch, an end to its end. So a mapped span always covers
/// at least the original text its normalized text came from.
///
/// The map is monotone: `a <= b` implies `to_original(a) <= to_original(b)` for starts and
/// for ends alike. An end at `0` maps to `0` and a start at the normalized length to the
/// original length; a start at `0` lands after any bytes deleted at the very start, and an
/// end at the normalized length before any deleted at the very end.
///
/// # Time complexity
///
/// Building is linear in the input; a look-up is a binary search over the runs of edits
/// and a read through one run of at most 32, `O(log e)`. Text that needed no change has
/// an empty map.
///
/// # Texts over 4 GiB
///
/// Edits are kept with `u32` offsets. A text with an edit beyond 4 GiB gets a coarse map
/// instead, one stretch from end to end: every non-empty span maps to the whole original.
/// (Such a text gets no tokens and no facts either, see [`crate::Article`].)
///
/// # Examples
///
/// ```
/// use vinews::{normalize, Span};
/// let original = "Huye\u{0302}\u{0323}n u\u{1ef7} Đức Ninh"; // decomposed, "new" tone style
/// let n = normalize(original);
/// assert_eq!(n.text, "Huyện ủy Đức Ninh");
/// let found = n.text.find("Đức Ninh").unwrap();
/// let span = n.map.to_original(Span::new(found, n.text.len()));
/// assert_eq!(span.slice(original), Some("Đức Ninh"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    edits: Edits,
    orig_len: usize,
    norm_len: usize,
    /// The texts differ past 4 GiB: the map is one stretch from end to end (`edits` empty).
    coarse: bool,
}

impl OffsetMap {
    /// The identity map for a text of `len` bytes.
    #[must_use]
    pub fn identity(len: usize) -> OffsetMap {
        OffsetMap {
            edits: Edits::default(),
            orig_len: len,
            norm_len: len,
            coarse: false,
        }
    }

    /// True when every offset maps to itself: the texts are byte-identical but for
    /// characters replaced by one of the same length (`\r` → `\n`, see above).
    #[must_use]
    pub fn is_identity(&self) -> bool {
        self.edits.is_empty() && !self.coarse
    }

    /// Length of the original text in bytes.
    #[must_use]
    pub fn original_len(&self) -> usize {
        self.orig_len
    }

    /// Length of the normalized text in bytes.
    #[must_use]
    pub fn normalized_len(&self) -> usize {
        self.norm_len
    }

    /// Number of edited stretches.
    #[must_use]
    pub fn edit_count(&self) -> usize {
        self.edits.len() + usize::from(self.coarse)
    }

    /// Maps a normalized offset that **starts** a span to the original.
    ///
    /// Inside an edited stretch it snaps to the stretch's original start; just after a
    /// deletion (a removed zero-width space) it lands after the deleted bytes. Offsets past
    /// the end clamp to the original length.
    #[must_use]
    #[inline]
    pub fn start_to_original(&self, offset: usize) -> usize {
        let offset = offset.min(self.norm_len);
        if self.coarse {
            return if offset < self.norm_len {
                0
            } else {
                self.orig_len
            };
        }
        // last edit whose normalized start is <= offset
        start_back(self.edits.last_where(|e| e.norm_start() <= offset), offset)
    }

    /// Maps a normalized offset that **ends** a span to the original.
    ///
    /// Inside an edited stretch it snaps to the stretch's original end; just before a
    /// deletion it stays before the deleted bytes.
    #[must_use]
    #[inline]
    pub fn end_to_original(&self, offset: usize) -> usize {
        let offset = offset.min(self.norm_len);
        if self.coarse {
            return if offset > 0 { self.orig_len } else { 0 };
        }
        // last edit whose normalized start is < offset
        end_back(self.edits.last_where(|e| e.norm_start() < offset), offset)
    }

    /// Maps a span of the normalized text to the span of the original it came from.
    ///
    /// An empty span maps to an empty span at its start's position.
    #[must_use]
    pub fn to_original(&self, span: Span) -> Span {
        let start = self.start_to_original(span.start);
        if span.is_empty() {
            return Span::new(start, start);
        }
        let end = self.end_to_original(span.end).max(start);
        Span::new(start, end)
    }

    /// Maps every span of `spans` as [`to_original`](OffsetMap::to_original) does: those
    /// whose start and end are not before the last in-order span's are looked up from
    /// where that one's were (a list of sentences is a walk through the map, not a search a
    /// span), the others by a search. A map of one run of edits or none (most text) is
    /// searched for every span: a search reads no more than the run.
    pub(crate) fn spans_to_original<'s>(&self, spans: impl Iterator<Item = &'s mut Span>) {
        if self.edits.len() <= edits::RUN {
            spans.for_each(|s| *s = self.to_original(*s));
            return;
        }
        let (mut starts, mut ends) = (Cursor::new(&self.edits), Cursor::new(&self.edits));
        let (mut last_start, mut last_end) = (0, 0);
        for span in spans {
            let (a, b) = (span.start.min(self.norm_len), span.end.min(self.norm_len));
            if self.coarse || a < last_start || b < last_end {
                *span = self.to_original(*span);
                continue;
            }
            (last_start, last_end) = (a, b);
            let start = start_back(starts.last_where(|e| e.norm_start() <= a), a);
            *span = if span.is_empty() {
                Span::new(start, start)
            } else {
                let end = end_back(ends.last_where(|e| e.norm_start() < b), b);
                Span::new(start, end.max(start))
            };
        }
    }

    /// The map of two steps done one after the other: `self` maps a middle text back to
    /// the original, `later` maps the final text back to the middle one.
    ///
    /// # Time complexity
    ///
    /// `O(e log e)` in the number of edits of both maps (a look-up reads one run of
    /// at most 32 edits).
    #[must_use]
    pub fn then(&self, later: &OffsetMap) -> OffsetMap {
        if self.coarse || later.coarse {
            return OffsetMap::coarse(self.orig_len, later.norm_len);
        }
        // Dirty intervals in middle coordinates: the middle side of every edit of both maps.
        // Merge overlapping or touching ones into clusters; each cluster is one edit of the
        // composition, and between clusters both steps copied bytes unchanged.
        let mut b = MapBuilder::new();
        let mut a = self.edits.iter().peekable();
        let mut l = later.edits.iter().peekable();
        // the clusters' starts and ends grow: each is looked up from where the last stopped
        let (mut ends, mut starts) = (Cursor::new(&self.edits), Cursor::new(&self.edits));
        let (mut f_ends, mut f_starts) = (Cursor::new(&later.edits), Cursor::new(&later.edits));
        let mut done_final = 0usize;
        loop {
            let take_a = match (a.peek(), l.peek()) {
                (Some(x), Some(y)) => x.norm_start() <= y.orig_start(),
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => break,
            };
            let first = if take_a {
                a.next().map(|x| (x.norm_start(), x.norm_end()))
            } else {
                l.next().map(|y| (y.orig_start(), y.orig_end()))
            };
            let (mut s, mut e) = first.unwrap_or_default();
            loop {
                if let Some(x) = a.next_if(|x| x.norm_start() <= e) {
                    s = s.min(x.norm_start());
                    e = e.max(x.norm_end());
                } else if let Some(y) = l.next_if(|y| y.orig_start() <= e) {
                    s = s.min(y.orig_start());
                    e = e.max(y.orig_end());
                } else {
                    break;
                }
            }
            // (as self.end_to_original(s), self.start_to_original(e),
            // later.orig_to_norm_end(s) and later.orig_to_norm_start(e))
            let (sm, em) = (s.min(self.norm_len), e.min(self.norm_len));
            let o_start = end_back(ends.last_where(|x| x.norm_start() < sm), sm);
            let o_end = start_back(starts.last_where(|x| x.norm_start() <= em), em);
            let f_start = end_forth(f_ends.last_where(|y| y.orig_start() < s), s);
            let f_end = start_forth(f_starts.last_where(|y| y.orig_start() <= e), e);
            b.keep(f_start - done_final);
            b.replace(o_end - o_start, f_end - f_start);
            done_final = f_end;
        }
        b.keep(later.norm_len - done_final);
        let mut m = b.finish();
        debug_assert_eq!(m.orig_len, self.orig_len);
        m.orig_len = self.orig_len;
        m
    }

    /// The coarse map between texts of these lengths: one stretch from end to end.
    fn coarse(orig_len: usize, norm_len: usize) -> OffsetMap {
        OffsetMap {
            edits: Edits::default(),
            orig_len,
            norm_len,
            coarse: true,
        }
    }
}

/// Builds an [`OffsetMap`] while a normalizer writes its output left to right.
///
/// The writer calls [`keep`](MapBuilder::keep) for bytes copied unchanged and
/// [`replace`](MapBuilder::replace) for a stretch of original bytes that became other
/// bytes; touching edits merge.
#[derive(Clone, Debug, Default)]
pub(crate) struct MapBuilder {
    edits: Edits,
    /// The last edit, not yet in `edits`: touching replacements merge into it.
    last: Option<Edit>,
    orig: usize,
    norm: usize,
    /// The last edit is one that nothing merges into ([`MapBuilder::replace_apart`]).
    sealed: bool,
    /// An edit was past 4 GiB: the map is coarse ([`OffsetMap`]).
    coarse: bool,
}

impl MapBuilder {
    pub(crate) fn new() -> MapBuilder {
        MapBuilder::default()
    }

    /// `len` bytes were copied unchanged.
    pub(crate) fn keep(&mut self, len: usize) {
        self.orig += len;
        self.norm += len;
    }

    /// `orig_len` original bytes became `norm_len` output bytes.
    pub(crate) fn replace(&mut self, orig_len: usize, norm_len: usize) {
        if orig_len == 0 && norm_len == 0 {
            return;
        }
        let (os, ns) = (self.orig, self.norm);
        self.orig += orig_len;
        self.norm += norm_len;
        // Touching replacements merge; a deletion or insertion stays an edit of its own so
        // that spans can end before it and start after it.
        let sealed = std::mem::take(&mut self.sealed);
        if let Some(last) = self.last.as_mut()
            && !sealed
            && last.orig_end() == os
            && last.norm_end() == ns
            && orig_len > 0
            && norm_len > 0
            && last.orig_end > last.orig_start
            && last.norm_end > last.norm_start
            && let (Ok(o), Ok(n)) = (u32::try_from(self.orig), u32::try_from(self.norm))
        {
            last.orig_end = o;
            last.norm_end = n;
            return;
        }
        self.push((ns, self.norm), (os, self.orig));
    }

    /// `orig_len` original bytes became one character of `char_len` bytes. When the two
    /// lengths are equal that is no edit: every character boundary of the output maps
    /// exactly, and there is none inside the character (a composed letter, `\r` → `\n`,
    /// `Ð` → `Đ`, a TCVN3 letter; one 16-byte edit each was twice the input on decomposed
    /// text, issue 15).
    pub(crate) fn replace_by_char(&mut self, orig_len: usize, char_len: usize) {
        if orig_len == char_len {
            self.keep(orig_len);
        } else {
            self.replace(orig_len, char_len);
        }
    }

    /// Adds the edit of these offsets, or makes the map coarse when it is past 4 GiB.
    fn push(&mut self, norm: (usize, usize), orig: (usize, usize)) {
        match Edit::new(norm, orig) {
            Some(e) => {
                if let Some(done) = self.last.replace(e) {
                    self.edits.push(done);
                }
            }
            None => self.coarse = true,
        }
    }

    /// As [`replace`](MapBuilder::replace), but the edit merges with neither neighbour: a
    /// line break rewritten (`\r` → `\n`) between two rewritten words stays a stretch of
    /// its own, so a sentence can end before it and the next start after it (merged, both
    /// snapped outward over the break and the two sentences overlapped, issue 15).
    pub(crate) fn replace_apart(&mut self, orig_len: usize, norm_len: usize) {
        if orig_len == 0 && norm_len == 0 {
            return;
        }
        self.sealed = true;
        self.push(
            (self.norm, self.norm + norm_len),
            (self.orig, self.orig + orig_len),
        );
        self.orig += orig_len;
        self.norm += norm_len;
    }

    pub(crate) fn finish(mut self) -> OffsetMap {
        if self.coarse {
            return OffsetMap::coarse(self.orig, self.norm);
        }
        if let Some(done) = self.last.take() {
            self.edits.push(done);
        }
        self.edits.shrink();
        OffsetMap {
            edits: self.edits,
            orig_len: self.orig,
            norm_len: self.norm,
            coarse: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A span list holds 8 bytes a span, and gives back the spans it was given: by
    /// index, by partition point and as a list.
    #[test]
    fn span_list_is_narrow_and_gives_its_spans_back() {
        let spans = [
            Span::new(0, 3),
            Span::new(4, 9),
            Span::new(9, 9),
            Span::new(12, 20),
        ];
        let list = SpanList::new(20, spans);
        let SpanList::Narrow(v) = &list else {
            panic!("{list:?}");
        };
        assert_eq!(size_of_val(v.as_slice()), 8 * spans.len());
        for (k, s) in spans.iter().enumerate() {
            assert_eq!(list.get(k), Some(*s));
        }
        assert_eq!(list.get(spans.len()), None);
        for at in 0..22 {
            assert_eq!(
                list.partition_point(|s| s.end <= at),
                spans.partition_point(|s| s.end <= at),
                "{at}"
            );
        }
        assert_eq!(list.into_spans(), spans);
    }

    /// An edit past 4 GiB makes the map coarse: every non-empty span covers the whole
    /// original, and the map stays monotone. (No text of that size is built: the builder
    /// only counts.)
    #[test]
    fn an_edit_past_4_gib_gives_the_coarse_map() {
        let big = u32::MAX as usize;
        let mut b = MapBuilder::new();
        b.keep(10);
        b.replace(3, 2);
        b.keep(big);
        b.replace(1, 2);
        b.keep(5);
        let m = b.finish();
        assert!(!m.is_identity());
        assert_eq!(m.original_len(), big + 19);
        assert_eq!(m.normalized_len(), big + 19);
        assert_eq!(m.to_original(Span::new(1, 2)), Span::new(0, big + 19));
        assert_eq!(m.to_original(Span::new(4, 4)), Span::new(0, 0));
        assert_eq!(m.end_to_original(0), 0);
        assert_eq!(m.start_to_original(big + 19), big + 19);
        let mut before = (0, 0);
        for at in [0, 1, 12, big, big + 18, big + 19, big + 40] {
            let now = (m.start_to_original(at), m.end_to_original(at));
            assert!(now.0 >= before.0 && now.1 >= before.1, "{at}");
            before = now;
        }
        // Composed with another map, either way, it stays coarse.
        let fine = OffsetMap::identity(big + 19);
        assert_eq!(
            m.then(&fine).to_original(Span::new(1, 2)),
            Span::new(0, big + 19)
        );
        assert_eq!(
            fine.then(&m).to_original(Span::new(1, 2)),
            Span::new(0, big + 19)
        );
    }

    /// Spans mapped as a list equal spans mapped one by one, in order or not, empty or not,
    /// past the end or not.
    #[test]
    fn spans_mapped_as_a_list_equal_spans_mapped_one_by_one() {
        let mut b = MapBuilder::new();
        for k in 0..300 {
            b.keep(k % 7);
            match k % 5 {
                0 => b.replace(3, 2),
                1 => b.replace(0, 1),
                2 => b.replace(2, 0),
                3 => b.replace_apart(1, 1),
                _ => b.replace(300, 2),
            }
        }
        let map = b.finish();
        assert!(
            map.edit_count() > edits::RUN,
            "the walk, not a search a span"
        );
        let n = map.normalized_len();
        let mut spans: Vec<Span> = (0..n + 3)
            .step_by(3)
            .flat_map(|a| {
                [
                    Span::new(a, a + 2),
                    Span::new(a + 1, a + 1),
                    Span::new(a, a + 9),
                ]
            })
            .collect();
        spans.push(Span::new(5, 6));
        spans.extend((0..n).step_by(11).map(|a| Span::new(a, a + 4)));
        let one_by_one: Vec<Span> = spans.iter().map(|&s| map.to_original(s)).collect();
        map.spans_to_original(spans.iter_mut());
        assert_eq!(spans, one_by_one);
    }

    /// Edits below 4 GiB keep their offsets exactly, up to the last byte a `u32` holds.
    #[test]
    fn edits_up_to_4_gib_are_exact() {
        let big = u32::MAX as usize - 10;
        let mut b = MapBuilder::new();
        b.keep(big);
        b.replace(4, 2);
        b.keep(6);
        let m = b.finish();
        assert_eq!(m.edit_count(), 1);
        assert_eq!(
            m.to_original(Span::new(big - 1, big + 1)),
            Span::new(big - 1, big + 4)
        );
        assert_eq!(
            m.to_original(Span::new(big + 2, big + 8)),
            Span::new(big + 4, big + 10)
        );
        assert_eq!(m.original_len(), u32::MAX as usize);
    }
}
