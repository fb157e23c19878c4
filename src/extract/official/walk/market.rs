//! A company's post in the market it serves ("Giám đốc Kinh doanh Siemens tại thị trường
//! Việt Nam"): the place after "tại" closes the title.

use super::super::parent::{countries_listed, country_end, year_after};
use super::super::words::{Case, Gap, Tag, Words};

/// The end of a title whose role is held in a country (or its market) the company serves,
/// "tại" (the tag `t`) at word `j` after the company's capitalised name; the country
/// closes the title. So does any place there, the city the body is in ("… tại Đại học Jiao
/// Tong ở Thượng Hải", "… quỹ đầu tư TCI ở London").
pub(super) fn served_end(w: &Words<'_>, j: usize, t: Tag) -> Option<usize> {
    let next = j + t.n;
    if !(j > 0 && w.words[j - 1].case() != Case::Lower && w.gap_from(t.end, next) == Gap::Space) {
        return None;
    }
    let market = usize::from(
        w.word(next) == "thị" && w.word(next + 1) == "trường" && w.gap(next + 2) == Gap::Space,
    ) * 2;
    let c = next + market;
    // (the whole place said there, no capitalised word going on: not "Ấn Độ" of "Ấn Độ
    // Dương", nor a name after it, which the title stands before)
    let k = country_end(w, c)
        .filter(|&k| w.place_at(c).is_none_or(|p| p.to == k))
        .or_else(|| w.place_from(c).map(|p| p.to))
        .filter(|&k| k >= w.len() || w.gap(k) != Gap::Space || w.words[k].case() == Case::Lower)?;
    // "… tại Việt Nam, Lào và Campuchia": more countries listed; "… tại Úc năm 2021": the
    // year
    let k = countries_listed(w, k).unwrap_or(k);
    Some(year_after(w, k).unwrap_or(k))
}
