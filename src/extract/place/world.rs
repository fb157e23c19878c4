//! The world beyond Vietnam's units, and natural features.
//!
//! - Countries and territories, continents and world regions by their Vietnamese names
//!   (`world_countries.txt`, `world_regions.txt`, generated from CLDR by
//!   `tools/gen_world.py`), countries also by the names news uses beside them
//!   (`world_aliases.txt`: "Mỹ", "Anh"); some of these only after a cue word
//!   (`world_cues.txt`: "sang Anh", "nước Ý").
//! - Provinces and cities of other countries, historic states, world regions
//!   (`world_places.txt`), each with the country it belongs to; said bare ("Tứ Xuyên") or
//!   after a unit word ("tỉnh Tứ Xuyên").
//! - Natural features named with their class word (`place_natural.txt`): a lowercase
//!   common noun followed by a capitalised name, "sông Hồng", "vịnh Hạ Long": the name of a
//!   feature is not the unit it shares a name with.

use crate::text::hash::{FastHashMap, FastSet};

use super::lexicon::{Bare, Pat, Patterns, both_cases, keys, rows};
use super::read::{Ctx, after_team_word, clause_before, unknown_name};
use super::words::{
    MAX_NAME_WORDS, char_at, is_acronym, is_number, name_words, starts_upper, word_before,
};
use super::{Found, PlaceKind};
use crate::extract::gazetteer::{Level, fold_key};
use crate::normalize::has_syllable_shape;
use crate::span::Span;
use crate::text::lexicon::{
    PLACE_NATURAL, PLACE_UNITS, WORLD_ALIASES, WORLD_COUNTRIES, WORLD_CUES, WORLD_PLACES,
    WORLD_REGIONS,
};

/// The class word of a natural feature ("sông", "quần đảo").
#[derive(Debug)]
pub(super) struct Natural {
    /// The class word, lowercase: the place's unit.
    word: &'static str,
    /// Also capitalised at the start of a sentence ("Vịnh Hạ Long là …").
    capital: bool,
    /// Its name may not be a province or a district ("biển Nha Trang" names the city).
    strict: bool,
}

/// What the world's part of place reading looks up.
#[derive(Debug, Default)]
pub(super) struct World {
    /// The class words of natural features, indexed by `Pat::Natural`.
    pub(super) natural: Vec<Natural>,
    /// Word before → the class words it makes another word with ("hoạt" → "động").
    compounds: FastHashMap<String, Vec<&'static str>>,
    /// The cue words, as written and capitalised.
    cues: Vec<String>,
    /// The last word of every cue.
    cue_ends: FastSet<String>,
    /// The unit words as written and capitalised ("biển TP Quy Nhơn" names the city).
    units: Vec<String>,
    /// The world's places by their name as written: kind and country, for a name after a
    /// unit word ("tỉnh Tứ Xuyên", "thành phố New York").
    places: FastHashMap<&'static str, (PlaceKind, Option<&'static str>)>,
}

