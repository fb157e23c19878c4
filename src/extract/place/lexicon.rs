//! The place lexicon: the word lists `src/lexicon/place_*.txt` (read by the one lexicon
//! reader, [`crate::text::lexicon`]) and the gazetteer's province names, compiled once into
//! one [`Matcher`] whose every pattern says what it stands for ([`Pat`]).

use crate::text::hash::{FastHashMap, FastSet};
use std::sync::LazyLock;

use super::PlaceKind;
use super::blocking::BlockerWords;
use super::matcher::Matcher;
use super::world::{self, World};
use crate::extract::gazetteer::{fold_key, gazetteer};
use crate::normalize::{NormalizeConfig, Normalizer, ToneStyle, i_for_y};
use crate::text::lexicon::{
    Entry, Lexicon, PLACE_ALIASES, PLACE_BLOCKERS, PLACE_CITIES, PLACE_FORMER, PLACE_LIST_CUES,
    PLACE_NATURAL, PLACE_ORG_WORDS, PLACE_REGIONS, PLACE_SURNAMES, PLACE_UNITS, SENTENCE_STARTERS,
    WORLD_ALIASES, WORLD_COUNTRIES, WORLD_CUES, WORLD_PLACES, WORLD_REGIONS, parse_columns,
};

/// The place word lists, each with the number of tab-separated columns of its lines.
pub(super) const LISTS: [(Lexicon, usize); 15] = [
    (PLACE_UNITS, 4),
    (PLACE_ORG_WORDS, 2),
    (PLACE_LIST_CUES, 1),
    (PLACE_ALIASES, 3),
    (PLACE_CITIES, 1),
    (PLACE_FORMER, 4),
    (PLACE_REGIONS, 1),
    (PLACE_BLOCKERS, 2),
    (PLACE_SURNAMES, 1),
    (PLACE_NATURAL, 2),
    (WORLD_ALIASES, 3),
    (WORLD_COUNTRIES, 2),
    (WORLD_CUES, 1),
    (WORLD_PLACES, 4),
    (WORLD_REGIONS, 2),
];

/// The entries of a place list, read with its column count from [`LISTS`]. A malformed
/// list reads as empty (its test in `place/tests.rs` rejects that, so it cannot ship).
pub(super) fn rows(list: Lexicon) -> Vec<Entry<'static>> {
    let columns = LISTS
        .iter()
        .find(|(l, _)| *l == list)
        .map_or(1, |&(_, c)| c);
    parse_columns(list.file, list.text, columns).unwrap_or_default()
}

/// The first column of the rows (of `place_blockers.txt`, read once) whose second column
/// is `role`.
fn with_role<'r>(
    rows: &'r [Entry<'static>],
    role: &'r str,
) -> impl Iterator<Item = &'static str> + 'r {
    rows.iter()
        .filter(move |e| e.column(1) == Some(role))
        .map(|e| e.key())
}

/// What may follow a unit word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Follow {
    Name,
    Number,
    Both,
}

/// What a pattern of the matcher stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Pat {
    /// A unit word; index into `Lex::units`.
    Unit(u16),
    /// A party committee; index into `Lex::orgs`.
    Org(u16),
    /// A bare province, city, alias; index into `Lex::bare`.
    Bare(u16),
    /// Contains a place but is not one.
    NotPlace,
    /// The class word of a natural feature ("sông", "vịnh"); index into
    /// `Lex::world.natural`.
    Natural(u16),
}

/// A unit word ("xã", "TP.") and how its name is read.
#[derive(Debug)]
pub(super) struct UnitWord {
    pub(super) unit: &'static str,
    pub(super) follow: Follow,
    /// The abbreviation takes what follows without a space ("Q.1", "TP.Vinh").
    pub(super) dotted: bool,
    /// Its name must be one the gazetteer knows: a dotted abbreviation ("H.", "Q."), or
    /// a word whose other names are no places' ("TT", "known" in the list).
    pub(super) known_only: bool,
    /// A numbered group ("tổ 7", "khu 3"): a place only when the place it lies in
    /// follows.
    pub(super) tied: bool,
}

/// A name that is a place on its own.
#[derive(Clone, Debug)]
pub(super) struct Bare {
    /// Key of the gazetteer name (provinces, cities, aliases).
    pub(super) key: Option<String>,
    pub(super) kind: PlaceKind,
    pub(super) unit: &'static str,
    /// Cities may be district-level units.
    pub(super) city: bool,
    /// One syllable ("Lào", "Đức"): checked against a longer name after it.
    pub(super) short: bool,
    /// The country it is or belongs to (ISO 3166-1 alpha-2), for the world's places.
    pub(super) country: Option<&'static str>,
    /// A place only right after a word of `world_cues.txt` ("sang Anh").
    pub(super) cue: bool,
    /// A former province the gazetteer does not hold ("Hà Tây"): a place with no
    /// candidates.
    pub(super) former: bool,
}

