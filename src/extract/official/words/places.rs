//! The place mentions the words lie in, read from the list of their ranges.

use super::{Gap, IN_PLACE, PlaceWords, Words};

impl Words<'_> {
    /// The place mention word `i` is part of.
    #[inline]
    pub(crate) fn place_at(&self, i: usize) -> Option<PlaceWords> {
        if self.words.get(i)?.flags & IN_PLACE == 0 {
            return None;
        }
        // the mentions are in order and disjoint
        let k = self.places.partition_point(|p| p.to() as usize <= i);
        self.places
            .get(k)
            .filter(|p| p.from as usize <= i)
            .map(|p| p.get())
    }

    /// The place mentions of the text, in order.
    pub(crate) fn place_list(&self) -> impl Iterator<Item = PlaceWords> + '_ {
        self.places.iter().map(|p| p.get())
    }

    /// The place mention that starts at word `i` ("Hà Nội" at its "Hà", not at its "Nội").
    pub(crate) fn place_from(&self, i: usize) -> Option<PlaceWords> {
        self.place_at(i).filter(|p| p.from == i)
    }

    /// Is word `i` joined by a dash to the word before it, both inside one place mention
    /// ("Thừa Thiên-Huế", "Thừa Thiên - Huế"): one name, whose words a run of
    /// capitalised words keeps together.
    pub(crate) fn hyphen_in_place(&self, i: usize) -> bool {
        i < self.len() && self.gap(i) == Gap::Dash && self.place_at(i).is_some_and(|p| p.from < i)
    }
}
