//! The walk over the organisation of a title, word by word, from the word after its head
//! ([`super::titles::title_at`]): the organisation's words, its place and parent, and
//! the name the title stands before, if any.

use super::closed::{clause_at, graded_at};
use super::lower_fields::{dashed_site_end, field_then_name, heading_at};
use super::parent::{
    clause_ends_at, comma_field, countries_dashed, dashed_field, joint_stock_suffix, parent_org,
    qualifier_bracket, units_up,
};
use super::titles::Hit;
use super::words::{Case, Gap, MAX_TAG_WORDS, Words};
use crate::text::chars::to_lowercase;

mod acronym;
mod address;
mod addressed;
mod assign;
mod bracket;
mod charge;
mod comma;
pub(super) mod connective;
mod country;
mod crime;
mod dashed;
mod field_country;
mod gloss;
mod initial;
mod listed;
mod lowered;
mod market;
mod name_run;
mod realm;
mod romanized;
mod run_on;
mod seat;
mod state;
mod tagged;
mod unlisted;
pub(super) use comma::{countries_after, province_after};
use country::country_then_name;
mod office;
pub(super) mod term;

/// Longest organisation of a title, in words: a field and a foreign school's name run past
/// 18 ("phó giáo sư khoa học và kỹ thuật môi trường tại Trường Kỹ thuật và Khoa học Ứng dụng
/// Harvard John A. Paulson", cut at 18 inside the person's name the school bears).
const MAX_ORG_WORDS: usize = 24;

/// Most parents said after the first, each after a comma, up the hierarchy.
const MAX_PARENTS: usize = 2;

/// Are the words `s..r` the name of an administrative unit of the gazetteer?
pub(super) fn unit_name(w: &Words<'_>, s: usize, r: usize) -> bool {
    let (Some(a), Some(b)) = (w.words.get(s), w.words.get(r.wrapping_sub(1))) else {
        return false;
    };
    w.text.get(a.start()..b.end()).is_some_and(|name| {
        !crate::extract::gazetteer::gazetteer()
            .lookup(name)
            .is_empty()
    })
}

/// What one word of a title's organisation does to the walk over it.
enum Step {
    /// The organisation goes on.
    Next,
    /// The title ends before the word.
    Stop,
    /// The name the title stands before is found; the hit is complete.
    Named,
}

/// The walk over the organisation of a title, word by word.
pub(super) struct OrgWalk {
    /// The word after the head.
    head_end: usize,
    /// The next word.
    pub(super) j: usize,
    /// The end byte of the title so far.
    pub(super) end: usize,
    /// The last words were a unit word: a name after it needs three words ("xã Ninh
    /// Lai" is a place).
    after_unit: bool,
    /// The last words were an organisation such as "Tỉnh ủy".
    after_org: bool,
    /// The role is said of a person alone ("Tổng thống", "HLV"): a single foreign word
    /// right after it is a name.
    personal: bool,
    /// The place name of a unit or of an organisation was read: a lowercase word ends
    /// the title ("… xã Hương Điền phấn khởi cho biết").
    placed: bool,
    /// An organisation head was read.
    org_seen: bool,
    /// The last words were an organisation's own name of two capitalised words or more
    /// ("Tập đoàn Ôtô Trường Hải"): a plain lowercase word after it is no longer the
    /// organisation's ("… gây bão").
    proper: bool,
    /// The role is held "tại" an institution: the capitalised words after are its name,
    /// no person's ("… tại Trường Kỹ thuật và Khoa học Ứng dụng Harvard John A. Paulson").
    pub(super) held: bool,
    /// A unit place after a comma was taken ("…, quận Hai Bà Trưng"): a place after a
    /// further comma closes the title.
    unit_hop: bool,
    /// The walk reads the post a title serves, after "của" ([`OrgWalk::possessor_office`]):
    /// a "của" + role inside it ends it, without a walk of its own.
    nested: bool,
}

