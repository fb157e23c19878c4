//! A title as a record: `[modifiers] role [modifiers] [organization] [jurisdiction]`.
//!
//! The title walk ([`super::titles`]) finds where a title starts and ends; this reads
//! its parts. The role is the title head of `official_titles.txt` (or a rank), with the
//! modifiers of `title_modifiers.txt` said before it, inside its list entry ("Phó Bí thư
//! Thường trực") or right after it taken apart. The rest is the organization, whose kind
//! comes from the first organisation word of `org_kinds.txt` in its spelled-out form
//! ("UBND" → "Ủy ban nhân dân" → state). The jurisdiction is the place the organization
//! governs: a place mention inside the title ("UBND TP Hà Nội"), else the level the
//! organization names ("Huyện ủy", "UBND xã", "Sở Y tế" → a province) filled with the
//! unit of that level the article's places point to most, else the whole country for a
//! central organ ("Bộ Y tế").

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

mod level;
mod placed;
mod role_body;
pub(super) use role_body::body_of_role;
mod unnamed;

use super::abroad;
use super::home::{Home, is_vietnam, jurisdiction_of, national};
use super::titles::{Hit, title_head};
use super::words::Words;
use crate::extract::gazetteer::{UnitId, UnitType};
use crate::extract::place::{Mention, Mentions, PlaceKind};
use crate::span::Span;
use crate::text::dict::{Dict, Match};
use crate::text::lexicon::{self, Entry};

/// One title of an official, read into its parts.
///
/// # Examples
///
/// ```
/// use vinews::extract::official::OrgKind;
/// let text = "Ông Nguyễn Văn An, Phó Chủ tịch UBND TP Hà Nội, phát biểu.";
/// let a = vinews::Article::parse(text);
/// let t = &a.officials[0].titles[0];
/// assert_eq!(t.text, "Phó Chủ tịch UBND TP Hà Nội");
/// assert_eq!(t.span.slice(text), Some("Phó Chủ tịch UBND TP Hà Nội"));
/// assert_eq!((t.role.as_str(), t.modifiers.as_slice()), ("Chủ tịch", &["Phó".to_string()][..]));
/// let org = t.organization.as_ref().unwrap();
/// assert_eq!((org.expanded.as_str(), org.kind), ("Ủy ban nhân dân thành phố Hà Nội", OrgKind::State));
/// assert_eq!(t.jurisdiction.as_ref().map(|j| j.code), Some("01"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Title {
    /// The title as written (normalized): "Phó Bí thư Thường trực Huyện ủy".
    pub text: String,
    /// Its first mention in the original input (`start` and `end` in the JSON).
    #[serde(flatten)]
    pub span: Span,
    /// The title with its abbreviations spelled out ("Chủ tịch Hội đồng nhân dân huyện");
    /// the text itself when it has none.
    pub expanded: String,
    /// The role: "Bí thư", "Chủ tịch", "Đại tá".
    pub role: String,
    /// The modifiers of the role as written, in order: "Phó", "Thường trực", "Quyền",
    /// "nguyên".
    pub modifiers: Vec<String>,
    /// A former holder ("nguyên", "cựu").
    pub former: bool,
    /// The organization the role is held in; `null` for a role said alone ("Thủ tướng",
    /// "Đại tá").
    pub organization: Option<TitleOrganization>,
    /// The place the organization governs; `null` where it cannot be told.
    pub jurisdiction: Option<Jurisdiction>,
    /// The jurisdiction is not said in the title but taken from the level its organization
    /// names: the article's unit of that level ("Bí thư Tỉnh ủy"), or the central level
    /// for a body of a central kind ("Cục trưởng Cục Thuế"). Another title of the person
    /// that names the place tells it better (not serialized, no part of the title's value).
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) inferred: level::Inferred,
}

