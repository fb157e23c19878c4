//! Personal names: runs of capitalised words, where a name starts inside a run (after a
//! place name), and the word of address before a name.

use super::titles::{Hit, run_to};
use super::vocab::Info;
use super::words::{Case, Gap, Tag, Words};

/// The bytes of the word of address before a name ("Ông"), lowercased only for the
/// mentions that end up giving a person's honorific.
pub(super) type Honorific = Option<(usize, usize)>;

/// The lowercase text of an honorific.
pub(super) fn honorific_text(w: &Words<'_>, h: Honorific) -> Option<String> {
    h.and_then(|(s, e)| w.text.get(s..e)).map(str::to_lowercase)
}

/// Does a name of at least two words start right at word `j`? Returns its end. A
/// foreign name counts ([`Words::foreign_name_at`]): what calls this has tied the words
/// to a title.
pub(super) fn name_right_at(w: &Words<'_>, j: usize) -> Option<usize> {
    if let Some(e) = w.initials_name_at(j) {
        return Some(e);
    }
    let r = w.run_end(j);
    if r > j && w.split_run(j, r, 2) == Some(j) {
        return Some(w.hyphen_end(j, r));
    }
    w.foreign_name_at(j, 2).or_else(|| w.name_after_rank(j))
}

/// `h` with the name read after it taken into the title where a preposition stands
/// right before the name: "cố vấn cho X", "người phát ngôn cho X" — the one served
/// ("cho") is the object of the preposition, never the holder of the post, which is said
/// apart ("Y, cố vấn cho X": Y's post is the whole phrase); so is the body an owner holds
/// after "của" ("ông chủ của Man City là …").
pub(super) fn object_not_holder(w: &Words<'_>, mut h: Hit) -> Hit {
    if let Some((s, r)) = h.name
        && s > h.from + 1
        && w.gap(s) == Gap::Space
        && w.words[s - 1].case() == Case::Lower
        && (matches!(w.word(s - 1), "cho")
            || super::band::band_named_at(w, h.from, s)
            // ("ông chủ của Man City là …": the body owned, no holder)
            || (w.word(s - 1) == "của" && w.tag(h.from).is_some_and(|(_, x)| x.holder)))
    {
        run_to(w, &mut h, r);
        h.given = false;
    }
    h
}

/// The words of a full Vietnamese name (surname, middle and given name: "Nguyễn Văn Bình").
const FULL_NAME_WORDS: usize = 3;

/// Most initials before a foreign surname ("H.R.McMaster", "G.C. Gautam").
const MAX_INITIALS: usize = 3;

/// Most words of a rank ("Thầy thuốc Nhân dân").
const MAX_RANK_WORDS: usize = 4;

/// Most space-separated parts of a foreign name ("Ole Gunnar Solskjaer"), and most
/// words with those inside hyphenated parts ("Khăm-phăn Phôm-ma-thắt").
const MAX_FOREIGN_PARTS: usize = 4;
const MAX_FOREIGN_WORDS: usize = 8;

/// A run of capitalised words from `j` read as a foreign or transliterated name: its end,
/// its number of space-separated parts, and whether it is foreign (a word that is no
/// Vietnamese syllable by the syllable model's onsets, vowel clusters, codas and tones,
/// [`crate::normalize::is_syllable`]: "Aung San Suu Kyi"; or words joined by a hyphen with
/// no space).
#[derive(Clone, Copy, Debug)]
pub(crate) struct ForeignRun {
    pub end: usize,
    pub parts: usize,
    pub foreign: bool,
}

