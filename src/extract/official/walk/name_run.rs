//! A run of capitalised words in a title's organisation, read by the walk
//! ([`OrgWalk::name_run`]): the name the title stands before, a foreign name after a
//! country, or a place or own name of the organisation.

use super::super::parent::central_before;
use super::super::titles::Hit;
use super::super::words::{Case, Gap, Words};
use super::country::{body_country_then_name, world_after};
use super::lowered::{initials_org, lower_before};
use super::{
    OrgWalk, Step, addressed, connective, named, realm, romanized, unit_name, whole_org_before,
};

impl OrgWalk {
    /// A run of capitalised words at the next word: the name the title stands before,
    /// or a place name of the organisation.
    pub(super) fn name_run(&mut self, w: &Words<'_>, hit: &mut Hit) -> Step {
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
        if let Some(step) = self.named_first(w, j, r, hit) {
            return step;
        }
        if j == self.head_end
            && let Some(step) = body_country_then_name(w, j, r, hit)
        {
            return step;
        }
        // (a name after an owner's post is a full one: "chủ tiệm sửa xe Lê Vĩnh" is a shop)
        let owner = w.tag(hit.from).is_some_and(|(_, x)| x.owner)
            || super::super::trade::counted_kind(w, hit.from).is_some();
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
            .or_else(|| super::unlisted::name_after_place(w, from, r))
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

    /// The readings of the run `j..r` tried first: a romanized name, a realm, the words
    /// past a body's adjective.
    fn named_first(&mut self, w: &Words<'_>, j: usize, r: usize, hit: &mut Hit) -> Option<Step> {
        // ("Bộ trưởng Công thương Chan Chung Sing": [`romanized::romanized_name`]; a realm
        // after a monarch: [`realm`]; "Chánh án Tòa án Tối cao John Roberts":
        // [`OrgWalk::past_qualifier`])
        realm::or_country(w, j, r, hit)
            .or_else(|| {
                romanized::romanized_name(w, self.head_end, j, r)
                    .then(|| named(hit, j, self.end, r))
            })
            .or_else(|| self.past_qualifier(w, j, hit))
    }

    /// An adjective of a body's name (`org_qualifiers.txt`) written capitalised at word
    /// `j`, right after an organisation read, before a capitalised word: it ends the
    /// body's name whole, and the capitalised words after it are the holder's ("Chánh án
    /// Tòa án Tối cao John Roberts", "Viện trưởng VKSND Tối cao Lê Minh Trí"), as they
    /// are after the adjective written lowercase: the walk goes on past it, or names the
    /// foreign name right after it (no place: "… Tối cao Mỹ John Roberts" says the
    /// country first). Not a company's type, which its own name follows.
    fn past_qualifier(&mut self, w: &Words<'_>, j: usize, hit: &mut Hit) -> Option<Step> {
        let (t, x) = w.tag(j)?;
        let k = j + t.n;
        if !(self.org_seen
            && j > self.head_end
            && x.qualifier
            && !x.company_type
            && x.org.is_none()
            && k < w.len()
            && w.gap(k) == Gap::Space
            && w.name_like(k))
        {
            return None;
        }
        self.end = w.words[k - 1].end();
        self.j = k;
        Some(match w.foreign_name_at(k, 2) {
            Some(e) if w.place_at(k).is_none() => named(hit, k, self.end, e),
            _ => Step::Next,
        })
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
}

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
