//! Shapes of names beyond a run of capitalised words: a regnal number after a ruler's
//! name ("Elizabeth II"), a nickname in quotes inside a name ("Christopher “Bong” Go");
//! and where a run of capitalised words is one name said twice ("Jack Ma Jack Ma").

use super::words::{Gap, Words};

/// The units of a Roman numeral after its tens ("XIV" is "X" + "IV").
const ROMAN_UNITS: [&str; 10] = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];

/// Is `word` a Roman numeral of two letters or more from II to XXXIX, as a regnal number
/// is written ("Elizabeth II", "Louis XIV", "Benedict XVI")? One letter ("Charles V") is
/// read with the name already, as its capitalised last word.
pub(crate) fn regnal_number(word: &str) -> bool {
    let units = word.trim_start_matches('X');
    word.len() >= 2 && word.len() - units.len() <= 3 && ROMAN_UNITS.contains(&units)
}

impl Words<'_> {
    /// The end of the name of words `from..to` taken on past a regnal number said after
    /// it, one space between them ("Nữ hoàng Elizabeth II", "vua Amenhotep III"): the
    /// number is part of the ruler's name, which tells one ruler from another of the same
    /// name. Only after a name whose last word is no Vietnamese syllable (Vietnamese rulers
    /// are named by their temple names, never numbered; "khóa XIV" is a term, said after
    /// a lowercase word).
    pub(crate) fn past_regnal(&self, from: usize, to: usize) -> usize {
        if to <= from
            || to >= self.len()
            || self.gap(to) != Gap::Space
            || !regnal_number(self.word(to))
            || crate::normalize::is_syllable(self.word(to - 1))
            || self.glued_number_after(to)
        {
            return to;
        }
        to + 1
    }

    /// Do the capitalised words `s..r` end with a country of two words or more ("Việt
    /// Nam", "Hàn Quốc") after `before` words or more: a body's own name written with each
    /// word capitalised, its country last ("Hội Y Học Việt Nam", "Hội Mỹ Thuật Việt Nam"),
    /// no person's name, which never ends on a country after a given name. A surname
    /// and a country are a name ("Dương Trung Quốc", "Nguyễn Việt Nam"): `before` is two
    /// after a body's head, one after a country, where no surname opens a name.
    pub(crate) fn ends_with_country(&self, s: usize, r: usize, before: usize) -> bool {
        (s + before..r).any(|k| {
            self.gap(k) == Gap::Space
                && self
                    .tag(k)
                    .is_some_and(|(t, x)| x.country && t.n >= 2 && k + t.n == r)
        })
    }

    /// Is word `k` glued by a slash or a hyphen to a number after it ("III/2024", "II-2")?
    /// Such a numeral numbers a period or an item, not a ruler.
    fn glued_number_after(&self, k: usize) -> bool {
        k + 1 < self.len()
            && matches!(self.between(k + 1), "/" | "-")
            && self.word(k + 1).bytes().all(|b| b.is_ascii_digit())
    }
}

/// Most words of a nickname in quotes ("Dwayne “The Rock” Johnson").
const MAX_NICKNAME_WORDS: usize = 2;

/// Does the text `between` two words open a quote after a space (" “", " \"")?
fn opens_quote(between: &str) -> bool {
    matches!(between, " “" | " \"")
}

/// Does the text `between` two words close a quote before a space ("” ", "\" ")?
fn closes_quote(between: &str) -> bool {
    matches!(between, "” " | "\" ")
}

