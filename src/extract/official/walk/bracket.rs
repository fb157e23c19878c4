//! The brackets after a title's organisation that qualify it ("(Bộ Y tế)", "(ACV)") or
//! give its short name, read by the walk ([`OrgWalk::bracket`]).

use super::super::names::name_right_at;
use super::super::parent::{clause_ends_at, parent_org, qualifier_bracket};
use super::super::record::former_word;
use super::super::titles::{Hit, after_bracket};
use super::super::words::{Case, Gap, Words};
use super::OrgWalk;

impl OrgWalk {
    /// A bracket at the next word that gives the organisation's place, abbreviation or
    /// parent is the title's: "Chủ tịch UBND xã Kỳ Lợi (thị xã Kỳ Anh, Hà Tĩnh)", "Phó Tổng
    /// Giám đốc Tổng Công ty Cảng hàng không Việt Nam (ACV)", "Cục trưởng Cục An toàn thực
    /// phẩm (Bộ Y tế)". `true` when the name the title stands before follows it.
    pub(super) fn bracket(&mut self, w: &Words<'_>, hit: &mut Hit) -> bool {
        let qualifier = if self.j > self.head_end {
            qualifier_bracket(w, self.j).or_else(|| self.short_name(w))
        } else {
            None
        };
        // "Bí thư Đảng ủy xã Quế Long (huyện Quế Sơn, Quảng Nam) Đỗ Đình Hùng"
        if let Some(after) = after_bracket(w, self.j)
            && w.gap(after) == Gap::Close
            && let Some(r) = name_right_at(w, after)
        {
            hit.to = self.j;
            hit.end = qualifier.map_or(self.end, |(_, close)| close);
            hit.name = Some((after, r));
            return true;
        }
        // "Phó Chủ tịch Chính hiệp (CPPCC) Trung Quốc Vương Gia Thụy": the country the body
        // belongs to after its bracket, then the name
        if let Some(after) = after_bracket(w, self.j)
            && w.gap(after) == Gap::Close
            && let Some(k) = country_then_space(w, after)
            && let Some(r) = name_right_at(w, k)
        {
            hit.to = k;
            hit.end = w.words[k - 1].end();
            hit.name = Some((k, r));
            return true;
        }
        // "quan chức Tổ chức Y tế Thế giới (WHO) phụ trách châu Âu Hans Kluge": what the
        // post is in charge of after the bracket, then the name
        if let Some((after, _)) = qualifier
            && w.gap(after) == Gap::Close
            && let Some((t, x)) = w.tag(after)
            && x.charge
            && w.words[after].case() == Case::Lower
            && let Some((s, r)) = super::charge::name_after_charge(w, after + t.n)
        {
            hit.to = s;
            hit.end = w.words[s - 1].end();
            hit.name = Some((s, r));
            return true;
        }
        // "Giám đốc sáng tạo (CIO) CMC Telecom cho biết": the body's short name after the
        // initials in a bracket
        if let Some(k) = body_after_initials(w, self.j) {
            (self.end, self.j) = (w.words[k - 1].end(), k);
            return false;
        }
        if let Some((after, close)) = qualifier {
            self.end = close;
            self.j = after;
            self.place_after_bracket(w);
            self.name_after_bracket(w);
            // "Tổng cục trưởng Tổng cục X (TĐC) - Bộ KH&CN": its parent after it
            if matches!(w.soft_gap(close, after), Gap::Comma | Gap::Dash)
                && let Some(k) = parent_org(w, after).filter(|&k| !self.said_again(w, k))
            {
                self.close_with_parent(w, k);
            }
        }
        false
    }

    /// After a bracket that gave the organisation's short name inside its own name, the
    /// foreign organisation's words that end the name, closing the clause ("chủ tịch của
    /// Messaging Extraterrestrial Intelligence (METI) International nói"): the title's.
    fn name_after_bracket(&mut self, w: &Words<'_>) {
        let j = self.j;
        if j >= w.len() || w.soft_gap(self.end, j) != Gap::Space {
            return;
        }
        let mut k = j;
        while k < w.len()
            && (k == j || w.gap(k) == Gap::Space)
            && w.words[k].case() != Case::Lower
            && w.tag(k).is_some_and(|(t, x)| x.foreign_org && t.n == 1)
        {
            k += 1;
        }
        if k > j && clause_ends_at(w, k) {
            self.end = w.words[k - 1].end();
            self.j = k;
        }
    }

    /// A bracket at the next word that gives the organisation's short name: its head
    /// said again, then the last words of its own name ("Công ty TNHH Thương mại Hồng Hà
    /// (Công ty Hồng Hà)"). The word after the bracket and the byte after its `)`.
    fn short_name(&self, w: &Words<'_>) -> Option<(usize, usize)> {
        let j = self.j;
        let after = after_bracket(w, j)?;
        let (t, _) = w.tag(j).filter(|(_, x)| x.org.is_some())?;
        let rest = after.checked_sub(j + t.n).filter(|&m| m > 0)?;
        let same = |a: usize, b: usize, n: usize| (0..n).all(|i| w.same_but_case(a + i, b + i));
        let name = j.checked_sub(rest).filter(|&s| s >= self.head_end + t.n)?;
        if !(w.tag(self.head_end).is_some_and(|(h, _)| h.n == t.n)
            && same(self.head_end, j, t.n)
            && same(name, j + t.n, rest))
        {
            return None;
        }
        let last = w.words[after - 1].end();
        Some((after, last + w.text.get(last..)?.find(')')? + 1))
    }
}

