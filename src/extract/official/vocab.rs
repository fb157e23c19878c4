//! The officials' tags of the dictionary: what a word-list phrase is (a title, a rank, a
//! surname, …), and how each list of issue 6 and its columns set that.

use std::sync::LazyLock;

use crate::text::dict::{Dict, Source};
use crate::text::lexicon::{self, Entry};

/// What a word-list phrase is; one phrase may be several things.
#[derive(Clone, Debug, Default)]
pub(crate) struct Info {
    pub title: bool,
    /// A staff post ("Cán bộ"): a title only with the organisation it serves after it,
    /// and a word of an organisation's own name after "và" ("… và Cán bộ Quản lý giáo
    /// dục").
    pub staff: bool,
    /// A unit's employee ("Giáo viên", "Nhân viên"): a staff post that is a title only with
    /// a named organisation after it ([`super::titles`]), and capitalised inside an
    /// organisation's name a word of that name ("Cuộc thi Giáo viên …").
    pub employee: bool,
    /// A teacher's trade noun ("Thầy giáo", "Cô giáo"): an employee's post that a full name
    /// right after it holds too ("cô giáo Nguyễn Thị A"), school named or not.
    pub teacher: bool,
    /// An owner's post ("Chủ quán", "Chủ tiệm"): the business after it is often named
    /// after a person ("tiệm sửa xe Lê Vĩnh"), so a name after it is a full one.
    pub owner: bool,
    /// The head or deputy of a unit named by the role's first word ("Đội trưởng", "Đội
    /// phó"): a post only with that unit named right after it ("Đội trưởng Đội QLTT số
    /// 12"); alone or before a team, a sports team's captain, no post by the guide.
    pub heads_unit: bool,
    /// An aide ("Thư ký", "Trợ lý"): the post of the one served, said right after the
    /// role without "của", is the title's ("Thư ký Chủ tịch Quốc hội").
    pub aide: bool,
    pub rank: bool,
    /// A byname before the name a person is known by ("bầu Đức"): a rank whose given name
    /// alone is the name.
    pub nickname: bool,
    /// An owner of a club or company ("đồng sở hữu", "ông chủ của"): a title only before
    /// the body owned, capitalised, "của" or not.
    pub holder: bool,
    /// An honour said with the holder's given name ("Sir Alex"): one word after it is a
    /// given name, the person's once named in full.
    pub with_given: bool,
    /// A state's honorary title or award ("NSND", "Anh hùng Lao động"), no degree: not
    /// joined by a dash to one ("Giáo sư - NSND X").
    pub award: bool,
    pub honorific: bool,
    pub stop: bool,
    /// A stop word that joins two capitalised parts of one name ("và").
    pub join: bool,
    /// A word joining two titles of one person ("kiêm").
    pub also: bool,
    /// A word tying a title to the institution it is held at ("tại").
    pub at: bool,
    /// A preposition tying an employee's role to the organisation it serves ("tại",
    /// "của", "thuộc": [`super::titles`]).
    pub role_link: bool,
    /// A verb of charge ("phụ trách"): right after a role it says what the role is in
    /// charge of, inside the title.
    pub charge: bool,
    /// The grade of a superlative ("nhất"): the word before it is an adjective said of
    /// the holder, no word of a body's name.
    pub graded: bool,
    /// A word making the title after it plural ("các", "những").
    pub plural: bool,
    /// A verb whose object loses the post named after it ("sa thải", "cách chức").
    pub removed: bool,
    /// A verb of appointment, election or nomination ("bổ nhiệm", "bầu", "đề cử"): the post
    /// a link word ties to its object is given, not held ([`super::appointed`]).
    pub appointed: bool,
    /// A candidate for a post ("ứng viên"): the post named right after it is sought, not
    /// held.
    pub candidate: bool,
    /// A conjunction of condition ("nếu"): a post linked to the person named right after
    /// it is one he might hold.
    pub conditional: bool,
    /// A ship ("tàu"): the title right after it and the capitalised words right after it
    /// are the ship's name ("tàu Đô đốc Makarov", "thuyền trưởng tàu Hải Âu"), no
    /// person's; unlike a stop, it does not end a title ("chỉ huy tàu ngầm").
    pub ship: bool,
    /// A word linking a name to the title after it ("là", "giữ chức").
    pub link: bool,
    /// A link saying a post held with an adverb ("hiện là", "đang giữ chức"): it opens a
    /// segment after a comma too.
    pub held_link: bool,
    /// A held link saying one post of every name listed before it ("cùng là", "đều là").
    pub shared_link: bool,
    /// A link of a post moved to and taken up ("đến giữ chức", "về làm"): the person's
    /// even after a verb of appointment.
    pub moved_link: bool,
    /// A place name that is a person right after a title ("Chủ tịch Hồ Chí Minh").
    pub person: bool,
    /// A kind of institution whose own name follows ("Trường", "ĐH").
    pub institution: bool,
    /// A capitalised word that is never part of a name ("Ngày", "Theo").
    pub name_break: bool,
    /// A reporting verb of two words or more (`statement_cues.txt`, not those as often
    /// nouns): capitalised after a full name, it opens the sentence a heading ran into.
    pub reporting: bool,
    pub surname: bool,
    pub ethnic: bool,
    pub not_name: bool,
    pub country: bool,
    /// A country named by one Vietnamese syllable, also a given name or a word ("Đức",
    /// "Áo", "Ý"): no country of a title's by itself, but one before a foreign name
    /// ("Hải quân Đức Hans Becker"), which never opens on it.
    pub syllable_country: bool,
    /// A place of another country that is not one Vietnamese syllable, a state, province
    /// or city ("Connecticut", "Bắc Kinh"): after a title, the place the title is held
    /// in, and the capitalised words after it a name ("Thống đốc California Gavin
    /// Newsom").
    pub world_place: bool,
    /// A country of the places' lists, by any of its names ("Ý", "Đức", "Hoa Kỳ"), or a
    /// first-level unit of another country, a state, province or region ("Massachusetts",
    /// "Queensland", "Scotland"): said after a comma after a foreign body, closing the
    /// apposition, where the body is ("… Đại học Padova, Ý, cho biết").
    pub abroad_seat: bool,
    /// A word of a foreign organisation's name ("Group", "FC", "The").
    pub foreign_org: bool,
    /// A lowercase particle inside a foreign name ("von der Leyen").
    pub particle: bool,
    pub modifier: bool,
    /// A role said of a person with no organisation's name ("Tổng thống", "HLV").
    pub personal: bool,
    /// A monarch's role, also said figuratively ("nữ hoàng truyền hình").
    pub monarch: bool,
    /// A leader said by the role noun "lãnh đạo": a title only before a name, at once or
    /// after a country ("lãnh đạo Triều Tiên Kim Jong-un"), else a body's leadership.
    pub named: bool,
    /// A modifier only when capitalised ("Quyền Bộ trưởng", not "quyền Tổng thống").
    pub capital: bool,
    pub unit: bool,
    /// An armed service a military rank is held in ("Hải quân"): after the rank, the
    /// title's ([`super::titles`]).
    pub service: bool,
    /// An organisation head; `Some(true)` when it must be capitalised and named.
    pub org: Option<bool>,
    /// A body that names itself whole ("Tỉnh ủy", "Chính phủ"): a lowercase word after
    /// it that no list holds is the clause's ([`super::closed`]).
    pub whole: bool,
    /// The field of a body's name after its head ("Giáo dục và Đào tạo", "Du lịch").
    pub field: bool,
    /// A field that is also a verb ("tổ chức", "xây dựng").
    pub field_verb: bool,
    /// An adjective ending a body's name after its field ("quốc gia").
    pub qualifier: bool,
    /// A company's type that its own name follows ("TNHH một thành viên").
    pub company_type: bool,
    /// An abbreviation: its expansion, and whether it names an organisation.
    pub abbrev: Option<(String, bool)>,
    /// The expansion of an abbreviated title head ("ĐBQH").
    pub title_expanded: Option<String>,
}

