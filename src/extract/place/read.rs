//! Reading mentions: one pass over the matches of the place lexicon, left to right. A unit
//! word is followed by its name (or a number), and after a list cue ("các xã") by more
//! names; a party committee ("Huyện ủy") by a known name; a bare name stands on its own
//! unless its context makes it part of something else.

use super::lexicon::{Bare, Blocker, Follow, LEX, Lex, Pat, UnitWord};
use super::middle_named;
use super::resolve::{admin_candidates, exact_candidates, unit_level, unit_types};
use super::words::{
    MAX_NAME_WORDS, NameKeys, char_at, char_before, is_acronym, is_number, is_word_char,
    name_words, opens_sentence, starts_upper, word_before,
};
use super::world;
use super::{Found, Hints, Mention, PlaceKind, What, Whats};
use crate::extract::gazetteer::{Gazetteer, Level, UnitId, UnitType, fold_key, gazetteer};
use crate::normalize::has_syllable_shape;
use crate::span::Span;
use crate::text::tokens::Token;

/// The mentions of places in `text`, in order, and what they say about the article.
pub(super) fn read(text: &str) -> (Vec<Mention>, Whats, Hints) {
    read_with(text, None)
}

/// [`read`] of a text whose tokens are `tokens`: the same mentions, the matcher asked at
/// word starts only (`Matcher::find_iter_words`).
pub(super) fn read_tokens(text: &str, tokens: &[Token]) -> (Vec<Mention>, Whats, Hints) {
    read_with(text, Some(tokens))
}

fn read_with(text: &str, tokens: Option<&[Token]>) -> (Vec<Mention>, Whats, Hints) {
    let lex = &*LEX;
    let mut scan = Scan {
        ctx: Ctx {
            text,
            lex,
            g: gazetteer(),
        },
        found: Vec::new(),
        whats: Whats::default(),
        hints: Hints::default(),
        consumed: 0,
        teams: Vec::new(),
    };
    match (lex.ac.as_ref(), tokens) {
        (Some(ac), None) => {
            for (pattern, s, e) in ac.find_all(text.as_bytes()) {
                scan.step(lex.pats[pattern], s, e);
            }
        }
        (Some(ac), Some(tokens)) => {
            for (pattern, s, e) in ac.find_iter_words(text, tokens) {
                scan.step(lex.pats[pattern], s, e);
            }
        }
        (None, _) => {}
    }
    let (found, whats) = (&mut scan.found, &mut scan.whats);
    // Names in a credit ("Ảnh: Hà Nam TV") are no places, nor do they tie later ones.
    let credits = super::credit::credits(text);
    super::credit::drop_credited(found, &credits);
    super::address::add_address_names(text, lex, found, whats);
    super::later::add_later_bare(text, lex, found, whats);
    super::team::drop_teams(text, lex, &scan.teams, found, whats);
    super::credit::drop_credited(found, &credits);
    super::parent::link_parents(text, found, whats);
    (scan.found, scan.whats, scan.hints)
}

/// What reading looks at: the text, the lexicon, the gazetteer.
#[derive(Clone, Copy)]
pub(super) struct Ctx<'t> {
    pub(super) text: &'t str,
    pub(super) lex: &'static Lex,
    pub(super) g: &'static Gazetteer,
}

/// The state of the pass.
struct Scan<'t> {
    ctx: Ctx<'t>,
    found: Vec<Mention>,
    whats: Whats,
    hints: Hints,
    /// Where the last mention (or non-place) ends; a match starting before it is skipped.
    consumed: usize,
    /// The provinces' and cities' names said as a team's ("CLB Thanh Hóa").
    teams: Vec<&'t str>,
}

impl Hints {
    /// Notes the district-level unit types of `unit` ("huyện", "thị xã"; a "thành phố" may
    /// be a district-level city).
    fn district_unit(&mut self, unit: &str) {
        for &t in unit_types(unit) {
            if t != UnitType::ThanhPho {
                self.district_types.insert(t);
            }
        }
    }
}

impl<'t> Scan<'t> {
    /// Keeps the mention `f`.
    fn push(&mut self, f: Found) {
        let m = self.whats.add(f);
        self.found.push(m);
    }

