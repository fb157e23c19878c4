//! Capitalised fields listed inside a body's own name, read by the walk
//! ([`super::OrgWalk`]): "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng",
//! "Ủy ban Kinh tế, Tài chính và Ngân sách" — fields after commas, the last after "và".

use super::super::lower_fields::listed_fields_end;
use super::super::words::{Case, Gap, Words};
use super::OrgWalk;

/// Most fields listed after the comma, before the last one after "và".
const MAX_LISTED: usize = 5;

/// Most words of one listed field ("Khoa học", "Thiếu niên", "An ninh quốc phòng").
const MAX_FIELD_WORDS: usize = 3;

/// May word `k` stand in a field of a body's own name: a Vietnamese syllable of no place,
/// no role, rank, word of address, country, verb, link or organisation's head?
fn field_word(w: &Words<'_>, k: usize) -> bool {
    crate::normalize::has_syllable_shape(w.word(k))
        && w.place_at(k).is_none()
        && w.tag(k).is_none_or(|(_, x)| {
            x.field
                || (x.plain_proper()
                    && !(x.name_break || x.join || x.at || x.plural || x.unit)
                    && x.abbrev.is_none())
        })
}

/// The end of one capitalised field at word `s`: a capitalised word (or a field of the
/// lists), then lowercase ones of the same field (two words at least: a single capitalised word is a given name as
/// often, "…, Minh và Hùng"); none of a person's name.
fn field_end(w: &Words<'_>, s: usize) -> Option<usize> {
    if s >= w.len() || w.words[s].case() != Case::Title || !field_word(w, s) {
        return None;
    }
    // (a field of the lists is read whole: "Quốc phòng", not the head "phòng")
    let mut e = s + w.tag(s).filter(|(_, x)| x.field).map_or(1, |(t, _)| t.n);
    while e < w.len()
        && e - s < MAX_FIELD_WORDS
        && w.gap(e) == Gap::Space
        && w.words[e].case() == Case::Lower
        && field_word(w, e)
    {
        e += 1;
    }
    (e >= s + 2 && w.split_run(s, e, 2).is_none()).then_some(e)
}

/// The word "và" that closes capitalised fields listed after the comma before word `j`
/// inside a body's own name, the field before the comma capitalised too (its first word:
/// "Ủy ban Kinh tế, Tài chính và Ngân sách của Quốc hội"): fields of a capitalised word
/// and lowercase ones after it, separated by commas, then "và" and a capitalised word,
/// which the walk reads on as it reads "và" inside a name ("Sở Nông nghiệp và Phát
/// triển nông thôn"). `None` when no "và" closes the list (a list of bodies or names:
/// "…, Sở Y tế và …", "…, Hà Nội và …").
pub(super) fn capital_fields_end(w: &Words<'_>, j: usize) -> Option<usize> {
    if j < 2 || j >= w.len() || w.gap(j) != Gap::Comma {
        return None;
    }
    let before = |k: usize| w.words[k].case() == Case::Title && field_word(w, k);
    if !(before(j - 1) || (w.words[j - 1].case() == Case::Lower && before(j - 2))) {
        return None;
    }
    let mut k = j;
    for _ in 0..MAX_LISTED {
        let e = field_end(w, k)?;
        if e >= w.len() {
            return None;
        }
        match w.gap(e) {
            Gap::Comma => k = e,
            Gap::Space => {
                let next = e + 1;
                let joins = w.words[e].case() == Case::Lower
                    && w.tag(e).is_some_and(|(t, x)| x.join && t.n == 1)
                    && next < w.len()
                    && w.gap(next) == Gap::Space
                    && w.words[next].case() == Case::Title
                    && field_word(w, next);
                return joins.then_some(e);
            }
            _ => return None,
        }
    }
    None
}

impl OrgWalk {
    /// Fields listed after the comma at the next word, inside the organisation's own
    /// name: in lowercase ([`listed_fields_end`]: "Viện nghiên cứu xã hội, kinh tế và môi
    /// trường"), the walk standing after them; or capitalised, after a body's head
    /// ([`capital_fields_end`]), the walk standing at their "và". `true` when there are.
    pub(super) fn fields_listed(&mut self, w: &Words<'_>) -> bool {
        let k = if self.j > self.head_end
            && let Some(k) = listed_fields_end(w, self.j)
        {
            k
        } else if (self.org_seen || portfolio_before(w, self.head_end, self.j))
            && let Some(k) = capital_fields_end(w, self.j)
        {
            k
        } else {
            return false;
        };
        (self.end, self.j) = (w.words[k - 1].end(), k);
        true
    }
}

/// Is the word after the role (`head_end`) a lowercase noun of the part of the work the
/// post heads, the capitalised fields listed from the word after it, the comma before
/// word `j` among them ("Phó Chủ tịch mảng Môi trường, Chính sách và Sáng kiến", "Giám
/// đốc khối Khách hàng, Dịch vụ và Vận hành")? A word of no list, or a field's or a unit's.
fn portfolio_before(w: &Words<'_>, head_end: usize, j: usize) -> bool {
    let f = head_end + 1;
    f < j
        && w.words[head_end].case() == Case::Lower
        && w.gap(head_end) == Gap::Space
        && w.gap(f) == Gap::Space
        && w.words[f].case() == Case::Title
        && w.tag(head_end)
            .is_none_or(|(t, x)| t.n == 1 && (x.field || x.unit) && !x.stop)
}
