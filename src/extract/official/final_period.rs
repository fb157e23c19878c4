//! The period a title's last word takes as an abbreviation: a company's legal form written
//! with it ("Sofina Foods Inc.", "Disney Co.": the entries of `foreign_org_words.txt` with
//! a final period), or the last of initials glued by periods ("Cancer Research U.K.").
//! The period is the abbreviation's, written as part of the name, also where it ends the
//! sentence (one period serves both).

use super::titles::Hit;
use super::words::Words;

/// `h` with the period its last word takes as an abbreviation, and the initials glued to
/// it by periods ("U" of "U.K."), when the text has them right after it.
pub(super) fn with_final_period(w: &Words<'_>, mut h: Hit) -> Hit {
    let b = w.text.as_bytes();
    if h.to == 0 || h.to > w.len() || w.words[h.to - 1].end() != h.end {
        return h;
    }
    let initial = |k: usize| {
        let s = w.word(k);
        s.len() == 1 && s.as_bytes()[0].is_ascii_uppercase()
    };
    if initial(h.to - 1) {
        // "U.K.", "U.S.": each next initial glued by a period, the last one's period too
        let mut k = h.to;
        while k < w.len()
            && initial(k)
            && w.text.get(w.words[k - 1].end()..w.words[k].start()) == Some(".")
        {
            k += 1;
        }
        if k > h.to && b.get(w.words[k - 1].end()) == Some(&b'.') {
            h.to = k;
            h.end = w.words[k - 1].end() + 1;
        }
        return h;
    }
    if b.get(h.end) == Some(&b'.')
        && w.tag(h.to - 1)
            .is_some_and(|(t, x)| x.foreign_org && t.n == 1 && t.end == h.end + 1)
    {
        h.end += 1;
    }
    h
}
