//! "Theo ông A, Giám đốc Sở Y, …": a mention that "theo" (according to) opens says whose
//! view the next clause is; that clause begins after a comma, so the titles apposed to
//! the name end at a comma too. What runs on from the last comma to the clause's verb is
//! the clause's subject, never the person's post: "Theo đại biểu A, Bí thư Tỉnh ủy Yên Bái
//! phải chỉ đạo …" (a post of someone else), "Theo ông A, Chủ tịch Hiệp hội X, Tập đoàn Y
//! đã có …" (a company, no parent of the post).

use super::super::titles::Hit;
use super::super::words::{Gap, Words};
use super::mention_start;

/// Does "theo" open the mention of the name at word `name_from`, its word of address or
/// titles before it read (`titles`): "Theo ông A", "theo TS A"?
fn viewpoint_opened(w: &Words<'_>, name_from: usize, titles: &[Hit]) -> bool {
    let from = mention_start(w, name_from, titles);
    // (a word of address of two words, "Theo bà con …", is no mention: one word only)
    from > 0 && w.gap(from) == Gap::Space && w.word(from - 1).eq_ignore_ascii_case("theo")
}

/// The words that open a clause's predicate before its verb, aspect and modality
/// ("đã", "sẽ", "phải", "cần"): right after a title with no comma, the title's words are
/// that clause's subject.
const PREDICATE_MARKERS: &[&str] = &[
    "chưa", "cần", "không", "mới", "nên", "phải", "sẽ", "từng", "vẫn", "vừa", "đang", "đã",
];

/// Single words that report speech, beside the lists' reporting phrases
/// (`statement_cues.txt`, [`super::super::vocab::Info::reporting`]).
const REPORTING_WORDS: &[&str] = &["kể", "nói", "viết"];

/// Does the clause's predicate open right after the title `h` (a space, then a word of
/// [`PREDICATE_MARKERS`]), with no comma, stop, bracket or dash to close the apposition,
/// and no reporting verb after those words? A reporting verb there repeats what "theo"
/// said, the title still the person's ("Theo ông A, Giám đốc Sở Y đã cho biết …").
fn runs_into_clause(w: &Words<'_>, h: &Hit) -> bool {
    let n = w.len();
    let marker =
        |k: usize| k < n && w.gap(k) == Gap::Space && PREDICATE_MARKERS.contains(&w.word(k));
    if h.to >= n || w.gap_from(h.end, h.to) != Gap::Space || !marker(h.to) {
        return false;
    }
    let mut k = h.to;
    while marker(k) {
        k += 1;
    }
    !(k < n
        && w.gap(k) == Gap::Space
        && (REPORTING_WORDS.contains(&w.word(k))
            || w.word(k) == "cho"
            || w.tag(k).is_some_and(|(_, x)| x.reporting)))
}

/// After the titles apposed to the name at words `name_from..name_to` were read (those of
/// `titles` from index `read_from` on) and the chain ended at word `next`: when "theo"
/// opens the mention ([`viewpoint_opened`]) and the last apposed title runs into the next
/// clause's verb ([`runs_into_clause`]), that title is cut back to its last comma, or
/// dropped when it has none. Returns the word after what is kept.
pub(super) fn close_at_comma(
    w: &Words<'_>,
    name_from: usize,
    name_to: usize,
    read_from: usize,
    titles: &mut Vec<Hit>,
    next: usize,
) -> usize {
    let Some(last) = titles.get(read_from..).and_then(<[Hit]>::last).copied() else {
        return next;
    };
    if last.name.is_some()
        || last.from < name_to
        || last.to != next
        || !runs_into_clause(w, &last)
        || !viewpoint_opened(w, name_from, &titles[..read_from])
    {
        return next;
    }
    titles.pop();
    match (last.from + 1..last.to)
        .rev()
        .find(|&m| w.gap(m) == Gap::Comma)
    {
        Some(m) => {
            let mut h = last;
            h.to = m;
            h.end = w.words[m - 1].end();
            titles.push(h);
            m
        }
        None => last.from,
    }
}