    /// Takes the match of `pat` at `s..e`: whole words only (a dotted unit word may run
    /// into its name, "Q.1").
    fn step(&mut self, pat: Pat, s: usize, e: usize) {
        let Ctx { text, lex, .. } = self.ctx;
        if s < self.consumed || char_before(text, s).is_some_and(is_word_char) {
            return;
        }
        let dotted = matches!(pat, Pat::Unit(i) if lex.units[i as usize].dotted);
        if !dotted && char_at(text, e).is_some_and(is_word_char) {
            return;
        }
        // "Bộ TT&TT": an acronym joined by "&" is no unit word.
        if matches!(pat, Pat::Unit(_))
            && (char_before(text, s) == Some('&') || char_at(text, e) == Some('&'))
        {
            return;
        }
        match pat {
            Pat::NotPlace => self.consumed = e,
            Pat::Unit(i) => self.unit(&lex.units[i as usize], s, e),
            Pat::Org(i) => self.org(lex.orgs[i as usize], e),
            Pat::Bare(i) => {
                // "sông Đà Hòa Bình": right after a natural feature, a new name.
                let after_feature = self.found.last().is_some_and(|f| {
                    self.whats.of(f).kind == PlaceKind::Natural && f.span().end + 1 == s
                });
                let b = &lex.bare[i as usize];
                if let Some(f) = bare_place(self.ctx, s, e, b, after_feature) {
                    self.push(f);
                    self.consumed = e;
                } else if b.kind == PlaceKind::Admin
                    && names_team(text, s, e, clause_before(text, s), lex)
                {
                    self.teams.push(&text[s..e]);
                }
            }
            Pat::Natural(i) => {
                if let Some(f) = world::natural(self.ctx, s, e, &lex.world.natural[i as usize]) {
                    self.consumed = f.span.end;
                    self.push(f);
                }
            }
        }
    }

    /// A unit word at `s..e` and the name after it.
    fn unit(&mut self, uw: &UnitWord, s: usize, e: usize) {
        let Ctx { text, lex, .. } = self.ctx;
        let unit = uw.unit;
        let before = word_before(text, s);
        // A numbered group is read only before " 7".
        let untied = uw.tied
            && !(text[e..].starts_with(' ')
                && text.as_bytes().get(e + 1).is_some_and(u8::is_ascii_digit));
        if untied || before.is_some_and(|w| lex.unit_blockers.contains(w)) {
            self.consumed = e;
            return;
        }
        // The name starts after one space, or right after "Q." / "TP.".
        // "Q.Ba Đình", "Q.1", "Q. 1" (a space only before a number, but for a unit that
        // takes names only: "H. Gia Lâm"), "TP. Vinh".
        let mut at = e;
        let mut follow = uw.follow;
        if text[e..].starts_with(' ') {
            at = e + 1;
            if uw.dotted && unit != "thành phố" && follow != Follow::Name {
                follow = Follow::Number;
            }
        }
        let level = unit_level(unit);
        let name = read_name(self.ctx, at, unit, follow)
            .filter(|(_, cands)| !cands.is_empty() || !uw.known_only || level.is_none());
        let Some((name_end, cands)) = name else {
            self.unit_word_alone(unit, before);
            self.consumed = e;
            return;
        };
        // "Đại học Y Dược TP. Hồ Chí Minh", "bản MT", "bản Tuyên bố chung": no place.
        let named = if level.is_some() {
            !blocked(clause_before(text, s), lex, true)
        } else {
            village_name(text, lex, unit, at, name_end)
        };
        if !named {
            self.consumed = name_end;
            return;
        }
        let mut kind = if level.is_some() {
            PlaceKind::Admin
        } else {
            PlaceKind::Village
        };
        // "tỉnh Tứ Xuyên", "thành phố New York": a unit of another country.
        let mut country = None;
        if level.is_some()
            && cands.is_empty()
            && let Some(world) = lex.world.after_unit(&text[at..name_end])
        {
            (kind, country) = world;
        }
        if level == Some(Level::District) {
            self.hints.has_districts = true;
        }
        self.push(Found {
            span: Span::new(s, name_end),
            name: Span::new(at, name_end),
            what: What {
                unit,
                kind,
                cands,
                country,
                tied: uw.tied,
                // (set as it is kept, by `Whats::add`)
                name_at: 0,
            },
        });
        self.consumed = name_end;
        if before.is_some_and(|w| lex.list_cues.contains(w) || is_number(w)) {
            self.consumed = self.list(name_end, unit, follow, kind, uw.tied);
        }
    }

