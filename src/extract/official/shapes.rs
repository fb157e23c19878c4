//! Shapes of names beyond a run of capitalised words: a regnal number after a ruler's
//! name ("Elizabeth II").

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
        {
            return to;
        }
        to + 1
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
}