impl Info {
    /// A body's field, not an organisation's head ("Y tế", "Tư pháp"): written
    /// capitalised after the head, it ends the body's name as its own capitalised words
    /// do, so a clause's lowercase words after it are no part of the title ("Giám đốc
    /// Trung tâm Y tế gọi tôi ra").
    pub(crate) fn ends_name(&self) -> bool {
        self.field && self.org.is_none()
    }

    /// A word a place's or a body's own name may hold: no post, rank, word of address,
    /// country, stop, link or organisation's head ("Phạm Văn Đồng" a street's, "Kangaroo"
    /// an institute's).
    pub(crate) fn plain_proper(&self) -> bool {
        !(self.title || self.rank || self.honorific || self.country || self.stop || self.link)
            && self.org.is_none()
    }
}

/// Column `i` of `e` is `value`.
fn has(e: &Entry<'_>, i: usize, value: &str) -> bool {
    e.column(i) == Some(value)
}

/// A country's name that is not one Vietnamese syllable: several words, one word in
/// Latin letters of four or more ("Cuba", "Chad"; not "Nga", "Đức", "Ý"), or initials
/// of two capitals or more, which no syllable is written as ("UAE").
fn not_a_syllable(name: &str) -> bool {
    name.contains(' ')
        || (name.is_ascii() && name.len() >= 4)
        || (name.len() >= 2 && name.bytes().all(|b| b.is_ascii_uppercase()))
}

