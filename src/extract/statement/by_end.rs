//! Who is mentioned where, for naming speakers: every mention of an official, an
//! organization and a place, sorted by where it ends.

use super::Who;
use crate::Span;
use crate::extract::official::Official;
use crate::extract::org::Organization;

/// Who is mentioned where: every official mention and title, every organization and
/// every place, sorted by end, the longest first, in the order listed here when they are
/// the same bytes (officials by index, organizations by index, places).
pub(super) fn mentions_by_end(
    officials: &[Official],
    orgs: &[Organization],
    places: impl ExactSizeIterator<Item = Span>,
) -> Vec<Mentioned> {
    let n = officials
        .iter()
        .map(|o| o.mentions.len() + o.titles.len())
        .sum::<usize>()
        + orgs.len()
        + places.len();
    let mut v = Vec::with_capacity(n);
    for (k, o) in officials.iter().enumerate() {
        for m in &o.mentions {
            v.push(Mentioned::new(*m, Whom::Official(index(k))));
        }
        for t in &o.titles {
            v.push(Mentioned::new(t.span, Whom::Official(index(k))));
        }
    }
    for (k, o) in orgs.iter().enumerate() {
        v.push(Mentioned::new(o.span, Whom::Organization(index(k))));
    }
    v.extend(places.map(|p| Mentioned::new(p, Whom::Place)));
    sort_by_end(&mut v);
    v
}

/// Sorts mentions listed in `mentions_by_end`'s order by end, the longest first, as a
/// stable sort would, in place: the order listed is the last of the key, and mentions
/// equal in all of it are the same. (A stable sort took room for up to as many again,
/// issue 15.)
fn sort_by_end(v: &mut [Mentioned]) {
    v.sort_unstable_by_key(|m| (m.end, std::cmp::Reverse(m.start), m.whom));
}

/// An offset or index as 32 bits: every text that has tokens, and so mentions, is under
/// 4 GiB (`tokens::tokenize`).
fn index(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}

/// A mention of who may speak, in 16 bytes: a text of 760,000 place names held 40 bytes a
/// mention (issue 15).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Mentioned {
    end: u32,
    start: u32,
    whom: Whom,
}

const _: () = assert!(size_of::<Mentioned>() == 16);

impl Mentioned {
    fn new(span: Span, whom: Whom) -> Mentioned {
        Mentioned {
            end: index(span.end),
            start: index(span.start),
            whom,
        }
    }

    pub(super) fn end(self) -> usize {
        self.end as usize
    }

    pub(super) fn start(self) -> usize {
        self.start as usize
    }

    /// Who it is: a place by its bytes.
    pub(super) fn who(self) -> Who {
        match self.whom {
            Whom::Official(k) => Who::Official(k as usize),
            Whom::Organization(k) => Who::Organization(k as usize),
            Whom::Place => Who::Place(self.start(), self.end()),
        }
    }
}

/// [`Who`] in a [`Mentioned`], whose bytes a place's are; ordered as `mentions_by_end`
/// lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Whom {
    Official(u32),
    Organization(u32),
    Place,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `sort_by_end` (in place, unstable) orders mentions as the stable sort by end and
    /// start of the list in `mentions_by_end`'s order does, over lists with many mentions
    /// of the same bytes (officials, organizations, places).
    #[test]
    fn sort_by_end_is_the_stable_sort() {
        let mut seed = 7u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            u32::try_from((seed >> 33) % n).unwrap_or(0)
        };
        for len in [0, 1, 2, 5, 40, 300] {
            // listed as mentions_by_end lists them: officials by index, organizations, places
            let mut listed = Vec::new();
            for k in 0..len / 3 + 1 {
                let whom = match next(3) {
                    0 => Whom::Official(k / 4),
                    1 => Whom::Organization(k / 4),
                    _ => Whom::Place,
                };
                let start = next(20);
                listed.push(Mentioned {
                    end: start + next(4),
                    start,
                    whom,
                });
            }
            listed.sort_by_key(|m| match m.whom {
                Whom::Official(k) => (0, k),
                Whom::Organization(k) => (1, k),
                Whom::Place => (2, 0),
            });
            let mut stable = listed.clone();
            stable.sort_by_key(|m| (m.end, std::cmp::Reverse(m.start)));
            sort_by_end(&mut listed);
            assert_eq!(listed, stable, "{len}");
        }
    }
}
