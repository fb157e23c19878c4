//! The one lexicon reader: every human-edited word list of `src/lexicon/` is read by
//! [`parse`], and every file is registered in [`ALL`] so that one hygiene test walks them.
//!
//! The format (STYLE.md, "Data is data"): plain UTF-8, one entry a line, tab-separated
//! columns, `#` comments and blank lines skipped. A column is never empty and never has
//! white space at either end.

use std::fmt;

/// An embedded word list: its file name under `src/lexicon/` and its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lexicon {
    /// The file name, e.g. `official_titles.txt`.
    pub file: &'static str,
    /// The file's text.
    pub text: &'static str,
}

/// One entry: its 1-based line number and its columns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry<'a> {
    /// The 1-based line number in its file.
    pub line: usize,
    /// The tab-separated columns, at least one, none empty or untrimmed.
    pub columns: Vec<&'a str>,
}

impl<'a> Entry<'a> {
    /// The first column: the phrase the entry is about.
    #[must_use]
    pub fn key(&self) -> &'a str {
        self.columns[0]
    }

    /// Column `i` (0-based), if the line has it.
    #[must_use]
    pub fn column(&self, i: usize) -> Option<&'a str> {
        self.columns.get(i).copied()
    }
}

/// A malformed lexicon line, with its file and line.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct LexiconError {
    /// The file.
    pub file: &'static str,
    /// The 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub reason: &'static str,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} line {}: {}", self.file, self.line, self.reason)
    }
}

impl std::error::Error for LexiconError {}

/// Parses a word list: every entry with its line number and columns.
///
/// # Errors
///
/// A line with an empty or untrimmed column.
///
/// # Examples
///
/// ```
/// use vinews::text::lexicon::parse;
/// let e = parse("mine.txt", "# a comment\n\nBí thư\nHĐND\tHội đồng nhân dân\n").unwrap();
/// assert_eq!(e[1].line, 4);
/// assert_eq!(e[1].columns, ["HĐND", "Hội đồng nhân dân"]);
/// assert!(parse("mine.txt", "Bí thư \n").is_err());
/// ```
pub fn parse<'a>(file: &'static str, text: &'a str) -> Result<Vec<Entry<'a>>, LexiconError> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        out.extend(entry(file, n + 1, line)?);
    }
    Ok(out)
}

/// The entry of one line, numbered `n`: `None` for a blank or comment line.
fn entry<'a>(
    file: &'static str,
    n: usize,
    line: &'a str,
) -> Result<Option<Entry<'a>>, LexiconError> {
    if line.trim().is_empty() || line.starts_with('#') {
        return Ok(None);
    }
    let columns: Vec<&str> = line.split('\t').collect();
    if columns.iter().any(|c| c.is_empty() || c.trim() != *c) {
        return Err(LexiconError {
            file,
            line: n,
            reason: "empty or untrimmed column",
        });
    }
    Ok(Some(Entry { line: n, columns }))
}

/// Parses a word list whose lines must all have `columns` columns.
///
/// # Errors
///
/// As [`parse`], and a line with another number of columns.
pub fn parse_columns<'a>(
    file: &'static str,
    text: &'a str,
    columns: usize,
) -> Result<Vec<Entry<'a>>, LexiconError> {
    let entries = parse(file, text)?;
    match entries.iter().find(|e| e.columns.len() != columns) {
        Some(e) => Err(LexiconError {
            file,
            line: e.line,
            reason: "wrong number of tab-separated columns",
        }),
        None => Ok(entries),
    }
}

impl Lexicon {
    /// The keys (first columns) of a built-in list, in file order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + use<> {
        self.entries().map(|e| e.key())
    }

    /// The entries of a built-in list. The hygiene test checks that every built-in list
    /// parses, so a malformed line can only come from an edit that the tests reject; such a
    /// line is skipped here rather than failing at run time.
    pub fn entries(&self) -> impl Iterator<Item = Entry<'static>> + use<> {
        let text: &'static str = self.text;
        let file = self.file;
        // each line read once, as `parse` reads it
        text.lines()
            .enumerate()
            .filter_map(move |(n, line)| entry(file, n + 1, line).ok().flatten())
    }
}