impl World {
    /// Adds the world's names and the class words of natural features to the patterns;
    /// returns the world with the names that are no unit's name after a unit word
    /// (countries, regions, historic states: "các tỉnh Tây Nguyên" is a region).
    pub(super) fn build(p: &mut Patterns) -> (World, Vec<String>) {
        let mut world = World::default();
        let mut not_admin = Vec::new();
        // the class words of natural features, in both cases: no lowercase spelling of a
        // name that opens with one (see `lower_tail`)
        let classes: Vec<String> = rows(PLACE_NATURAL)
            .iter()
            .flat_map(|e| both_cases(e.key()))
            .collect();
        // The aliases first: a spelling's first pattern keeps it ("Jordan" after a cue).
        for e in rows(WORLD_ALIASES) {
            let (name, code) = (e.columns[0], e.columns[1]);
            let b = Bare {
                country: Some(code),
                cue: e.columns[2] == "cue",
                ..Bare::named(name, PlaceKind::Country, "quốc gia")
            };
            if let Some(lower) = lower_tail(name, &classes).filter(|_| !b.cue) {
                p.add_bare(&lower, b.clone());
            }
            p.add_bare(name, b);
            not_admin.push(name.to_string());
        }
        for e in rows(WORLD_COUNTRIES) {
            let (name, code) = (e.columns[0], e.columns[1]);
            let b = Bare {
                country: Some(code),
                ..Bare::named(name, PlaceKind::Country, "quốc gia")
            };
            if let Some(lower) = lower_tail(name, &classes) {
                p.add_bare(&lower, b.clone());
            }
            p.add_bare(name, b);
            not_admin.push(name.to_string());
        }
        // "châu Âu", and capitalised at the start of a sentence.
        for n in rows(WORLD_REGIONS).iter().flat_map(|e| both_cases(e.key())) {
            let b = Bare {
                short: false,
                ..Bare::named(&n, PlaceKind::Region, "vùng")
            };
            p.add_bare(&n, b);
            not_admin.push(n);
        }
        for e in rows(WORLD_PLACES) {
            let (name, unit) = (e.columns[0], e.columns[1]);
            let kind = match e.columns[2] {
                "historic" => PlaceKind::Historic,
                "region" => PlaceKind::Region,
                _ => PlaceKind::Foreign,
            };
            let country = Some(e.columns[3]).filter(|&c| c != "-");
            // "Los Angeles Times": a city that opens a longer name is no place.
            let foreign = kind == PlaceKind::Foreign;
            let b = Bare {
                country,
                short: foreign || !name.contains(' '),
                ..Bare::named(name, kind, unit)
            };
            p.add_bare(name, b);
            if kind == PlaceKind::Foreign {
                world.places.insert(name, (kind, country));
            } else {
                not_admin.push(name.to_string());
            }
        }
        world.natural_words(p);
        world.units = keys(PLACE_UNITS).flat_map(both_cases).collect();
        world.cues = rows(WORLD_CUES)
            .iter()
            .flat_map(|e| both_cases(e.key()))
            .collect();
        world.cue_ends = world
            .cues
            .iter()
            .filter_map(|c| c.rsplit(' ').next().map(str::to_string))
            .collect();
        (world, not_admin)
    }

    /// The class words of natural features and the words that end in one.
    fn natural_words(&mut self, p: &mut Patterns) {
        for e in rows(PLACE_NATURAL) {
            let word = e.key();
            let role = e.columns[1];
            if role == "compound" {
                if let Some((before, class)) = word.rsplit_once(' ') {
                    for b in both_cases(before) {
                        self.compounds.entry(b).or_default().push(class);
                    }
                }
                continue;
            }
            let pat = Pat::Natural(self.natural.len() as u16);
            let capital = role == "any";
            self.natural.push(Natural {
                word,
                capital,
                strict: role == "strict",
            });
            p.add(word.to_string(), pat);
            if capital {
                p.add(both_cases(word)[1].clone(), pat);
            }
        }
    }

    /// `before word` is a compound that ends in the class word `word` ("vùng núi").
    pub(super) fn compound(&self, before: &str, word: &str) -> bool {
        self.compounds
            .get(before)
            .is_some_and(|c| c.contains(&word))
    }

    /// The kind and country of a place of the world named after a unit word.
    pub(super) fn after_unit(&self, name: &str) -> Option<(PlaceKind, Option<&'static str>)> {
        self.places.get(name).copied()
    }

    /// A cue word ends right before `s` ("sang Anh", "Thủ tướng Nhật").
    pub(super) fn cued(&self, text: &str, s: usize) -> bool {
        // The word before must end a cue: one look-up before the cues are compared.
        if !word_before(text, s).is_some_and(|w| self.cue_ends.contains(w)) {
            return false;
        }
        let Some(head) = text.get(..s).and_then(|h| h.strip_suffix(' ')) else {
            return false;
        };
        self.cues.iter().any(|c| {
            head.strip_suffix(c.as_str())
                .is_some_and(|h| h.is_empty() || h.ends_with([' ', '(', '"', '“']))
        })
    }
}

/// A country's name of two or more Vietnamese syllables spelled with its later syllables in
/// lower case, as news often writes it ("Nhật bản", "Trung quốc", "Việt nam"): the name
/// alone is what makes it a proper noun. `None` for a name that is not all Vietnamese
/// syllables ("New Zealand"), one already so spelled ("Liên bang Nga"), and one that opens
/// with a class word of `classes` ("Đảo Man": "Đảo man" is no spelling of it).
fn lower_tail(name: &str, classes: &[String]) -> Option<String> {
    let (first, rest) = name.split_once(' ')?;
    let words = || name.split(' ');
    if !words().all(|w| has_syllable_shape(w) && starts_upper(w))
        || classes.iter().any(|c| {
            c.as_str() == first
                || name
                    .strip_prefix(c.as_str())
                    .is_some_and(|r| r.starts_with(' '))
        })
    {
        return None;
    }
    Some(format!("{first} {}", rest.to_lowercase()))
}

