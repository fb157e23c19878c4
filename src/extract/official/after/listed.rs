//! The names a title said of several people lists ("5 Phó Chủ tịch UBND gồm các ông: A, B
//! và C"), and the parts of such a list and of a chain of titles after a name, read around
//! the name: a listed name's own bracket, passed over or saying the post was left, and the
//! post held said in a relative clause ("người hiện là").

use super::super::titles::{after_bracket, title_at};
use super::super::words::{Case, Gap, Words};

/// The next name's word after the bracket that opens right after a listed name ending at
/// word `r`, when a comma, or a space and "và", follow the bracket so the list goes on
/// past it ("A (chủ tịch của X) và B", "A (Leipzig), B"); `None` when no bracket is there
/// or the list ends at it.
fn name_bracket_next(w: &Words<'_>, r: usize) -> Option<usize> {
    if r >= w.len() || w.gap(r) != Gap::Open {
        return None;
    }
    let c = after_bracket(w, r)?;
    if c + 1 >= w.len() {
        return None;
    }
    let sep = w.text.get(w.words[c - 1].end()..w.words[c].start())?;
    let rest = sep.get(sep.find(')')? + 1..)?;
    match rest.trim() {
        "," => Some(c),
        "" if last_joiner(w, c) && w.gap(c + 1) == Gap::Space => Some(c + 1),
        _ => None,
    }
}

/// Is word `k` the word that joins the last name of a list: "và" (and), or "hay", "hoặc"
/// (or), which list the examples after "như" (such as: "các HLV như A, B hay C" are each
/// a coach).
fn last_joiner(w: &Words<'_>, k: usize) -> bool {
    matches!(w.word(k), "và" | "hay" | "hoặc")
}

/// "X, người hiện là Tổng Thư ký Bộ Y", "X, người là Chủ tịch của Z": the first segment
/// after a name opening with "người" (who) and a link of a post held, or "là" (is), then a
/// post with its body and no name: the relative clause says the post the person holds, as
/// "hiện là" right after the comma does. The word after the link.
pub(in super::super) fn relative_link(w: &Words<'_>, j: usize, first: bool) -> Option<usize> {
    let k = j + 1;
    if !first || k >= w.len() || w.word(j) != "người" || w.gap(k) != Gap::Space {
        return None;
    }
    let (t, x) = w.tag(k)?;
    let post = k + t.n;
    let linked = x.held_link || (x.link && t.n == 1 && w.word(k) == "là");
    (linked && post < w.len() && w.gap(post) == Gap::Space)
        .then(|| title_at(w, post))
        .flatten()
        .filter(|h| h.name.is_none() && !h.rank_only && h.to > post + 1)
        .map(|_| post)
}

/// Verbs of leaving a post ("từ chức", resign; "bị sa thải", be dismissed).
const LEFT_POST: [&str; 6] = [
    "từ chức",
    "thôi chức",
    "thôi giữ chức",
    "sa thải",
    "cách chức",
    "miễn nhiệm",
];

/// Does the bracket right after a listed name ending at word `r` say, with a verb of
/// leaving a post, that the person has left it ("A (A đã từ chức Chủ tịch X)")?
fn left_in_bracket(w: &Words<'_>, r: usize) -> bool {
    if r >= w.len() || w.gap(r) != Gap::Open {
        return false;
    }
    let Some(c) = after_bracket(w, r) else {
        return false;
    };
    let inside = w
        .text
        .get(w.words[r].start()..w.words[c - 1].end())
        .map(crate::text::chars::to_lowercase)
        .unwrap_or_default();
    LEFT_POST.iter().any(|v| inside.contains(v))
}

/// The names a bracket lists right after a title said of several people ending at byte
/// `end` (word `j` after it), or after its "khác" (others): "4 thành viên khác (ông A, bà
/// B, ông C - thành viên độc lập)". Whole names, each with its word of address or not,
/// joined by commas and a last "và"; a name's own titles after a dash are skipped (they
/// are read with the name); the bracket closes after the last name or its titles. Fewer
/// than two names, or anything else in the bracket, are no list.
fn bracketed_names(w: &Words<'_>, end: usize, j: usize) -> Option<Vec<(usize, usize)>> {
    let n = w.len();
    let others = j < n && w.gap_from(end, j) == Gap::Space && w.word(j) == "khác";
    let mut k = if others { j + 1 } else { j };
    let opens = if others {
        w.gap(k) == Gap::Open
    } else {
        w.gap_from(end, j) == Gap::Open
    };
    if k >= n || !opens {
        return None;
    }
    let close = after_bracket(w, k)?;
    let mut names = Vec::new();
    loop {
        let (start, r) = addressed_name(w, k, close)?;
        names.push((start, r));
        let mut m = r;
        if m < close && w.gap(m) == Gap::Dash {
            while m < close && w.gap(m) != Gap::Comma {
                m += 1;
            }
        }
        if m >= close {
            break;
        }
        k = match w.gap(m) {
            Gap::Comma | Gap::Space
                if w.word(m) == "và" && m + 1 < close && w.gap(m + 1) == Gap::Space =>
            {
                m + 1
            }
            Gap::Comma => m,
            _ => return None,
        };
    }
    (names.len() >= 2).then_some(names)
}

/// The whole name at word `k`, after its word of address if one is written there ("ông
/// A"), ending at word `limit` at the latest: its first word and the word after it.
pub(super) fn addressed_name(w: &Words<'_>, k: usize, limit: usize) -> Option<(usize, usize)> {
    let k = if k + 1 < limit
        && w.gap(k + 1) == Gap::Space
        && w.tag(k).is_some_and(|(t, x)| t.n == 1 && x.honorific)
    {
        k + 1
    } else {
        k
    };
    super::super::names::name_right_at(w, k)
        .filter(|&r| r <= limit)
        .map(|r| (k, r))
}

