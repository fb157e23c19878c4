//! A field of work leading to the body it is done in: a few lowercase words of a degree's
//! or a post's field, then "tại" and a capitalised institution ("thạc sĩ sinh học tại Đại
//! học X") or the possessive "của" and an organisation ("tuyển dụng và phát triển nhân lực
//! của Tập đoàn X"). Read by the titles ([`super::titles`]) and the parents
//! ([`super::parent`]) of a title.

use super::words::{Case, Gap, Words};

/// Most lowercase words of a degree's field before "tại": "về" and three fields of two or
/// three syllables listed with commas and "và" ("về lãnh đạo, quản lý và chính sách giáo
/// dục").
const MAX_FIELD_WORDS: usize = 10;

/// Do a few lowercase words of a field from word `j` lead to "tại" and a capitalised
/// institution ("sinh học tại Đại học Macalester", "vật lý và thiên văn tại Đại học
/// Curtin", "về lãnh đạo, quản lý và chính sách tại Đại học Seton Hall": fields listed with
/// commas; "Ai Cập học tại Đại học X": the study of a country, [`country_study`])? The
/// word of "tại".
pub(super) fn held_at(w: &Words<'_>, j: usize) -> Option<usize> {
    field_before(w, j, |k, t, x| {
        x.at && w.tag(k + t.n).is_some_and(|(_, y)| y.institution) && capital_at(w, k + t.n)
    })
}

/// Do a few lowercase words of a field from word `j` lead to the possessive "của" and an
/// organisation or institution, its head (capitalised or not) and its capitalised name
/// ("tuyển dụng và phát triển nhân lực của Tập đoàn X", "… của tập đoàn FPT": fields joined
/// by "và" in a post of the body)? The word of "của".
pub(super) fn owned_by(w: &Words<'_>, j: usize) -> Option<usize> {
    field_before(w, j, |k, t, _| {
        w.word(k) == "của"
            && t.n == 1
            && w.tag(k + 1).is_some_and(|(h, y)| {
                (y.org.is_some() || y.institution)
                    && !(y.title || y.rank)
                    && w.gap(k + 1 + h.n) == Gap::Space
                    && w.words
                        .get(k + 1 + h.n)
                        .is_some_and(|n| n.case() != Case::Lower)
            })
    })
}

/// Is word `k` there and not lowercase?
fn capital_at(w: &Words<'_>, k: usize) -> bool {
    w.words.get(k).is_some_and(|x| x.case() != Case::Lower)
}

/// The first word `k` after a few lowercase words of a field from word `j` whose tag
/// passes `link`.
fn field_before(
    w: &Words<'_>,
    j: usize,
    link: impl Fn(usize, super::words::Tag, &super::vocab::Info) -> bool,
) -> Option<usize> {
    (j..w.len().min(j + MAX_FIELD_WORDS + 1))
        .take_while(|&k| {
            (w.gap(k) == Gap::Space || (k > j && w.gap(k) == Gap::Comma))
                && (w.words[k].case() == Case::Lower || country_study(w, k))
        })
        .find(|&k| k > j && w.tag(k).is_some_and(|(t, x)| link(k, t, x)))
}

/// Is word `k` inside the name of a country that "học" follows, a field of study named
/// after the country ("Ai Cập học", Egyptology; "Việt Nam học")?
fn country_study(w: &Words<'_>, k: usize) -> bool {
    (k.saturating_sub(2)..=k).any(|s| {
        w.tag(s).is_some_and(|(t, x)| {
            (x.country || x.syllable_country)
                && s + t.n > k
                && s + t.n < w.len()
                && w.gap(s + t.n) == Gap::Space
                && w.word(s + t.n) == "học"
        })
    })
}
