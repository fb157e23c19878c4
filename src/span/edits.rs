//! The edits of an [`OffsetMap`](super::OffsetMap), kept compact, and the look-ups over
//! them.

/// One place where normalized text differs from the original: `norm` replaced `orig`.
/// Offsets are `u32` (16 bytes an edit, where text rewritten at every word has an edit
/// every few bytes, issue 15): a map with an edit past 4 GiB is coarse instead
/// ([`OffsetMap`](super::OffsetMap)).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Edit {
    pub(super) norm_start: u32,
    pub(super) norm_end: u32,
    pub(super) orig_start: u32,
    pub(super) orig_end: u32,
}

impl Edit {
    /// The edit of these offsets; `None` when one is over `u32::MAX`.
    pub(super) fn new(norm: (usize, usize), orig: (usize, usize)) -> Option<Edit> {
        Some(Edit {
            norm_start: u32::try_from(norm.0).ok()?,
            norm_end: u32::try_from(norm.1).ok()?,
            orig_start: u32::try_from(orig.0).ok()?,
            orig_end: u32::try_from(orig.1).ok()?,
        })
    }

    pub(super) fn norm_start(&self) -> usize {
        self.norm_start as usize
    }

    pub(super) fn norm_end(&self) -> usize {
        self.norm_end as usize
    }

    pub(super) fn orig_start(&self) -> usize {
        self.orig_start as usize
    }

    pub(super) fn orig_end(&self) -> usize {
        self.orig_end as usize
    }
}

/// The most edits in a run of [`Edits`]: a look-up reads at most this many.
pub(super) const RUN: usize = 32;

/// The edits of a map, in order, in about 3.6 bytes an edit rather than 16 (text rewritten
/// at every word has an edit every few bytes: its map was twice the input, issue 15).
///
/// Edits come in runs of at most [`RUN`]: the first of a run is kept whole (`heads`), the
/// others as three bytes (`tails`): the bytes kept since the previous edit's end (the same
/// in both texts, which are identical between edits), its normalized length and its
/// original length. An edit that does not fit in three bytes starts a run. A look-up
/// finds its run by a binary search over the heads, then reads through the run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Edits {
    heads: Vec<Edit>,
    /// Where each run's tails start in `tails`.
    runs: Vec<u32>,
    tails: Vec<[u8; 3]>,
    /// The last edit, to which the next one is told.
    last: Option<Edit>,
}

impl Edits {
    pub(super) fn len(&self) -> usize {
        self.heads.len() + self.tails.len()
    }

    pub(super) fn is_empty(&self) -> bool {
        self.heads.is_empty()
    }

    /// Adds `e`, which starts at or after the last edit's end.
    pub(super) fn push(&mut self, e: Edit) {
        let tail = self.last.and_then(|p| {
            let run = self.runs.last().map_or(0, |&r| r as usize);
            let gap = u8::try_from(e.norm_start.checked_sub(p.norm_end)?).ok()?;
            let norm = u8::try_from(e.norm_end - e.norm_start).ok()?;
            let orig = u8::try_from(e.orig_end - e.orig_start).ok()?;
            (self.tails.len() - run < RUN - 1).then_some([gap, norm, orig])
        });
        match tail {
            Some(t) => self.tails.push(t),
            None => match u32::try_from(self.tails.len()) {
                Ok(at) => {
                    self.heads.push(e);
                    self.runs.push(at);
                }
                // more than 4 G edits: never from a text under 4 GiB
                Err(_) => return,
            },
        }
        self.last = Some(e);
    }

    /// Frees the room the lists grew into but do not use.
    pub(super) fn shrink(&mut self) {
        self.heads.shrink_to_fit();
        self.runs.shrink_to_fit();
        self.tails.shrink_to_fit();
    }

    /// The edits from run `k` on, in order.
    fn runs_from(&self, k: usize) -> EditIter<'_> {
        EditIter {
            edits: self,
            run: k,
            tail: 0,
            run_end: 0,
            prev: None,
        }
    }

    /// Every edit, in order.
    pub(super) fn iter(&self) -> EditIter<'_> {
        self.runs_from(0)
    }

    /// The last edit for which `before` holds, where `before` holds for every edit up to
    /// some point and for none after it.
    #[inline]
    pub(super) fn last_where(&self, before: impl Fn(&Edit) -> bool) -> Option<Edit> {
        if self.heads.is_empty() {
            return None;
        }
        let k = self.heads.partition_point(&before).checked_sub(1)?;
        // the next run's head is not before: the walk stops in run `k`
        self.runs_from(k).take_while(|e| before(e)).last()
    }
}

/// The edits of an [`Edits`] from one run on, in order.
pub(super) struct EditIter<'a> {
    edits: &'a Edits,
    /// The next run.
    run: usize,
    /// The next tail, and the end of its run's.
    tail: usize,
    run_end: usize,
    prev: Option<Edit>,
}

