//! A foreign word set apart by a comma and a post inside a clause ("… nhắc đến Ancelotti,
//! huấn luyện viên của đội bóng, người …"), and the title that opens the first segment
//! after a name and a comma or dash ("Ahn Guk-hyeon, một quan chức thuộc …"), and the
//! title a dash sets after a name a comma set after its titles.

use super::posts;
use super::titles::{self, title_at};
use super::words::{Case, Gap, Words};

/// Is the one word `p` (ending at `r`) inside a clause, after a lowercase word, set apart
/// by a title after a comma that closes: the sentence ends after the title, or a comma and
/// a lowercase word go on?
pub(super) fn apposition_closed(w: &Words<'_>, p: usize, r: usize) -> bool {
    if p == 0
        || r >= w.len()
        || w.gap(p) != Gap::Space
        || w.words[p - 1].case() != Case::Lower
        || w.gap(r) != Gap::Comma
    {
        return false;
    }
    title_at(w, r).is_some_and(|h| {
        h.name.is_none()
            && (h.to >= w.len()
                || matches!(w.gap(h.to), Gap::Stop | Gap::Break)
                || (w.gap(h.to) == Gap::Comma && w.words[h.to].case() == Case::Lower))
    })
}

/// Does a title open at word `e`, the first segment after a name and a comma or dash?
/// "Ahn Guk-hyeon, một quan chức thuộc …": the post may be said with the indefinite
/// "một", as in a chain of titles after any name ([`super::after::titles_after`]), before a
/// lowercase title (a description; "Theo hãng tin X, một Bộ trưởng của Ấn Độ đã …" opens
/// the next clause's subject), and not a trade or degree alone ("một kỹ sư về phản lực",
/// "một luật sư nhân quyền" describe; "một giáo sư tại Đại học X" holds a post there),
/// or a trade beside a post ([`posts::trade_beside_post`]), or a post held said in a
/// relative clause ("X, người hiện là Tổng Thư ký Bộ Y", [`super::after::relative_link`]).
pub(super) fn apposed_title(w: &Words<'_>, e: usize) -> bool {
    let k = e + 1;
    if k < w.len()
        && w.word(e) == "một"
        && w.gap(k) == Gap::Space
        && w.words[k].case() == Case::Lower
    {
        return title_at(w, k).is_some_and(|h| {
            !h.rank_only || titles::title_head(w, k).is_some_and(|(_, head, _)| h.to > head.0)
        }) || posts::apposed_post(w, k).is_some()
            || posts::trade_beside_post(w, k).is_some();
    }
    title_at(w, e).is_some()
        || posts::apposed_post(w, e).is_some()
        || posts::trade_beside_post(w, e).is_some()
        || super::after::relative_link(w, e, true).is_some()
        || super::after::described_and_post(w, e).is_some()
}

/// Does a title open the segment at word `e`, after a name and a comma or a dash
/// ([`apposed_title`]), or the next segment when the person's age or year of birth is said
/// first ("Ponsak Chai, 50 tuổi, quản lý nhà hàng X cho biết", [`super::age::age_at`]), as
/// the titles after a name are read past it ([`super::after::titles_after`])?
pub(super) fn titled_segment(w: &Words<'_>, e: usize) -> bool {
    if e >= w.len() || !matches!(w.gap(e), Gap::Comma | Gap::Dash) {
        return false;
    }
    let k = super::age::age_at(w, e).map_or(e, |len| e + len);
    (k == e || (k < w.len() && w.gap(k) == Gap::Comma)) && apposed_title(w, k)
}

/// Are the words `s..r` a foreign full name: a first name and a surname, initials between
/// them or not, none a word of the lists or a place, one at least no Vietnamese syllable
/// ("John W. Henry", "Larisa DeSantis")? (A third full word may be the body's own short
/// name before the name: "Hiệp hội … – Tekkoren Shinji Wada".)
pub(super) fn foreign_full_name(w: &Words<'_>, s: usize, r: usize) -> bool {
    // (an initial is one capital letter, its period after it or in the word)
    let initial = |k: usize| {
        let x = w.word(k).trim_end_matches('.');
        x.len() == 1 && x.bytes().all(|b| b.is_ascii_uppercase())
    };
    // (the name read so far may stop at its middle initial: "John W.")
    let r = w.past_initial(s, r);
    (s..r).filter(|&k| !initial(k)).count() == 2
        && (s..r).all(|k| w.tag(k).is_none() && w.place_at(k).is_none())
        && (s..r).any(|k| !crate::normalize::is_syllable(w.word(k)))
}

/// "…, đại biểu Quốc hội tỉnh A, ông X - Chủ tịch Hiệp hội Y nêu …": after a name that a
/// comma sets after its titles, a dash at word `r` that opens a title naming no one, the
/// clause going on after that title (a lowercase word, a closing dash before one, the
/// sentence's end): the name's own second post, so the clause goes on past the name (not
/// a second name set by the dash: "Giám đốc Sở Y tế, ông A - B").
pub(super) fn dashed_title_goes_on(w: &Words<'_>, r: usize) -> bool {
    let n = w.len();
    if r >= n || w.gap(r) != Gap::Dash {
        return false;
    }
    title_at(w, r).is_some_and(|h| {
        h.name.is_none()
            && !h.rank_only
            && (h.to >= n
                || match w.gap(h.to) {
                    Gap::Space | Gap::Dash => w.words[h.to].case() == Case::Lower,
                    Gap::Stop | Gap::Break => true,
                    _ => false,
                })
    })
}