impl OrgWalk {
    pub(super) fn new(head: Hit, personal: bool) -> OrgWalk {
        OrgWalk {
            personal,
            head_end: head.to,
            j: head.to,
            end: head.end,
            after_unit: false,
            after_org: false,
            placed: false,
            org_seen: false,
            proper: false,
            held: false,
            unit_hop: false,
            nested: false,
        }
    }

    /// Reads the organisation into `hit` (its end, and the name after it if any).
    #[inline]
    pub(super) fn run(mut self, w: &Words<'_>, hit: &mut Hit) {
        while self.j < w.len() && self.j - self.head_end < MAX_ORG_WORDS {
            let mut g = initial::walk_gap(w, self.end, self.j);
            if g == Gap::Open {
                if self.bracket(w, hit) {
                    return;
                }
                if self.owner_past_bracket(w) {
                    continue;
                }
                break;
            }
            match self.unit_or_term(w, g) {
                Some(true) => continue,
                Some(false) => break,
                None => {}
            }
            if self.country_after_comma(w, g) {
                break;
            }
            // (after a role said bare too: "PGĐ - ViettelPay Hà Nội", the body a role
            // heads said after a comma, "Phó Chánh Thanh tra, Cơ quan Thanh tra X", "Vụ
            // trưởng, Vụ Pháp chế")
            if matches!(g, Gap::Comma | Gap::Dash)
                && let Some(k) = parent_org(w, self.j).or_else(|| joint_stock_suffix(w, self.j))
                && !self.said_again(w, k)
            {
                if self.close_then_name(w, k, hit) {
                    return;
                }
                break;
            }
            // "Xí nghiệp quản lý phà X - bến Cát Lái": the site a body's unit is named for
            if g == Gap::Dash
                && self.j > self.head_end
                && let Some(k) = dashed_site_end(w, self.j)
            {
                (self.end, self.j) = (w.words[k - 1].end(), k);
                break;
            }
            // "Trung tâm Du lịch Phong Nha - Kẻ Bàng": a place name of two parts
            if g == Gap::Dash && self.dashed_place(w) {
                continue;
            }
            // "tổ Toán - Tin", "Sở Tài nguyên – Môi trường": one capitalised field after a
            // dash goes on with the capitalised field before it (a name after a dash is two
            // capitalised words or more).
            if g == Gap::Dash && self.j > self.head_end && !self.placed && dashed_field(w, self.j) {
                g = Gap::Space;
            }
            // "Nhóm nghị sĩ hữu nghị Việt Nam - Romania", "Phòng Thương mại Việt Nam - Hoa
            // Kỳ": two countries joined by a dash name a body of both, one name with it.
            if g == Gap::Dash && self.j > self.head_end + 1 && countries_dashed(w, self.j) {
                g = Gap::Space;
            }
            // A country in an organisation's own name ("MTTQ Việt Nam", "Hội Nông dân Việt
            // Nam") leaves room for the unit it is the branch of: the unit's own place
            // mention ("… Việt Nam tỉnh Quảng Nam"), or its word said bare ("… Việt Nam xã").
            let branch = g == Gap::Space
                && w.tag(self.j).is_some_and(|(_, x)| x.unit)
                && w.place_at(self.j - 1)
                    .is_some_and(|p| p.abroad && p.to == self.j);
            if branch && let Some(p) = w.place_from(self.j) {
                self.end = w.words[p.to - 1].end();
                self.j = p.to;
                continue;
            }
            // "Giám đốc khu vực châu Á-Thái Bình Dương của HPE": a region abroad joined by a
            // hyphen without spaces to a capitalised name is one region with it, as "Bà
            // Rịa-Vũng Tàu" is one province; the organisation goes on after it (when no
            // capitalised word follows, which may be a name's).
            if g == Gap::Space
                && w.joined_by(self.j, "-")
                && w.words[self.j].case() == Case::Title
                && w.place_at(self.j - 1)
                    .is_some_and(|p| p.abroad && p.to == self.j)
                && let r = w.run_end(self.j)
                && r > self.j
                && (r >= w.len() || w.gap(r) != Gap::Space || w.words[r].case() == Case::Lower)
                && w.split_run(self.j, r, 2).is_none()
            {
                self.end = w.words[r - 1].end();
                self.j = r;
                self.placed = false;
                continue;
            }
            // "Viện nghiên cứu xã hội, kinh tế và môi trường", "Ủy ban Kinh tế, Tài chính
            // và Ngân sách": fields listed ([`OrgWalk::fields_listed`])
            if g == Gap::Comma && self.fields_listed(w) {
                continue;
            }
            // "Viện Nghiên cứu Tiêu hóa, Gan Mật": a field listed after a comma in the name
            if self.org_seen
                && let Some(k) = comma_field(w, self.j)
            {
                (self.end, self.j) = (w.words[k - 1].end(), k);
                break;
            }
            let k = self.j;
            let bare = || {
                k + 1 >= w.len()
                    || w.soft_gap(w.words[k].end(), k + 1) != Gap::Space
                    || w.words[k + 1].case() == Case::Lower
            };
            if (g != Gap::Space || self.placed) && !(branch && bare()) {
                break;
            }
            // (a heading run together with the text: "… Điều chỉnh những yếu tố …")
            if self.j > self.head_end
                && (heading_at(w, self.j) || run_on::heading_after_whole_name(w, self.j))
            {
                break;
            }
            // ("Chủ tịch HĐQT nhàn nhất thế giới": a superlative is said of the holder;
            // "Thủ tướng giao Phó Thủ tướng X": a verb of assigning, its object after it)
            if graded_at(w, self.head_end, self.j) || assign::verb_at(w, self.j) {
                break;
            }
            let step = if w.name_like(self.j) && !self.field_at(w) {
                // ("Thủ hiến Bang Hessen": [`OrgWalk::state_unit`])
                self.state_unit(w, hit)
                    .unwrap_or_else(|| self.name_run(w, hit))
            } else if clause_at(w, self.head_end, self.j, self.proper) && self.leaves_name(w) {
                // (unless a lowercase field of the name goes on before the holder's name)
                match field_then_name(w, self.j) {
                    Some((s, r)) => named(hit, s, w.words[s - 1].end(), r),
                    None => self.field_then_parent(w),
                }
            } else if let Some((t, info)) = w.tag(self.j) {
                self.proper = false;
                self.tagged(w, t, info, hit)
            } else {
                self.after_unit = false;
                self.after_org = false;
                self.end = w.words[self.j].end();
                self.j += 1;
                Step::Next
            };
            match step {
                Step::Next => {}
                Step::Stop => break,
                Step::Named => return,
            }
        }
        hit.to = self.j;
        hit.end = self.end;
    }