    /// A unit word with no name after it: "UBND huyện", "cấp huyện" tell the district
    /// type. `before` is the word before it.
    fn unit_word_alone(&mut self, unit: &str, before: Option<&str>) {
        if unit_level(unit) != Some(Level::District) {
            return;
        }
        self.hints.has_districts = true;
        let plural = before.is_some_and(|w| self.ctx.lex.list_cues.contains(w));
        let official = before.is_some_and(is_acronym);
        if !plural && (unit != "thành phố" || official) {
            self.hints.district_unit(unit);
        }
    }

    /// A party committee ending at `e` ("Tỉnh ủy"), and the unit it names when one follows.
    fn org(&mut self, unit: &'static str, e: usize) {
        if unit_level(unit) == Some(Level::District) {
            self.hints.has_districts = true;
            self.hints.district_unit(unit);
        }
        self.consumed = e;
        if self.ctx.text[e..].starts_with(' ') {
            let at = e + 1;
            if let Some((name_end, cands)) = read_name(self.ctx, at, unit, Follow::Name)
                && !cands.is_empty()
            {
                let name = Span::new(at, name_end);
                self.push(Found::name_only(name, unit, PlaceKind::Admin, cands));
                self.consumed = name_end;
            }
        }
    }

    /// After "các xã Đức Ninh": ", Hùng Đức và Thái Hòa". Returns the end consumed.
    fn list(
        &mut self,
        mut end: usize,
        unit: &'static str,
        follow: Follow,
        kind: PlaceKind,
        tied: bool,
    ) -> usize {
        let text = self.ctx.text;
        loop {
            let rest = &text[end..];
            let skip = [", và ", ", ", " và ", " và các ", " , "]
                .iter()
                .find(|sep| rest.starts_with(*sep))
                .map(|sep| sep.len());
            let Some(skip) = skip else { return end };
            let at = end + skip;
            if !char_at(text, at).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) {
                return end;
            }
            let Some((name_end, cands)) = read_name(self.ctx, at, unit, follow) else {
                return end;
            };
            // An admin item must be known; a village item must be short.
            let words = text[at..name_end].split(' ').count();
            if (kind == PlaceKind::Admin && cands.is_empty())
                || (kind == PlaceKind::Village && words > 3)
            {
                return end;
            }
            let name = Span::new(at, name_end);
            let mut f = Found::name_only(name, unit, kind, cands);
            f.what.tied = tied;
            self.push(f);
            end = name_end;
        }
    }
}

/// True when `text[at..end]`, read after the village word `unit`, can be a village's
/// name: a number or a name with a lowercase letter in it, never a letter or an acronym
/// ("bản A và bản B của tụ điện", "làng MC"); after a word that is also a common noun
/// ("bản": a version, a copy), Vietnamese syllables, and not one word that a lowercase
/// word completes ("bản Sport", "bản Tuyên bố chung").
fn village_name(text: &str, lex: &Lex, unit: &str, at: usize, end: usize) -> bool {
    let name = &text[at..end];
    let number = is_number(name);
    if !number && !name.chars().any(char::is_lowercase) {
        return false;
    }
    if !lex.common_units.contains(unit) {
        return true;
    }
    let completed = !name.contains(' ')
        && text[end..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_lowercase));
    !number && !completed && name.split(' ').all(has_syllable_shape)
}