impl PartialEq<str> for Title {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for Title {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

/// The organization of a title.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct TitleOrganization {
    /// As written: "UBND huyện".
    pub text: String,
    /// With its abbreviations spelled out: "Ủy ban nhân dân huyện".
    pub expanded: String,
    /// What kind of body it is.
    pub kind: OrgKind,
}

/// The kinds of organisation of `org_kinds.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum OrgKind {
    /// An organ of the Communist Party: Tỉnh ủy, Ban Tuyên giáo, Đảng ủy xã.
    Party,
    /// The legislature, government, administration, courts and procuracy: Quốc hội, Bộ,
    /// Sở, UBND, HĐND, Tòa án.
    State,
    /// The Fatherland Front and the mass organisations: MTTQ, Đoàn Thanh niên, Hội Nông dân.
    Front,
    /// The army, border guard and police.
    Armed,
    /// Public service units: schools, hospitals, institutes, the press.
    Public,
    /// Companies, corporations, banks, cooperatives.
    Enterprise,
    /// A foreign country's post.
    Foreign,
    /// None of the kinds above could be told.
    Other,
}

/// The place an organization governs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Jurisdiction {
    /// The gazetteer code ("074"), or "VN" for a central organ.
    #[serde(deserialize_with = "crate::de::static_str")]
    pub code: crate::de::StaticStr,
    /// "huyện Hàm Yên, tỉnh Tuyên Quang", or "Việt Nam".
    pub path: String,
}

/// The level an organisation governs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Scope {
    National,
    /// A unit of one of these types.
    Units(&'static [UnitType]),
}

/// The tags of one phrase of `org_kinds.txt`.
#[derive(Clone, Debug, Default)]
struct KindTags {
    /// The kind, and whether it is only the default of a body serving several kinds.
    kind: Option<(OrgKind, bool)>,
    /// An administrative unit word ("huyện"), not an organisation.
    unit: bool,
    scope: Option<Scope>,
    /// A body that governs no place, even one its name holds: a school, a hospital, the
    /// press (level [`NOWHERE`]).
    nowhere: bool,
}

fn kind_of(s: &str) -> Option<OrgKind> {
    Some(match s {
        "party" => OrgKind::Party,
        "state" => OrgKind::State,
        "front" => OrgKind::Front,
        "armed" => OrgKind::Armed,
        "public" => OrgKind::Public,
        "enterprise" => OrgKind::Enterprise,
        "foreign" => OrgKind::Foreign,
        "other" => OrgKind::Other,
        _ => return None,
    })
}

fn scope_of(s: &str) -> Option<Scope> {
    use UnitType::*;
    Some(match s {
        "national" => Scope::National,
        "province" => Scope::Units(&[Tinh, ThanhPho]),
        "tỉnh" => Scope::Units(&[Tinh]),
        "thành phố" => Scope::Units(&[ThanhPho, ThanhPhoThuocTinh]),
        "huyện" => Scope::Units(&[Huyen]),
        "quận" => Scope::Units(&[Quan]),
        "thị xã" => Scope::Units(&[ThiXa]),
        "xã" => Scope::Units(&[Xa]),
        "phường" => Scope::Units(&[Phuong]),
        "thị trấn" => Scope::Units(&[ThiTran]),
        _ => return None,
    })
}

fn tag_kind(e: &Entry<'_>, t: &mut KindTags) {
    let kind = e.column(1).unwrap_or("-");
    // a word that holds an organisation or unit word but is neither ("xã hội")
    if kind == WORD {
        return;
    }
    t.unit = kind == "-";
    t.kind = kind_of(kind.trim_end_matches('?')).map(|k| (k, kind.ends_with('?')));
    t.scope = e.column(2).and_then(scope_of);
    t.nowhere = e.column(2) == Some(NOWHERE);
}

/// The level column of an entry of `org_kinds.txt` that governs no place.
const NOWHERE: &str = "nowhere";

/// The kind column of an entry of `org_kinds.txt` that is a word of its own, holding an
/// organisation or unit word that it is not ("quốc phòng", "xã hội").
const WORD: &str = "word";

