//! A body's name read as the holder after a bare role: "cựu HLV Leipzig", "Giám đốc điều
//! hành Man City", said of someone named elsewhere ([`body_not_holder`]).

use super::names::name_right_at;
use super::titles::{Hit, run_to};
use super::words::{Case, Gap, Words};
use crate::text::hash::{FastSet, Fnv};
use std::hash::Hasher;

/// Most words of a body's name read after a bare role ("Man City", "Real Madrid").
const MAX_BODY_WORDS: usize = 3;

/// `h` with the capitalised words read as its holder run into the title, no holder, where
/// those words name the body the post is held at, right after a bare role (a role with its
/// modifiers, no organisation's head):
/// - inside a bracket that opens right after a person's name and closes after them: the
///   bracket says that person's post, the words after the body's head ("Lê Văn Khải
///   (Giám đốc Công ty … Hoa Sen)"), or after a bare role the body said so ("Peter Smith
///   (Giám đốc điều hành Man City)", "CLB Man City" said elsewhere);
/// - a place of the world or the country's named whole by the places' lists ("HLV
///   Barcelona", were it listed; a run said after a body's head elsewhere may be a
///   person's, "chính quyền Donald Trump");
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
    let bare = bare_role(w, h.from, s);
    let body = || {
        place_whole(w, s, r)
            || w.runs
                .get_or_init(|| Runs::read(w))
                .bodies
                .contains(&run_hash(w, s, r))
    };
    // (after a bare role in a bracket, a person's name may follow a team's: "Sporting
    // Lisboa (HLV Amorim)")
    if (bracketed_after_name(w, h.from, r) && (!bare || body()))
        || (bare && (place_whole(w, s, r) || apposed_after(w, h.from, r)))
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

/// Most parts of a name a body's name is glued before ("Facebook Mark Zuckerberg").
const MAX_GLUED_WORDS: usize = 5;

/// `h` with a body's name glued before its holder's name moved into the title: the
/// holder is the last words of the run, the body the words before them, where the text
/// says those apart elsewhere:
/// - the words before are the capitalised words that end a place mention of the text
///   ("Thống đốc Saint Petersburg Pontavchenko", the city named "thành phố Saint
///   Petersburg");
/// - the word before is one, no Vietnamese syllable, and the two parts after it a name the
///   text says alone elsewhere ("nhà đồng sáng lập Facebook Mark Zuckerberg", "Mark
///   Zuckerberg" said alone; "HLV Lê Huỳnh Đức" is a Vietnamese name, "Huỳnh Đức" said
///   alone or not).
pub(super) fn body_glued_to_name(w: &Words<'_>, mut h: Hit) -> Hit {
    let Some((s, r)) = h.name else {
        return h;
    };
    if h.given
        || s != h.to
        || r < s + 2
        || r - s > MAX_GLUED_WORDS
        || w.gap(s) != Gap::Space
        || !(s..r).all(|k| capital(w, k) && (k == s || joins(w, k)))
    {
        return h;
    }
    let runs = w.runs.get_or_init(|| Runs::read(w));
    let split = (s + 1..r).find(|&k| {
        w.name_like(k)
            && (runs.places.contains(&run_hash(w, s, k))
                || (k == s + 1
                    && r - k == 2
                    && w.gap(k + 1) == Gap::Space
                    && !crate::normalize::has_syllable_shape(w.word(s))
                    && runs.whole.contains(&run_hash(w, k, r))))
    });
    if let Some(k) = split {
        h.to = k;
        h.end = w.words[k - 1].end();
        h.name = Some((k, r));
    }
    h
}

/// The capitalised runs of a text: the hashes of the words of each whole run of two words
/// (a name said alone), of those of at most [`MAX_BODY_WORDS`] said right after an
/// organisation's head, and of the capitalised words that end each place mention.
#[derive(Debug, Default)]
pub(crate) struct Runs {
    whole: FastSet<u64>,
    places: FastSet<u64>,
    /// the runs said right after an organisation's head ("CLB Man City")
    bodies: FastSet<u64>,
}

impl Runs {
    /// The runs of the words `w`. Linear in the number of words.
    fn read(w: &Words<'_>) -> Runs {
        let mut runs = Runs::default();
        // (a run opens at a capitalised word past the last run: the words not all
        // lowercase are listed, [`Words::not_lowercase`])
        let mut next = 0;
        for &i in w.not_lowercase() {
            let i = i as usize;
            if i < next || !capital(w, i) {
                continue;
            }
            let mut k = i + 1;
            while k < w.len() && capital(w, k) && joins(w, k) {
                k += 1;
            }
            // (only the runs the queries ask of: a two-word name said alone, a body's name
            // of a few words said after its head)
            if k - i == 2 {
                runs.whole.insert(run_hash(w, i, k));
            }
            if k - i <= MAX_BODY_WORDS
                && i > 0
                && w.gap(i) == Gap::Space
                && w.org_head_before(i, false)
            {
                runs.bodies.insert(run_hash(w, i, k));
            }
            next = k;
        }
        for p in w.place_list() {
            let mut s = p.to;
            while s > p.from && capital(w, s - 1) && (s == p.to || joins(w, s)) {
                s -= 1;
            }
            if s < p.to {
                runs.places.insert(run_hash(w, s, p.to));
            }
        }
        runs
    }
}

/// Is word `k` capitalised ("Saint", "NBC")?
fn capital(w: &Words<'_>, k: usize) -> bool {
    matches!(w.words[k].case(), Case::Title | Case::Upper)
}

/// Is word `k` joined to the word before by a space or a hyphen alone?
fn joins(w: &Words<'_>, k: usize) -> bool {
    w.gap(k) == Gap::Space || w.joined_by(k, "-")
}

/// A hash of the words `from..to`, their folded letters.
fn run_hash(w: &Words<'_>, from: usize, to: usize) -> u64 {
    let mut h = Fnv::default();
    for k in from..to {
        h.write_u32(w.hash(k));
    }
    h.finish()
}

/// `h` apposed to a name by a comma or a dash, ending on the preposition of the one served
/// or the possessor ("X, cố vấn cho", "X - cố vấn an ninh hàng đầu của") right before a word
/// of address and a name: the title runs on over them ("cố vấn cho ông Florentino Perez",
/// as "cố vấn cho Florentino Perez" is read: the one served is the preposition's object,
/// no holder). Not said apposed, the name after "của" may be the holder's own ("quyền
/// nghị sĩ của ông Y"), and "cho" whom a post is given to ("chuyển giao nhiệm vụ Tổng
/// Giám đốc cho ông Z").
pub(super) fn served_addressed(w: &Words<'_>, mut h: Hit) -> Hit {
    let k = h.to;
    if k < 2
        || h.from == 0
        || !matches!(w.gap(h.from), Gap::Comma | Gap::Dash)
        // (the name's last word, or its syllable after a hyphen: "Park Sung-min")
        || !(w.name_like(h.from - 1)
            || (h.from >= 2 && w.joined_by(h.from - 1, "-") && w.name_like(h.from - 2)))
        || k + 1 >= w.len()
        || !matches!(w.word(k - 1), "của" | "cho")
        || h.end != w.words[k - 1].end()
        || w.gap(k) != Gap::Space
        || w.gap(k + 1) != Gap::Space
        || !w.tag(k).is_some_and(|(t, x)| t.n == 1 && x.honorific)
        || !w.name_like(k + 1)
    {
        return h;
    }
    let r = name_right_at(w, k + 1).unwrap_or_else(|| w.run_end(k + 1));
    run_to(w, &mut h, r);
    h.given = false;
    h
}