/// The end of the side a listed name stands for, said after it by a space ("A bên phía
/// Nhật Bản và B ở phía Mỹ": each on the side of his country, as counterparts are
/// named): "phía" (side), after "bên" or "ở" or not, then a country. `None` otherwise.
fn side_end(w: &Words<'_>, r: usize) -> Option<usize> {
    let n = w.len();
    if r >= n || w.gap(r) != Gap::Space {
        return None;
    }
    let k = if matches!(w.word(r), "bên" | "ở") && r + 1 < n && w.gap(r + 1) == Gap::Space {
        r + 1
    } else {
        r
    };
    if w.word(k) != "phía" || k + 1 >= n || w.gap(k + 1) != Gap::Space {
        return None;
    }
    super::super::parent::country_end(w, k + 1)
}

/// The names a title said of several people introduces as a list ("5 Phó Chủ tịch UBND
/// gồm các ông: Lê Khắc Nam, Nguyễn Xuân Bình và Nguyễn Văn Thành"), the title ending at
/// byte `end` and word `j` after it: "gồm" ("gồm có"), "là" or "như" (such as: "các CEO
/// như A, B và C" are CEOs), then "các" and a word of address if written, a colon or a
/// space, then whole names joined by commas and a last "và", each with its own word of
/// address or not; or the names right after the title.
/// Anything else ends the list; fewer than two names are no list.
pub(in super::super) fn listed_names(w: &Words<'_>, end: usize, j: usize) -> Vec<(usize, usize)> {
    if let Some(names) = bracketed_names(w, end, j) {
        return names;
    }
    let n = w.len();
    let mut names = Vec::new();
    // "các Phó Chủ tịch UBND tỉnh: A, B và C": the names after a colon right after the title
    let colon = j < n && w.gap_from(end, j) == Gap::Colon;
    if j >= n || !(colon || w.gap_from(end, j) == Gap::Space) {
        return names;
    }
    // "3 VĐV Nguyễn Thu Hoài, Hoàng Thị Phương Anh và Nguyễn Ninh Anh": the list right after
    // the title
    let mut k = if !colon && matches!(w.word(j), "gồm" | "là" | "như") {
        j + 1
    } else {
        j
    };
    let word_is = |k: usize, f: fn(&super::super::vocab::Info) -> bool| {
        k < n && w.gap(k) == Gap::Space && w.tag(k).is_some_and(|(t, x)| t.n == 1 && f(x))
    };
    if !colon && k < n && w.gap(k) == Gap::Space && w.word(k) == "có" {
        k += 1;
    }
    if word_is(k, |x| x.plural) {
        k += 1;
    }
    if word_is(k, |x| x.honorific) {
        k += 1;
    }
    if k >= n || !matches!(w.gap(k), Gap::Space | Gap::Colon) {
        return names;
    }
    // each name may have its word of address ("là ông A, ông B và ông C")
    while let Some((start, r)) = addressed_name(w, k, n) {
        // (one whose bracket says the post was left holds it no more: "hai Chủ tịch A và B
        // (B đã từ chức Chủ tịch X)")
        if !left_in_bracket(w, r) {
            names.push((start, r));
        }
        // (the side each stands for, passed over: "hai người đồng cấp A bên phía Nhật Bản
        // và B ở phía Mỹ", [`side_end`])
        let r = side_end(w, r).unwrap_or(r);
        // (a name's own bracket, its club or post, is read with the name: "hai HLV A
        // (Leipzig) và B (Leicester)")
        if let Some(next) = name_bracket_next(w, r) {
            k = next;
            continue;
        }
        if r >= n {
            break;
        }
        k = match w.gap(r) {
            Gap::Comma => r,
            Gap::Space if last_joiner(w, r) && r + 1 < n && w.gap(r + 1) == Gap::Space => r + 1,
            _ => break,
        };
    }
    if names.len() < 2 {
        names.clear();
    }
    names
}

/// The given names a title said of several people lists right after it, each one word
/// that `known` holds as the given name of a person named earlier in the text ("3 đội
/// trưởng Kiên, Tá và Hòa": later mentions of three people named in full before), joined
/// by commas and a last "và", the clause going on after the last (a lowercase word, a
/// comma or the sentence's end). Two names or more; anything else is no list.
pub(in super::super) fn listed_given_names(
    w: &Words<'_>,
    end: usize,
    j: usize,
    known: impl Fn(usize) -> bool,
) -> Vec<(usize, usize)> {
    let n = w.len();
    let mut names = Vec::new();
    if j >= n || w.gap_from(end, j) != Gap::Space {
        return names;
    }
    let mut k = j;
    loop {
        let one = k < n
            && w.words[k].case() == Case::Title
            && w.place_at(k).is_none()
            && w.name_like(k)
            && known(k);
        if !one {
            return Vec::new();
        }
        names.push((k, k + 1));
        let r = k + 1;
        if r >= n {
            break;
        }
        k = match w.gap(r) {
            Gap::Comma if w.words[r].case() == Case::Title => r,
            Gap::Space if last_joiner(w, r) && r + 1 < n && w.gap(r + 1) == Gap::Space => r + 1,
            Gap::Space if w.words[r].case() == Case::Lower => break,
            Gap::Comma | Gap::Stop | Gap::Semicolon | Gap::Break => break,
            _ => return Vec::new(),
        };
    }
    if names.len() < 2 {
        names.clear();
    }
    names
}