/// The lists of issue 6 and how each entry's columns set its tags.
const SOURCES: [Source<Info>; 26] = [
    (lexicon::OFFICIAL_TITLES, |e, i| {
        i.title = true;
        match e.column(1) {
            Some("staff") => i.staff = true,
            Some("employee") => {
                i.staff = true;
                i.employee = true;
            }
            Some("teacher") => {
                i.staff = true;
                i.employee = true;
                i.teacher = true;
            }
            Some("owner") => i.owner = true,
            Some("unit") => i.heads_unit = true,
            Some("aide") => i.aide = true,
            Some("holder") => i.holder = true,
            Some(exp) => i.title_expanded = Some(exp.to_string()),
            None => {}
        }
    }),
    (lexicon::OFFICIAL_RANKS, |e, i| {
        i.rank = true;
        i.nickname |= has(e, 1, "nickname");
        i.with_given |= has(e, 1, "given");
        i.award |= has(e, 1, "award");
    }),
    (lexicon::HONORIFICS, |_, i| i.honorific = true),
    (lexicon::OFFICIAL_STOPS, |e, i| {
        let ship = has(e, 1, "ship");
        let word = has(e, 1, "word");
        let graded = has(e, 1, "graded");
        i.ship |= ship;
        i.stop |= !(ship || word || graded);
        i.graded |= graded;
        i.join |= has(e, 1, "join");
        i.plural |= has(e, 1, "plural");
        i.also |= has(e, 1, "also");
        i.at |= has(e, 1, "at");
        i.removed |= has(e, 1, "removed") || ship;
        i.charge |= has(e, 1, "charge");
    }),
    // A verb of appointment ends a title's organisation as the stop words' verbs do
    // ("… Đảng ủy xã ứng cử đại biểu HĐND").
    (lexicon::OFFICIAL_APPOINTMENTS, |e, i| {
        let candidate = has(e, 1, "candidate");
        let conditional = has(e, 1, "if");
        i.stop |= !conditional;
        i.candidate |= candidate;
        i.conditional |= conditional;
        i.appointed |= !candidate && !conditional;
    }),
    (lexicon::INSTITUTIONS, |_, i| i.institution = true),
    (lexicon::NAME_BREAKS, |_, i| i.name_break = true),
    // A reporting verb ends a title's organisation as the stop words' verbs do ("… Học
    // viện Tài chính khuyến cáo"); not those as often nouns, column 2 ("Viện Thông tin").
    (lexicon::STATEMENT_CUES, |e, i| {
        let verb = e.column(1).is_none();
        i.stop |= verb;
        i.reporting |= verb && e.key().contains(' ');
    }),
    (lexicon::ROLE_LINKS, |_, i| i.role_link = true),
    (lexicon::TITLE_LINKS, |e, i| {
        i.link = true;
        i.shared_link |= has(e, 1, "shared");
        i.held_link |= has(e, 1, "held") || i.shared_link;
        i.moved_link |= has(e, 1, "moved");
    }),
    (lexicon::SURNAMES, |e, i| {
        i.surname = true;
        i.ethnic |= has(e, 1, "ethnic");
    }),
    (lexicon::NOT_NAMES, |e, i| {
        i.not_name = true;
        i.person |= has(e, 1, "person");
    }),
    (lexicon::COUNTRIES, |_, i| i.country = true),
    // The places' countries (CLDR's names and the news forms) are the officials' too,
    // but for a name of one Vietnamese syllable ("Đức", "Ý"), also a given name or a word:
    // `countries.txt` names those a title takes.
    (lexicon::WORLD_COUNTRIES, |e, i| {
        i.abroad_seat = true;
        i.country |= not_a_syllable(e.key());
        i.syllable_country |= !not_a_syllable(e.key());
    }),
    (lexicon::WORLD_ALIASES, |e, i| {
        i.abroad_seat = true;
        i.country |= not_a_syllable(e.key());
        i.syllable_country |= !not_a_syllable(e.key());
    }),
    // (a city is no first-level unit: "Boston, Massachusetts" names the state after it)
    (lexicon::WORLD_PLACES, |e, i| {
        i.world_place |= not_a_syllable(e.key());
        i.abroad_seat |=
            e.column(2) == Some("foreign") && matches!(e.column(1), Some("bang" | "tỉnh" | "vùng"));
    }),
    (lexicon::FOREIGN_ORG_WORDS, |_, i| i.foreign_org = true),
    (lexicon::NAME_PARTICLES, |_, i| i.particle = true),
    (lexicon::PERSONAL_ROLES, |e, i| {
        i.personal = true;
        i.monarch |= has(e, 1, "monarch");
        i.named |= has(e, 1, "named");
    }),
    (lexicon::TITLE_MODIFIERS, |e, i| {
        i.modifier = true;
        i.capital |= has(e, 1, "cap");
    }),
    (lexicon::SUBJECT_UNITS, |_, i| i.unit = true),
    (lexicon::ARMED_SERVICES, |_, i| i.service = true),
    (lexicon::ORG_HEADS, |e, i| {
        i.org = Some(has(e, 1, "cap"));
        i.whole |= has(e, 1, "whole");
    }),
    (lexicon::ORG_FIELDS, |e, i| {
        i.field = true;
        i.field_verb |= has(e, 1, "verb");
    }),
    (lexicon::ORG_QUALIFIERS, |e, i| {
        i.qualifier = true;
        i.company_type |= has(e, 1, "company");
    }),
    (lexicon::ORG_ABBREVIATIONS, |e, i| {
        let exp = e.column(1).unwrap_or("").to_string();
        i.abbrev = Some((exp, has(e, 2, "org")));
        // (the abbreviation of a head that its name follows, "BV" + "Bạch Mai", is one)
        if has(e, 2, "head") {
            i.org = Some(true);
        }
    }),
];