impl Words<'_> {
    /// The text between word `k - 1` and word `k`.
    fn between(&self, k: usize) -> &str {
        match (
            k.checked_sub(1).and_then(|i| self.words.get(i)),
            self.words.get(k),
        ) {
            (Some(a), Some(b)) => self.text.get(a.end()..b.start()).unwrap_or_default(),
            _ => "",
        }
    }

    /// The word after a nickname in quotes that opens at word `k`, inside a foreign name
    /// ("Christopher “Bong” Go", "Alexandre \"Mano\" Polking"): one or two capitalised
    /// words, the quote opened after a space before them and closed before a space after
    /// them, then a part of the name. The nickname is the name's: the press writes it
    /// between the given name and the surname.
    pub(crate) fn past_nickname(&self, k: usize) -> Option<usize> {
        if k == 0 || !opens_quote(self.between(k)) {
            return None;
        }
        let mut e = k;
        while e < self.len() && e - k < MAX_NICKNAME_WORDS && self.name_like(e) {
            e += 1;
            if e < self.len() && closes_quote(self.between(e)) {
                return self.foreign_part(e).then_some(e);
            }
            if self.gap(e) != Gap::Space {
                return None;
            }
        }
        None
    }

    /// Do the words from `j` say again the two or more words `s..j` before them, for some
    /// `s` from `from` on, one space between each ("… tỷ phú Jack Ma Jack Ma, người sáng
    /// lập …", "TS. Nguyễn Đình San Nguyễn Đình San")? A heading or a caption with no
    /// final mark ran into the text that opens with the same name: a run of capitalised
    /// words ends there, and the name is read twice, not as one name of both. (Bounded
    /// by the run's length, eight words: at most 28 pairs of runs compared.)
    #[inline]
    pub(crate) fn repeated_at(&self, from: usize, j: usize) -> bool {
        (from..j.saturating_sub(1)).any(|i| self.repeats_at(i, j))
    }

    /// Do the words from `j` say again the two or more words `i..j` before them, one space
    /// between each ([`Words::repeated_at`])?
    #[inline(never)]
    fn repeats_at(&self, i: usize, j: usize) -> bool {
        let n = j.saturating_sub(i);
        n >= 2
            && j + n <= self.len()
            && self.word(j) == self.word(i)
            && (1..n).all(|t| self.word(j + t) == self.word(i + t) && self.gap(j + t) == Gap::Space)
    }

    /// Is the text between word `k - 1` and word `k` a quote inside a name, opened or
    /// closed, with its space ([`Words::past_nickname`])? It is written as it is.
    pub(crate) fn quote_in_name(&self, k: usize) -> Option<&str> {
        let between = self.between(k);
        (opens_quote(between) || closes_quote(between)).then_some(between)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regnal_numbers_are_roman_numerals_of_two_letters_or_more() {
        for yes in [
            "II", "III", "IV", "VI", "VIII", "IX", "XIV", "XVI", "XXIII", "XXXIX",
        ] {
            assert!(regnal_number(yes), "{yes}");
        }
        for no in [
            "I", "V", "X", "XL", "IIII", "VV", "XXXX", "IVI", "UBND", "Ii", "",
        ] {
            assert!(!regnal_number(no), "{no}");
        }
    }

    #[test]
    fn a_regnal_number_goes_on_only_after_a_foreign_name() {
        let w = Words::new("vua Amenhotep III trị vì");
        assert_eq!(w.past_regnal(1, 2), 3);
        // a Vietnamese syllable before it: no ruler's number ("khóa XIV" after "Hải")
        let w = Words::new("ông Lê Hải XIV trị vì");
        assert_eq!(w.past_regnal(1, 3), 3);
        // not across a comma
        let w = Words::new("vua Amenhotep, III");
        assert_eq!(w.past_regnal(1, 2), 2);
    }

    #[test]
    fn a_name_said_twice_in_a_row() {
        let w = Words::new("tỷ phú Jack Ma Jack Ma, người sáng lập");
        assert!(w.repeats_at(2, 4));
        assert!(w.repeated_at(0, 4) && w.repeated_at(2, 4) && !w.repeated_at(3, 4));
        assert_eq!(w.run_end(2), 4);
        assert_eq!(w.foreign_run(2).end, 4);
        // one word said twice is no name said again ("Anh Anh"), nor a longer run
        let w = Words::new("ông Lê Anh Anh Tuấn");
        assert!(!w.repeats_at(2, 3) && !w.repeated_at(0, 3));
        let w = Words::new("ông Lê Anh Lê Tuấn");
        assert!(!w.repeats_at(1, 3));
        assert_eq!(w.run_end(1), 5);
        // said again after a place that opens the run
        let w = Words::new("tỷ phú Trung Quốc Jack Ma Jack Ma, người");
        assert_eq!(w.run_end(2), 6);
    }

    #[test]
    fn a_nickname_in_quotes_inside_a_name() {
        let w = Words::new("ông Christopher “Bong” Go đã");
        assert_eq!(w.past_nickname(2), Some(3));
        let w = Words::new("tài tử Dwayne \"The Rock\" Johnson là");
        assert_eq!(w.past_nickname(3), Some(5));
        // a quote closed before a lowercase word, or a title in quotes: no nickname
        let w = Words::new("ông Christopher “Bong” đã");
        assert_eq!(w.past_nickname(2), None);
        let w = Words::new("phim “Người Đẹp Mới” Julia");
        assert_eq!(w.past_nickname(1), None);
    }
}