/// A former province the gazetteer does not hold (`place_former.txt`).
#[derive(Debug)]
pub(super) struct Former {
    pub(super) unit: &'static str,
    /// The names of the provinces of 2024 that took it in.
    pub(super) successors: Vec<&'static str>,
}

/// Everything place reading looks words up in.
#[derive(Debug)]
pub(super) struct Lex {
    pub(super) ac: Option<Matcher>,
    /// The patterns of `ac` (for the test that checks the search).
    #[cfg(test)]
    pub(super) patterns: Vec<String>,
    pub(super) pats: Vec<Pat>,
    pub(super) units: Vec<UnitWord>,
    pub(super) orgs: Vec<&'static str>,
    pub(super) bare: Vec<Bare>,
    /// The words that block a bare name after them, each with what it blocks.
    pub(super) blockers: Option<BlockerWords>,
    /// Prepositions of place that free a name from an organization's word before it.
    pub(super) free: FastSet<&'static str>,
    /// Words right after a name that make it something else ("FC").
    pub(super) after: Vec<&'static str>,
    /// The words of a sports match ("trận"), those that hold one and are none ("tập
    /// trận"), and the words before a team in a match ("gặp", "trước").
    pub(super) matches: Vec<&'static str>,
    pub(super) drills: Vec<&'static str>,
    pub(super) opponents: FastSet<&'static str>,
    /// Words that make a compound of a team word before it ("quân" of "quân đội").
    pub(super) squads: FastSet<String>,
    /// Lowercase words of other languages that join the words of a foreign name
    /// ("University of Sydney", "Atlético de Madrid").
    pub(super) joiners: FastSet<&'static str>,
    /// Unit words that are also common nouns ("bản").
    pub(super) common_units: FastSet<&'static str>,
    pub(super) list_cues: FastSet<&'static str>,
    pub(super) unit_blockers: FastSet<String>,
    pub(super) country_cues: Vec<&'static str>,
    /// Countries and regions as written: "các tỉnh Tây Nguyên" is a region, not a tỉnh.
    pub(super) not_admin: FastSet<String>,
    pub(super) surnames: FastSet<&'static str>,
    /// Capitalised words that open a sentence and are never part of a name ("Tại", "Theo"),
    /// and the prepositions of place capitalised ("Ở"): a place after one is said bare
    /// ("Tại Hà Nội, …", "Ở Thái Lan mọi người …").
    pub(super) openers: FastSet<String>,
    pub(super) aliases: FastHashMap<String, (String, &'static str)>,
    /// Former provinces by the fold key of their name.
    pub(super) former: FastHashMap<String, Former>,
    /// The world beyond Vietnam's units and natural features.
    pub(super) world: World,
}

/// The place lexicon, built on first use.
pub(super) static LEX: LazyLock<Lex> = LazyLock::new(Lex::build);

/// `word` with its first letter capitalised.
fn capitalized(word: &str) -> String {
    let mut c = word.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// `word` as written and capitalised.
pub(super) fn both_cases(word: &str) -> [String; 2] {
    [word.to_string(), capitalized(word)]
}

/// `text` in the new tone style ("hòa" → "hoà"), by the normalizer.
fn new_style(text: &str) -> String {
    let config = NormalizeConfig::new()
        .tone(ToneStyle::New)
        .fix_encoding(false);
    Normalizer::new(config).normalize(text).into_string()
}

/// The patterns of the matcher as they are collected, each with what it stands for.
#[derive(Default)]
pub(super) struct Patterns {
    patterns: Vec<String>,
    pats: Vec<Pat>,
    seen: FastSet<String>,
    bare: Vec<Bare>,
}

impl Patterns {
    /// Adds `p` in every spelling it is matched in: as written and in the new tone style
    /// ("hòa", "hoà"), each also with `i` for a `y` after a consonant or `qu-` ("Quy Nhơn",
    /// "Qui Nhơn"). The first pattern of a spelling keeps it.
    pub(super) fn add(&mut self, p: String, pat: Pat) {
        let iy = i_for_y(&p).into_owned();
        let new = new_style(&p);
        // (most names have no `y` to spell `i`: their two new styles are one)
        let new_iy = if iy == p { new.clone() } else { new_style(&iy) };
        for v in [new_iy, iy, new, p] {
            if self.seen.insert(v.clone()) {
                self.patterns.push(v);
                self.pats.push(pat);
            }
        }
    }

    /// Adds a bare name, and "Bà Rịa-Vũng Tàu", "Bà Rịa Vũng Tàu", "Bà Rịa – Vũng Tàu"
    /// (an en dash, as news often writes it) for "Bà Rịa - Vũng Tàu".
    pub(super) fn add_bare(&mut self, name: &str, b: Bare) {
        let pat = Pat::Bare(self.bare.len() as u16);
        self.bare.push(b);
        self.add(name.to_string(), pat);
        if name.contains(" - ") {
            for joint in ["-", " ", " – ", "–"] {
                self.add(name.replace(" - ", joint), pat);
            }
        }
    }

    /// The unit words, lowercase and, where the list says `any`, capitalised too.
    fn units(&mut self) -> Vec<UnitWord> {
        let mut units = Vec::new();
        for e in rows(PLACE_UNITS) {
            let cols = &e.columns;
            let follow = match cols[2] {
                "number" | "tied" => Follow::Number,
                "known" => Follow::Name,
                "both" => Follow::Both,
                _ => Follow::Name,
            };
            let pat = Pat::Unit(units.len() as u16);
            units.push(UnitWord {
                unit: cols[1],
                follow,
                dotted: cols[0].ends_with('.'),
                known_only: cols[0].ends_with('.') || cols[2] == "known",
                tied: cols[2] == "tied",
            });
            self.add(cols[0].to_string(), pat);
            if cols[3] == "any" && cols[0].starts_with(char::is_lowercase) {
                self.add(capitalized(cols[0]), pat);
            }
        }
        units
    }

    /// The party committees ("huyện ủy", "Huyện ủy"), each with its unit.
    fn orgs(&mut self) -> Vec<&'static str> {
        let mut orgs = Vec::new();
        for e in rows(PLACE_ORG_WORDS) {
            let pat = Pat::Org(orgs.len() as u16);
            orgs.push(e.columns[1]);
            for v in both_cases(e.key()) {
                self.add(v, pat);
            }
        }
        orgs
    }

    /// Names that contain a place but are not one ("Thái Bình Dương").
    fn not_places(&mut self, blocking: &[Entry<'static>]) {
        for name in with_role(blocking, "name") {
            self.add(name.to_string(), Pat::NotPlace);
        }
    }

    /// Other names of units ("Sài Gòn"): fold key → (key of the unit's name, unit word).
    fn aliases(&mut self) -> FastHashMap<String, (String, &'static str)> {
        let mut aliases = FastHashMap::default();
        for e in rows(PLACE_ALIASES) {
            let (alias, name, unit) = (e.columns[0], e.columns[1], e.columns[2]);
            aliases.insert(fold_key(alias), (fold_key(name), unit));
            let b = Bare {
                key: Some(fold_key(name)),
                short: false,
                ..Bare::named(alias, PlaceKind::Admin, unit)
            };
            self.add_bare(alias, b);
        }
        aliases
    }

    /// Former provinces ("Hà Tây"): fold key → unit word and successors; those said bare
    /// are bare names with no gazetteer key.
    fn former(&mut self) -> FastHashMap<String, Former> {
        let mut former = FastHashMap::default();
        for e in rows(PLACE_FORMER) {
            let (name, unit) = (e.columns[0], e.columns[1]);
            if e.columns[2] == "bare" {
                let b = Bare {
                    key: None,
                    former: true,
                    ..Bare::named(name, PlaceKind::Admin, unit)
                };
                self.add_bare(name, b);
            }
            let successors = e.columns[3].split(", ").collect();
            former.insert(fold_key(name), Former { unit, successors });
        }
        former
    }

    /// Names that are places on their own, of `kind`, with the unit word `unit`.
    fn names<'n>(
        &mut self,
        names: impl IntoIterator<Item = &'n str>,
        kind: PlaceKind,
        unit: &'static str,
    ) {
        for name in names {
            self.add_bare(name, Bare::named(name, kind, unit));
        }
    }

    /// Regions, as written and capitalised ("đồng bằng sông Cửu Long", "Tây Nguyên").
    fn regions(&mut self) {
        for name in keys(PLACE_REGIONS).flat_map(both_cases) {
            let b = Bare {
                short: false,
                ..Bare::named(&name, PlaceKind::Region, "vùng")
            };
            self.add_bare(&name, b);
        }
    }
}

impl Bare {
    /// The bare name `name`: looked up in the gazetteer when it is an administrative
    /// unit, a possible district-level city when its unit word is "thành phố", checked
    /// against a longer name after it when it is one word.
    pub(super) fn named(name: &str, kind: PlaceKind, unit: &'static str) -> Bare {
        Bare {
            key: (kind == PlaceKind::Admin).then(|| fold_key(name)),
            kind,
            unit,
            city: unit == "thành phố",
            short: !name.contains(' '),
            country: None,
            cue: false,
            former: false,
        }
    }
}

/// The gazetteer's province names, each once.
fn province_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = gazetteer().provinces().map(|u| u.name).collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The first column of every entry of `list`.
pub(super) fn keys(list: Lexicon) -> impl Iterator<Item = &'static str> {
    rows(list).into_iter().map(|e| e.key())
}