/// "Chủ tịch Real Madrid, Florentino Perez, người đứng đầu European Super League từng …":
/// the foreign name a comma sets at word `j` after a title and its club, when a second comma and
/// the name's own titles follow it ([`super::after::titles_after`]) and the clause goes on
/// after them (a lowercase word after a space, or the sentence's end): the name's own
/// apposition, so the name is the title's holder, as when the clause goes on right after
/// the name. A list of names ("…, A, B") has no title after the second; a Vietnamese full
/// name there may be a list's item ("Phó Chủ tịch UBND tỉnh, Nguyễn Văn A, Giám đốc Sở Y
/// tế và …"), and is left as read.
pub(super) fn name_then_titled_segment(w: &Words<'_>, j: usize) -> Option<(usize, usize)> {
    let n = w.len();
    if j >= n || w.gap(j) != Gap::Comma {
        return None;
    }
    let r = super::names::name_right_at(w, j)?;
    if r >= n || w.gap(r) != Gap::Comma || w.split_run(j, w.run_end(j), 2) == Some(j) {
        return None;
    }
    // (the titles the name's apposition holds, read as after any name: a foreign body's
    // name closing the title is its organisation, "người đứng đầu European Super League")
    title_at(w, r).filter(|h| !h.rank_only)?;
    let mut titles = Vec::new();
    let k = super::after::titles_after(w, j, r, &mut titles);
    let goes_on = k >= n
        || match w.gap(k) {
            Gap::Space => w.words[k].case() == Case::Lower,
            Gap::Stop | Gap::Break => true,
            _ => false,
        };
    (!titles.is_empty() && goes_on).then_some((j, r))
}

/// The nouns of a person that stand before a name set after a title by a comma or a dash
/// where a word of address would ("Người sáng lập Amazon - tỷ phú Jeff Bezos",
/// "người đồng sáng lập Microsoft, tỷ phú Paul G. Allen", "…, doanh nhân X"): the noun
/// phrase of the person in apposition to the title, as "ông" is; lowercase, each of two
/// syllables.
const PERSON_NOUNS: [[&str; 2]; 2] = [["tỷ", "phú"], ["doanh", "nhân"]];

/// The word after such a noun of a person opening at word `j`, and the byte its noun ends
/// at, when one does and a space follows it ([`PERSON_NOUNS`]).
pub(super) fn person_noun_at(w: &Words<'_>, j: usize) -> Option<(usize, usize)> {
    let k = j + 2;
    (k < w.len()
        && w.gap(j + 1) == Gap::Space
        && w.gap(k) == Gap::Space
        && PERSON_NOUNS
            .iter()
            .any(|[a, b]| w.word(j) == *a && w.word(j + 1) == *b))
    .then(|| (k, w.words[j + 1].end()))
}

/// Does a quoted lowercase word open at word `r`, right after a name set after a title by
/// a comma ("Chủ tịch tỉnh X, ông Y \"hỏa tốc\" chỉ đạo …", "…, bà Z “thẳng tay” xử lý"):
/// an opening quote after a space, then a lowercase word, is the press's way of marking
/// the verb or adverb of the clause that goes on, as a lowercase word right after the
/// name is. A capitalised word in quotes is a nickname or a title of a work, none.
pub(super) fn quoted_word_after(w: &Words<'_>, r: usize) -> bool {
    r > 0
        && r < w.len()
        && w.words[r].case() == Case::Lower
        && w.text
            .get(w.words[r - 1].end()..w.words[r].start())
            .is_some_and(|sep| {
                let mut cs = sep.chars();
                cs.next() == Some(' ')
                    && matches!(cs.next(), Some('"' | '“'))
                    && cs.next().is_none()
            })
}

/// Most words of the body a rank is held at, after "của" or "tại" ("của AUT", "tại Đại
/// học Quốc gia Singapore").
const MAX_HELD_BODY_WORDS: usize = 6;

/// "Giáo sư của AUT, bà X cho biết", "Giáo sư tại Đại học Y, ông Z nói": a rank or degree
/// `h` held at a body, said by "của" or "tại" and the body's capitalised name, then a comma
/// and a word of address. A rank so held is a post, as a title is, and the addressed name
/// after the comma its holder's, as after any title
/// ([`super::before::apposed_after_titles`]); a rank alone before a comma is one of a row
/// of degrees ("PGS, TS X") or a description. Extends `h` over the body when so.
pub(super) fn held_rank_before_addressed(w: &Words<'_>, h: &mut super::titles::Hit) -> bool {
    let n = w.len();
    let p = h.to;
    if !h.rank_only
        || h.name.is_some()
        || p + 1 >= n
        || w.gap_from(h.end, p) != Gap::Space
        || !matches!(w.word(p), "của" | "tại")
        || w.gap(p + 1) != Gap::Space
        || w.words[p + 1].case() == Case::Lower
    {
        return false;
    }
    let Some(c) = (p + 2..n.min(p + 2 + MAX_HELD_BODY_WORDS)).find(|&k| w.gap(k) != Gap::Space)
    else {
        return false;
    };
    if w.gap(c) != Gap::Comma
        || super::address_at(w, c).is_none()
        || (p + 1..c).any(|k| {
            w.tag(k)
                .is_some_and(|(_, x)| x.stop || x.title || x.honorific)
        })
    {
        return false;
    }
    titles::run_to(w, h, c);
    true
}
