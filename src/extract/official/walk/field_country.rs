//! A body's field said by capitalised words that are also surnames, then the country the
//! body is of, then the holder's name: "Thứ trưởng Bộ Nông Lâm Lào Khămbunnắt
//! Xaynhạnôm", "Bộ trưởng Bộ Văn hóa Campuchia …". The country closes the body's name
//! (a ministry of another country says its country after its field), and the name after
//! it is the person's, whatever surnames the field's words are ("Nông", "Lâm").

use super::super::titles::Hit;
use super::super::words::{Case, Gap, Words};
use super::country::{country_after_words, name_after_country, world_after};
use super::{Step, named};

/// Most words of the field between the body's head and the country ("Nông Lâm", "Văn hóa
/// Thông tin").
const MAX_FIELD_WORDS: usize = 3;

/// The step at the capitalised run `j..r` right after an organisation's head (capitalised:
/// "Bộ"): one to three capitalised Vietnamese syllables set apart by spaces, of no place
/// mention, then a country of the lists (one that is no Vietnamese given name by itself:
/// "Lào", "Campuchia"), then a name ([`name_after_country`]) that is no place or country of
/// the world: the title ends after the country, the name is the holder's.
pub(super) fn field_country_then_name(
    w: &Words<'_>,
    j: usize,
    r: usize,
    hit: &mut Hit,
) -> Option<Step> {
    if !w.org_head_before(j, true) {
        return None;
    }
    let (k, t) = country_after_words(
        w,
        (j, r.min(j + MAX_FIELD_WORDS + 1)),
        |x| x.country,
        |i| {
            w.words[i].case() == Case::Title
                && crate::normalize::is_syllable(w.word(i))
                && w.place_at(i).is_none()
                && w.tag(i).is_none_or(|(_, x)| x.plain_proper())
        },
    )?;
    if w.gap(k) != Gap::Space {
        return None;
    }
    let next = k + t.n;
    let e = name_after_country(w, t, next)
        .filter(|&e| !w.ends_with_country(next, e, 1) && !world_after(w, next, e))?;
    Some(named(hit, next, t.end, e))
}
