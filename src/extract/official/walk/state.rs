//! A federal state said with its unit word capitalised ("Thủ hiến Bang Hessen", "Thống đốc
//! Bang Utah X"): the unit opens the place of the title, as a lowercase "bang" or a
//! capitalised "Tỉnh" does, and never a name (issue 12).

use super::super::titles::Hit;
use super::super::words::{Case, Gap, Words};
use super::{OrgWalk, Step, named};

/// The unit word of a federal state abroad, written capitalised before its name ("Bang
/// Hessen", "Bang Bavaria"; `world_places.txt` calls the states of the US, Germany and
/// others "bang"). A word inside a name ("Trịnh Bang Dũng") is never read here: only the
/// first word of a run after a title's own words.
const STATE_UNIT: &str = "Bang";

/// Most words of a state's own name after its unit read here ("Bang Hessen", "Bang Nam
/// Úc"); a longer run is left as read.
const MAX_STATE_WORDS: usize = 2;

impl OrgWalk {
    /// The run of capitalised words at the next word, after a title, when it opens with the
    /// state's unit word ([`STATE_UNIT`]): the state is the title's, and a foreign full
    /// name after its one-word name the holder's ("Thủ hiến Bang Hessen Volker Bouffier");
    /// a run of the unit and one or two words is the state alone, the holder named
    /// elsewhere ("Thủ hiến Bang Hessen - ông X", "Thủ hiến Bang Hessen."). `None` for any
    /// other run, which [`OrgWalk::name_run`] reads.
    pub(super) fn state_unit(&mut self, w: &Words<'_>, hit: &mut Hit) -> Option<Step> {
        let j = self.j;
        if w.word(j) != STATE_UNIT || w.words[j].case() != Case::Title || w.tag(j).is_some() {
            return None;
        }
        let r = w.run_end(j);
        if j + 1 >= r || w.gap(j + 1) != Gap::Space {
            return None;
        }
        let s = j + 2;
        if s < r
            && w.gap(s) == Gap::Space
            && let Some(e) = w.foreign_name_at(s, 2)
            && e >= r
            && (s..e).all(|k| w.place_at(k).is_none() && w.tag(k).is_none())
        {
            return Some(named(hit, s, w.words[s - 1].end(), e));
        }
        if r - j - 1 > MAX_STATE_WORDS {
            return None;
        }
        self.end = w.words[r - 1].end();
        self.placed = true;
        self.j = r;
        Some(Step::Next)
    }
}
