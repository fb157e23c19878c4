//! A post held in several bodies that the title counts, then lists after "gồm" (consist
//! of): "Chủ tịch HĐQT của 3 công ty gồm Công ty A, Công ty B và Công ty C". The list is
//! the organisation the count stands for, so the title runs through it.

use super::titles::{Hit, org_head_at, run_to};
use super::words::{Case, Gap, Words};

/// Most bodies read in the list.
const MAX_BODIES: usize = 6;
/// Most words of one body's name in the list.
const MAX_BODY_WORDS: usize = 16;

/// The title `h`, run through the bodies it counts when its organisation ends with a
/// number and a kind of body ("của 3 công ty", "của hai ngân hàng") and "gồm" (a colon
/// after it or not) lists them right after: two or more names, each opening with a body's
/// head capitalised ("Công ty …", "Ngân hàng …"), joined by commas and a last "và", the
/// sentence, the line or the clause (a comma, a lowercase word) ending after the last.
/// Anything else leaves `h` as read.
pub(super) fn bodies_listed(w: &Words<'_>, mut h: Hit) -> Hit {
    let n = w.len();
    let j = h.to;
    if h.name.is_some()
        || j >= n
        || w.gap_from(h.end, j) != Gap::Space
        || w.word(j) != "gồm"
        || !counted_kind_ends(w, &h)
    {
        return h;
    }
    if let Some(end) = list_end(w, j + 1) {
        run_to(w, &mut h, end);
    }
    h
}

/// Does the organisation of `h` end with a kind of body that a number or a plural marker
/// counts ("3 công ty", "các ngân hàng")?
fn counted_kind_ends(w: &Words<'_>, h: &Hit) -> bool {
    (h.from + 1..h.to).any(|k| {
        w.words[k].case() == Case::Lower
            && w.plural_before(k)
            && w.tag(k).is_some_and(|(t, x)| {
                k + t.n == h.to
                    && (x.org.is_some() || x.institution)
                    && !(x.title || x.rank || x.unit || x.country)
            })
    })
}

/// The end of the list of bodies from word `k` ([`bodies_listed`]), or `None`.
fn list_end(w: &Words<'_>, mut k: usize) -> Option<usize> {
    let n = w.len();
    let mut count = 0;
    let mut last = false;
    while count < MAX_BODIES {
        // (the first after "gồm" by a space or a colon, the next after a comma or "và")
        let sep = if count == 0 {
            matches!(w.gap(k), Gap::Space | Gap::Colon)
        } else {
            matches!(w.gap(k), Gap::Space | Gap::Comma)
        };
        if k >= n || !sep || w.words[k].case() != Case::Title || !org_head_at(w, k) {
            return None;
        }
        count += 1;
        // the body's name: words after spaces, up to a comma or a "và"
        let mut e = k + 1;
        while e < n && e - k < MAX_BODY_WORDS && w.gap(e) == Gap::Space && w.word(e) != "và" {
            e += 1;
        }
        if last {
            let closes = e >= n
                || matches!(w.gap(e), Gap::Stop | Gap::Break)
                || (w.gap(e) == Gap::Comma && w.words[e].case() == Case::Lower);
            return (closes && count >= 2).then_some(e);
        }
        if e >= n {
            return None;
        }
        k = match w.gap(e) {
            Gap::Comma => e,
            Gap::Space if w.word(e) == "và" && e + 1 < n && w.gap(e + 1) == Gap::Space => {
                last = true;
                e + 1
            }
            _ => return None,
        };
    }
    None
}