/// The start of a sentence: nothing before `s` but spaces after a sentence mark.
fn sentence_start(text: &str, s: usize) -> bool {
    let head = text.get(..s).unwrap_or("").trim_end_matches(' ');
    head.is_empty() || head.ends_with(['.', '!', '?', ':', '\n', '"', '“', '(', '-', '–', '…'])
}

/// The natural feature whose class word `n` is `text[s..e]`: "sông Hồng", "đảo Phú
/// Quốc". `None` when no capitalised name follows, when the class word is part of another
/// word ("đồng hồ"), when a capitalised class word does not open a sentence or opens
/// the name of a unit ("Núi Thành").
pub(super) fn natural(ctx: Ctx<'_>, s: usize, e: usize, n: &Natural) -> Option<Found> {
    let Ctx { text, lex, g } = ctx;
    let capital = starts_upper(&text[s..e]);
    if capital && !(n.capital && sentence_start(text, s)) {
        return None;
    }
    // A capitalised name follows (most class words are followed by a common word: "hồ
    // sơ", "biển số"); checked first, it is the cheap test.
    let at = e + 1;
    if !text[e..].starts_with(' ') || !char_at(text, at).is_some_and(char::is_uppercase) {
        return None;
    }
    // "đồng hồ", "các đảo Đông Nam Á": another word, a common noun.
    if let Some(w) = word_before(text, s)
        && (lex.list_cues.contains(w) || lex.world.compound(w, n.word))
    {
        return None;
    }
    // "đội bóng sông Hàn": a team called by its city's river, no feature.
    if after_team_word(clause_before(text, s), lex) {
        return None;
    }
    // "biển TP Quy Nhơn": a unit's name follows.
    let rest = &text[at..];
    if lex.world.units.iter().any(|u| {
        rest.strip_prefix(u.as_str())
            .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
    }) {
        return None;
    }
    let mut ends = [0usize; MAX_NAME_WORDS];
    let count = name_words(text, at, false, &mut ends);
    // A proper name, not a number nor an acronym ("khai thác GB").
    if count == 0 || is_number(&text[at..ends[0]]) || is_acronym(&text[at..ends[0]]) {
        return None;
    }
    // At most four words, stopped before a person's name.
    let (end, _) = unknown_name(ctx, at, &ends, count, false)?;
    let mut k = ends.iter().take(count).position(|&x| x == end)? + 1;
    // "sông Đà Hòa Bình": the name stops before a province.
    if let Some(j) = (1..k).find(|&j| province_from(ctx, ends[j - 1] + 1, &ends[j..k])) {
        k = j;
    }
    let end = ends[k - 1];
    let named = |t: &str, commune: bool| {
        g.lookup_key(&fold_key(t)).iter().any(|&i| {
            g.unit(i)
                .is_some_and(|u| commune || u.unit_type.level() != Level::Commune)
        })
    };
    // "biển Nha Trang", "biển Cà Mau - Nam Du" are the city's, the province's sea; "Núi
    // Thành" is a district.
    let strict_named = || {
        ends[..k]
            .iter()
            .any(|&x| named(&text[at..x], false) || lex.not_admin.contains(&text[at..x]))
    };
    if (n.strict && strict_named()) || (capital && named(&text[s..end], true)) {
        return None;
    }
    Some(Found {
        span: Span::new(s, end),
        ..Found::name_only(Span::new(at, end), n.word, PlaceKind::Natural, Vec::new())
    })
}

/// Some of the words starting at `from` (ending at `ends`) name a province.
fn province_from(ctx: Ctx<'_>, from: usize, ends: &[usize]) -> bool {
    ends.iter().any(|&end| {
        ctx.g
            .lookup_key(&fold_key(&ctx.text[from..end]))
            .iter()
            .any(|&i| {
                ctx.g
                    .unit(i)
                    .is_some_and(|u| u.unit_type.level() == Level::Province)
            })
    })
}