/// Reads the name after a unit word at `at`: where it ends and the units it may be;
/// `None` when there is none.
fn read_name(
    ctx: Ctx,
    at: usize,
    unit: &'static str,
    follow: Follow,
) -> Option<(usize, Vec<UnitId>)> {
    let mut ends = [0usize; MAX_NAME_WORDS];
    let n = name_words(ctx.text, at, false, &mut ends);
    if n == 0 {
        return lowercase_name(ctx, at, unit, &mut ends);
    }
    let admin = unit_level(unit).is_some();
    let first = &ctx.text[at..ends[0]];
    if is_number(first) {
        if follow == Follow::Name {
            return None;
        }
        let cands = if admin {
            admin_candidates(ctx.g, first, unit)
        } else {
            Vec::new()
        };
        return Some((ends[0], cands));
    }
    if follow == Follow::Number {
        return None;
    }
    if admin {
        let keys = NameKeys::new(ctx.text, at, &ends, n);
        let known = known_prefix(ctx, at, &ends, n, unit, &keys);
        if known.is_some() {
            return known;
        }
        // "tỉnh Hà Sơn Bình": a former province, with no candidates.
        if let Some(k) = (1..=n).rev().find(|&k| {
            let key = keys.key(ctx.text, at, &ends, k);
            ctx.lex
                .former
                .get(key.as_ref())
                .is_some_and(|f| f.unit == unit)
        }) {
            return Some((ends[k - 1], Vec::new()));
        }
    }
    unknown_name(ctx, at, &ends, n, admin)
}

/// The longest prefix of the `n` name words at `at` (their keys `keys`) that the
/// gazetteer (or an alias) knows as a `unit`.
fn known_prefix(
    ctx: Ctx,
    at: usize,
    ends: &[usize; MAX_NAME_WORDS],
    n: usize,
    unit: &str,
    keys: &NameKeys,
) -> Option<(usize, Vec<UnitId>)> {
    for k in (1..=n).rev() {
        let key = keys.key(ctx.text, at, ends, k);
        let key = ctx
            .lex
            .aliases
            .get(key.as_ref())
            .map_or(key.as_ref(), |(t, _)| t);
        let cands = admin_candidates(ctx.g, key, unit);
        if !cands.is_empty() {
            return Some((ends[k - 1], cands));
        }
    }
    None
}

/// A capitalised name the gazetteer does not know: where it ends, with no candidates.
pub(super) fn unknown_name(
    ctx: Ctx,
    at: usize,
    ends: &[usize; MAX_NAME_WORDS],
    n: usize,
    admin: bool,
) -> Option<(usize, Vec<UnitId>)> {
    let Ctx { text, lex, .. } = ctx;
    // A region or country: "các tỉnh Tây Nguyên" (the bare name is matched next).
    if admin && (1..=n).any(|k| lex.not_admin.contains(&text[at..ends[k - 1]])) {
        return None;
    }
    // A person ("UBND huyện Đinh Hữu Niên") is no place; else stop before a person's
    // name, at most four words.
    if admin && (n < 2 || (n >= 3 && lex.surnames.contains(&text[at..ends[0]]))) {
        return None;
    }
    // (a name with its middle name opens where that says, before a surname inside the
    // village's name: "bản Phìn Hồ Thào A Lử")
    if let Some(j) = (1..n).find(|&j| middle_named::opens_person(text, ends, n, j)) {
        return Some((ends[j.min(4) - 1], Vec::new()));
    }
    let mut k = n.min(4);
    for j in 1..n {
        let w = middle_named::word(text, ends, j);
        // A person's name is words joined by spaces: not "Hiền Lương - Bến Hải".
        let named = (j + 1..n)
            .take_while(|&m| middle_named::spaced_before(text, ends, m))
            .count();
        if lex.surnames.contains(w) && named >= 1 {
            k = k.min(j);
            break;
        }
    }
    Some((ends[k - 1], Vec::new()))
}

/// Lowercase names only when the gazetteer knows them (two words or more): "xã đức ninh".
fn lowercase_name(
    ctx: Ctx,
    at: usize,
    unit: &str,
    ends: &mut [usize; MAX_NAME_WORDS],
) -> Option<(usize, Vec<UnitId>)> {
    unit_level(unit)?;
    let n = name_words(ctx.text, at, true, ends);
    // (most lowercase words after a unit word are no name, "xã hội": the key of the
    // first two is folded and asked before all of them are)
    if n < 2 || !ctx.g.may_open(&fold_key(&ctx.text[at..ends[1]])) {
        return None;
    }
    let keys = NameKeys::new(ctx.text, at, ends, n);
    for k in (2..=n).rev() {
        let key = keys.key(ctx.text, at, ends, k);
        let cands = exact_candidates(ctx.g, ctx.g.lookup_key(&key), unit_types(unit));
        if !cands.is_empty() {
            return Some((ends[k - 1], cands));
        }
    }
    None
}

