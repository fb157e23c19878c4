//! The posts set on the lines under a name that fills its own line: a table of members
//! flattened to lines, a row's number, the name with its degree, then its posts ("2 /
//! PGS. Trần Văn B / Phó Bí thư Đảng ủy / Hiệu trưởng"), or the signature under a column
//! ("TS. Lê Thị C / Giám đốc Trung tâm X").

use super::super::titles::{Hit, title_at};
use super::super::words::{Gap, Words};
use super::{chain, mention_start};

/// Most lines of posts read under one name.
const MAX_POST_LINES: usize = 4;

/// The titles on the lines right under the name of words `name_from..name_to`, when the
/// name fills its line with nothing before it but its ranks or degrees (`titles`, those
/// read so far) and a word of address: each line that opens with a title naming no one and
/// holds nothing but titles (chained by commas, dashes or "kiêm" as after a comma) is a
/// post of the person's, up to a line that is not (the next row's number, the next
/// name, a sentence). Returns the word after the last such line; `None` where the first
/// line under the name is none.
pub(super) fn titles_below(
    w: &Words<'_>,
    name_from: usize,
    name_to: usize,
    addressed: bool,
    titles: &mut Vec<Hit>,
) -> Option<usize> {
    let n = w.len();
    if name_to >= n || w.gap(name_to) != Gap::Break {
        return None;
    }
    let from = mention_start(w, name_from, titles);
    if (from > 0 && w.gap(from) != Gap::Break) || titles.iter().any(|h| !h.rank_only) {
        return None;
    }
    let mut k = name_to;
    let mut line = Vec::new();
    for _ in 0..MAX_POST_LINES {
        if k >= n || w.gap(k) != Gap::Break {
            break;
        }
        let Some(h) = title_at(w, k).filter(|h| h.name.is_none() && !h.rank_only) else {
            break;
        };
        line.clear();
        line.push(h);
        // (a line of posts is apposed to the name as the posts after its comma are: a
        // dash chains them too, "Chủ tịch Hội đồng trường - Bí thư Đảng ủy")
        let next = chain(w, h.end, h.to, true, addressed, &mut line);
        // (the line holds more than titles: a sentence that opens with a post)
        if next < n && w.gap(next) != Gap::Break {
            break;
        }
        titles.extend_from_slice(&line);
        k = next;
    }
    (k > name_to).then_some(k)
}
