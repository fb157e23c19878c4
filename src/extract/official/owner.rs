//! The organisation or place said between a title and a foreign name ("CEO Apple Tim
//! Cook", "Chủ tịch Samsung Lee Kun-hee", "Thống đốc California Gavin Newsom"): capitalised
//! words that a foreign name's reading would take for its first part. The text tells them
//! apart: an organisation or a place is named again on its own ("của Samsung", "như
//! Apple, Amazon"), while a person's first name is not, and a short mention of a person
//! follows a title or a word of address ("HLV Park", "ông Lee").

use super::titles::{Hit, run_to};
use super::words::{Case, Gap, Words};

/// Most other mentions of a word looked at, so that a text repeating one word costs no
/// more than a bounded look per candidate.
const MAX_LOOKS: usize = 16;

/// Most words of the organisation or place ("Saint Petersburg", "Qantas Airways").
const MAX_OWNER_WORDS: usize = 2;

/// Most words of a title, a rank or a word of address that ends right before a word.
const MAX_TITLE_WORDS: usize = 4;

/// Most searches of the text for a run's first words, per text: each is a pass over the
/// text, so their number is bounded for the whole to stay linear.
const MAX_SEARCHES: usize = 16;

/// The mentions of the words a run opens with in one text, each searched once: the word
/// and the positions of its first [`MAX_LOOKS`] mentions.
#[derive(Debug, Default)]
pub(super) struct Capitals<'t> {
    searched: Vec<(&'t str, Vec<u32>)>,
    /// The capitalised words right after "ở" or "tại", found in one pass over the words
    /// the first time they are asked for, each with its text, sorted by it
    /// ([`Capitals::placed`]).
    placed: Option<Vec<(&'t str, u32)>>,
}

impl<'t> Capitals<'t> {
    /// The capitalised words of the text right after "ở" or "tại" and a space that are
    /// `first` exactly, in no set order. They are listed in one search of the text for
    /// each preposition the first time and sorted by their text, so that each ask reads
    /// those of its word alone: a text's asks and places grow with it, and a look at every
    /// place for every ask would not be linear.
    fn placed(&mut self, w: &Words<'t>, first: &str) -> impl Iterator<Item = usize> {
        let placed = self.placed.get_or_insert_with(|| {
            // (memchr's searcher over the bytes: cheaper than a look at every word)
            let mut found: Vec<(&'t str, u32)> = ["ở ", "tại "]
                .iter()
                .flat_map(|prep| {
                    memchr::memmem::find_iter(w.text.as_bytes(), prep.as_bytes())
                        .map(move |at| (at + prep.len(), prep.trim_end()))
                })
                .filter_map(|(at, prep)| {
                    let p = w.words.partition_point(|x| x.start() < at);
                    (p > 0
                        && p < w.len()
                        && w.words[p].start() == at
                        && w.words[p].case() == Case::Title
                        && w.word(p - 1) == prep)
                        .then(|| Some((w.word(p), u32::try_from(p).ok()?)))
                        .flatten()
                })
                .collect();
            found.sort_unstable();
            found
        });
        let from = placed.partition_point(|&(x, _)| x < first);
        let to = placed.partition_point(|&(x, _)| x <= first);
        placed
            .get(from..to)
            .unwrap_or_default()
            .iter()
            .map(|&(_, p)| p as usize)
    }

    /// The words of the text that are `first` exactly, [`MAX_LOOKS`] at most; `None` once
    /// [`MAX_SEARCHES`] words have been searched.
    fn mentions(&mut self, w: &Words<'t>, first: &'t str) -> Option<&[u32]> {
        let i = match self.searched.iter().position(|(f, _)| *f == first) {
            Some(i) => i,
            None if self.searched.len() >= MAX_SEARCHES => return None,
            None => {
                // (memchr's searcher: most texts are searched for nothing found)
                let found = memchr::memmem::find_iter(w.text.as_bytes(), first.as_bytes())
                    .filter_map(|at| {
                        let p = w.words.partition_point(|x| x.start() < at);
                        (p < w.len()
                            && w.words[p].start() == at
                            && w.words[p].end() == at + first.len())
                        .then(|| u32::try_from(p).ok())
                        .flatten()
                    })
                    .take(MAX_LOOKS)
                    .collect();
                self.searched.push((first, found));
                self.searched.len() - 1
            }
        };
        Some(&self.searched[i].1)
    }
}

/// Splits the foreign name `s..r` that the title `h` stands right before when its first
/// one or two words are named elsewhere in the text on their own ([`said_alone`]): they
/// are the organisation or place the title is held in. Extends the title over them and
/// returns the name, two parts at least. A Vietnamese name, or a name of two parts, stays
/// as read. A profession or degree before them holds them too ("luật sư Tesla Todd Maron":
/// the company's lawyer, the seventeenth draw's guide writing "luật sư Tesla"), but for an
/// owner's byname ("bầu"), which names the person alone.
pub(super) fn owner_before_name<'t>(
    w: &Words<'t>,
    h: &mut Hit,
    s: usize,
    r: usize,
    caps: &mut Capitals<'t>,
) -> Option<(usize, usize)> {
    let byname = h.rank_only && w.tag(h.from).is_some_and(|(_, x)| x.nickname);
    if byname
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
/// Lee"), tells nothing. The first word's mentions are searched once a text
/// ([`Capitals::mentions`]).
fn said_alone<'t>(w: &Words<'t>, s: usize, k: usize, r: usize, caps: &mut Capitals<'t>) -> bool {
    let n = k - s;
    let same = |p: usize, d: usize| same_word(w, s, p, d);
    let after = |p: usize| match w.gap(p) {
        Gap::Space => w.words[p - 1].case() == Case::Lower && !titled_before(w, p),
        Gap::Comma => true,
        _ => false,
    };
    let alone = |q: usize| ends_alone(w, q);
    caps.mentions(w, w.word(s)).is_some_and(|found| {
        found.iter().map(|&p| p as usize).any(|p| {
            !(s..r).contains(&p)
                && p > 0
                && (0..n).all(|d| same(p, d))
                && after(p)
                && alone(p + n)
                && !w.joined_by(p + n, "-")
        })
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

/// Is word `p + d` the word `s + d`, after a space unless it is the first (`d == 0`)?
fn same_word(w: &Words<'_>, s: usize, p: usize, d: usize) -> bool {
    p + d < w.len() && w.word(p + d) == w.word(s + d) && (d == 0 || w.gap(p + d) == Gap::Space)
}

/// Does a mention end before word `q`: no word after it in the clause, or a lowercase word
/// that is no name particle?
fn ends_alone(w: &Words<'_>, q: usize) -> bool {
    q >= w.len()
        || w.gap(q) != Gap::Space
        || (w.words[q].case() == Case::Lower && !w.tag(q).is_some_and(|(_, x)| x.particle))
}

/// Is the foreign run `s..r` of one or two words, right after the title `h`, the place the
/// title is held in rather than its holder's name ("Bí thư Tỉnh ủy Villa Clara", the
/// name said elsewhere)? It is where the same words are said elsewhere on their own right
/// after "ở" or "tại" ("ở Villa Clara."), which a place takes and a person never does
/// (the words after those prepositions are listed once a text, [`Capitals::placed`]).
/// Extends the title over the run and takes its name away.
pub(super) fn place_not_name<'t>(
    w: &Words<'t>,
    h: &mut Hit,
    s: usize,
    r: usize,
    caps: &mut Capitals<'t>,
) -> bool {
    let n = r - s;
    if h.rank_only
        || h.given
        || h.to != s
        || n == 0
        || n > MAX_OWNER_WORDS
        || (s + 1..r).any(|x| w.gap(x) != Gap::Space)
        || !w.foreign_run(s).foreign
    {
        return false;
    }
    let placed = caps.placed(w, w.word(s)).any(|p| {
        !(s..r).contains(&p) && (0..n).all(|d| same_word(w, s, p, d)) && ends_alone(w, p + n)
    });
    if placed {
        run_to(w, h, r);
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The places asked by their word are the direct computation's: every capitalised word
    /// right after "ở" or "tại" and a space that is the word asked, each once.
    #[test]
    fn places_by_word_are_the_direct_computation() {
        let text = "Ông Ba sống ở Hà Nội, làm việc tại Huế và tại Hà Giang. Ở Huế có mưa, \
                    ở huế thì không; bà Tư ở  Hà Nam, tại Huế, tại Vinh, ở Hà.";
        let w = Words::new(text);
        let mut caps = Capitals::default();
        for first in ["Hà", "Huế", "Vinh", "Nội", "Ba", "huế", "Ông"] {
            let mut got: Vec<usize> = caps.placed(&w, first).collect();
            got.sort_unstable();
            let want: Vec<usize> = (1..w.len())
                .filter(|&p| {
                    let before = w.words[p - 1].end();
                    w.word(p) == first
                        && w.words[p].case() == Case::Title
                        && ["ở", "tại"].contains(&w.word(p - 1))
                        && &text[before..w.words[p].start()] == " "
                })
                .collect();
            assert_eq!(got, want, "{first}");
        }
        assert_eq!(caps.placed(&w, "Hà").count(), 3);
        assert_eq!(caps.placed(&w, "Huế").count(), 2);
    }
}