/// The dictionary of the officials' lists, built once.
pub(crate) static VOCAB: LazyLock<Dict<Info>> = LazyLock::new(|| Dict::new(&SOURCES));

#[cfg(test)]
mod tests {
    use super::*;

    /// The rules every list shares are `text::lexicon`'s hygiene test; the lists of
    /// issue 6 are also sorted, and unique case-insensitively (entries match
    /// case-insensitively). (`subject_units.txt` is the ratio grammar's list,
    /// `statement_cues.txt` the statements', longest phrase first.)
    #[test]
    fn lists_are_sorted_and_unique_ignoring_case() {
        // (`world_places.txt` is the places' list of facts, in order of country)
        for (lex, _) in SOURCES.iter().filter(|s| {
            s.0 != lexicon::SUBJECT_UNITS
                && s.0 != lexicon::WORLD_PLACES
                && s.0 != lexicon::STATEMENT_CUES
        }) {
            let keys: Vec<&str> = lex.entries().map(|e| e.key()).collect();
            assert!(
                keys.is_sorted(),
                "src/lexicon/{}: entries not sorted by byte order",
                lex.file
            );
            let mut seen = std::collections::HashSet::new();
            for e in lex.entries() {
                assert!(
                    seen.insert(e.key().to_lowercase()),
                    "src/lexicon/{}:{}: duplicate {:?} ignoring case",
                    lex.file,
                    e.line,
                    e.key()
                );
            }
        }
    }