impl Iterator for EditIter<'_> {
    type Item = Edit;

    fn next(&mut self) -> Option<Edit> {
        let e = match self
            .edits
            .tails
            .get(self.tail)
            .filter(|_| self.tail < self.run_end)
        {
            Some(&[gap, norm, orig]) => {
                let p = self.prev?;
                let (n, o) = (p.norm_end + u32::from(gap), p.orig_end + u32::from(gap));
                self.tail += 1;
                Edit {
                    norm_start: n,
                    norm_end: n + u32::from(norm),
                    orig_start: o,
                    orig_end: o + u32::from(orig),
                }
            }
            None => {
                let head = *self.edits.heads.get(self.run)?;
                let at = |k: usize| self.edits.runs.get(k).map(|&r| r as usize);
                self.tail = at(self.run).unwrap_or_default();
                self.run_end = at(self.run + 1).unwrap_or(self.edits.tails.len());
                self.run += 1;
                head
            }
        };
        self.prev = Some(e);
        Some(e)
    }
}

/// The original start of normalized `offset`, `e` the last edit that starts at or before
/// it: inside the edit, the edit's start.
pub(super) fn start_back(e: Option<Edit>, offset: usize) -> usize {
    match e {
        None => offset,
        Some(e) if offset < e.norm_end() => e.orig_start(),
        Some(e) => e.orig_end() + (offset - e.norm_end()),
    }
}

/// The original end of normalized `offset`, `e` the last edit that starts before it:
/// inside the edit, the edit's end.
pub(super) fn end_back(e: Option<Edit>, offset: usize) -> usize {
    match e {
        None => offset,
        Some(e) => e.orig_end() + offset.saturating_sub(e.norm_end()),
    }
}

/// The normalized start of original `offset`, `e` the last edit that starts at or before it.
pub(super) fn start_forth(e: Option<Edit>, offset: usize) -> usize {
    match e {
        None => offset,
        Some(e) if offset < e.orig_end() => e.norm_start(),
        Some(e) => e.norm_end() + (offset - e.orig_end()),
    }
}

/// The normalized end of original `offset`, `e` the last edit that starts before it.
pub(super) fn end_forth(e: Option<Edit>, offset: usize) -> usize {
    match e {
        None => offset,
        Some(e) => e.norm_end() + offset.saturating_sub(e.orig_end()),
    }
}

/// Look-ups of offsets that grow: each goes on through the edits from where the last one
/// stopped, so a walk through a map is linear, not a search an offset.
pub(super) struct Cursor<I: Iterator<Item = Edit>> {
    edits: std::iter::Peekable<I>,
    last: Option<Edit>,
}

impl<'a> Cursor<EditIter<'a>> {
    pub(super) fn new(edits: &'a Edits) -> Self {
        Cursor {
            edits: edits.iter().peekable(),
            last: None,
        }
    }
}

impl<I: Iterator<Item = Edit>> Cursor<I> {
    /// As [`Edits::last_where`], for a `before` that holds for at least the edits it held
    /// for at the last call.
    pub(super) fn last_where(&mut self, before: impl Fn(&Edit) -> bool) -> Option<Edit> {
        while let Some(e) = self.edits.next_if(&before) {
            self.last = Some(e);
        }
        self.last
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The compact edits give back every edit pushed, and each look-up (a search, or a
    /// cursor over growing offsets) the edit a search of the plain list finds: edits close together and far apart, short and long (over
    /// the three bytes of a tail), deletions and insertions, runs longer than [`RUN`].
    #[test]
    fn compact_edits_equal_the_plain_list() {
        let mut seed = 0x9e37_79b9_u32;
        let mut next = |n: u32| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed % n
        };
        for case in 0..40 {
            let (mut plain, mut compact) = (Vec::new(), Edits::default());
            let (mut o, mut n) = (0u32, 0u32);
            for _ in 0..(case * 7) {
                // mostly small gaps and lengths, sometimes past a byte
                let big = |r: u32| if r == 0 { 200 } else { 1 };
                let gap = next(4) * big(next(6)) * 2;
                let (ol, nl) = (next(4) * big(next(8)), next(4) * big(next(9)));
                let e = Edit {
                    norm_start: n + gap,
                    norm_end: n + gap + nl,
                    orig_start: o + gap,
                    orig_end: o + gap + ol,
                };
                (o, n) = (e.orig_end, e.norm_end);
                plain.push(e);
                compact.push(e);
            }
            assert_eq!(compact.iter().collect::<Vec<_>>(), plain, "case {case}");
            assert_eq!(compact.len(), plain.len());
            let mut cursors = [0; 4].map(|_| Cursor::new(&compact));
            for at in 0..=(n.max(o) as usize + 2) {
                let preds: [&dyn Fn(&Edit) -> bool; 4] = [
                    &|e| e.norm_start() <= at,
                    &|e| e.norm_start() < at,
                    &|e| e.orig_start() <= at,
                    &|e| e.orig_start() < at,
                ];
                for (p, cursor) in preds.into_iter().zip(&mut cursors) {
                    let direct = plain.iter().copied().filter(|e| p(e)).last();
                    assert_eq!(compact.last_where(p), direct, "case {case} at {at}");
                    assert_eq!(cursor.last_where(p), direct, "cursor: case {case} at {at}");
                }
            }
        }
    }
}