    /// Does a body's field of several words open at the next word with a word a name
    /// may open with, its others lowercase ("Khoa Công nghệ thông tin", not "Công")?
    fn field_at(&self, w: &Words<'_>) -> bool {
        w.tag(self.j).is_some_and(|(t, x)| {
            x.field
                && t.n >= 2
                && (self.j + 1..self.j + t.n).all(|k| w.words[k].case() == Case::Lower)
        })
    }

    /// Closes the title with the parent organisation at the next word, which ends before
    /// word `k`: "Cục trưởng Cục Chống tham nhũng, Thanh tra Chính phủ", "Trưởng khoa Hồi
    /// sức cấp cứu – Bệnh viện Đa khoa tỉnh Cao Bằng" (the organisation the one before
    /// belongs to, said after a comma or a dash); and the body that one belongs to in turn,
    /// up the hierarchy, after another comma ("Trưởng khoa …, Trung tâm Hô hấp, Bệnh viện
    /// Nhi Trung ương"; not a list of bodies of one kind, "Sở Y tế, Sở Tài chính"); the
    /// units above the last one's place after more commas ([`units_up`]: "…, UBND xã A,
    /// huyện B, tỉnh C"); and the last one's place in a bracket ("…, Bệnh viện E (Hà Nội)").
    fn close_with_parent(&mut self, w: &Words<'_>, mut k: usize) {
        let mut head = self.j;
        for _ in 0..MAX_PARENTS {
            match parent_org(w, k).filter(|_| w.gap(k) == Gap::Comma) {
                Some(up) if w.word(k) != w.word(head) => {
                    head = k;
                    k = up;
                }
                _ => break,
            }
        }
        let k = units_up(w, k);
        self.end = w.words[k - 1].end();
        self.j = k;
        if k < w.len()
            && w.gap(k) == Gap::Open
            && let Some((after, close)) = qualifier_bracket(w, k)
        {
            self.end = close;
            self.j = after;
        }
    }