/// Most words of a body's short name said after a bracket ("CMC Telecom", "Tân Tạo").
const MAX_SHORT_NAME_WORDS: usize = 3;

/// The end of a body's short name said right after the initials in the bracket at word
/// `j`, the role's or the body's ("Giám đốc sáng tạo (CIO) CMC Telecom", "Chủ tịch Hội
/// đồng quản trị (HĐQT) Tân Tạo"), closing the clause ([`clause_ends_at`]): one word in
/// capitals in the bracket, then up to [`MAX_SHORT_NAME_WORDS`] capitalised words of no
/// post, rank, word of address, country, place or head, no Vietnamese name among them,
/// and either initials among them ("CMC") or Vietnamese syllables only ("Tân Tạo"): a
/// holder's foreign name is neither ("(CEO) Tim Cook").
fn body_after_initials(w: &Words<'_>, j: usize) -> Option<usize> {
    let after = after_bracket(w, j)?;
    let initials = |k: usize| w.words[k].case() == Case::Upper;
    // (a space after the bracket, no mark: ") - …" ends the title)
    let spaced = |k: usize| {
        w.text
            .get(w.words[k - 1].end()..w.words[k].start())
            .is_some_and(|sep| sep.trim_start_matches(')').trim().is_empty())
    };
    if after != j + 1
        || after >= w.len()
        || w.gap(after) != Gap::Close
        || !spaced(after)
        || w.words[after].case() == Case::Lower
        || !initials(j)
    {
        return None;
    }
    // (the capitalised words after it, initials too, which no name's run holds)
    let mut r = after + 1;
    while r < w.len() && w.gap(r) == Gap::Space && w.words[r].case() != Case::Lower {
        r += 1;
    }
    let plain = |k: usize| {
        w.place_at(k).is_none()
            && w.tag(k)
                .is_none_or(|(_, x)| x.plain_proper() || (x.foreign_org && x.org.is_none()))
    };
    let shaped = (after..r).any(initials)
        || (after..r).all(|k| crate::normalize::has_syllable_shape(w.word(k)));
    (r > after
        && r - after <= MAX_SHORT_NAME_WORDS
        && (after..r).all(plain)
        && shaped
        && w.split_run(after, r, 2).is_none()
        && clause_ends_at(w, r))
    .then_some(r)
}

/// The word after a country named at word `j`, every word of it capitalised, when one space
/// follows it: the word a name after the country may open at.
fn country_then_space(w: &Words<'_>, j: usize) -> Option<usize> {
    let (t, _) = w.tag(j).filter(|(_, x)| x.country)?;
    let k = j + t.n;
    (k < w.len() && w.gap(k) == Gap::Space && (j..k).all(|i| w.words[i].case() == Case::Title))
        .then_some(k)
}

/// Most lowercase words of a title's modifiers ("cựu", "tân") before its head.
const MAX_MODIFIER_WORDS: usize = 2;

/// Does the title that opens at word `from` (or its modifiers before it) open a bracket
/// right after a capitalised word, a former holder's modifier ("cựu", "nguyên":
/// [`former_word`]) before word `j`, the
/// bracket closing at word `r` ("Ralf Rangnick (cựu HLV Leipzig)")? A former post in a bracket describes
/// the person named before it; the word after a bare role there is the body's. (Without
/// it a bracket may give a club's coach: "Sporting Lisboa (HLV Amorim)".)
pub(super) fn former_after_name(w: &Words<'_>, from: usize, j: usize, r: usize) -> bool {
    if r < w.len() && w.gap(r) != Gap::Close {
        return false;
    }
    let mut k = from;
    while k > 0
        && from - k < MAX_MODIFIER_WORDS
        && w.gap(k) == Gap::Space
        && w.words[k - 1].case() == Case::Lower
    {
        k -= 1;
    }
    k > 0
        && w.gap(k) == Gap::Open
        && w.words[k - 1].case() == Case::Title
        && (k..j).any(|i| w.words[i].case() == Case::Lower && former_word(w, i))
}

impl OrgWalk {
    /// May the capitalised run of words `j..r` right after the role (at the head's end) be
    /// a name of one word: after a role said of a person alone ("HLV Zidane"), but for one
    /// closing a former post's bracket after a name ([`former_after_name`]: a club); or one
    /// word said between the role and the possessive "của" of its organisation ("thành
    /// viên Sehun của EXO", the holder named between them)? The title opens at word `from`.
    pub(super) fn one_word_name(&self, w: &Words<'_>, from: usize, j: usize, r: usize) -> bool {
        j == self.head_end
            && ((self.personal && !former_after_name(w, from, j, r))
                || (r == j + 1 && r < w.len() && w.word(r) == "của"))
    }
}