/// The dictionary of `org_kinds.txt`, built once.
static KINDS: LazyLock<Dict<KindTags>> =
    LazyLock::new(|| Dict::new(&[(lexicon::ORG_KINDS, tag_kind)]));

/// The dictionary of `title_modifiers.txt`, each entry tagged `true` when it marks a
/// former holder. (The officials' own dictionary tags modifiers too, but a word's tag
/// there is its longest entry: "Phó" inside "Phó Bí thư Thường trực" has none.)
static MODIFIERS: LazyLock<Dict<bool>> = LazyLock::new(|| {
    Dict::new(&[(lexicon::TITLE_MODIFIERS, |e, former| {
        *former |= e.column(1) == Some("former");
    })])
});

/// What [`classify`] tells of an organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Class {
    pub(super) kind: Option<OrgKind>,
    /// The level it names: its first unit word (but a unit type's after "quốc gia"), else
    /// its last organisation word with a level.
    pub(super) scope: Option<Scope>,
    /// It is, or is inside, a body that governs no place ([`KindTags::nowhere`]: "Trường",
    /// "Trung tâm Sơ sinh, Bệnh viện Nhi").
    nowhere: bool,
    /// It is an administrative unit word and nothing else ("thành phố").
    bare_unit: bool,
    /// It holds a unit word ("xã", "thôn").
    names_unit: bool,
    /// Its kind comes from an organisation word of one kind, not only from the default of
    /// a body serving several ("Ban", "Bí thư").
    definite: bool,
}

/// The entries of [`KINDS`] read along `expanded`, each with the byte it starts at: at
/// each word start (a word char after none), the longest entry there, the next one read
/// after it. The dictionary reads the text itself: no folded copy is made.
fn kind_matches(expanded: &str) -> impl Iterator<Item = (usize, Match<'static, KindTags>)> {
    let tab = crate::text::chars::table();
    let mut after_word = false;
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(c) = expanded.get(i..).and_then(|r| r.chars().next()) {
            let word = crate::text::tokens::fold_char(tab, c).is_some();
            if !word || after_word {
                after_word = word;
                i += c.len_utf8();
                continue;
            }
            after_word = true;
            let at = i;
            match KINDS.longest_in(expanded, i) {
                Some(m) => {
                    i = m.end.max(i + 1);
                    return Some((at, m));
                }
                None => i += c.len_utf8(),
            }
        }
        None
    })
}

/// The kind of the organisation `expanded` (abbreviations spelled out) and the level it
/// names.
pub(super) fn classify(expanded: &str) -> Class {
    let (mut kind, mut default, mut unit, mut head) = (None, None, None, None);
    let (mut nowhere, mut bare_unit, mut names_unit) = (false, false, false);
    for (i, m) in kind_matches(expanded) {
        let t = m.tags;
        nowhere |= t.nowhere;
        match t.kind {
            Some((k, false)) => kind = kind.or(Some(k)),
            Some((k, true)) => default = default.or(Some(k)),
            None => {}
        }
        if t.unit {
            names_unit = true;
            bare_unit |= i == 0 && m.end >= expanded.len();
            // (a unit of the gazetteer after "quốc gia" is the body's: "Ban Chỉ đạo các
            // chương trình mục tiêu quốc gia tỉnh", a province's committee)
            unit = match (unit, t.scope) {
                (Some(Scope::National), Some(s @ Scope::Units(_))) => Some(s),
                (u, s) => u.or(s),
            };
        } else if t.scope.is_some() {
            head = t.scope;
        }
    }
    Class {
        definite: kind.is_some(),
        kind: kind.or(default),
        scope: unit.or(head),
        nowhere,
        bare_unit,
        names_unit,
    }
}

/// A title's text, which the dictionary reads itself (no folded copy made), and where it
/// starts.
struct Folded<'t> {
    text: &'t str,
    at: usize,
}