/// What a word of `place_blockers.txt` blocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Blocker {
    /// A bare name right after it ("đường Hà Nội").
    Before,
    /// A bare name anywhere after it in its clause ("Công ty Thủy lợi Hà Tĩnh").
    Org,
    /// Any name, bare or with its unit word, after it in its clause ("Đại học Y Dược
    /// TP. Hồ Chí Minh").
    School,
    /// A bare name right after it or after a few words of a title's own name ("Hoa hậu
    /// Thế giới Việt Nam").
    Title,
    /// A bare name right after it, which names a team ("CLB Thanh Hóa"), unless a word of
    /// `Lex::squads` makes a compound of it ("quân đội Sài Gòn").
    Team,
}

/// The words that block a bare name after them in its clause ("đường", "chị",
/// "Công ty"), each with what it blocks.
fn blockers(blocking: &[Entry<'static>]) -> Option<BlockerWords> {
    let mut patterns = Vec::new();
    let mut kinds = Vec::new();
    for e in blocking {
        match e.columns[1] {
            role @ ("before" | "team" | "title") => {
                let kind = match role {
                    "team" => Blocker::Team,
                    "title" => Blocker::Title,
                    _ => Blocker::Before,
                };
                for v in both_cases(e.key()) {
                    patterns.push(v);
                    kinds.push(kind);
                }
            }
            "org" => {
                patterns.push(e.key().to_string());
                kinds.push(Blocker::Org);
            }
            "school" => {
                patterns.push(e.key().to_string());
                kinds.push(Blocker::School);
            }
            _ => {}
        }
    }
    BlockerWords::new(&patterns, kinds)
}

impl Lex {
    fn build() -> Lex {
        // `place_blockers.txt`, read once for its many roles
        let blocking = rows(PLACE_BLOCKERS);
        let role = |r: &'static str| with_role(&blocking, r);
        let mut p = Patterns::default();
        let units = p.units();
        let orgs = p.orgs();
        p.not_places(&blocking);
        let aliases = p.aliases();
        let former = p.former();
        p.names(province_names(), PlaceKind::Admin, "");
        p.names(keys(PLACE_CITIES), PlaceKind::Admin, "thành phố");
        p.regions();
        let (world, world_names) = world::World::build(&mut p);
        let blockers = blockers(&blocking);
        let Patterns {
            patterns,
            pats,
            bare,
            ..
        } = p;
        Lex {
            ac: Matcher::new(&patterns),
            #[cfg(test)]
            patterns,
            pats,
            units,
            orgs,
            bare,
            blockers,
            free: role("free").collect(),
            after: role("after").collect(),
            matches: role("match").collect(),
            drills: role("drill").collect(),
            opponents: role("opponent").collect(),
            squads: role("squad").flat_map(both_cases).collect(),
            joiners: role("joiner").collect(),
            common_units: role("common").collect(),
            country_cues: role("cue").collect(),
            not_admin: keys(PLACE_REGIONS)
                .flat_map(both_cases)
                .chain(world_names)
                .collect(),
            unit_blockers: role("unit").flat_map(both_cases).collect(),
            list_cues: keys(PLACE_LIST_CUES).collect(),
            surnames: keys(PLACE_SURNAMES).collect(),
            openers: keys(SENTENCE_STARTERS)
                .map(str::to_string)
                .chain(role("free").map(capitalized))
                .chain(role("lead").map(capitalized))
                .chain(
                    keys(WORLD_CUES)
                        .filter(|c| !c.contains(' ') && c.starts_with(char::is_lowercase))
                        .map(capitalized),
                )
                .collect(),
            aliases,
            former,
            world,
        }
    }
}