macro_rules! lexicons {
    ($($(#[$doc:meta])* $name:ident = $file:literal;)*) => {
        $(
            $(#[$doc])*
            pub const $name: Lexicon = Lexicon {
                file: $file,
                text: include_str!(concat!("../lexicon/", $file)),
            };
        )*
        /// Every built-in word list, for the hygiene test and for tools.
        pub const ALL: &[Lexicon] = &[$($name),*];
    };
}

lexicons! {
    /// Abbreviations whose period does not end a sentence.
    ABBREVIATIONS = "abbreviations.txt";
    /// Verbs before an amount that make it a change ("tăng 3,2%").
    AMOUNT_CHANGES = "amount_changes.txt";
    /// Words before a number that make it a label, not a count ("số 5", "lớp 12").
    AMOUNT_LABELS = "amount_labels.txt";
    /// Money words that make a scaled number with no unit an amount in đồng.
    AMOUNT_MONEY_CUES = "amount_money_cues.txt";
    /// Words after a number that never name what it counts ("là", "lần", "tuổi").
    AMOUNT_NOT_UNITS = "amount_not_units.txt";
    /// Words that qualify an amount ("hơn", "gần", "khoảng").
    AMOUNT_QUALIFIERS = "amount_qualifiers.txt";
    /// Counted nouns and classifiers of one syllable ("người", "chiếc").
    AMOUNT_SINGLE_NOUNS = "amount_single_nouns.txt";
    /// Units of amounts: currencies, units of measure, counted nouns, with kind and code.
    AMOUNT_UNITS = "amount_units.txt";
    /// The armed services a military rank is held in ("Hải quân", "Không quân").
    ARMED_SERVICES = "armed_services.txt";
    /// Words that say whether an article's "HLV" coaches a contest's entrants or a sport's
    /// players.
    CONTEST_CUES = "contest_cues.txt";
    /// Countries, as names that are not people.
    COUNTRIES = "countries.txt";
    /// Words of a sentence listing an event's attendees ("Tham dự buổi lễ có", "Khách mời
    /// … gồm").
    EVENT_ATTENDANCE = "event_attendance.txt";
    /// Phrases that open with an event's trigger but are no event ("kiểm tra sức khỏe").
    EVENT_BLOCKERS = "event_blockers.txt";
    /// Words of an event's trigger that are not its head ("buổi", "với").
    EVENT_FILLERS = "event_fillers.txt";
    /// Words between an event's agent and its trigger ("đã", "có", "tổ chức").
    EVENT_LINKS = "event_links.txt";
    /// Words that open the object of a trigger that needs one ("đoàn", "các", "xã").
    EVENT_OBJECTS = "event_objects.txt";
    /// Words before an organization that name its part that acts ("Thường trực").
    EVENT_ORG_PARTS = "event_org_parts.txt";
    /// Words after a trigger that end the stretch of its partner ("về", "tại", "cho").
    EVENT_OBJECT_STOPS = "event_object_stops.txt";
    /// Words of an event's chair and attendees ("chủ trì", "cùng dự có").
    EVENT_ROLES = "event_roles.txt";
    /// Trigger words of events with their kind ("làm việc với" working_session).
    EVENT_TRIGGERS = "event_triggers.txt";
    /// Words after a bare day-month that close its clause ("tính đến 5-4 đã có").
    DATE_AFTER_WORDS = "date_after_words.txt";
    /// Words before "a/b" that make it a date ("từ 1/4", "dịp 30/4").
    DATE_CUES = "date_cues.txt";
    /// Second words of a period noun (giai đoạn, nhiệm kỳ).
    DATE_PERIOD_NOUNS = "date_period_nouns.txt";
    /// Words of quantity before a unit word ("những năm trước").
    DATE_QUANTIFIERS = "date_quantifiers.txt";
    /// Words before "a-b" that make it a score, never a date ("thắng 2-1").
    DATE_SCORE_CUES = "date_score_cues.txt";
    /// Vague references with their TIMEX3 value ("hiện nay" PRESENT_REF).
    DATE_REFERENCES = "date_references.txt";
    /// Words before a vague reference or a birth cue that make it another word.
    DATE_REFERENCE_BLOCKERS = "date_reference_blockers.txt";
    /// Words of date expressions with their role.
    DATE_WORDS = "date_words.txt";
    /// Words of approximation before a duration's count with their TIMEX3 mod ("hơn").
    DURATION_MODIFIERS = "duration_modifiers.txt";
    /// Numbers in words before a duration unit with their value ("hai", "nửa", "vài").
    DURATION_NUMBERS = "duration_numbers.txt";
    /// Units of a duration with their TIMEX3 unit ("năm" Y, "tiếng" H).
    DURATION_UNITS = "duration_units.txt";
    /// Words of approximation before "x/y" that make it a fraction ("gần 1/5 hộ").
    FRACTION_CUES = "fraction_cues.txt";
    /// Words of foreign organisation names (Group, FC, The).
    FOREIGN_ORG_WORDS = "foreign_org_words.txt";
    /// Honorifics before a person's name (ông, bà, đồng chí).
    HONORIFICS = "honorifics.txt";
    /// Heads of institutions whose own name follows (Trường, Bệnh viện).
    INSTITUTIONS = "institutions.txt";
    /// Lunar month names with their number.
    LUNAR_MONTHS = "lunar_months.txt";
    /// Festivals with their lunar (or solar) month and day (Tết Trung thu: 15/8 lunar).
    LUNAR_FESTIVALS = "lunar_festivals.txt";
    /// The ten stems of the sexagenary cycle with their index (Giáp = 0).
    CAN_CHI_STEMS = "can_chi_stems.txt";
    /// The twelve branches of the sexagenary cycle with their index (Tý = 0).
    CAN_CHI_BRANCHES = "can_chi_branches.txt";
    /// Lunar month names that are never solar (Giêng, Chạp) with their number.
    LUNAR_MONTH_NAMES = "lunar_month_names.txt";
    /// Function words opening a clause, never a name's syllable after a full name.
    CLAUSE_OPENERS = "clause_openers.txt";
    /// Capitalised words that are never part of a name.
    NAME_BREAKS = "name_breaks.txt";
    /// Lowercase particles inside a foreign name ("von der Leyen").
    NAME_PARTICLES = "name_particles.txt";
    /// Capitalised phrases that are not names.
    NOT_NAMES = "not_names.txt";
    /// Words before "a/b" that make it an address or a code ("số 12/3").
    NUMBER_CODE_CUES = "number_code_cues.txt";
    /// Scale words after a number ("triệu", "tỷ") with their value.
    NUMBER_SCALES = "number_scales.txt";
    /// Verbs of appointment, election and nomination ("bổ nhiệm", "bầu", "đề cử").
    OFFICIAL_APPOINTMENTS = "official_appointments.txt";
    /// Academic and military ranks.
    OFFICIAL_RANKS = "official_ranks.txt";
    /// Words that end a title or a name.
    OFFICIAL_STOPS = "official_stops.txt";
    /// Positions and titles.
    OFFICIAL_TITLES = "official_titles.txt";
    /// Organization abbreviations with their expansion.
    ORG_ABBREVIATIONS = "org_abbreviations.txt";
    /// Fields of state bodies whose name has a comma or a hyphen inside.
    ORG_FIELDS = "org_fields.txt";
    /// Head words of organizations.
    ORG_HEADS = "org_heads.txt";
    /// Adjectives that end a public body's name after its field ("quốc gia").
    ORG_QUALIFIERS = "org_qualifiers.txt";
    /// Kinds of organisations (party, state, …) and the level they govern.
    ORG_KINDS = "org_kinds.txt";
    /// Parts of the day with their clock half.
    PARTS_OF_DAY = "parts_of_day.txt";
    /// Roles said of a person without an organisation's name.
    PERSONAL_ROLES = "personal_roles.txt";
    /// Words that come before a personal name, for the sentence splitter.
    PERSON_TITLES = "person_titles.txt";
    /// Other names of places (Sài Gòn).
    PLACE_ALIASES = "place_aliases.txt";
    /// Words that block a bare place name next to them.
    PLACE_BLOCKERS = "place_blockers.txt";
    /// Cities that are not provinces.
    PLACE_CITIES = "place_cities.txt";
    /// Former provinces the gazetteer does not hold (Hà Tây), with their successors.
    PLACE_FORMER = "place_former.txt";
    /// Natural features' class words (sông, vịnh, đảo) and words that end in one.
    PLACE_NATURAL = "place_natural.txt";
    /// Number words that open a list of places.
    PLACE_LIST_CUES = "place_list_cues.txt";
    /// Party organs named after a unit (huyện ủy → huyện).
    PLACE_ORG_WORDS = "place_org_words.txt";
    /// Regions (Bắc Bộ, châu Á).
    PLACE_REGIONS = "place_regions.txt";
    /// Surnames that are also place names.
    PLACE_SURNAMES = "place_surnames.txt";
    /// Unit words of places, with what may follow them.
    PLACE_UNITS = "place_units.txt";
    /// Verbs that open a ratio.
    RATIO_CUES = "ratio_cues.txt";
    /// Words opening the items listed after a ratio ("gồm", "bao gồm").
    RATIO_ITEM_OPENERS = "ratio_item_openers.txt";
    /// Unit words that name one place before a capitalised word ("xã Đức Ninh").
    RATIO_NAMED_UNITS = "ratio_named_units.txt";
    /// Units counted by ratios.
    RATIO_UNITS = "ratio_units.txt";
    /// Nouns of one whole measured in fractions ("2/3 diện tích").
    RATIO_WHOLES = "ratio_wholes.txt";
    /// Phrases that open with a reporting word but report nothing ("kể từ").
    STATEMENT_BLOCKERS = "statement_blockers.txt";
    /// Common nouns that head a body of a place ("cảnh sát", "quân đội").
    STATEMENT_BODIES = "statement_bodies.txt";
    /// Reporting words of statements ("cho biết", "nhấn mạnh", "theo").
    STATEMENT_CUES = "statement_cues.txt";
    /// Words between a speaker and the reporting word, or after it ("cũng", "thêm").
    STATEMENT_FILLERS = "statement_fillers.txt";
    /// Capitals that speak for their country ("Moscow" for Nga).
    STATEMENT_METONYMS = "statement_metonyms.txt";
    /// Words that make the reporting word after them a noun or a passive ("sự", "được").
    STATEMENT_NOUN_MARKERS = "statement_noun_markers.txt";
    /// Words before a place that make it a side speaking ("phía", "nước").
    STATEMENT_PLACE_SIDES = "statement_place_sides.txt";
    /// Words that refer back to the last person named ("ông", "bà này").
    STATEMENT_PRONOUNS = "statement_pronouns.txt";
    /// Who speaks for a body without being named ("phát ngôn viên", "đại diện").
    STATEMENT_SPOKESPERSONS = "statement_spokespersons.txt";
    /// Words that open a sentence and never a name.
    SENTENCE_STARTERS = "sentence_starters.txt";
    /// Words before "hàng" that make it a noun ("khách hàng"), no recurrence.
    SET_BLOCKERS = "set_blockers.txt";
    /// Words that make the unit after them a recurrence ("hằng năm", "mỗi ngày").
    SET_CUES = "set_cues.txt";
    /// Headings of trailing boilerplate blocks.
    STRUCTURE_BOILERPLATE = "structure_boilerplate.txt";
    /// Cues of a byline.
    STRUCTURE_BYLINE_CUES = "structure_byline_cues.txt";
    /// Cues of a photo caption.
    STRUCTURE_CAPTION_CUES = "structure_caption_cues.txt";
    /// Words of photo captions.
    STRUCTURE_CAPTION_WORDS = "structure_caption_words.txt";
    /// Share and comment widgets.
    STRUCTURE_WIDGETS = "structure_widgets.txt";
    /// Unit words that can be the subject of a ratio.
    SUBJECT_UNITS = "subject_units.txt";
    /// Surnames (Kinh and of the ethnic minorities).
    SURNAMES = "surnames.txt";
    /// Words before "N giờ" that make it a clock time ("lúc", "vào").
    TIME_CUES = "time_cues.txt";
    /// Words after a clock reading that make it a duration ("24 giờ qua").
    TIME_DURATION_AFTER = "time_duration_after.txt";
    /// Words before a clock reading that make it a duration ("trong 3 giờ").
    TIME_DURATION_BEFORE = "time_duration_before.txt";
    /// Nouns of a group that is no body ("nhóm", "tổ lái"): its member holds no post.
    MEMBER_GROUPS = "member_groups.txt";
    /// Role nouns that are a post apposed to a name with their workplace ("quản lý").
    APPOSED_POSTS = "apposed_posts.txt";
    /// Nouns of a body whose own name follows them ("bệnh viện", "CLB").
    ORG_NOUNS = "org_nouns.txt";
    /// Prepositions tying a role noun to the organisation it serves.
    ROLE_LINKS = "role_links.txt";
    /// Words linking a name to the title after it.
    TITLE_LINKS = "title_links.txt";
    /// Modifiers of a title (nguyên, cựu).
    TITLE_MODIFIERS = "title_modifiers.txt";
    /// Weekdays with their number.
    WEEKDAYS = "weekdays.txt";
    /// Words that open a sentence before "với" as an adverbial of whom the subject speaks to.
    WITH_OPENERS = "with_openers.txt";
    /// Countries by the names news uses beside CLDR's (Mỹ, Anh), with their ISO code.
    WORLD_ALIASES = "world_aliases.txt";
    /// Countries and territories by their Vietnamese names, with their ISO code;
    /// generated from CLDR by tools/gen_world.py.
    WORLD_COUNTRIES = "world_countries.txt";
    /// Words before a country named only after one ("sang Anh").
    WORLD_CUES = "world_cues.txt";
    /// Provinces and cities of other countries, historic states, world regions.
    WORLD_PLACES = "world_places.txt";
    /// Continents and world regions by their Vietnamese names (châu Âu, Đông Nam Á);
    /// generated from CLDR by tools/gen_world.py.
    WORLD_REGIONS = "world_regions.txt";
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// The rules every word list shares: it parses, and every entry is NFC, trimmed,
    /// unique and in the crate's normalized form (tone style hòa, thủy). Rules of one
    /// list (lower case, sorted, known column values) are tested beside its reader.
    #[test]
    fn every_lexicon_is_clean() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lexicon");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .expect("src/lexicon")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.ends_with(".txt"))
            .collect();
        on_disk.sort();
        let mut registered: Vec<String> = ALL.iter().map(|l| l.file.to_string()).collect();
        registered.sort();
        assert_eq!(
            on_disk, registered,
            "every src/lexicon/*.txt is in ALL, once"
        );
        for lex in ALL {
            let entries = parse(lex.file, lex.text)
                .unwrap_or_else(|e| panic!("src/lexicon/{e}; help: fix the line"));
            assert!(!entries.is_empty(), "src/lexicon/{}: no entries", lex.file);
            assert_eq!(lex.entries().count(), entries.len(), "{}", lex.file);
            let mut seen = HashSet::new();
            for (n, line) in lex.text.lines().enumerate() {
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let at = format!("src/lexicon/{}:{}", lex.file, n + 1);
                assert!(unicode_normalization::is_nfc(line), "{at}: not NFC");
                assert_eq!(
                    crate::normalize(line).text,
                    line,
                    "{at}: not in the crate's normalized form (tone style hòa, thủy)"
                );
                assert!(seen.insert(line), "{at}: duplicate line {line:?}");
            }
        }
    }

    #[test]
    fn errors_name_file_and_line() {
        let e = parse("x.txt", "a\n\tb\n").unwrap_err();
        assert_eq!((e.file, e.line), ("x.txt", 2));
        assert_eq!(e.to_string(), "x.txt line 2: empty or untrimmed column");
        let e = parse_columns("x.txt", "a\tb\nc\n", 2).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(parse_columns("x.txt", "a\tb\n", 2).is_ok());
    }
}