/// A bare name `text[s..e]`, unless its context makes it something else.
/// `after_feature`: it follows a natural feature's name, which ends right before it.
fn bare_place(ctx: Ctx, s: usize, e: usize, b: &Bare, after_feature: bool) -> Option<Found> {
    let Ctx { text, lex, g } = ctx;
    // "sang Anh", not "Anh ấy" (checked first: such names are frequent words).
    if b.cue && !lex.world.cued(text, s) {
        return None;
    }
    // "VN-Index", "HN&ĐT", "VOV.VN", "mã VN/A": an acronym joined to another word is part
    // of it.
    if is_acronym(&text[s..e])
        && (matches!(char_before(text, s), Some('-' | '&' | '.' | '/'))
            || matches!(char_at(text, e), Some('-' | '&' | '/')))
    {
        return None;
    }
    // Part of a longer proper name: "Nguyễn Hòa Bình", "Bia Hà Nội"; a foreign city also
    // after an acronym ("AS Roma").
    // (A word that opens a sentence and is never part of a name is no such name: "Tại
    // Hà Nội, …", "Theo Bộ Y tế Lào".)
    // (A name that opens with a lowercase word, "xứ Đài", starts a phrase of its own.)
    if !after_feature
        && starts_upper(&text[s..e])
        && let Some(w) = word_before(text, s)
        && starts_upper(w)
        && ((!is_acronym(w) && !w.ends_with('.')) || b.kind == PlaceKind::Foreign)
        && !(lex.openers.contains(w) && opens_sentence(text, s - w.len() - 1))
    {
        return None;
    }
    if foreign_joined(text, s, lex) {
        return None;
    }
    let window = clause_before(text, s);
    let team_word = matches!(b.kind, PlaceKind::Admin | PlaceKind::Foreign);
    if blocked_or_team(window, lex, false, team_word) || team(text, s, e, window, lex) {
        return None;
    }
    // "Đức Ninh", "Nguyễn Đức Chung": a one-word name followed by a capitalised word is
    // part of a longer name.
    if b.short
        && text[e..].starts_with(' ')
        && char_at(text, e + 1).is_some_and(char::is_uppercase)
        && !lex
            .country_cues
            .iter()
            .any(|c| window.strip_suffix(' ').is_some_and(|w| w.ends_with(c)))
    {
        return None;
    }
    let cands: Vec<UnitId> = match &b.key {
        Some(key) => g
            .lookup_key(key)
            .iter()
            .copied()
            .filter(|&i| {
                g.unit(i).is_some_and(|u| {
                    u.unit_type.level() == Level::Province
                        || (b.city && u.unit_type == UnitType::ThanhPhoThuocTinh)
                })
            })
            .collect(),
        None => Vec::new(),
    };
    if b.kind == PlaceKind::Admin && cands.is_empty() && !b.former {
        return None;
    }
    let mut f = Found::name_only(Span::new(s, e), b.unit, b.kind, cands);
    f.what.country = b.country;
    Some(f)
}

/// A name at `s` joined by a lowercase word of another language to the word before it,
/// which is no Vietnamese syllable: part of a foreign name, a title of a work or an
/// organization's ("University of Sydney", "The Trial of the Chicago 7", "One Night in
/// Miami", "Atlético de Madrid").
fn foreign_joined(text: &str, s: usize, lex: &Lex) -> bool {
    word_before(text, s).is_some_and(|w| {
        lex.joiners.contains(w)
            && s.checked_sub(w.len() + 1)
                .and_then(|at| word_before(text, at))
                .is_some_and(|p| p.chars().all(char::is_alphabetic) && !has_syllable_shape(p))
    })
}

/// The clause before `s`, at most 80 bytes back: from the last punctuation mark before it
/// (`,` `.` `;` `:` `(` `)` `"` `“` `”` or a line end).
pub(super) fn clause_before(text: &str, s: usize) -> &str {
    let mut from = s.saturating_sub(80);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..s];
    let b = window.as_bytes();
    // Read by bytes: the marks are ASCII but “ and ” (E2 80 9C, E2 80 9D), told by their
    // last byte and the two before it (the window starts on a char boundary, so a
    // continuation byte has its lead inside it).
    let clause = b
        .iter()
        .enumerate()
        .rev()
        .find(|&(i, &x)| match x {
            b',' | b'.' | b';' | b':' | b'(' | b')' | b'"' | b'\n' => true,
            0x9C | 0x9D => i >= 2 && b[i - 2] == 0xE2 && b[i - 1] == 0x80,
            _ => false,
        })
        .map_or(0, |(i, _)| i + 1);
    &window[clause..]
}