/// The modifier of `title_modifiers.txt` that the words `i..to` open (within the title
/// `f`): its word count and whether it marks a former holder.
fn modifier_at(w: &Words<'_>, f: &Folded<'_>, i: usize, to: usize) -> Option<(usize, bool)> {
    let m = MODIFIERS.longest_in(f.text, w.words.get(i)?.start().checked_sub(f.at)?)?;
    let end = f.at + m.end;
    let words = w.words.get(i..to)?;
    let n = words.iter().take_while(|x| x.end() <= end).count();
    // The entry must end where a word of `i..to` ends.
    (n > 0 && words[n - 1].end() == end).then_some((n, *m.tags))
}

/// Is word `i` a modifier of `title_modifiers.txt` that marks a former holder, alone
/// ("cựu", "nguyên", "cố")?
pub(super) fn former_word(w: &Words<'_>, i: usize) -> bool {
    let Some(word) = w.words.get(i) else {
        return false;
    };
    MODIFIERS
        .longest_in(w.text, word.start())
        .is_some_and(|m| *m.tags && m.end == word.end())
}

/// The title `t` of a post held abroad: a national body it names bare (no "Việt Nam" in
/// it: "Bộ trưởng Quốc phòng"), or a national post named by its role alone ("Thủ
/// tướng"), is another country's, with no jurisdiction here.
pub(super) fn held_abroad(t: &mut Title) {
    let named_vietnam = |o: &TitleOrganization| {
        o.text
            .split(|c: char| !c.is_alphanumeric())
            .any(|x| x == "VN")
            || o.text.contains("Việt Nam")
    };
    match (&t.jurisdiction, &mut t.organization) {
        (Some(j), Some(o)) if j.code == "VN" && !named_vietnam(o) => {
            o.kind = OrgKind::Foreign;
            t.jurisdiction = None;
        }
        // a national post named by its role alone ("Thủ tướng")
        (Some(j), None) if j.code == "VN" => t.jurisdiction = None,
        _ => {}
    }
}

/// The title `t`, when it is a post in an organ of the party that it names without the
/// place the organ is of ("Bí thư Đảng ủy", "Bí thư Chi bộ", "Ủy viên Ban Chấp hành Đảng bộ
/// huyện" where the article holds no one district most) and that has no jurisdiction:
/// the unit types its level names, if any. Not a role alone ("Bí thư").
pub(super) fn unplaced_party(t: &Title) -> Option<Option<&'static [UnitType]>> {
    if t.jurisdiction.is_some()
        || t.organization
            .as_ref()
            .is_some_and(|o| o.kind != OrgKind::Party)
    {
        return None;
    }
    let c = classify(&t.expanded);
    if !c.definite || c.kind != Some(OrgKind::Party) {
        return None;
    }
    match c.scope {
        None => Some(None),
        Some(Scope::Units(types)) => Some(Some(types)),
        Some(Scope::National) => None,
    }
}

/// Does the organisation `expanded` (abbreviations spelled out) name Vietnam, its last
/// two words being "Việt Nam"?
pub(super) fn names_vietnam(expanded: &str) -> bool {
    expanded
        .strip_suffix("Việt Nam")
        .is_some_and(|b| b.is_empty() || b.ends_with(' '))
}

