//! A post held in a country said by reference, not by its name: "this country" ("nước
//! này", "quốc gia này", "đất nước này"), "the host country" ("nước chủ nhà") or "the
//! country of residence" ("nước sở tại"), the country the text named before: "Tổng thống
//! nước này Milos Zeman", "Thủ tướng nước chủ nhà Angela Merkel". As after a country's own
//! name ("Tổng thống Séc Milos Zeman"), the name right after it is the holder's, and the
//! reference is the title's (the guide writes the phrase as given, "Thủ tướng nước chủ
//! nhà"); a foreign surname alone there ("Thủ tướng nước chủ nhà Merkel") is a later
//! mention of a name given in full, kept only when it joins one. With no name after it
//! the phrase is an anaphor, which the title-only mentions read.

use super::names::name_right_at;
use super::titles::Hit;
use super::words::{Case, Gap, Words};

/// The references to a country, word by word (lowercase).
const REFERENCES: [&[&str]; 6] = [
    &["nước", "này"],
    &["nước", "chủ", "nhà"],
    &["nước", "sở", "tại"],
    &["quốc", "gia", "này"],
    &["đất", "nước", "này"],
    &["quốc", "gia", "chủ", "nhà"],
];

/// The end of a reference to a country ([`REFERENCES`]) that starts at word `k`, its
/// words joined by spaces.
fn reference_end(w: &Words<'_>, k: usize) -> Option<usize> {
    REFERENCES.iter().find_map(|words| {
        let e = k + words.len();
        (e <= w.len()
            && words
                .iter()
                .enumerate()
                .all(|(d, x)| w.word(k + d) == *x && (d == 0 || w.gap(k + d) == Gap::Space)))
        .then_some(e)
    })
}

/// The title `h`, read with no name, when a reference to a country follows its role
/// (and the role's field or body: "Bộ trưởng Ngoại giao nước này") and a name follows
/// the reference after a space: run to the reference's end, the name its holder's. The
/// title's walk may have read the reference and the name as its organisation ("Thủ tướng
/// nước chủ nhà Merkel"): it is cut back to the reference. A name is two words or more,
/// or one foreign word (no Vietnamese syllable) that no capitalised word follows, a
/// surname to join. Anything else leaves `h` as read.
pub(super) fn country_by_reference(w: &Words<'_>, mut h: Hit) -> Hit {
    if h.name.is_some() || h.rank_only {
        return h;
    }
    let Some((_, (role_end, _), _)) = super::titles::title_head(w, h.from) else {
        return h;
    };
    // (the reference right after the role, or after the words of its field or body)
    let mut k = role_end;
    while k < h.to.min(role_end + 3) && reference_end(w, k).is_none() {
        if w.gap(k) != Gap::Space {
            return h;
        }
        k += 1;
    }
    if k > h.to || k >= w.len() || w.soft_gap(w.words[k - 1].end(), k) != Gap::Space {
        return h;
    }
    let Some(e) = reference_end(w, k) else {
        return h;
    };
    if e >= w.len() || w.gap(e) != Gap::Space || w.words[e].case() == Case::Lower {
        return h;
    }
    let named = name_right_at(w, e).map(|r| (r, false)).or_else(|| {
        let r = e + 1;
        let word = w.word(e);
        (w.name_like(e)
            && word.chars().nth(1).is_some()
            && !crate::normalize::has_syllable_shape(word)
            && w.place_at(e).is_none()
            && !w.tag(e).is_some_and(|(_, x)| x.country || x.world_place)
            && (r >= w.len() || w.gap(r) != Gap::Space || w.words[r].case() == Case::Lower))
            .then_some((r, true))
    });
    let Some((r, given)) = named else {
        return h;
    };
    h.to = e;
    h.end = w.words[e - 1].end();
    h.name = Some((e, r));
    h.given = given;
    h
}
