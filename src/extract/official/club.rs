//! A body's name read as the holder after a bare role: "cựu HLV Leipzig", "Giám đốc điều
//! hành Man City", said of someone named elsewhere ([`body_not_holder`]).

use super::names::name_right_at;
use super::titles::{Hit, run_to};
use super::words::{Case, Gap, Words};

/// Most words of a body's name read after a bare role ("Man City", "Real Madrid").
const MAX_BODY_WORDS: usize = 3;

/// `h` with the capitalised words read as its holder run into the title, no holder, where
/// those words name the body the post is held at, right after a bare role (a role with its
/// modifiers, no organisation's head):
/// - inside a bracket that opens right after a person's name and closes after them: the
///   bracket says that person's post ("Peter Smith (Giám đốc điều hành Man City)", "Ralf
///   Rangnick (cựu HLV Leipzig)");
/// - a place of the world or the country's ("HLV Barcelona", "HLV Leipzig"), named
///   whole by the places' lists;
/// - a run that a comma and a name follow, the clause going on after it, the role opening
///   the clause: a name apposed to the post said with its body ("cựu huấn luyện viên
///   Tottenham, Pochettino thừa nhận"); two names set side by side by a comma alone
///   name no two people.
///
/// A full Vietnamese name is a person's, and a given name after a byname a byname's.
pub(super) fn body_not_holder(w: &Words<'_>, mut h: Hit) -> Hit {
    let Some((s, r)) = h.name else {
        return h;
    };
    // (a byname is no post: "Đoàn Nguyên Đức (bầu Đức)")
    if h.given
        || w.tag(h.from).is_some_and(|(_, x)| x.nickname)
        || s != h.to
        || r <= s
        || r - s > MAX_BODY_WORDS
        || w.gap(s) != Gap::Space
        || w.split_run(s, w.run_end(s), 3) == Some(s)
        || !(s..r).all(|k| k == s || w.gap(k) == Gap::Space || w.joined_by(k, "-"))
    {
        return h;
    }
    if bracketed_after_name(w, h.from, r)
        || (bare_role(w, h.from, s) && (place_whole(w, s, r) || apposed_after(w, h.from, r)))
    {
        run_to(w, &mut h, r);
        h.given = false;
    }
    h
}

/// Are the words `from..to` a role alone: each tagged entry a role, rank or modifier
/// ("cựu", "huấn luyện viên", "Giám đốc điều hành"), no organisation's head?
fn bare_role(w: &Words<'_>, from: usize, to: usize) -> bool {
    let mut k = from;
    let mut role = false;
    while k < to {
        let Some((t, x)) = w.tag(k) else {
            return false;
        };
        if x.org.is_some() || !(x.title || x.rank || x.modifier) {
            return false;
        }
        role |= x.title;
        k += t.n;
    }
    role && k == to
}

/// Does a bracket open right before word `from`, after a capitalised name of two words or
/// more (no organisation's head before it), and close right after word `r - 1`?
fn bracketed_after_name(w: &Words<'_>, from: usize, r: usize) -> bool {
    if from < 2 || w.text.get(w.words[from - 1].end()..w.words[from].start()) != Some(" (") {
        return false;
    }
    let closes = w
        .text
        .get(w.words[r - 1].end()..)
        .is_some_and(|rest| rest.starts_with(')'));
    // the name before the bracket: its capitalised words, two or more, set by spaces
    let mut k = from - 1;
    while k > 0 && w.gap(k) == Gap::Space && w.words[k - 1].case() == Case::Title {
        k -= 1;
    }
    closes
        && from - k >= 2
        && (k..from).all(|i| w.name_like(i))
        && w.place_at(k).is_none()
        && !(k > 0 && w.gap(k) == Gap::Space && w.org_head_before(k, false))
}

/// Are the words `s..r` one place named whole, of the world or the country's?
fn place_whole(w: &Words<'_>, s: usize, r: usize) -> bool {
    w.place_from(s).is_some_and(|p| p.to == r)
        || w.tag(s)
            .is_some_and(|(t, x)| t.n == r - s && (x.world_place || x.country))
}

/// Does a comma after word `r - 1` set a name the clause goes on after (a lowercase word
/// that joins no list), the role at word `from` opening the clause?
fn apposed_after(w: &Words<'_>, from: usize, r: usize) -> bool {
    let opens = from == 0 || matches!(w.gap(from), Gap::Stop | Gap::Break | Gap::Comma);
    if !opens || r >= w.len() || w.gap(r) != Gap::Comma {
        return false;
    }
    let end = w.words[r - 1].end();
    if w.apposed_surname(from, end, r).is_some() {
        return true;
    }
    name_right_at(w, r).is_some_and(|e| {
        e < w.len()
            && w.gap(e) == Gap::Space
            && w.words[e].case() == Case::Lower
            && !w.tag(e).is_some_and(|(_, x)| x.join)
    })
}
