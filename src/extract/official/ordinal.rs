//! A role with the ordinal "đầu tiên" (first) and a clause after it: a person told as the
//! first to do something ("nhà lãnh đạo đầu tiên ở Đông Nam Á thăm Mỹ", "tổng thống Mỹ
//! đầu tiên trong nhiều thập niên không đến thăm …"), a description, not a post.

use super::titles::Hit;
use super::words::{Case, Gap, Words};

/// Does the title `h` end with the ordinal "đầu tiên" that a lowercase word goes on after,
/// a space between, other than "của" (the body it is first of: "… đầu tiên của Argentina")?
/// The words after the ordinal are a relative clause, with a place or a time before its
/// verb or not ("… đầu tiên bị điều tra", "… đầu tiên ở châu Á thăm …"): the phrase says
/// who first did what, as a superlative does, and holds no post; the ordinal before a name
/// ("Thủ tướng đầu tiên Sir John A. Macdonald") or ending the apposition stays a title.
pub(super) fn first_to_act(w: &Words<'_>, h: &Hit) -> bool {
    let k = h.to;
    h.name.is_none()
        && k >= h.from + 3
        && k < w.len()
        && w.word(k - 2).eq_ignore_ascii_case("đầu")
        && w.word(k - 1) == "tiên"
        && w.gap(k - 1) == Gap::Space
        && w.gap_from(h.end, k) == Gap::Space
        && w.words[k].case() == Case::Lower
        && w.word(k) != "của"
}
