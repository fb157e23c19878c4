//! A person's age, year and place of birth said between a name and the post apposed to it
//! ("X, 52 tuổi, giáo viên …", "X, SN 1986, …", "X sinh năm 1970 tại Hà Nội, là …", "X
//! sinh ra tại Tân Định, Sài Gòn, là Thượng tướng"): passed over as no part of the post.

use super::words::{Case, Gap, Words};

/// The words of a person's age or year of birth said at word `j`, if any: a number and
/// "tuổi" (years of age: "52 tuổi"), or "SN" (sinh năm) or "sinh năm" and a year of four
/// digits by the date grammar ("SN 1976", "sinh năm 1976").
pub(super) fn age_at(w: &Words<'_>, j: usize) -> Option<usize> {
    let n = w.len();
    // (a year by the date grammar's test, as a term's: [`super::walk::term::year`])
    let year_at =
        |k: usize| k < n && w.gap(k) == Gap::Space && super::walk::term::year(w.word(k)).is_some();
    if j + 1 < n && year_at(j + 1) && w.word(j) == "SN" {
        return Some(2);
    }
    if j + 2 < n
        && w.word(j) == "sinh"
        && w.gap(j + 1) == Gap::Space
        && w.word(j + 1) == "năm"
        && year_at(j + 2)
    {
        return Some(3 + birthplace(w, j + 3));
    }
    // (a place of birth without the year too: "Ông A sinh ra tại Y, là Thượng tướng")
    if w.word(j) == "sinh" && j + 1 < n && w.gap(j + 1) == Gap::Space {
        let k = if w.word(j + 1) == "ra" { j + 2 } else { j + 1 };
        let len = (k < n && w.gap(k) == Gap::Space).then(|| birthplace(w, k));
        if let Some(len) = len.filter(|&len| len > 0) {
            return Some(k - j + len);
        }
    }
    (j + 1 < n
        && w.word(j).bytes().all(|b| b.is_ascii_digit())
        && w.gap(j + 1) == Gap::Space
        && w.word(j + 1) == "tuổi")
        .then_some(2)
}

/// Most words of a place of birth said after the year ("sinh năm 1970 tại Hà Nội").
const MAX_BIRTHPLACE_WORDS: usize = 6;

/// The words of the place of birth at word `k`, right after a year of birth: "tại" or "ở"
/// and a place up to the comma that closes the segment, each word a place's or
/// capitalised ("tại Hà Nội", "ở tỉnh Nghệ An"); 0 if none.
fn birthplace(w: &Words<'_>, k: usize) -> usize {
    let n = w.len();
    if k + 1 >= n || !matches!(w.word(k), "tại" | "ở") || w.gap(k) != Gap::Space {
        return 0;
    }
    let mut e = k + 1;
    while e < n
        && e <= k + MAX_BIRTHPLACE_WORDS
        && w.gap(e) == Gap::Space
        && (w.place_at(e).is_some() || w.words[e].case() == Case::Title)
    {
        e += 1;
    }
    if e == k + 1 || e >= n || w.gap(e) != Gap::Comma {
        return 0;
    }
    // (and the unit holding it, "tại Tân Định, Sài Gòn,": a place mention of capitalised
    // words, a comma after it; a place the gazetteer lacks counts when one follows)
    let known = w.place_at(e - 1).is_some();
    let first = e;
    let mut m = e;
    while m < n && m <= k + MAX_BIRTHPLACE_WORDS {
        match w.place_at(m) {
            Some(p)
                if p.from == m
                    && p.to < n
                    && w.gap(p.to) == Gap::Comma
                    && (m..p.to).all(|x| w.words[x].case() == Case::Title) =>
            {
                e = p.to;
                m = p.to;
            }
            _ => break,
        }
    }
    if known || e > first { e - k } else { 0 }
}
