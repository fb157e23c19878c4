//! A tagged word in a title's organisation that is not name-like, read by the walk
//! ([`OrgWalk::tagged`]): a joining "và", where the role is held, a field, whom the body
//! unites, what the role is in charge of, or a word that ends the title.

use super::super::lower_fields::{field_noun_before_parent, last_field_end, purpose_object_at};
use super::super::names::name_right_at;
use super::super::parent::{country_end, field_goes_on};
use super::super::titles::{Hit, opens_role};
use super::super::vocab::Info;
use super::super::words::{Case, Gap, Tag, Words};
use super::country::{city_end, host_country_end, name_after_country, world_after};
use super::{OrgWalk, Step, address, charge, connective, crime, market, named};

impl OrgWalk {
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
            && (w.words[next].case() == Case::Title
                || connective::brand_closes(w, next)
                || connective::joint_office(w, self.head_end, j, next))
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
    pub(super) fn tagged(&mut self, w: &Words<'_>, t: Tag, info: &Info, hit: &mut Hit) -> Step {
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
                    .or_else(|| host_country_end(w, k))
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
        // ("Chánh án TAND cấp cao tại Hà Nội Nguyễn Văn A": [`OrgWalk::seat_then_name`])
        if info.at
            && lower
            && let Some(step) = self.seat_then_name(w, t, hit)
        {
            return step;
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
                        || (info.employee
                            && (w.gap(j) == Gap::Space
                                || super::super::parent::dashed_field(w, j))))))
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