    /// After a bracket that qualified the organisation, the place the organisation serves
    /// when the title names it there, closing the clause: "GĐ Trung tâm Kiểm soát bệnh tật
    /// tỉnh (CDC) Nghệ An cho biết" (the abbreviation said before the unit's name).
    fn place_after_bracket(&mut self, w: &Words<'_>) {
        if self.j < w.len()
            && w.soft_gap(self.end, self.j) == Gap::Space
            && let Some(p) = w.place_from(self.j)
            && clause_ends_at(w, p.to)
        {
            self.end = w.words[p.to - 1].end();
            self.j = p.to;
        }
    }

    /// Do the words from the next word up to word `k` open with the organisation read so
    /// far, said again (case aside): the same body, the next clause's subject ("Giám đốc
    /// Bệnh viện Phụ sản Trung ương, Bệnh viện Phụ sản Trung Ương kết hợp với …"), no parent.
    fn said_again(&self, w: &Words<'_>, k: usize) -> bool {
        let (Some(org), Some(next)) = (w.words.get(self.head_end), w.words.get(self.j)) else {
            return false;
        };
        let said = w.text.get(org.start()..self.end).unwrap_or_default();
        let again = w
            .text
            .get(next.start()..w.words[k - 1].end())
            .unwrap_or_default();
        self.j > self.head_end
            && again.len() >= said.len()
            && to_lowercase(again).starts_with(&to_lowercase(said))
    }

    /// Does the next word, after an organisation's own name of capitalised words, leave
    /// the name: lowercase, and not the second syllable of a word whose name goes on
    /// capitalised ("Bệnh viện Bệnh Nhiệt đới Trung ương", but "Tập đoàn Ôtô Trường Hải
    /// gây bão")?
    fn leaves_name(&self, w: &Words<'_>) -> bool {
        let next = self.j + 1;
        w.words[self.j].case() == Case::Lower
            && !(next < w.len() && w.gap(next) == Gap::Space && w.words[next].case() != Case::Lower)
    }
}

/// Completes `hit` with the name of words `s..r`, the title ending at byte `end`.
fn named(hit: &mut Hit, s: usize, end: usize, r: usize) -> Step {
    hit.to = s;
    hit.end = end;
    hit.name = Some((s, r));
    Step::Named
}

/// Does an organisation that names itself whole end right before word `j` ("Chính phủ",
/// "Nhà nước"; or written lowercase, of two words or more: "Cố vấn nhà nước Aung San Suu
/// Kyi", "Thủ tướng chính phủ …"; an entry of four words too: "Liên minh châu Âu")?
pub(super) fn whole_org_before(w: &Words<'_>, j: usize) -> bool {
    w.entry_before_within(j, MAX_TAG_WORDS, |s, x| {
        x.org == Some(false) && (s + 1 < j || w.words[s].case() != Case::Lower)
    })
    .is_some()
}
