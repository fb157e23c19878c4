//! A deputy's delegation said after the name (issue 12, titles cut short): the National
//! Assembly's deputies sit in one delegation per province (Luật Tổ chức Quốc hội 2014,
//! Điều 43: Đoàn đại biểu Quốc hội), and the press names a deputy's with "đoàn" and the
//! province after the name: "đại biểu X, đoàn Bình Định". The guide writes it apposed by a
//! comma as a title of its own (the eleventh and eighteenth draws), as a lawyer's apposed
//! law office; in a bracket ("ĐBQH Y (đoàn Quảng Trị)") it is a label of the deputy, as a
//! bare province there is ("đại biểu X (Ninh Thuận)"), and no title (the thirty-sixth
//! draw; [`super::merge`] still reads its province as the deputy's).

use super::titles::Hit;
use super::words::{Gap, Words};

/// The deputy's titles a delegation may follow: the role said alone or as the Assembly's
/// (lowercased; "ĐB", "ĐBQH" its abbreviations).
const DEPUTY: [&str; 4] = ["đại biểu", "đại biểu quốc hội", "đbqh", "đb"];

/// Is `h` a deputy's title said before the name that starts at word `name_from`?
fn deputy_before(w: &Words<'_>, h: &Hit, name_from: usize) -> bool {
    h.name.is_some_and(|(s, _)| s == name_from)
        && w.text
            .get(h.start..h.end)
            .is_some_and(|t| DEPUTY.contains(&t.to_lowercase().as_str()))
}

/// After the name that starts at word `name_from`, a deputy's title before it among
/// `titles`, the delegation at word `j`, which a comma separates from what ends at byte
/// `end`: "đoàn" (either case) then a province-level place of
/// Vietnam after a space, the title "đoàn" + the place. `None` otherwise.
pub(super) fn delegation_at(
    w: &Words<'_>,
    titles: &[Hit],
    name_from: usize,
    end: usize,
    j: usize,
) -> Option<Hit> {
    let p = j + 1;
    if p >= w.len()
        || w.gap_from(end, j) != Gap::Comma
        || !matches!(w.word(j), "đoàn" | "Đoàn")
        || w.gap(p) != Gap::Space
        || !titles.iter().any(|h| deputy_before(w, h, name_from))
    {
        return None;
    }
    let place = w.place_from(p).filter(|x| !x.abroad)?;
    Some(Hit::words(w, j, place.to))
}