/// The record of the title `h` of the words `w`; `places` are the article's place
/// mentions (spans of the same text), `home` its units.
pub(super) fn title_record(w: &Words<'_>, h: &Hit, places: &Mentions, home: &Home) -> Title {
    let text = w.text[h.start..h.end].to_string();
    let expanded = w
        .expand(h.from, h.to, h.start, h.end)
        .unwrap_or_else(|| text.clone());
    let f = Folded {
        text: &w.text[h.start..h.end],
        at: h.start,
    };
    let mut modifiers = Vec::new();
    let mut former = false;
    let mut take = |from: usize, n: usize, f: bool| {
        let end = w.words[from + n - 1].end();
        modifiers.push(w.text[w.words[from].start()..end].to_string());
        former |= f;
    };
    let (mut role_from, role_to, role_end, staff) = match title_head(w, h.from) {
        Some((k, (to, end), info)) => (k, to.min(h.to), end, info.staff),
        // (an owner's post with a count, "chủ một cửa hàng": its role ends with the kind)
        None => super::trade::counted_kind(w, h.from)
            .filter(|&k| k <= h.to)
            .map_or((h.from, h.to, h.end, false), |k| {
                (h.from, k, w.words[k - 1].end(), false)
            }),
    };
    // Modifiers before the role, and at either end of its list entry.
    let mut j = h.from;
    while j < role_from {
        let n = modifier_at(w, &f, j, role_from).map_or(1, |(n, f)| {
            take(j, n, f);
            n
        });
        j += n;
    }
    while role_to - role_from > 1
        && let Some((n, f)) = modifier_at(w, &f, role_from, role_to - 1)
    {
        take(role_from, n, f);
        role_from += n;
    }
    // The longest modifier that ends the role's entry, leaving a word of role before it.
    let trailing = [2, 1].into_iter().find_map(|n| {
        let (m, former) = modifier_at(w, &f, role_to.checked_sub(n)?, role_to)?;
        (role_to > role_from + n && m == n).then_some((n, former))
    });
    let role_end = match trailing {
        Some((n, former)) => {
            take(role_to - n, n, former);
            w.words[role_to - n - 1].end()
        }
        None => role_end.min(h.end),
    };
    let role_start = w.words[role_from].start();
    let role = w.text[role_start..role_end].to_string();
    // Modifiers right after the role ("Phó Chủ tịch Thường trực UBND").
    let mut o = role_to;
    while o < h.to
        && let Some((n, f)) = modifier_at(w, &f, o, h.to)
    {
        take(o, n, f);
        o += n;
    }
    // (a role that names a unit: "Trưởng thôn", the head of a village; or a staff post
    // said with a unit, whose field is its administration's: "công chức Địa chính – Xây
    // dựng xã X")
    let role_unit = classify(&role).names_unit || (staff && classify(&expanded).names_unit);
    let (organization, jurisdiction, inferred) =
        organization(w, h, o, &expanded, role_unit, places, home);
    Title {
        text,
        span: Span::new(h.start, h.end),
        expanded,
        role,
        modifiers,
        former,
        organization,
        jurisdiction,
        inferred: level::Inferred(inferred),
    }
}

/// The unit of a title whose first unit mention is `p`, the mentions `within` the title
/// in order: a unit the article places in another than the place reader took
/// ([`Home::misplaced_holder`]); else `p`'s, or, when the gazetteer does not hold it or
/// cannot tell, the unit after it that holds it ("huyện Đông Sơn, tỉnh Thanh Hóa" of a
/// district merged away is the province's, the smallest unit known to hold it); else, for
/// a unit the gazetteer does not hold said alone, its province.
fn admin_unit<'p>(
    places: &Mentions,
    p: &Mention,
    within: impl Iterator<Item = &'p Mention>,
    text: &str,
    home: &Home,
) -> Option<UnitId> {
    home.misplaced_holder(places, p, text)
        .or_else(|| {
            within
                .filter(|q| q.span().start >= p.span().start && places.kind(q) == PlaceKind::Admin)
                .find_map(|q| places.settled(q))
        })
        .or_else(|| home.province_of_mention(places, p, text))
}

/// The jurisdiction of a role said alone, `title_expanded`: a role that is a national
/// post by itself ("Thủ tướng", "Tổng Bí thư", "Ủy viên Bộ Chính trị", "Thứ trưởng") is
/// Vietnam's, unless the article is set abroad.
fn role_alone(title_expanded: &str, home: &Home) -> Option<Jurisdiction> {
    let role = classify(title_expanded);
    let national_post = ((matches!(role.kind, Some(OrgKind::Party | OrgKind::State))
        && role.scope == Some(Scope::National))
        || placed::central_role(title_expanded))
        && !home.abroad;
    national_post.then(national)
}

