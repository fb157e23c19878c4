//! The body a person works in, said alone after the name with no role word: "bác sĩ A,
//! khoa Ngoại, Bệnh viện X cho biết", "Theo ThS.BS B – Khoa Y, Bệnh viện Z (Hà Nội), …",
//! "luật sư C, Văn phòng luật sư D - Đoàn luật sư TP E" (issue 12; the guide writes the
//! apposed body as the title, as "ông X, Cục Tài chính DN …" was). Read by
//! [`super::after::titles_after`], which says whose name it may follow.

use super::parent::{clause_ends_at, mark_at};
use super::titles::{Hit, walk_org, workplace_at};
use super::words::{Case, Gap, Words};

/// After a name that a rank, degree or profession opens ("bác sĩ A", "luật sư B", "PGS.TS
/// C"), the body the person works in said alone after a comma or a dash at word `j`, what
/// precedes ending at byte `end` ("…, khoa Ngoại, Bệnh viện X", "… – Khoa Y, Bệnh viện Z
/// (Hà Nội)", "…, Văn phòng Luật sư Y", "…, trường ĐH Z cho biết"), or on the next line
/// after a name that closes its own (`signed`: a column's signature, "BS A" then "Khoa
/// X, Bệnh viện Y" alone on its line): an organisation or a department ([`workplace_at`])
/// read as a title's organisation is, naming no one and closing the clause's subject
/// ([`closed_body`]). The post is the person's as the annotators write it: the body
/// stands for it.
pub(super) fn workplace(w: &Words<'_>, end: usize, j: usize, signed: bool) -> Option<Hit> {
    if j >= w.len() || !workplace_at(w, j) {
        return None;
    }
    let line = w.gap_from(end, j) == Gap::Break;
    if !(matches!(w.gap_from(end, j), Gap::Comma | Gap::Dash) || (signed && line)) {
        return None;
    }
    let start = w.words[j].start();
    let probe = Hit {
        from: j,
        to: j,
        start,
        end: start,
        rank_only: false,
        name: None,
        given: false,
    };
    walk_org(w, probe, j).filter(|h| {
        h.name.is_none()
            && h.to > j + 1
            && clause_ends_at(w, h.to)
            && closed_body(w, h)
            && (!line || h.to >= w.len() || w.gap_from(h.end, h.to) == Gap::Break)
    })
}

/// Most lowercase words that end a body's name after its last capitalised word ("khoa
/// Nội tổng hợp", "khoa Ngoại thần kinh-cột sống", "Công ty Luật X và Cộng sự").
const MAX_LOWER_TAIL: usize = 4;

/// Does the body `hit` said alone after a name close the clause's subject, no clause's
/// lowercase words run into it ("…, trường ĐH X đề cao …")? Its last word is capitalised,
/// a bracket's or of the lists; or a few lowercase words of no list but the fields' end
/// its name (or the second half of a compound joined by a hyphen, "thận-tiết"), the
/// clause's reporting verb right after them ("…, khoa Ngoại thận-tiết niệu cho biết"), or
/// a mark after them and the body a department of a hospital or faculty, its field
/// written in lowercase after its first capitalised word ("Theo BS A, khoa Nội tổng hợp,
/// …").
fn closed_body(w: &Words<'_>, hit: &Hit) -> bool {
    let k = hit.to;
    if w.words[k - 1].case() != Case::Lower
        || w.text[..hit.end].ends_with(')')
        || w.entry_before(k, |_, _| true).is_some()
    {
        return true;
    }
    let tail = (hit.from..k)
        .rev()
        .take_while(|&i| {
            w.words[i].case() == Case::Lower
                && (w.joined_by(i, "-") || w.tag(i).is_none_or(|(_, x)| x.field && !x.field_verb))
        })
        .count();
    let Some(capital) = (k - tail).checked_sub(1).filter(|&c| c > hit.from) else {
        return false;
    };
    // (a reporting verb of two words, "cho biết", none of them a syllable the tail may
    // run on with: "… tổng hợp tiếp | nhận" is no verb after the name)
    let verb = k < w.len()
        && w.gap(k) == Gap::Space
        && w.words[k].case() == Case::Lower
        && w.tag(k).is_some_and(|(_, x)| x.reporting);
    let department = mark_at(w, k) && w.word(hit.from).eq_ignore_ascii_case("khoa");
    tail <= MAX_LOWER_TAIL
        && w.words[capital].case() != Case::Lower
        && (capital + 1..k).all(|i| w.gap(i) == Gap::Space || w.joined_by(i, "-"))
        && (verb || department)
}
