//! A country inside a title's capitalised run closes the organisation, and the name after it
//! is the person's ("Thủ tướng Anh Boris Johnson", "Tư lệnh Hải quân Đức Hans Becker").

use super::super::titles::Hit;
use super::super::vocab::Info;
use super::super::words::{Case, Gap, Tag, Words};
use super::{Step, named, unit_name};

/// The end of the name after a capitalised country `t` that is no name-like word, the
/// name starting at word `next`: a foreign name ("Thủ tướng Anh Boris Johnson", "Thủ tướng
/// Anh quốc Tony Blair": a country that is also a word of address); or, after a country
/// of several words ("Chủ tịch nước CHND Trung Hoa Tập Cận Bình": an abbreviation opens
/// it), two to four capitalised words with no place among them, as after "Trung Quốc".
pub(super) fn name_after_country(w: &Words<'_>, t: Tag, next: usize) -> Option<usize> {
    if w.gap_from(t.end, next) != Gap::Space {
        return None;
    }
    w.foreign_name_at(next, 1).or_else(|| {
        let r = (t.n > 1).then(|| w.run_end(next))?;
        ((2..=4).contains(&(r - next)) && (next..r).all(|k| w.place_at(k).is_none())).then_some(r)
    })
}

/// "… Trung Quốc Uông Văn Bân", "Tư lệnh Hải quân Đức Hans Becker": a country at word `j`,
/// inside the capitalised run that ends before `r`, closes the organisation, and the name
/// after it is whole (no name opens on a surname inside it, nor on the country's word
/// that is also a name syllable); not a body's name that ends with a country.
pub(super) fn country_then_name(w: &Words<'_>, j: usize, r: usize, hit: &mut Hit) -> Option<Step> {
    let (t, x) = w.tag(j)?;
    ((x.country || x.syllable_country)
        && t.n < r - j
        && !unit_name(w, j, r)
        && w.place_at(j).is_none_or(|p| p.to == j + t.n))
    .then_some(())?;
    let e = name_after_country(w, t, j + t.n)
        .filter(|&e| !w.ends_with_country(j + t.n, e, 1) && !world_after(w, j + t.n, e))?;
    Some(named(hit, j + t.n, t.end, e))
}

/// Are the words `s..e` after a country a region or another country of the world, no
/// person ("giám đốc Aruba Đông Nam Á", where a body's name is a country's too: "Aruba";
/// "… Aruba Thái Lan")? The title's own place: the walk goes on over it.
pub(super) fn world_after(w: &Words<'_>, s: usize, e: usize) -> bool {
    w.tag(s).is_some_and(|(t, x)| x.country && s + t.n == e)
        || w.text
            .get(w.words[s].start()..w.words[e - 1].end())
            .is_some_and(super::super::merge::world_name)
}

/// The country that closes a body's own words after word `j`: the first word `k` of
/// `j + 1..to` whose tag `country` accepts (`k` and the country's tag), where the words
/// `j..k` before it are each accepted by `word` and set apart by spaces
/// ([`body_country_then_name`]: "Targa Australia"; a field:
/// [`field_country_then_name`](super::field_country::field_country_then_name), "Nông Lâm
/// Lào").
pub(super) fn country_after_words(
    w: &Words<'_>,
    (j, to): (usize, usize),
    country: impl Fn(&Info) -> bool,
    word: impl Fn(usize) -> bool,
) -> Option<(usize, Tag)> {
    let k = (j + 1..to).find(|&k| w.tag(k).is_some_and(|(_, x)| country(x)))?;
    let (t, _) = w.tag(k)?;
    (j..k)
        .all(|i| (i == j || w.gap(i) == Gap::Space) && word(i))
        .then_some((k, t))
}

/// Most words of a foreign body's own name before the country it is said with ("Targa
/// Australia", "Samsung Electronics Việt Nam").
const MAX_BODY_WORDS: usize = 3;

/// "Giám đốc điều hành Targa Australia Eugene Arocca": right after a bare role, a foreign
/// body's own name (capitalised words of no list, or a foreign organisation's word:
/// "Group"), then the country it is said with, which closes the organisation, then a
/// foreign name of two parts or more that ends the capitalised run `j..r`: the name is
/// the person's, as after a country said right after the role ([`country_then_name`]).
/// Not where a place, a title or a word of the lists stands among the body's words.
pub(super) fn body_country_then_name(
    w: &Words<'_>,
    j: usize,
    r: usize,
    hit: &mut Hit,
) -> Option<Step> {
    let (k, t) = country_after_words(
        w,
        (j, r.min(j + MAX_BODY_WORDS + 1)),
        |x| x.country && !x.syllable_country,
        |i| {
            w.words[i].case() != Case::Lower
                && w.place_at(i).is_none()
                && w.tag(i).is_none_or(|(_, x)| x.foreign_org)
        },
    )?;
    let next = k + t.n;
    if next >= r || w.gap_from(t.end, next) != Gap::Space {
        return None;
    }
    // (the name's words set apart by spaces or hyphens alone: "Apex Nepal Treks & Tours"
    // goes on with the body's own words)
    let plain = |e: usize| {
        (next + 1..e).all(|i| {
            w.text
                .get(w.words[i - 1].end()..w.words[i].start())
                .is_some_and(|sep| matches!(sep, " " | "-"))
        })
    };
    let e = w.foreign_name_at(next, 2).filter(|&e| e == r && plain(e))?;
    Some(named(hit, next, t.end, e))
}

/// The end of a country named by one Vietnamese syllable at word `k` ("Áo", "Ý", "Đức":
/// `world_countries.txt`, also a given name or a word), capitalised, said after "tại"
/// where a country's post abroad names the country it is held in ("Đại sứ Việt Nam tại
/// Áo", "Đại sứ Mỹ tại Đức"): there it is the host country, no name's first syllable.
pub(super) fn host_country_end(w: &Words<'_>, k: usize) -> Option<usize> {
    let (t, x) = w.tag(k)?;
    (x.syllable_country
        && w.words[k].case() != Case::Lower
        && w.place_at(k).is_none_or(|p| p.from == k && p.to == k + t.n))
    .then_some(k + t.n)
}

/// The end of a city of another country at word `k`, said after "tại" or "ở" where a
/// country's post abroad names the city it is held in ("Đại sứ Séc ở Moscow", "Tổng lãnh
/// sự Việt Nam tại Fukuoka"): a capitalised place of another country of the lists
/// (`world_places.txt`: "Moscow", "Osaka"); or one capitalised word of no list, no place
/// and no Vietnamese syllable, where a Vietnamese full name follows it at once (the city
/// the lists lack closes the title, the name after it the holder's: "… tại Fukuoka Nguyễn
/// Văn A").
pub(super) fn city_end(w: &Words<'_>, k: usize) -> Option<usize> {
    let word = w.words.get(k)?;
    if word.case() == Case::Lower {
        return None;
    }
    if let Some((t, x)) = w.tag(k) {
        return x.world_place.then_some(k + t.n);
    }
    let e = k + 1;
    (word.case() == Case::Title
        && w.place_at(k).is_none()
        && !crate::normalize::has_syllable_shape(w.word(k))
        && e < w.len()
        && w.gap(e) == Gap::Space
        && w.split_run(e, w.run_end(e), 3) == Some(e))
    .then_some(e)
}
