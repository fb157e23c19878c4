//! The organisation or place said between a title and a foreign name ("CEO Apple Tim
//! Cook", "Chủ tịch Samsung Lee Kun-hee", "Thống đốc California Gavin Newsom"): capitalised
//! words that a foreign name's reading would take for its first part. The text tells them
//! apart: an organisation or a place is named again on its own ("Apple cho biết", "của
//! Samsung"), while a person's first name is not, and a short mention of a person follows a
//! title or a word of address ("HLV Park", "ông Lee").

use std::collections::HashMap;

use super::titles::Hit;
use super::words::{Case, Gap, Words};

/// Most other mentions of a word looked at, so that a text repeating one word costs no
/// more than a bounded look per candidate.
const MAX_LOOKS: usize = 16;

/// Most words of the organisation or place ("Saint Petersburg", "Qantas Airways").
const MAX_OWNER_WORDS: usize = 2;

/// Most words of a title, a rank or a word of address that ends right before a word.
const MAX_TITLE_WORDS: usize = 4;

/// The capitalised words of a text by their hash, built once, when a title first stands
/// before a foreign name of three parts or more.
#[derive(Debug, Default)]
pub(super) struct Capitals {
    map: Option<HashMap<u32, Vec<u32>>>,
}

impl Capitals {
    /// The positions of the capitalised words whose hash is `hash`.
    fn positions(&mut self, w: &Words<'_>, hash: u32) -> &[u32] {
        let map = self.map.get_or_insert_with(|| {
            let mut map: HashMap<u32, Vec<u32>> = HashMap::new();
            for (i, word) in w.words.iter().enumerate() {
                if word.case != Case::Lower
                    && let Ok(i32) = u32::try_from(i)
                {
                    map.entry(w.hash(i)).or_default().push(i32);
                }
            }
            map
        });
        map.get(&hash).map_or(&[], Vec::as_slice)
    }
}

/// Splits the foreign name `s..r` that the title `h` stands right before when its first
/// one or two words are named elsewhere in the text on their own ([`said_alone`]): they
/// are the organisation or place the title is held in. Extends the title over them and
/// returns the name, two parts at least. A Vietnamese name, or a name of two parts, stays
/// as read.
pub(super) fn owner_before_name(
    w: &Words<'_>,
    h: &mut Hit,
    s: usize,
    r: usize,
    caps: &mut Capitals,
) -> Option<(usize, usize)> {
    if h.rank_only
        || h.given
        || h.to != s
        || r < s + 3
        || w.split_run(s, r, 2) == Some(s)
        || !w.foreign_run(s).foreign
    {
        return None;
    }
    for k in s + 1..=s + MAX_OWNER_WORDS {
        if r < k + 2 || (s + 1..=k).any(|x| w.gap(x) != Gap::Space) {
            return None;
        }
        if said_alone(w, s, k, r, caps) {
            h.to = k;
            h.end = w.words[k - 1].end();
            h.name = Some((k, r));
            return Some((k, r));
        }
    }
    None
}

/// Are the words `s..k` (of the run `s..r`) said elsewhere in the text on their own, as an
/// organisation or a place is ("của Samsung,", "tại bang Hessen.", "như Apple, Amazon")?
/// After a lowercase word that is no title, rank or word of address ("HLV Park", "ông
/// Lee" are a person's short name), or after a comma; and before no capitalised word, name
/// particle or hyphen ("Park Choong Kyun" is another person of the surname, "Erik ten Hag"
/// the same). A mention that opens a sentence, or follows a capitalised word ("Jay Y.
/// Lee"), tells nothing.
fn said_alone(w: &Words<'_>, s: usize, k: usize, r: usize, caps: &mut Capitals) -> bool {
    let n = k - s;
    let same = |p: usize, d: usize| {
        p + d < w.len() && w.word(p + d) == w.word(s + d) && (d == 0 || w.gap(p + d) == Gap::Space)
    };
    let after = |p: usize| match w.gap(p) {
        Gap::Space => w.words[p - 1].case == Case::Lower && !titled_before(w, p),
        Gap::Comma => true,
        _ => false,
    };
    let alone = |q: usize| {
        q >= w.len()
            || w.gap(q) != Gap::Space
            || (w.words[q].case == Case::Lower && !w.tag(q).is_some_and(|(_, x)| x.particle))
    };
    caps.positions(w, w.hash(s))
        .iter()
        .take(MAX_LOOKS)
        .map(|&p| p as usize)
        .any(|p| {
            !(s..r).contains(&p)
                && p > 0
                && (0..n).all(|d| same(p, d))
                && after(p)
                && alone(p + n)
                && !w.joined_by(p + n, "-")
        })
}

/// Does a title, a rank or a word of address end right before word `p`, a space between?
fn titled_before(w: &Words<'_>, p: usize) -> bool {
    w.gap(p) == Gap::Space
        && (1..=MAX_TITLE_WORDS).any(|b| {
            p >= b
                && w.tag(p - b).is_some_and(|(t, x)| {
                    t.n == b && (x.title || x.rank || x.honorific || x.personal || x.modifier)
                })
        })
}