/// The organization of the title `h` from word `o` on, its jurisdiction, and whether its
/// level gave that ([`Title::inferred`]);
/// `title_expanded` is the whole title with its abbreviations spelled out, `role_unit`
/// whether its role names a unit ("Trưởng thôn") or is a staff post said with one
/// ("công chức … xã").
fn organization(
    w: &Words<'_>,
    h: &Hit,
    o: usize,
    title_expanded: &str,
    role_unit: bool,
    places: &Mentions,
    home: &Home,
) -> (Option<TitleOrganization>, Option<Jurisdiction>, bool) {
    if o >= h.to {
        return (None, role_alone(title_expanded, home), false);
    }
    let start = w.words[o].start();
    let text = w.text[start..h.end].to_string();
    let expanded = w
        .expand(o, h.to, start, h.end)
        .unwrap_or_else(|| text.clone());
    let sides = abroad::sides(w, h, o, places);
    let governed_end = sides.locative.map_or(h.end, |k| w.words[k].start());
    // Vietnam's body abroad ("Đại sứ Việt Nam tại Hà Lan", "Ban Cán sự Đoàn tại LB Nga"):
    // the central level's
    if let Some(org) = abroad::vietnam_side(w, h, o, places, &sides) {
        return (Some(org), Some(national()), false);
    }
    if sides.before || sides.after {
        let org = TitleOrganization {
            text,
            expanded,
            kind: OrgKind::Foreign,
        };
        return (Some(org), None, false);
    }
    if let Some(org) = abroad::national_part_of(w, h, o, places) {
        return (Some(org), Some(national()), false);
    }
    // The organisation's own words, else the role's ("Bộ trưởng Y tế": a ministry); not
    // the words of a place's name ("Hải Phòng").
    let class = placed::class_of(&expanded, w.text, places, start..governed_end);
    // (`unit_only`: the title has no organisation word of one kind, and its role names a
    // unit, "Trưởng thôn X", or is a staff post of a unit's administration, "cán bộ Tư
    // pháp xã X": Luật Cán bộ, công chức 2008, Điều 61)
    let (kind, scope, nowhere, unit_only) = match class.kind {
        Some(k) => (k, class.scope, class.nowhere, false),
        None => {
            let t = classify(&placed::masked(
                title_expanded,
                w.text,
                places,
                start..governed_end,
            ));
            let kind = t.kind.unwrap_or(OrgKind::Other);
            let unit_only = !t.definite && role_unit;
            (kind, class.scope.or(t.scope), t.nowhere, unit_only)
        }
    };
    // The first unit of the gazetteer inside the organisation, else its first place
    // ("Giáo hội Phật giáo Việt Nam TP.HCM": the city's chapter); not past a locative,
    // which says where the body is, not what it governs ("văn phòng X tại Hà Nội"). A
    // place said from inside it on is named by it, its name read on past the title's end
    // ("tỉnh Thừa Thiên" of "tỉnh Thừa Thiên-Huế"; "tỉnh X" run into the holder's name).
    let mut within = places
        .said_from(start)
        .iter()
        .take_while(move |p| p.span().start < governed_end);
    let place = within
        .clone()
        .find(|p| places.kind(p) == PlaceKind::Admin)
        .or_else(|| within.next());
    // A role held in a unit itself is held in its administration ("Chủ tịch tỉnh Quảng
    // Nam", "Phó Chủ tịch thành phố", "Trưởng thôn X (xã Y)": the village's, of its commune); a school, a company, a hospital or the press governs no place, even one it
    // is named after ("Trường ĐH Sư phạm Hà Nội"), while another public unit serves the
    // unit its name holds ("Trung tâm Kiểm soát bệnh tật tỉnh Sóc Trăng", "Viện Pasteur
    // TP HCM"; Luật Viên chức 2010, Điều 9: public service units of the government at
    // each level).
    let unit_named =
        place.is_some_and(|p| places.kind(p) == PlaceKind::Admin && p.span().start == start);
    let kind = match kind {
        OrgKind::Other if class.bare_unit || unit_only || unit_named => OrgKind::State,
        k => k,
    };
    let governs = match kind {
        OrgKind::Party | OrgKind::State | OrgKind::Front | OrgKind::Armed => true,
        OrgKind::Public => !nowhere,
        _ => false,
    };
    let inferred = governs && level::given(place, places, scope, &expanded);
    let jurisdiction = match place {
        _ if !governs => None,
        // (a deputy of Quốc hội named with the province that elected them)
        Some(p)
            if places.kind(p) == PlaceKind::Admin
                && class.kind.is_none()
                && placed::national_role_with_place(title_expanded, &expanded) =>
        {
            Some(national())
        }
        // (a unit named that is no place of the country: [`unnamed`])
        Some(p)
            if places.kind(p) == PlaceKind::Admin
                && places.settled(p).is_none()
                && unnamed::foreign_named_unit(w, o, h.to) =>
        {
            None
        }
        Some(p) if places.kind(p) == PlaceKind::Admin => {
            admin_unit(places, p, within.clone(), w.text, home).and_then(jurisdiction_of)
        }
        // a national body named with its country ("Hội Khuyến học Việt Nam", "Cục Hàng
        // không Việt Nam"), unless a unit word places it ("MTTQ Việt Nam xã": the
        // commune's); another country's is foreign, above
        Some(p) if places.kind(p) == PlaceKind::Country && is_vietnam(p, w.text) => match scope {
            Some(Scope::Units(types)) => home.unit(types).and_then(jurisdiction_of),
            _ => Some(national()),
        },
        Some(p) if places.kind(p) == PlaceKind::Region => {
            placed::vietnam_region(w.text, p.span()).then(national)
        }
        Some(_) => None,
        // (the country named by an abbreviation the place reader does not take as one:
        // "MTTQ VN", "Mặt trận Tổ quốc Việt Nam" spelled out)
        None if scope.is_none() && names_vietnam(&expanded) => Some(national()),
        None => match scope {
            Some(Scope::Units(_)) if unnamed::foreign_named_unit(w, o, h.to) => None,
            Some(Scope::Units(types)) => home
                .unit(types)
                .or_else(|| home.unheld_province(types))
                .and_then(jurisdiction_of),
            Some(Scope::National) if home.abroad => {
                let org = TitleOrganization {
                    text,
                    expanded,
                    kind: OrgKind::Foreign,
                };
                return (Some(org), None, false);
            }
            Some(Scope::National) => Some(national()),
            // (a body named after a place the article names, or said to belong to a body
            // of a place)
            None => placed::unit_named_at_end(&w.text[start..governed_end], home)
                .or_else(|| placed::unit_of_body_after(w.text, h.end, places, home))
                .and_then(jurisdiction_of),
        },
    };
    let org = TitleOrganization {
        text,
        expanded,
        kind,
    };
    (Some(org), jurisdiction, inferred)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::dict::folded;

    #[test]
    fn kinds_and_levels_of_organisations() {
        let cases: &[(&str, Option<OrgKind>, Option<Scope>)] = &[
            ("Huyện ủy", Some(OrgKind::Party), scope_of("huyện")),
            (
                "Ban Chấp hành Đảng bộ tỉnh",
                Some(OrgKind::Party),
                scope_of("tỉnh"),
            ),
            (
                "Ủy ban nhân dân huyện",
                Some(OrgKind::State),
                scope_of("huyện"),
            ),
            (
                "Ban Thường vụ Tỉnh đoàn",
                Some(OrgKind::Front),
                scope_of("tỉnh"),
            ),
            ("Văn phòng Tỉnh ủy", Some(OrgKind::Party), scope_of("tỉnh")),
            (
                "Văn phòng Chính phủ",
                Some(OrgKind::State),
                Some(Scope::National),
            ),
            (
                "Bộ Chỉ huy Quân sự tỉnh",
                Some(OrgKind::Armed),
                scope_of("tỉnh"),
            ),
            ("Sở Y tế", Some(OrgKind::State), scope_of("province")),
            ("Cục Thuế tỉnh", Some(OrgKind::State), scope_of("tỉnh")),
            ("Trường THPT Chu Văn An", Some(OrgKind::Public), None),
            ("Công ty cổ phần Vinamilk", Some(OrgKind::Enterprise), None),
            ("chương trình xây dựng", None, None),
        ];
        for (org, kind, scope) in cases {
            let c = classify(org);
            assert_eq!((c.kind, c.scope), (*kind, *scope), "{org}");
        }
    }

    /// [`kind_matches`] on the text itself is the dictionary's reading of its folded copy:
    /// the same entries at the same word starts.
    #[test]
    fn kind_matches_are_those_of_the_folded_copy() {
        let folded_matches = |text: &str| {
            let f = folded(text);
            let mut out = Vec::new();
            let mut i = 0;
            while i < text.len() {
                // a word starts at text byte `i` (byte `i + 1` of the folded copy)
                if f[i] == b' '
                    && f[i + 1] != b' '
                    && let Some(m) = KINDS.longest_at(&f, i)
                {
                    out.push((i, m.end, m.entry));
                    i = m.end.max(i + 1);
                    continue;
                }
                i += 1;
            }
            out
        };
        let own = [
            "UBND TP. Hà Nội (Sở Y tế)",
            "BAN CHỈ ĐẠO 389 TỈNH, Công ty CP Sông Đà-Thăng Long",
            "Ủy ban nhân dân xã Đức Ninh – Hội đồng nhân dân huyện “Hàm Yên”",
            "H'Mông Bộ Công an2 Trường ĐH Y Dược TP.HCM",
            "nguyên Phó Chủ tịch, cựu Bộ trưởng, Quyền Giám đốc (tạm quyền) Sở",
        ];
        let entries = lexicon::ORG_KINDS.entries();
        let texts = own
            .into_iter()
            .map(str::to_string)
            .chain(entries.flat_map(|e| [e.key().to_string(), e.key().to_uppercase()]))
            .chain(
                include_str!("../../../fixtures/duc-ninh-2023.txt")
                    .lines()
                    .map(str::to_string),
            );
        for text in texts {
            let got: Vec<_> = kind_matches(&text)
                .map(|(i, m)| (i, m.end, m.entry))
                .collect();
            assert_eq!(got, folded_matches(&text), "{text:?}");
            // and a modifier ([`modifier_at`]) at every char
            let f = folded(&text);
            for (i, _) in text.char_indices() {
                let key = |m: Option<Match<'_, bool>>| m.map(|m| (m.end, m.entry));
                let direct = key(MODIFIERS.longest_at(&f, i));
                assert_eq!(key(MODIFIERS.longest_in(&text, i)), direct, "{text:?} {i}");
            }
        }
    }

    #[test]
    fn every_kind_and_level_column_is_known() {
        for e in lexicon::ORG_KINDS.entries() {
            let kind = e.column(1).unwrap_or("");
            assert!(
                kind == "-" || kind == WORD || kind_of(kind.trim_end_matches('?')).is_some(),
                "org_kinds.txt:{}: kind {kind:?}",
                e.line
            );
            if let Some(level) = e.column(2) {
                assert!(
                    level == NOWHERE || scope_of(level).is_some(),
                    "org_kinds.txt:{}: level {level:?}",
                    e.line
                );
            }
        }
    }
}
