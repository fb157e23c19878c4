//! The walk over the organisation of a title, word by word, from the word after its head
//! ([`super::titles::title_at`]): the organisation's words, its place and parent, and
//! the name the title stands before, if any.

use super::closed::{clause_at, graded_at};
use super::lower_fields::{
    dashed_site_end, field_noun_before_parent, field_then_name, heading_at, last_field_end,
    purpose_object_at,
};
use super::names::name_right_at;
use super::parent::{
    central_before, clause_ends_at, comma_field, countries_dashed, country_end, dashed_field,
    field_goes_on, joint_stock_suffix, parent_org, qualifier_bracket, units_up,
};
use super::titles::{Hit, opens_role};
use super::vocab::Info;
use super::words::{Case, Gap, MAX_TAG_WORDS, Tag, Words};
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
mod lowered;
use lowered::{initials_org, lower_before};
mod initial;
mod listed;
mod market;
mod realm;
mod romanized;
mod run_on;
mod state;
mod unlisted;
pub(super) use comma::{countries_after, province_after};
use country::{
    body_country_then_name, city_end, country_then_name, name_after_country, world_after,
};
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
            match self.unit_after_comma(w, g) {
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

    /// A run of capitalised words at the next word: the name the title stands before,
    /// or a place name of the organisation.
    fn name_run(&mut self, w: &Words<'_>, hit: &mut Hit) -> Step {
        let j = self.j;
        let r = w.run_end(j);
        // (after a ship, "thuyền trưởng tàu Hải Âu", the words are the ship's name; after
        // a connective, "Bank of America", the body's, [`connective`])
        if self.held
            || (j > 0 && w.gap(j) == Gap::Space && w.tag(j - 1).is_some_and(|(_, x)| x.ship))
            || connective::after(w, j)
        {
            self.end = w.words[r - 1].end();
            self.j = r;
            return Step::Next;
        }
        // ("Bộ trưởng Công thương Chan Chung Sing": [`romanized::romanized_name`]; a realm
        // after a monarch: [`realm`])
        if let Some(step) = realm::or_country(w, j, r, hit).or_else(|| {
            romanized::romanized_name(w, self.head_end, j, r).then(|| named(hit, j, self.end, r))
        }) {
            return step;
        }
        if j == self.head_end
            && let Some(step) = body_country_then_name(w, j, r, hit)
        {
            return step;
        }
        // (a name after an owner's post is a full one: "chủ tiệm sửa xe Lê Vĩnh" is a shop)
        let owner = w.tag(hit.from).is_some_and(|(_, x)| x.owner)
            || super::trade::counted_kind(w, hit.from).is_some();
        let min = if self.after_unit || owner { 3 } else { 2 };
        // After "Trường ĐH" the first words name the school ("Tôn Đức Thắng"), two at
        // least when a name follows them: a school named after a person keeps the name
        // whole ("Trường THPT Hoàng Văn Thụ").
        let school = w.institution_before(j);
        // "Tổng Bí thư Trường Chinh": a one-word institution head right after a role said
        // of a person alone, capitalised and followed by one capitalised word alone, is the
        // first word of a name (a school says its level or a name of two words or more).
        if school
            && self.personal
            && j == self.head_end + 1
            && r - j == 1
            && w.words[j - 1].case() == Case::Title
            && w.tag(j - 1).is_some_and(|(t, _)| t.n == 1)
        {
            return named(hit, j - 1, w.words[self.head_end - 1].end(), r);
        }
        // "Bí thư thứ nhất T.Ư Đoàn Lê Quốc Phong": after the Central Committee said by its
        // abbreviation, "Đoàn" is the Youth Union whose committee it is ("Trung ương Đoàn"),
        // when a full name opening with a surname follows it ("TW Đoàn Văn Tâm" is a name).
        let union =
            w.word(j) == "Đoàn" && central_before(w, j) && w.split_run(j + 1, r, 3) == Some(j + 1);
        let from = if school || union { j + 1 } else { j };
        let (name, org_end) = w.split_org_run(from, r, min);
        let name = name
            .or_else(|| unlisted::name_after_place(w, from, r))
            .filter(|&s| !(body_words(w, j, s, r) || (school && s < j + 2)));
        if let Some(s) = name {
            // "HLV Quang Lê nhớ lại bài thơ của Hàn Mặc Tử": a name right after the
            // possessive "của" is the possessor's, never the title holder's.
            if s == j && j > 0 && w.word(j - 1) == "của" {
                return Step::Stop;
            }
            if s > j {
                self.end = w.words[s - 1].end();
            }
            return named(hit, s, self.end, w.hyphen_end(s, r));
        }
        if let Some((s, end)) = self.foreign_name(w, j, r) {
            // "Thủ tướng Hàn Quốc Hwang Kyo-ahn": the hyphenated part stays the name's.
            return named(hit, s, end, w.foreign_run(s).end.max(r));
        }
        // "Bí thư Tỉnh ủy Hủa Phăn Khăm-phăn Phôm-ma-thắt": after an organisation, the
        // place of the run is the title's, the hyphenated name after it the person's.
        if j > self.head_end
            && let Some((s, e)) = w.hyphen_name_after_place(j)
        {
            self.end = w.words[s - 1].end();
            return named(hit, s, self.end, e);
        }
        // A foreign name tied to the title: right after its role ("HLV Park Hang Seo";
        // a single word after a role said of a person alone: "HLV Zidane"), or after the
        // lowercase end of an organisation's own words ("Bộ trưởng Quốc phòng Sergei
        // Shoigu"); never after an organisation's head or abbreviation ("KDL Sun World",
        // "Tập đoàn T&T Group") nor after the possessive "của", which the organisation
        // follows ("Giám đốc điều hành của Ajax").
        // (or one word before "của": [`OrgWalk::one_word_name`])
        let min = 2 - usize::from(self.one_word_name(w, hit.from, j, r));
        // After an organisation that names itself whole ("Cố vấn Nhà nước Aung San Suu
        // Kyi", "Bộ trưởng Quốc phòng …") the name may follow too.
        // After the organisation's lowercase words, a foreign name that a country follows
        // at once is the organisation's own words ("Liên minh nghị sỹ Me Kong Nhật Bản"):
        // a country is said before the name it is the post's ("Thủ tướng Nhật Bản …").
        let whole_org = whole_org_before(w, j);
        let after_lower = || lower_before(w, self.head_end, j);
        let country_at = |e: usize| {
            e < w.len()
                && w.gap(e) == Gap::Space
                && w.words[e].case() != Case::Lower
                && w.tag(e).is_some_and(|(_, x)| x.country)
        };
        let tied = j == self.head_end || whole_org || initials_org(w, self.head_end, j);
        if (tied || after_lower())
            && let Some(e) = w.foreign_name_at(j, min)
            && (tied || !country_at(e))
        {
            return named(hit, j, self.end, e);
        }
        // "Thủ tướng Hun Sen": two or three name words right after a role said of a
        // person alone, with no organisation's word among them.
        if j == self.head_end
            && self.personal
            && (2..=3).contains(&(r - j))
            && (j..r).all(|k| w.place_at(k).is_none() && w.tag(k).is_none())
        {
            return named(hit, j, self.end, r);
        }
        // "của Man Utd Ed Woodward": the word that closes a foreign organisation's name
        // inside the run ends the organisation; a foreign name after it is the title's.
        if let Some(k) = (j + 1..r.saturating_sub(2))
            .find(|&k| w.tag(k).is_some_and(|(t, x)| x.foreign_org && t.n == 1))
            && let Some(e) = w.foreign_name_at(k + 1, 2)
        {
            return named(hit, k + 1, w.words[k].end(), e);
        }
        // "Chủ tịch Hồ Chí Minh": a place name that is a person right after a head.
        if j == self.head_end
            && w.place_at(j).is_none()
            && w.tag(j)
                .is_some_and(|(t, info)| info.person && t.n == r - j)
        {
            hit.name = Some((j, r));
            return Step::Named;
        }
        let field_to = w.field_past(j, org_end).filter(|_| self.org_seen); // "Sở Tư pháp gọi"
        let org_end = field_to.unwrap_or(org_end);
        self.end = w.words[org_end - 1].end();
        // A place mention that opens before the run opens with its unit word ("TX Từ
        // Sơn", "TP.Vinh").
        // One capitalised word going on in lowercase after an organisation is the first
        // word of its field ("Đảng ủy Quân sự", "Ban Tuyên giáo"), not a place name,
        // unless it names a unit ("UBND Huế").
        let field = field_to.is_some()
            || !self.after_unit
                && org_end == j + 1
                && w.words
                    .get(org_end)
                    .is_some_and(|x| x.case() == Case::Lower)
                && w.gap(org_end) == Gap::Space
                && !unit_name(w, j, org_end);
        self.placed = !field
            && (self.after_unit || self.after_org || w.place_at(j).is_some_and(|p| p.from < j));
        // (or one letter that is no syllable, the code an organisation is named by:
        // "Bệnh viện K khuyến khích …")
        // A company's own name of capitalised words right after the role, no head before
        // it, none of its words a head, a field or a place of the lists (a company's kind
        // said in English, "Group", is its name's), and its last word no Vietnamese
        // syllable ("Chủ tịch Masan Group tăng thêm …") is whole as well: a lowercase
        // word after it is the predicate's. (After a syllable, a lowercase one
        // may be the second of its word: "Trưởng khoa Ngoại Tim mạch", "Đội Đo đạc".)
        // (or right after the possessive "của": "… mảng Môi trường của Apple phê duyệt")
        let company = (j == self.head_end || w.word(j - 1) == "của")
            && !crate::normalize::has_syllable_shape(w.word(org_end - 1))
            && (j..org_end)
                .all(|k| w.place_at(k).is_none() && w.tag(k).is_none_or(|(_, x)| x.foreign_org));
        self.proper = (self.org_seen || company)
            && (org_end >= j + 2
                || (!w.joined_by(org_end, "-")
                    && !crate::normalize::has_syllable_shape(w.word(j))));
        self.after_unit = false;
        self.after_org = false;
        self.j = org_end;
        Step::Next
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

    /// A foreign name in the run `j..r` after a country or region that opens it, without
    /// a Vietnamese surname: the name's first word and the title's end byte. After a
    /// country of `countries.txt` ("Thủ tướng Campuchia Hun Sen") or a place of another
    /// country (`world_places.txt`: "Thượng nghị sĩ bang Connecticut Richard
    /// Blumenthal"; a name never starts with one), or after a place
    /// mention of a country or region and then of two words or more ("Thủ tướng Vương
    /// quốc Hà Lan Mark Rutte"); never inside a place mention.
    /// The name runs to the end of the capitalised run or, past it, to the end of a
    /// foreign name going on over lowercase particles ("Ủy ban châu Âu Ursula von der
    /// Leyen") or after a country written partly lowercase ("Anh quốc Tony Blair"); not
    /// where the country's word opens the name of a unit said bare ("UBND Mỹ Châu").
    fn foreign_name(&self, w: &Words<'_>, j: usize, r: usize) -> Option<(usize, usize)> {
        // (after a unit word abroad: [`Words::name_after_foreign_unit`])
        if let Some(s) = w.name_after_foreign_unit(j, r).filter(|_| self.after_unit) {
            return Some((s, w.words[s - 1].end()));
        }
        let past = |s: usize| {
            let run = w.foreign_run(s);
            if run.foreign && w.gap(s) == Gap::Space {
                r.max(run.end)
            } else {
                r
            }
        };
        if let Some((ct, cinfo)) = w.tag(j)
            && (cinfo.country || cinfo.world_place)
            && !unit_name(w, j, r)
        {
            let s = j + ct.n;
            let named = s < past(s) && w.place_at(s).is_none() && !world_after(w, s, past(s));
            return (named && !w.ends_with_country(s, past(s), 1)).then_some((s, ct.end));
        }
        let p = w.place_at(j)?;
        let to = past(p.to);
        (p.abroad && p.to + 2 <= to && !w.tag(p.to).is_some_and(|(_, x)| x.country || x.not_name))
            .then(|| (p.to, w.words[p.to - 1].end()))
    }

    /// Does "và" (the tag `t`) at the next word join two parts of the organisation's own
    /// name: capitalised ("Sở Nông nghiệp và Phát triển nông thôn") or a last field written
    /// in lowercase ("Viện Khoa học quản trị doanh nghiệp và kinh tế số Việt Nam")? The
    /// walk then stands after "và", or after that last field.
    fn joins(&mut self, w: &Words<'_>, t: Tag) -> bool {
        let (j, next) = (self.j, self.j + t.n);
        if j > self.head_end
            && let Some(e) = last_field_end(w, j)
        {
            (self.end, self.j) = (w.words[e - 1].end(), e);
            return true;
        }
        if next < w.len()
            && (w.words[next].case() == Case::Title || connective::brand_closes(w, next))
            && w.gap_from(t.end, next) == Gap::Space
            && !w
                .tag(next)
                .is_some_and(|(_, x)| (x.title && !x.staff) || x.rank || x.honorific)
            // (nor a role's modifier opening a second post: "… và Phó Giám đốc X")
            && !w.tag(next).is_some_and(|(_, x)| x.modifier && opens_role(w, next))
            && w.split_run(next, w.run_end(next), 2).is_none()
            && !connective::person_after_and(w, next)
        {
            self.end = t.end;
            self.j = next;
            return true;
        }
        false
    }

    /// A tagged word at the next word that is not name-like: a joining "và", a word that
    /// ends the title, or part of the organisation.
    fn tagged(&mut self, w: &Words<'_>, t: Tag, info: &Info, hit: &mut Hit) -> Step {
        let j = self.j;
        let lower = w.words[j].case() == Case::Lower;
        let next = j + t.n;
        if info.country
            && !lower
            && let Some(e) = name_after_country(w, t, next)
            && !w.ends_with_country(next, e, 1)
            && !world_after(w, next, e)
        {
            return named(hit, next, t.end, e);
        }
        if info.join && self.joins(w, t) {
            return Step::Next;
        }
        // "giáo sư sinh học tại Đại học Macalester": the institution the role is held at,
        // an institution head with a capitalised name.
        // "Đại sứ Việt Nam tại Nam Phi": a country's post in another country, or at an
        // international body of the countries' list ("Đại diện Thường trực Mỹ tại Liên
        // Hợp Quốc"), or in a city of another country ([`city_end`]).
        let abroad = |k: usize| w.place_at(k).is_some_and(|p| p.abroad);
        // (the whole place said there, then the end of the title or a name of two words:
        // not "Ấn Độ" of "Ấn Độ Dương", nor of "Ấn Độ Dương-Thái Bình Dương", whose
        // capitalised word joined by a hyphen to another capitalised one goes on with a
        // place's name, as "Bà Rịa-Vũng Tàu" does; a transliterated name goes on lowercase
        // past its hyphen: "Ha-lây")
        let body = |k: usize| {
            abroad(k)
                || country_end(w, k)
                    .or_else(|| city_end(w, k))
                    .is_some_and(|e| {
                        w.place_at(k).is_none_or(|p| p.to == e)
                            && (e >= w.len()
                                || w.gap(e) != Gap::Space
                                || w.words[e].case() == Case::Lower
                                || (name_right_at(w, e).is_some()
                                    && !(w.joined_by(e + 1, "-") && w.not_lower(e + 1))))
                    })
        };
        let institution = || {
            w.tag(next).is_some_and(|(_, x)| x.institution)
                && w.words.get(next).is_some_and(|x| x.case() != Case::Lower)
        };
        if info.at
            && lower
            && w.gap_from(t.end, next) == Gap::Space
            && (institution() || (j > 0 && abroad(j - 1) && body(next)))
        {
            self.held = institution();
            self.end = t.end;
            self.j = next;
            return Step::Next;
        }
        if info.at
            && lower
            && j > self.head_end
            && let Some(k) = market::served_end(w, j, t)
        {
            self.end = w.words[k - 1].end();
            self.j = k;
            return Step::Stop;
        }
        // fields before the institution the role is held at, or the field a national body
        // is named for ([`field_goes_on`])
        // (or the crimes a police department is named for, [`crime::crime_field`])
        if let Some(k) = field_goes_on(w, j, j == self.head_end, self.org_seen)
            .or_else(|| crime::crime_field(w, j))
        {
            self.end = w.words[k - 1].end();
            self.j = k;
            return Step::Next;
        }
        if let Some(step) = self.possessor_office(w, info) {
            return step;
        }
        // "Hiệp hội các nhà bán lẻ Việt Nam", "Liên hiệp các Hội Khoa học …": a plural
        // word right after an organisation's head names whom the body unites, inside its
        // name (not units, abbreviations or roles: "UBND các xã", "các Phó Chủ tịch").
        // (or, after a body's head and its verb, the object of what it does: "tổ chức bảo
        // tồn các thành phố lịch sử", [`purpose_object_at`]; a unit word there too)
        let purpose = lower && purpose_object_at(w, j);
        if info.plural
            && lower
            && (w.org_head_before(j, true) || purpose)
            && next < w.len()
            && w.gap_from(t.end, next) == Gap::Space
            && !w.tag(next).is_some_and(|(_, x)| {
                (x.unit && !purpose) || x.abbrev.is_some() || x.title || x.rank
            })
        {
            self.end = t.end;
            self.j = next;
            return Step::Next;
        }
        // "Ngày", "Theo" open a sentence: capitalised only ("chẩn đoán hình ảnh" goes on)
        // A rank or a profession right after an organisation's head is its members' name
        // ("Liên đoàn Luật sư Việt Nam", "Hội Kiến trúc sư"), not the next person's rank.
        let members = info.rank && !lower && w.org_head_before(j, true);
        // "Phó Giám đốc phụ trách Sở Xây dựng": what the role is in charge of, said right
        // after it, is the title's
        // (after its organisation too when the holder's name follows the object:
        // [`charge::name_after_charge`])
        let charge = info.charge
            && lower
            && next < w.len()
            && w.gap_from(t.end, next) == Gap::Space
            && (j == self.head_end || charge::name_after_charge(w, next).is_some());
        // "Tổng thống bị luận tội Park Geun-hye": a passive participle right after the role
        // and before its holder's name ([`charge::passive_before_name`])
        let charge = charge || (j == self.head_end && charge::passive_before_name(w, j, t));
        // (a field's last noun that a verb spells too, before the parent: "… trắc lượng
        // thông tin, Trường ĐH X")
        if info.stop && j > self.head_end && field_noun_before_parent(w, j, next) {
            self.end = t.end;
            self.j = next;
            return Step::Next;
        }
        if ((info.stop || info.link) && lower && !charge)
            || (info.name_break && !lower)
            || (info.honorific
                && !w.country_closes_title(j, t, info)
                && !address::in_name(w, self.head_end, j, t)
                && !address::place_in_name(w, self.head_end, j, t))
            // ("thành viên ban lãnh đạo của Z": a leader's role noun, a title only before
            // a name, is the body's word)
            || (info.title
                && !info.named
                && !(info.staff
                    && !lower
                    && (w.tag(j - 1).is_some_and(|(_, x)| x.join)
                        || (info.employee && w.gap(j) == Gap::Space))))
            || (info.rank && !members)
            || (info.modifier && opens_role(w, j))
        {
            return Step::Stop;
        }
        self.after_unit = info.unit;
        self.after_org = info.org == Some(false) || info.abbrev.as_ref().is_some_and(|a| a.1);
        self.org_seen |= info.org.is_some() || info.abbrev.as_ref().is_some_and(|a| a.1);
        self.end = t.end;
        self.j = next;
        Step::Next
    }
}

/// Completes `hit` with the name of words `s..r`, the title ending at byte `end`.
/// Are the words `s..r`, the end of the capitalised run `j..r` after a title, a body's
/// words and no person's name? A two-word run after an organisation that is the name of
/// an administrative unit is the organisation's jurisdiction said bare ("Trung tâm … Lục
/// Ngạn"); nor is a body's name written capitalised with its country last ("Hội Y Học Việt
/// Nam") nor the end of a body's name that an addressed name follows ([`addressed`]).
fn body_words(w: &Words<'_>, j: usize, s: usize, r: usize) -> bool {
    (r - s == 2 && unit_name(w, s, r))
        || (s == j && w.ends_with_country(s, r, 2))
        || addressed::body_before_addressed(w, j, s, r)
}

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