/// "đường Hà Nội", "chị Nga", "Công ty Thủy lợi Hà Tĩnh": a blocker word right before the
/// name, or an organization's word anywhere in the clause before it (unless a preposition
/// of place comes after that word: "Trường THCS Tân Lập ở Hà Nội"). With `unit` (the name
/// is said with its unit word), only a school's word blocks it.
pub(super) fn blocked(window: &str, lex: &Lex, unit: bool) -> bool {
    blocked_or_team(window, lex, unit, false)
}

/// [`blocked`], or with `team` also [`after_team_word`]: one look at the clause's
/// blocker words for both.
fn blocked_or_team(window: &str, lex: &Lex, unit: bool, team: bool) -> bool {
    any_blocker(window, lex, |kind, head, rest| match kind {
        // "vùng núi Tây Bắc": a class word that ends a compound is no feature's.
        Blocker::Before => {
            let word = &window[head.len()..window.len() - rest.len()];
            let compound = head
                .strip_suffix(' ')
                .and_then(|h| h.rsplit(' ').next())
                .is_some_and(|b| lex.world.compound(b, word));
            !unit && rest == " " && !compound
        }
        Blocker::Title => !unit && in_title(rest, lex),
        // A team word blocks a province's or city's name only (`names_team`): "đội bóng
        // Tây Ban Nha" are Spain's.
        Blocker::Team => team && team_word(head, rest, lex),
        Blocker::Org => !unit && !freed(rest, lex),
        Blocker::School => !freed(rest, lex) && !described(rest),
    })
}

/// Does `f` hold for a word of `place_blockers.txt` in `window` that stands as a word of
/// its own (not the end of "GD&ĐT", "GD- ĐT"): its kind, what comes before it and what
/// after it in the window?
fn any_blocker(window: &str, lex: &Lex, mut f: impl FnMut(Blocker, &str, &str) -> bool) -> bool {
    lex.blockers.as_ref().is_some_and(|b| {
        // (`any` asks only the words at the window's start or after a char that is no
        // word char nor `&`)
        b.any(window, |kind, s, e| {
            let head = &window[..s];
            let joined = head.strip_suffix(' ').unwrap_or(head);
            !joined
                .strip_suffix('-')
                .is_some_and(|h| h.ends_with(is_word_char))
                && f(kind, head, &window[e..])
        })
    })
}

/// A team word ("CLB", "đội") between `head` and `rest` that stands right before the
/// name and is no compound's ("quân đội").
fn team_word(head: &str, rest: &str, lex: &Lex) -> bool {
    let squad = head
        .strip_suffix(' ')
        .and_then(|h| h.rsplit(' ').next())
        .is_some_and(|w| lex.squads.contains(w));
    rest == " " && !squad
}

/// A bare name at `s..e` that names a team: after a team word ("CLB Thanh Hóa", "đội Nam
/// Định") or in a match ([`team`]); `window` is the clause before it ([`clause_before`]).
pub(super) fn names_team(text: &str, s: usize, e: usize, window: &str, lex: &Lex) -> bool {
    after_team_word(window, lex) || team(text, s, e, window, lex)
}

/// A team word ends the clause `window`, right before what follows it ("CLB", "đội
/// bóng"; not "quân đội").
pub(super) fn after_team_word(window: &str, lex: &Lex) -> bool {
    any_blocker(window, lex, |kind, head, rest| {
        kind == Blocker::Team && team_word(head, rest, lex)
    })
}

/// Most words of a title's own name between the title word and a place ("Thế giới").
const TITLE_WORDS: usize = 3;

