//! A title set before the name with the body's seat said between them (issue 12, the
//! recall-and-precision audit 29c of session 29): "Phó Giám đốc … tại Trung tâm X (CSIS) có
//! trụ sở tại thủ đô Washington DC, Mỹ, Y cho biết". The clause "có trụ sở (đặt) tại …"
//! (has its seat in) describes the body, as it does after a name ("Y, Giám đốc Trung tâm X
//! có trụ sở tại Z, cho biết", where the title already ends before it); the name is the one
//! a comma after the clause sets, the title the row before the clause, as a comma right
//! after the row sets it ([`super::before::apposed_after_titles`]).

use super::titles::Hit;
use super::words::{Gap, Words};

/// Most words from the title's end to the comma after the seat's place: the body's own
/// description before its seat ("chuyên nghiên cứu về chính sách công") and the place.
const MAX_SEAT_CLAUSE_WORDS: usize = 20;

/// Most commas inside the seat's place ("Washington DC, Mỹ": a city, then its country).
const MAX_SEAT_PLACE_COMMAS: usize = 2;

/// The name set by a comma after a clause on the seat of the body of title `h` that
/// follows the title in its segment: the words "trụ sở" (a seat) after "có" (has), the
/// clause run on by spaces from the title's end; the name is tried after each comma of the seat's place in turn
/// ([`super::apposed_name`], which reads no place as a name).
pub(super) fn named_after_seat(w: &Words<'_>, h: &Hit) -> Option<(usize, usize)> {
    let n = w.len();
    let j = h.to;
    if j >= n || w.gap_from(h.end, j) != Gap::Space {
        return None;
    }
    let limit = (j + MAX_SEAT_CLAUSE_WORDS).min(n);
    let seat = (j..limit.saturating_sub(2)).find(|&k| {
        w.word(k).eq_ignore_ascii_case("có")
            && w.word(k + 1) == "trụ"
            && w.word(k + 2) == "sở"
            && (j..=k + 2).all(|i| i == j || w.gap(i) == Gap::Space)
    })?;
    let mut commas = 0;
    let mut k = seat + 3;
    while k < limit && commas < MAX_SEAT_PLACE_COMMAS {
        match w.gap(k) {
            Gap::Space => {}
            Gap::Comma => {
                commas += 1;
                if let Some(named) = super::apposed_name(w, w.words[k - 1].end(), k) {
                    return Some(named);
                }
            }
            _ => return None,
        }
        k += 1;
    }
    None
}