impl Words<'_> {
    /// Is word `i` capitalised like a name syllable, and not the head of a title,
    /// organisation, stop word or honorific?
    #[inline]
    pub(crate) fn name_like(&self, i: usize) -> bool {
        if self.words[i].case() != Case::Title {
            return false;
        }
        self.name_like_titled(i)
    }

    /// [`Words::name_like`] of a word in [`Case::Title`].
    fn name_like_titled(&self, i: usize) -> bool {
        match self.tag(i) {
            // "Phó" before a role opens a title ("Phó Vụ trưởng"), though it is a surname.
            Some((_, info)) if info.modifier && super::titles::opens_role(self, i) => false,
            Some((t, info)) => {
                !(info.title
                    || info.rank
                    || info.honorific
                    || info.org.is_some()
                    || info.unit
                    || info.name_break
                    || (info.abbrev.is_some() && t.n > 1))
                    || (info.surname && !info.name_break)
            }
            None => true,
        }
    }

    /// Is the capitalised country at word `j` (tag `t`, `info`), which is also a word of
    /// address ("Anh": England, and "anh", an elder brother), the last word of a title
    /// ("Thủ tướng Anh, Boris Johnson …", "Nữ hoàng Anh."): the clause ends after it, or
    /// a lowercase word goes on? A word of address stands before a name, capitalised,
    /// which a country closing a title never does ("Thủ tướng Anh Boris Johnson" reads
    /// the name after the country).
    pub(crate) fn country_closes_title(&self, j: usize, t: Tag, info: &Info) -> bool {
        let next = j + t.n;
        info.country
            && self.words[j].case() == Case::Title
            && (next >= self.len()
                || self.gap_from(t.end, next) != Gap::Space
                || self.words[next].case() == Case::Lower)
    }

    /// Is word `k` one capital letter (A to Z) with its period right after it, the next
    /// word after the period alone or after it and one space ("H.R", "S. Chatterjee")?
    /// A letter of a list's entry is none ("H.E", His Excellency, a word of address).
    #[inline]
    pub(crate) fn initial_at(&self, k: usize) -> bool {
        // (the word's length first: most words are longer)
        let Some(x) = self.words.get(k) else {
            return false;
        };
        x.end() == x.start() + 1
            && k + 1 < self.len()
            && self
                .text
                .as_bytes()
                .get(x.start())
                .is_some_and(u8::is_ascii_uppercase)
            && (self.joined_by(k + 1, ".") || self.joined_by(k + 1, ". "))
            && self.tag(k).is_none()
            && !self.inside_tag(k)
    }

    /// A foreign name that initials open at word `j` ("S. Chatterjee", "H.R.McMaster",
    /// "N.Ha-lây", "G.C. Gautam"): one to three capital letters, each with its period,
    /// then a foreign name's parts of which the first is no Vietnamese syllable or is
    /// joined to the next by a hyphen (a transliteration). Its end. A Vietnamese syllable
    /// after the initials is a byline's or an unnamed person's given name ("H.Long",
    /// "T.Thủy"), no name read here; initials alone are no name (the guide's "ông L.V.T").
    pub(crate) fn initials_name_at(&self, j: usize) -> Option<usize> {
        self.initials_name(j).map(|(e, _)| e)
    }

    /// [`Words::initials_name_at`], and whether the surname is a transliteration of
    /// hyphenated syllables glued to the initials ("P.Pô-rô-sen-cô"): the way the press
    /// writes a foreign name in Vietnamese, the first name's initial and the surname, with
    /// no middle name, so such initials open a name even right after another capitalised
    /// word ("Tổng thống U-crai-na P.Pô-rô-sen-cô"), where a letter and its period after a
    /// first name are a middle initial ("George W. Bush", [`Words::past_initial`]).
    fn initials_name(&self, j: usize) -> Option<(usize, bool)> {
        let mut k = j;
        // (initials glued to one another, "H.R.", stand for the given names: they open a
        // name, as the transliteration's initial does)
        let mut glued = true;
        while k - j < MAX_INITIALS && self.initial_at(k) {
            glued &= k == j || self.joined_by(k, ".");
            k += 1;
        }
        // (a letter after the initials is one more: "ông L.V.T" names no one)
        if k == j || k >= self.len() || self.word(k).chars().nth(1).is_none() {
            return None;
        }
        let given = glued && k - j >= 2;
        // (a surname capitalised inside, "McMaster", is one word of its own)
        if !self.foreign_part(k) {
            return self.inner_capital(k).then_some((k + 1, given));
        }
        let hyphened = self.joined_by(k + 1, "-");
        if !hyphened && crate::normalize::is_syllable(self.word(k)) {
            return None;
        }
        let opens = given || (hyphened && self.joined_by(k, "."));
        Some((self.foreign_run(k).end, opens))
    }

    /// Is word `k` a surname with a capital inside, letters only, that no list tags
    /// ("McMaster", "DeLuca")?
    fn inner_capital(&self, k: usize) -> bool {
        let word = self.word(k);
        self.words[k].case() == Case::Other
            && self.tag(k).is_none()
            && word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().skip(1).any(char::is_lowercase)
            && word.chars().all(char::is_alphabetic)
    }

    /// Do initials glued to a transliterated surname open a name at word `k`
    /// ([`Words::initials_name`]), so that a run of capitalised words before it ends there?
    fn transliteration_opens(&self, k: usize) -> bool {
        self.initial_at(k) && self.initials_name(k).is_some_and(|(_, t)| t)
    }

    /// The end (exclusive) of the run of name-like words from `i`, joined by spaces.
    pub(crate) fn run_end(&self, i: usize) -> usize {
        if i >= self.len() {
            return i;
        }
        let mut j = i;
        while j < self.len()
            && j - i < 8
            && (j == i || self.gap(j) == Gap::Space || self.hyphen_in_place(j))
        {
            // A place mention opens a run of its own: a name is not made of its words.
            if j > i && self.place_at(j).is_some_and(|p| p.from == j) {
                break;
            }
            // and so does a name said again right after itself ([`Words::repeated_at`])
            if self.repeated_at(i, j) {
                break;
            }
            // and so do initials glued to a transliterated surname ("U-crai-na
            // P.Pô-rô-sen-cô")
            if j > i && self.transliteration_opens(j) {
                break;
            }
            // A heading or a caption with no final period ran into the sentence after
            // it, which a reporting verb opens, capitalised, after a full name ("… Nguyễn
            // Văn Bình Giải thích về …"); after two words it may be a name's last
            // syllable and the word after it ("Nguyễn Trọng Thừa nhận xét").
            if j - i >= FULL_NAME_WORDS
                && let Some((t, info)) = self.tag(j)
                && info.reporting
                && t.n > 1
            {
                break;
            }
            // ("… Nguyễn Văn An Không giống như …": a clause's function word after a
            // full name, [`opener::clause_opener_at`])
            if j - i >= FULL_NAME_WORDS && opener::clause_opener_at(self, j) {
                break;
            }
            // A country or place of several words stays whole ("Nhật Bản", not "bản").
            if let Some((t, info)) = self.tag(j)
                && (info.country || info.not_name)
                && t.n > 1
                && (j..j + t.n).all(|k| self.words.get(k).is_some_and(|w| w.case() == Case::Title))
            {
                j += t.n;
                continue;
            }
            // Inside a run a word of address is a given name ("Trần Tiến Anh"), and a
            // one-word organisation head is part of a place ("Hải Phòng").
            let ok = self.name_like(j)
                || day_given::day_given_at(self, i, j)
                || (j > i
                    && self.words[j].case() == Case::Title
                    && self.tag(j).is_some_and(|(t, info)| {
                        t.n == 1 && (info.honorific || info.org == Some(true))
                    }));
            if !ok {
                break;
            }
            j += 1;
        }
        j.min(self.len())
    }

    /// Is word `k` one of a foreign name's parts: capitalised, no place's, with no digit
    /// ("G20", "F35" name groups and things), and no title, organisation, stop word,
    /// honorific, country or place of another country (a name never starts with one:
    /// "bang Connecticut Richard Blumenthal, thành viên …" names Richard Blumenthal)?
    pub(crate) fn foreign_part(&self, k: usize) -> bool {
        self.place_at(k).is_none() && self.foreign_part_placed(k)
    }

    /// [`Words::foreign_part`] but for the place mentions, which may run over a name. An
    /// English possessive ("Vietnam's", "Macy's") names a show, a brand or a company,
    /// never a part of a person's name ([`opener::possessive`]).
    fn foreign_part_placed(&self, k: usize) -> bool {
        self.words[k].case() == Case::Title
            && !self.word(k).bytes().any(|b| b.is_ascii_digit())
            && !opener::possessive(self.word(k))
            && self.name_like(k)
            && !self.tag(k).is_some_and(|(_, x)| {
                x.stop || x.link || x.country || x.world_place || x.not_name || x.foreign_org
            })
    }

    /// The run of capitalised words from `j` as a foreign name would be read: parts
    /// joined by spaces, the words of a part by a hyphen without spaces ("Kyo-ahn").
    pub(crate) fn foreign_run(&self, j: usize) -> ForeignRun {
        match self.last_run.get() {
            Some((at, run)) if at == j => run,
            _ => {
                let run = self.read_foreign_run(j);
                self.last_run.set(Some((j, run)));
                run
            }
        }
    }

    /// [`Words::foreign_run`] read from the words.
    fn read_foreign_run(&self, j: usize) -> ForeignRun {
        let mut run = ForeignRun {
            end: j,
            parts: 0,
            foreign: false,
        };
        if j >= self.len() || !self.foreign_part(j) {
            return run;
        }
        let mut k = j;
        while k < self.len() && k - j < MAX_FOREIGN_WORDS {
            // "Ursula von der Leyen", "Nasser al-Khelaifi": lowercase particles before a
            // further part (a part of its own, hyphen or not)
            let mut jumped = false;
            if k > j
                && let Some(p) = self.particles_end(k)
                && self.foreign_part(p)
            {
                k = p;
                jumped = true;
            }
            // "Christopher “Bong” Go": a nickname in quotes before a further part
            if k > j
                && !jumped
                && let Some(p) = self.past_nickname(k)
            {
                k = p;
                jumped = true;
            }
            if k > j && !jumped && (self.transliteration_opens(k) || self.repeated_at(j, k)) {
                break;
            }
            let hyphen = k > j
                && !jumped
                && self.joined_by(k, "-")
                && self.words[k].case() != Case::Other
                && self.words[k].case() != Case::Upper;
            if k > j
                && !hyphen
                && (run.parts == MAX_FOREIGN_PARTS
                    || (!jumped && (self.gap(k) != Gap::Space || !self.foreign_part(k))))
            {
                break;
            }
            if !hyphen {
                run.parts += 1;
            }
            // (a run found foreign stays so: its later words are not read as syllables)
            run.foreign = run.foreign || hyphen || !crate::normalize::is_syllable(self.word(k));
            k += 1;
        }
        run.end = k;
        // "Khaisilk Group", "Real Madrid FC": the name of an organisation.
        if self.tag(k).is_some_and(|(_, x)| x.foreign_org) {
            run.foreign = false;
        }
        run
    }

    /// The word after the lowercase name particles ("von der") that start at word `k`,
    /// each after a space, when there is one at least; the last may be joined to it by a
    /// hyphen ("Nasser al-Khelaifi").
    fn particles_end(&self, k: usize) -> Option<usize> {
        let mut p = k;
        while p < self.len()
            && p - k < 3
            && self.words[p].case() == Case::Lower
            && self.gap(p) == Gap::Space
            && self.tag(p).is_some_and(|(t, x)| x.particle && t.n == 1)
        {
            p += 1;
        }
        (p > k && p < self.len() && (self.gap(p) == Gap::Space || self.joined_by(p, "-")))
            .then_some(p)
    }

    /// The end of a name of words `s..r` taken on over a hyphen written without spaces
    /// ("Kim Sung-ho", "Yoo Il-ho"): the name's last part is one transliterated word.
    pub(crate) fn hyphen_end(&self, s: usize, r: usize) -> usize {
        if r > s && r < self.len() && self.joined_by(r, "-") {
            return self.foreign_run(s).end.max(r);
        }
        r
    }

    /// A transliterated name of hyphenated parts after the name of a place that opens the
    /// run at word `j` ("Tỉnh ủy Hủa Phăn Khăm-phăn Phôm-ma-thắt", "tỉnh Xiêng Khoảng
    /// Bun-tôn Chăn-thạ-phon"): the name's first word and its end. The place is a place
    /// mention, or two capitalised words each a Vietnamese syllable with no hyphen; the
    /// name starts at the first hyphenated word and has two parts at least, so a name of
    /// one hyphenated part after its surname stays whole ("Samsung Lee Kun-hee").
    pub(crate) fn hyphen_name_after_place(&self, j: usize) -> Option<(usize, usize)> {
        let k = match self.place_at(j) {
            Some(p) if p.to > j => p.to,
            Some(_) => return None,
            None => j + 2,
        };
        let two_syllables = || {
            (j..k).all(|x| {
                self.foreign_part(x)
                    && (x == j || self.gap(x) == Gap::Space)
                    && crate::normalize::has_syllable_shape(self.word(x))
            })
        };
        if k + 1 >= self.len()
            || self.gap(k) != Gap::Space
            || !self.joined_by(k + 1, "-")
            || (self.place_at(j).is_none() && !two_syllables())
        {
            return None;
        }
        let run = self.foreign_run(k);
        (run.foreign && run.parts >= 2).then_some((k, run.end))
    }

    /// Where the holder's name starts in the run `j..r` of capitalised words after a unit
    /// word of another country that the gazetteer does not know ("Thủ hiến bang Hessen
    /// Volker Bouffier", "Thống đốc tỉnh Ulyanovsk Sergei Morozov"): a foreign name's parts
    /// only, three of them, with no place mention but the unit's own over the run (which
    /// the place reader may take whole), and the clause going on lowercase or
    /// ending after them. The unit's own name is one word and the holder's the two after
    /// it, a given name and a surname, one at least no Vietnamese syllable (a
    /// transliterated province and name read as one run of Vietnamese syllables stay
    /// unsplit). The unit is one word ("tỉnh", "bang"): a city abroad often has a name of
    /// two ("thành phố Saint Petersburg X", "San Diego", "New York"), where two words after
    /// it may be its name and the holder's surname.
    pub(crate) fn name_after_foreign_unit(&self, j: usize, r: usize) -> Option<usize> {
        let foreign = |k: usize| !crate::normalize::is_syllable(self.word(k));
        let ends =
            r >= self.len() || self.gap(r) != Gap::Space || self.words[r].case() == Case::Lower;
        // (the place reader may take the whole run after the unit for the place's name)
        let placed = |k: usize| self.place_at(k).is_none_or(|p| p.from < j && p.to == r);
        (r == j + 3
            && ends
            && j > 0
            && self.tag(j - 1).is_some_and(|(t, x)| x.unit && t.n == 1)
            && (j..r).all(|k| {
                self.foreign_part_placed(k) && placed(k) && (k == j || self.gap(k) == Gap::Space)
            })
            && foreign(j)
            && (foreign(j + 1) || foreign(j + 2)))
        .then_some(j + 1)
    }

    /// The end of a given name of two syllables whose second is also the one-syllable name
    /// of a country, read at word `p` after a word of address ("chị Thanh Nga", "anh Tuấn
    /// Anh", "bà Ngọc Anh": Nga, Anh, Mỹ are common given names): the country's word opens
    /// a place mention of its own, or is no foreign name's part, so neither the run of
    /// capitalised words `p..r` nor a foreign name's reading takes it. Both words are
    /// Vietnamese syllables and the first no surname (which a full name's reading takes:
    /// "Hồng Nga"); the caller ties the name by a title after it.
    pub(crate) fn given_name_to_country(&self, p: usize, r: usize) -> Option<usize> {
        let k = p + 1;
        let country = || {
            self.tag(k)
                .is_some_and(|(t, x)| t.n == 1 && (x.country || x.world_place))
                || self
                    .place_at(k)
                    .is_some_and(|m| m.from == k && m.to == k + 1)
        };
        ((r == k || r == k + 1)
            && k < self.len()
            && self.gap(k) == Gap::Space
            && self.words[k].case() == Case::Title
            && country()
            && !self.tag(p).is_some_and(|(_, x)| x.surname)
            && crate::normalize::is_syllable(self.word(p))
            && crate::normalize::is_syllable(self.word(k)))
        .then_some(k + 1)
    }

    /// The end of the foreign name of words `from..to` taken on past a middle initial and
    /// its period ("Rochelle P. Walensky", "George W. Bush"): the name's last word is one
    /// capital letter, a word that is no Vietnamese syllable is before it, and after the
    /// period and one space a capitalised word that is no syllable either goes on (a
    /// regnal number ends a sentence: "Vua George V. Ông …"; "Trần Đông A" is Vietnamese).
    /// Up to three initials in a row ("George H. W. Bush").
    pub(crate) fn past_initial(&self, from: usize, mut to: usize) -> usize {
        for _ in 0..3 {
            match self.past_one_initial(from, to) {
                next if next > to => to = next,
                _ => break,
            }
        }
        to
    }

    /// [`Words::past_initial`] past one initial.
    fn past_one_initial(&self, from: usize, to: usize) -> usize {
        if to < from + 2 || to >= self.len() {
            return to;
        }
        let letter = self.word(to - 1);
        let foreign = |k: usize| !crate::normalize::is_syllable(self.word(k));
        if letter.len() == 1
            && letter.bytes().all(|b| b.is_ascii_uppercase())
            && (self.joined_by(to, ". ") || self.joined_by(to, "."))
            && self.words[to].case() == Case::Title
            && self.tag(to).is_none()
            && foreign(to)
            && (from..to - 1).any(foreign)
        {
            return self.foreign_run(to).end.max(to + 1);
        }
        to
    }

    /// A foreign or transliterated name of at least `min` parts at word `j` ("Park Hang
    /// Seo", "Sergei Shoigu", "Hwang Kyo-ahn"): its end. Only where a title, a rank or an
    /// honorific ties the words to a person.
    pub(crate) fn foreign_name_at(&self, j: usize, min: usize) -> Option<usize> {
        // (an initial is a part: "S. Chatterjee" has two)
        if let Some(e) = self.initials_name_at(j) {
            return Some(e);
        }
        let run = self.foreign_run(j);
        // (a run right before a transliterated name's initials is no name: the post's
        // country or body, "Tổng thống Bê-la-rút A.Lu-ka-sen-cô")
        let before_initials = run.end < self.len()
            && self.gap(run.end) == Gap::Space
            && self.transliteration_opens(run.end);
        (run.foreign && run.parts >= min && !before_initials).then_some(run.end)
    }

    /// The end of a name of two to four words right after a rank (no title) at word `j`,
    /// that no surname of the list opens: a Buddhist cleric's dharma name ("Thiền sư Chân
    /// Dung Tông Diễn", "Đại đức Minh Tuệ"), an artist's stage name ("NSND Lan Hương"), a
    /// name of a rare surname. A rank takes no organisation: the capitalised words after it
    /// are its holder's, where each is one Vietnamese syllable with no tag of the lists but
    /// a surname's ("Văn", "Thị"; no organisation, field or place: "Kỹ sư Xây dựng", "Tiến
    /// sĩ Kinh tế").
    ///
    /// Not after "các" or a number (several people: "các bác sĩ Khoa Răng …"), nor where
    /// the rank is the field of an organisation whose head is right before it
    /// ("Văn phòng luật sư Tín Việt"), nor where the capitalised words go on in lowercase
    /// with a word of no list, as the name of a department or a field does ("bác sĩ Khoa
    /// Tim mạch"): a name is followed by a verb or a function word of the lists, or by a
    /// mark.
    fn name_after_rank(&self, j: usize) -> Option<usize> {
        let back = (1..=MAX_RANK_WORDS).find(|&back| {
            j >= back
                && self.tag(j - back).is_some_and(|(t, x)| {
                    t.n == back && x.rank && !x.title && self.soft_gap(t.end, j) == Gap::Space
                })
        })?;
        let s = j - back;
        let org_before = self.spaced_org_head_before(s);
        let r = self.run_end(j);
        let goes_on = r < self.len()
            && self.gap(r) == Gap::Space
            && self.words[r].case() == Case::Lower
            && self.tag(r).is_none();
        (!org_before
            && !goes_on
            && !self.plural_before(s)
            && (2..=4).contains(&(r - j))
            && (j..r).all(|k| {
                self.words[k].case() == Case::Title
                    && self.place_at(k).is_none()
                    && self.tag(k).is_none_or(|(t, x)| x.surname && t.n == 1)
                    && crate::normalize::has_syllable_shape(self.word(k))
            }))
        .then_some(r)
    }

    /// Does an organisation's head of one to three words end right before word `j`
    /// (capitalised, when `capitalised` asks it: "Liên đoàn Luật sư", "Bộ Công an")?
    pub(crate) fn org_head_before(&self, j: usize, capitalised: bool) -> bool {
        self.entry_before(j, |s, x| {
            x.org.is_some() && (!capitalised || self.words[s].case() != Case::Lower)
        })
        .is_some()
    }

    /// Does an organisation's head, capitalised or not, end right before word `s`, one
    /// space between them ("Văn phòng luật sư …", "bệnh viện Sir …")? A rank said there is
    /// a word of the body's own name, no holder's.
    fn spaced_org_head_before(&self, s: usize) -> bool {
        self.gap(s) == Gap::Space && (self.org_head_before(s, false) || self.institution_before(s))
    }

    /// A foreign surname alone set by a comma after a title ending at byte `end` (word `j`
    /// after the comma), the clause going on with a lowercase word ("HLV huyền thoại của
    /// Arsenal, Wenger từng …", "Chủ tịch FIFA, Infantino khẳng định"): the press names a
    /// well-known foreigner by the surname, as after a role ("HLV Zidane"). One capitalised
    /// word that is no Vietnamese syllable (a Vietnamese given name alone is no holder, a
    /// foreign full name is read by [`super::apposed_name`]) and no place, country,
    /// organisation or title; the titles (from word `from`) open the clause, and the word
    /// after the surname joins no list ("…, Chelsea và …").
    pub(super) fn apposed_surname(
        &self,
        from: usize,
        end: usize,
        j: usize,
    ) -> Option<(usize, usize)> {
        let opens = from == 0 || matches!(self.gap(from), Gap::Stop | Gap::Break | Gap::Comma);
        let r = j + 1;
        (opens
            && r < self.len()
            && self.gap_from(end, j) == Gap::Comma
            && self.foreign_part(j)
            && self.tag(j).is_none()
            && !crate::normalize::is_syllable(self.word(j))
            && self.gap(r) == Gap::Space
            && self.words[r].case() == Case::Lower
            && !self.tag(r).is_some_and(|(_, x)| x.join))
        .then_some((j, r))
    }

    /// Is the rank of hit `h` a word of an organisation's own name, the organisation's head
    /// right before it ("bệnh viện Sir Ganga Ram", "Văn phòng Luật sư Hoa Phượng"): a rank
    /// alone (no role, no nickname such as "bầu", said of a person: "vụ bầu Kiên"), and
    /// the words after it no full Vietnamese name, which names the holder even where the
    /// comma after the body is left out ("… của bệnh viện TS.BS Nguyễn Văn A cho rằng")?
    pub(super) fn rank_in_body_name(&self, h: &super::titles::Hit) -> bool {
        let Some((_, x)) = self.tag(h.from) else {
            return false;
        };
        h.rank_only
            && !x.modifier
            && !x.nickname
            && self.spaced_org_head_before(h.from)
            && h.name
                .is_none_or(|(s, r)| r - s < FULL_NAME_WORDS || self.split_run(s, r, 3) != Some(s))
    }

    /// Does word `i` open a name: a surname (or compound surname), an ethnic name
    /// word, or a surname of no list before a middle name ([`Words::rare_surname_at`])?
    /// Returns the maximum name length in words.
    fn name_start(&self, i: usize) -> Option<usize> {
        let w = self.word(i);
        if (w.starts_with("H'") || w.starts_with("H’")) && w.len() > 3 {
            return Some(5);
        }
        let Some((_, info)) = self.tag(i) else {
            return self.rare_surname_at(i).then_some(FULL_NAME_WORDS + 1);
        };
        if info.not_name {
            return None;
        }
        if info.ethnic {
            Some(5)
        } else if info.surname {
            Some(4)
        } else {
            None
        }
    }

    /// Is word `i` a surname that no list holds, by its place: a capitalised Vietnamese
    /// syllable of no list and no place, then "Văn" or "Thị", the middle names of men and
    /// women that stand right after the surname ("Thang Văn Phúc", "Lã Thị Hằng"), then
    /// the capitalised given name. The middle name is itself a surname of the list
    /// ("Văn"), which without this would cut the name to its last two words.
    fn rare_surname_at(&self, i: usize) -> bool {
        // (the cheap tests first: the middle name after it, then the syllable's shape)
        i + 2 < self.len()
            && matches!(self.word(i + 1), "Văn" | "Thị")
            && self.gap(i + 1) == Gap::Space
            && self.gap(i + 2) == Gap::Space
            && self.words[i].case() == Case::Title
            && self.words[i + 2].case() == Case::Title
            && self.place_at(i).is_none()
            && crate::normalize::has_syllable_shape(self.word(i))
    }

    /// Reads the run `i..r` of capitalised words that follows a unit word or an
    /// organisation head: where a personal name starts in it, and where the
    /// organisation's words end when no name does. A place mention that opens the run
    /// and ends inside it is the organisation's place; a name after it needs only two
    /// words ("UBND tỉnh Bình Định Trần Châu"), and the words after it that are no name
    /// are not the organisation's ("Ủy ban châu Âu Ursula von der Leyen"). Otherwise
    /// [`Words::split_run`] with `min` words at least, the organisation running to `r`.
    pub(crate) fn split_org_run(&self, i: usize, r: usize, min: usize) -> (Option<usize>, usize) {
        match self.place_at(i) {
            Some(p) if p.to < r => (self.split_run(p.to, r, 2), p.to),
            _ => (self.split_run(i, r, min), r),
        }
    }

    /// Where a personal name starts inside the run `i..r` of capitalised words, never
    /// inside a place mention: the run
    /// itself when it opens with a surname and is short enough; otherwise the surname
    /// inside it that leaves a name of three words, else four, else two ("Hà Nội Nguyễn
    /// Đức Chung" → "Nguyễn Đức Chung"; "Lâm Đồng Trần Đức Quận" → "Trần Đức Quận").
    /// `min` is the shortest name accepted (3 right after a unit word: "xã Ninh Lai" is
    /// a place, "tỉnh Nguyễn Văn Trì" a name).
    pub(crate) fn split_run(&self, i: usize, r: usize, min: usize) -> Option<usize> {
        if r <= i {
            return None;
        }
        if let Some(max) = self.name_start(i)
            && (min..=max).contains(&(r - i))
            && self.place_at(i).is_none()
            && !self.country_delegation(i, r)
        {
            return Some(i);
        }
        let mut best: Option<(usize, usize)> = None;
        // nor inside a word-list phrase that is no name ("La Mã Theodosius": not "Mã").
        let no_name = |k: usize| {
            self.tag(k)
                .filter(|(_, info)| info.not_name || info.country)
                .map(|(t, _)| t.n)
        };
        let mut k = i + no_name(i).unwrap_or(1);
        while k < r {
            // A name never starts inside a place mention ("huyện Mỹ Đức": not "Đức").
            if let Some(p) = self.place_at(k) {
                k = p.to;
                continue;
            }
            if let Some(n) = no_name(k) {
                k += n;
                continue;
            }
            if let Some(max) = self
                .name_start(k)
                .filter(|_| !self.country_delegation(k, r))
            {
                let len = r - k;
                let rank = match len {
                    _ if len < min => usize::MAX,
                    _ if max == 5 && (2..=5).contains(&len) => 0,
                    3 => 1,
                    4 => 2,
                    2 => 3,
                    _ => usize::MAX,
                };
                if rank != usize::MAX && best.is_none_or(|(b, _)| rank < b) {
                    best = Some((rank, k));
                }
            }
            k += 1;
        }
        best.map(|(_, k)| k)
    }

    /// Are the words `i..r` "Đoàn" and a country of the lists, no more ("các đại biểu Đoàn
    /// Việt Nam"): the country's delegation ("đoàn"), written capitalised as a body's name,
    /// not a person whose surname is Đoàn.
    fn country_delegation(&self, i: usize, r: usize) -> bool {
        i + 1 < r
            && self.word(i) == "Đoàn"
            && self.gap(i + 1) == Gap::Space
            && self
                .tag(i + 1)
                .is_some_and(|(t, x)| (x.country || x.syllable_country) && i + 1 + t.n == r)
    }

    /// Is word `j` the "thành viên" of a limited company's legal form, "TNHH một thành
    /// viên" or "TNHH hai thành viên (trở lên)" (Law on Enterprises, 2020, arts. 46 and 74):
    /// a word of the company's name, no member's post. The forms are the `company` lines
    /// of `org_qualifiers.txt`, of four words from "TNHH".
    pub(crate) fn legal_form_member(&self, j: usize) -> bool {
        j >= 2
            && self
                .tag(j - 2)
                .is_some_and(|(t, x)| x.company_type && t.n == 4)
    }
}

pub(super) mod address_given;
mod day_given;
mod opener;
#[cfg(test)]
mod tests;