/// `rest` (what follows a title word, up to the name) is a title's own name, or nothing:
/// at most [`TITLE_WORDS`] words opening with a capital ("Thế giới", not "hoa hậu của
/// Mỹ", "hoa hậu quê Hải Phòng"), no two capitalised ones in a row (a person's name), no
/// preposition of place, and not ending with a word that makes the name a nationality
/// ("người").
fn in_title(rest: &str, lex: &Lex) -> bool {
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.first().is_some_and(|w| !starts_upper(w)) {
        return false;
    }
    let person = words
        .windows(2)
        .any(|w| starts_upper(w[0]) && starts_upper(w[1]));
    let cue = words.last().is_some_and(|w| lex.country_cues.contains(w));
    rest.ends_with(' ') && words.len() <= TITLE_WORDS && !person && !cue && !freed(rest, lex)
}

/// A run of four lowercase words in `rest` (what follows a school's word in the clause):
/// the school's name has ended ("ĐH Stanford - ngôi trường danh giá hàng đầu nước Mỹ",
/// "Đại học Huế và toàn thể nhân dân tỉnh Thừa Thiên Huế").
fn described(rest: &str) -> bool {
    let mut run = 0;
    for w in rest.split(' ') {
        if w.starts_with(char::is_lowercase) {
            run += 1;
            if run == 4 {
                return true;
            }
        } else if !w.is_empty() {
            run = 0;
        }
    }
    false
}

/// A preposition of place in `rest` (what follows an organization's word in the clause).
fn freed(rest: &str, lex: &Lex) -> bool {
    rest.split(' ').any(|w| lex.free.contains(w))
}

/// A name at `s..e` that names a sports team, not its place: "Sài Gòn FC", or after the
/// word before a team in a clause about a match ("trận gặp Bình Định", "trận đấu giữa
/// Panama và Maringa", "Đắk Lắk thắng Thanh Hóa" after "trận"), unless the match word is a
/// drill's or a war's ("tập trận chung với Mỹ", "trận chiến với Nga"). `window` is the
/// clause before the name.
pub(super) fn team(text: &str, s: usize, e: usize, window: &str, lex: &Lex) -> bool {
    let rest = &text[e..];
    let named_after = lex.after.iter().any(|w| {
        rest.strip_prefix(' ')
            .and_then(|r| r.strip_prefix(w))
            .is_some_and(|r| !r.starts_with(is_word_char))
    });
    if named_after {
        return true;
    }
    let Some(before) = word_before(text, s) else {
        return false;
    };
    // (a word lowercase already is not copied to be looked up again)
    if !lex.opponents.contains(before)
        && (crate::text::chars::is_lowercase(before)
            || !lex.opponents.contains(lower(before).as_str()))
    {
        return false;
    }
    let clause = lower(window);
    let Some(after_match) = match_word(&clause, lex) else {
        return false;
    };
    // "Nhật Bản và Hàn Quốc" after "trận động đất ở": "và" joins teams only after a word
    // that names one ("giữa Serbia và Bồ Đào Nha").
    clause[after_match..]
        .split(' ')
        .any(|w| w != JOINER && lex.opponents.contains(w))
}

/// Where the first word of a sports match in `lower` (lowercase text) ends, a word of its
/// own and no drill's or war's ("trận", not "tập trận", "trận chiến").
///
/// # Time complexity
///
/// Linear in `lower.len()`: each match word is checked against the few drill phrases
/// that hold it, at the place it would stand in them.
pub(super) fn match_word(lower: &str, lex: &Lex) -> Option<usize> {
    let at_word = |i: usize, len: usize| {
        (i == 0 || char_before(lower, i).is_some_and(|c| !is_word_char(c)))
            && !char_at(lower, i + len).is_some_and(is_word_char)
    };
    // The match word `w` at `i` inside a drill phrase that holds it at `k`.
    let in_drill = |i: usize, w: &str| {
        lex.drills.iter().any(|d| {
            d.match_indices(w).any(|(k, _)| {
                i.checked_sub(k).is_some_and(|a| {
                    lower.get(a..).is_some_and(|r| r.starts_with(d)) && at_word(a, d.len())
                })
            })
        })
    };
    lex.matches
        .iter()
        .flat_map(|m| lower.match_indices(m))
        .filter(|&(i, w)| at_word(i, w.len()) && !in_drill(i, w))
        .map(|(i, w)| i + w.len())
        .min()
}

/// The word that joins the last item of a list.
const JOINER: &str = "và";

/// `word` in lower case.
fn lower(word: &str) -> String {
    crate::text::chars::to_lowercase(word)
}
