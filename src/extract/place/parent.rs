//! The place a village, hamlet or residential group lies in: the commune (or district)
//! named right after it, as Vietnamese addresses go from the small to the large ("tổ 7,
//! phường Quang Trung"; "thôn A Sau (xã Lìa, …)"; "khu 3, tiểu khu 5 thị trấn Mộc Châu").
//! A numbered group ("tổ 7", "khu 3") is a place only so: "khu 3 của bệnh viện" is none.

use super::resolve::unit_level;
use super::{Mention, PlaceKind, What, Whats};
use crate::extract::gazetteer::Level;

/// What may stand between a place and the place it lies in.
const SEPARATORS: [&str; 6] = [", ", " ", " (", " - ", ", thuộc ", " thuộc "];

/// What stands between two items of a list of places.
const LIST: [&str; 3] = [", ", " và ", ", và "];

/// Sets the `parent` of every village mention of `found` (in order) that the next
/// mention contains, and drops the numbered groups that have none.
///
/// # Time complexity
///
/// Linear in the number of mentions.
pub(super) fn link_parents(text: &str, found: &mut Vec<Mention>, whats: &Whats) {
    let mut keep = vec![true; found.len()];
    for i in (0..found.len()).rev() {
        let this = whats.of(&found[i]);
        if this.kind != PlaceKind::Village {
            continue;
        }
        // The place it lies in, or the next item of its list, which shares it ("tổ 1, 2
        // và 3 thuộc phường 4"; "thôn Kỳ Nơi và thôn A Sau (xã Lìa)").
        let parent = found.get(i + 1).and_then(|next| {
            let gap = text
                .get(found[i].span().end..next.span().start)
                .unwrap_or("x");
            let outer = whats.of(next);
            if SEPARATORS.contains(&gap) && contains(this, outer, next.parent().is_some()) {
                Some(i + 1)
            } else if LIST.contains(&gap)
                && outer.kind == PlaceKind::Village
                && outer.unit == this.unit
            {
                next.parent()
            } else {
                None
            }
        });
        found[i].set_parent(parent);
        if parent.is_none() && this.tied {
            keep[i] = false;
        }
    }
    if keep.contains(&false) {
        // Indices of parents shift by the mentions dropped before them.
        let mut new_index = Vec::with_capacity(found.len());
        let mut n = 0;
        for &k in &keep {
            new_index.push(n);
            n += usize::from(k);
        }
        let mut i = 0;
        found.retain(|_| {
            i += 1;
            keep[i - 1]
        });
        for f in found.iter_mut() {
            f.set_parent(f.parent().map(|p| new_index[p]));
        }
    }
}

/// True when `outer`, named right after the village `inner`, is a place it lies in: a
/// commune or district, or a village of another unit word that lies in one itself
/// ("khu 3, tiểu khu 5 thị trấn Mộc Châu"); `outer_in` says whether `outer` lies in one.
fn contains(inner: &What, outer: &What, outer_in: bool) -> bool {
    match outer.kind {
        PlaceKind::Admin => matches!(
            unit_level(outer.unit),
            Some(Level::Commune | Level::District)
        ),
        PlaceKind::Village => outer.unit != inner.unit && outer_in,
        _ => false,
    }
}