    /// A second or third column is one this module reads.
    #[test]
    fn columns_are_known() {
        let known: &[(&str, usize, &[&str])] = &[
            (
                "official_stops.txt",
                1,
                &[
                    "join", "plural", "also", "at", "removed", "charge", "ship", "graded", "word",
                ],
            ),
            ("surnames.txt", 1, &["ethnic"]),
            ("official_ranks.txt", 1, &["nickname", "given", "award"]),
            ("title_modifiers.txt", 1, &["cap", "former"]),
            ("not_names.txt", 1, &["person"]),
            ("org_heads.txt", 1, &["cap", "whole"]),
            ("org_fields.txt", 1, &["verb"]),
            ("org_qualifiers.txt", 1, &["company"]),
            ("org_abbreviations.txt", 2, &["org", "head"]),
            ("personal_roles.txt", 1, &["monarch", "named"]),
            ("title_links.txt", 1, &["held", "moved", "shared"]),
            ("official_appointments.txt", 1, &["candidate", "if"]),
            ("statement_cues.txt", 1, &["1", "2"]),
        ];
        for (lex, _) in SOURCES {
            for e in lex.entries() {
                let free = match lex.file {
                    "official_titles.txt" => 2,
                    "org_abbreviations.txt" => 2,
                    "world_countries.txt" => 2,
                    "world_aliases.txt" => 3,
                    "world_places.txt" => 4,
                    _ => 1,
                };
                for (i, col) in e.columns.iter().enumerate().skip(free) {
                    let ok = known
                        .iter()
                        .any(|&(f, c, values)| f == lex.file && c == i && values.contains(col));
                    assert!(ok, "src/lexicon/{}:{}: column {col:?}", lex.file, e.line);
                }
            }
        }
    }

    /// Every entry fits the tag a word holds (`words::Word`): its index, and its number
    /// of words (an entry's words as folded; a text's words are no more, an inner
    /// apostrophe joining two).
    #[test]
    fn entries_fit_a_words_tag() {
        use super::super::words::{MAX_ENTRIES, MAX_TAG_WORDS};
        assert!(VOCAB.len() < MAX_ENTRIES, "{} entries", VOCAB.len());
        for (lex, _) in SOURCES {
            for e in lex.entries() {
                let folded = crate::text::dict::folded(e.key());
                let words = folded
                    .split(|&b| b == b' ')
                    .filter(|w| !w.is_empty())
                    .count();
                assert!(
                    words <= MAX_TAG_WORDS,
                    "src/lexicon/{}:{}",
                    lex.file,
                    e.line
                );
            }
        }
    }
}
