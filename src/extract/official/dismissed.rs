//! Posts a person loses (issue 12): the guide counts no post someone is dismissed from
//! ("sa thải Giám đốc FBI James Comey", "HLV X bị sa thải"), nor an actor's part ("vào
//! vai tiến sĩ X"), nor a ship's name ("tàu Đô đốc Makarov"). A coach's trade said bare
//! before the name stays his: "sa thải HLV X" dismisses a coach, who is one still (the
//! twentieth and twenty-ninth draws' guide: "HLV Mourinho" in the articles on his
//! dismissal gives "HLV").

use super::appointed;
use super::titles::Hit;
use super::words::{Case, Gap, Words};

/// Most words of address between a verb of dismissal or an actor's part and the title
/// they take away ("vào vai ông chú tiến sĩ X").
const MAX_ADDRESS_WORDS: usize = 2;

/// Kinship nouns said as words of address, which `honorifics.txt` leaves out as they
/// stand before given names only ("chú Ba"): a part may be one ("vai ông chú tiến sĩ X").
const KIN_WORDS: [&str; 4] = ["bác", "chú", "cậu", "dì"];

/// Most lowercase words between a name and the passive "bị" of a verb of dismissal
/// ("đã chính thức bị sa thải").
const MAX_BEFORE_PASSIVE: usize = 3;

/// Does a verb of dismissal ("sa thải", "cách chức"), an actor's part ("vai") or a ship
/// ("tàu khu trục") end right before the mention starting at word `i`, a space between
/// them, words of address between them or not ("vai ông chú tiến sĩ X"), so that the
/// titles `pre` said there are no one's? Not a coach's bare trade alone ([`coach_trade`]).
/// (Such a phrase has at most three words.)
pub(super) fn lost_before(w: &Words<'_>, i: usize, pre: &[Hit]) -> bool {
    let mut k = i;
    while i - k < MAX_ADDRESS_WORDS
        && k > 0
        && w.gap(k) == Gap::Space
        && w.words[k - 1].case() == Case::Lower
        && (KIN_WORDS.contains(&w.word(k - 1))
            || w.tag(k - 1).is_some_and(|(t, x)| x.honorific && t.n == 1))
    {
        k -= 1;
    }
    appointed::ends_before(w, k, |x| x.removed) && !matches!(pre, [h] if coach_trade(w, h))
}

/// Is the name ending before word `r` the subject of a verb of dismissal in the passive
/// ("HLV X bị sa thải", "Tổng thống X đã bị phế truất"): "bị" after at most
/// [`MAX_BEFORE_PASSIVE`] lowercase words, spaces only, then a `removed` verb? The post
/// `h` said before the name is then the one the person is dismissed from, as after
/// [`lost_before`]'s verbs (the precision audit of session 21), but for a coach's bare
/// trade ([`coach_trade`]).
pub(super) fn lost_after(w: &Words<'_>, r: usize, h: &Hit) -> bool {
    let lower =
        |k: usize| k < w.len() && w.gap(k) == Gap::Space && w.words[k].case() == Case::Lower;
    (r..=r + MAX_BEFORE_PASSIVE)
        .take_while(|&k| lower(k))
        .find(|&k| w.word(k) == "bị")
        .is_some_and(|k| {
            w.tag(k + 1)
                .is_some_and(|(_, x)| x.removed && !x.ship && !x.title && !x.rank)
                && w.gap(k + 1) == Gap::Space
        })
        && !coach_trade(w, h)
}

/// Is the title `h` a coach's trade said bare, "HLV" or "huấn luyện viên" alone, no club
/// nor "trưởng" after it: the trade the guide counts before a coach's name, which a
/// dismissal does not take away?
fn coach_trade(w: &Words<'_>, h: &Hit) -> bool {
    let text = &w.text[h.start..h.end];
    // (the ASCII case of the first letter: "Huấn luyện viên" too)
    text == "HLV" || text.eq_ignore_ascii_case("huấn luyện viên")
}
