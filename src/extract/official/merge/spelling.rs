//! One person's name spelt two ways in one text: a letter mistyped, a "y" written "i", or
//! the next word glued to it.

use super::join::joined_to;
use super::{MAX_CANDIDATES, Person, parts};
use crate::normalize::{i_for_y, is_syllable};
use std::cmp::Ordering;

/// Joins each person whose name is another's spelt another way ([`spelt_as`]) to that
/// other (`into`, as [`super::join::join_short_names`] keeps it): of a mistyped name, the
/// spelling the text `text` writes more often, its untitled mentions counted too (the
/// guide writes a name as the article spells it: "Floretino Perez" once and "Florentino
/// Perez" twice is "Florentino Perez"), then the one named more often as an official, or
/// first. Among a bounded number of people, so the pairs stay few.
///
/// # Time complexity
///
/// One search of `text` at most for each of the [`MAX_CANDIDATES`] people at most.
pub(super) fn join_misspelt(text: &str, people: &[Person], into: &mut [Option<usize>]) {
    if people.len() > MAX_CANDIDATES {
        return;
    }
    // (each name's spellings in the text, counted once when first asked)
    let mut written: Vec<Option<usize>> = vec![None; people.len()];
    let mut times = |at: usize| {
        let name = people[at].name.as_bytes();
        // (whole: a name one letter shorter is inside the longer one's every mention)
        let whole = |end: usize| !text[end..].starts_with(char::is_alphanumeric);
        *written[at].get_or_insert_with(|| {
            memchr::memmem::find_iter(text.as_bytes(), name)
                .filter(|&at| whole(at + name.len()))
                .count()
        })
    };
    for d in 0..people.len() {
        for k in 0..people.len() {
            if k == d || into[d].is_some() {
                continue;
            }
            let (p, q) = (&people[d], &people[k]);
            // (a name spelt another way opens with the same letter: most pairs part there)
            if p.name.as_bytes().first() != q.name.as_bytes().first() {
                continue;
            }
            let keep_q = match spelt_as(&p.name, &q.name) {
                Some(Spelling::Glued) => true,
                // (both spellings are the language's: the first is kept, as the guide
                // writes a name said two ways, seventeenth draw: "Bùi Sĩ Lợi", then "Bùi
                // Sỹ Lợi" more often, as "Bùi Sĩ Lợi")
                Some(Spelling::Variant) => q.first_at < p.first_at,
                Some(Spelling::Typo) => {
                    (times(k), q.mentions.len(), std::cmp::Reverse(q.first_at)).cmp(&(
                        times(d),
                        p.mentions.len(),
                        std::cmp::Reverse(p.first_at),
                    )) == Ordering::Greater
                }
                None => false,
            };
            if keep_q && joined_to(into, k) != d {
                into[d] = Some(k);
            }
        }
    }
}

/// How one name is another spelt another way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Spelling {
    /// The first is the second with the next word glued to its end, lowercase and with no
    /// space ("Solskjaerthi" for "Solskjaer" + "thi đấu").
    Glued,
    /// The two differ in one part by one letter: one of them is mistyped.
    Typo,
    /// The two differ in one syllable by "y" for "i" ("Sỹ", "Sĩ"): two spellings of one
    /// syllable, both right.
    Variant,
}

/// Is name `a` name `b` spelt another way? The same parts but one, and that one:
/// - `b`'s with a lowercase Vietnamese syllable glued to it, where the whole is no
///   syllable ("Davidnói", "Trọngmong"): the space before the next word left out;
/// - the same syllable with "y" for "i" ("Sỹ", "Sĩ": [`i_for_y`]);
/// - a foreign word of five letters or more with one letter left out, added or changed
///   ("Aquillino", "Aquilino"; "Malcom", "Malcolm"; "Kopp", "Klopp": the word with the
///   letter left out may be of four), which two people's names seldom are;
/// - a word that is no Vietnamese syllable one letter away from one that is ("Đưc",
///   "Đức"): a mistyped tone or vowel. Two syllables a letter apart are two names
///   ("Hùng", "Hưng").
fn spelt_as(a: &str, b: &str) -> Option<Spelling> {
    if a == b {
        return None;
    }
    let mut x = parts(a);
    let mut y = parts(b);
    let mut differ: Option<(&str, &str)> = None;
    loop {
        match (x.next(), y.next()) {
            (None, None) => break,
            (Some(p), Some(q)) if p == q => {}
            (Some(p), Some(q)) if differ.is_none() => differ = Some((p, q)),
            _ => return None,
        }
    }
    let (p, q) = differ?;
    if let Some(rest) = p.strip_prefix(q)
        && rest.chars().all(char::is_lowercase)
        && is_syllable(rest)
        && !is_syllable(p)
        && a.ends_with(p)
    {
        return Some(Spelling::Glued);
    }
    if is_syllable(p) && is_syllable(q) {
        return (i_for_y(&p.to_lowercase()) == i_for_y(&q.to_lowercase()))
            .then_some(Spelling::Variant);
    }
    let typo = if is_syllable(p) || is_syllable(q) {
        one_edit(p, q)
    } else {
        p.chars().count().min(q.chars().count()) >= 4
            && p.chars().count().max(q.chars().count()) >= 5
            && one_edit(p, q)
    };
    typo.then_some(Spelling::Typo)
}

/// Are `a` and `b` one letter apart: one left out, added or changed?
fn one_edit(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    let (long, short) = if la >= lb { (a, b) } else { (b, a) };
    match la.abs_diff(lb) {
        0 => a.chars().zip(b.chars()).filter(|(x, y)| x != y).count() == 1,
        1 => {
            // the first char where they part is the one left out of the shorter
            let at = long
                .chars()
                .zip(short.chars())
                .take_while(|(x, y)| x == y)
                .count();
            long.chars()
                .enumerate()
                .filter(|&(i, _)| i != at)
                .map(|(_, c)| c)
                .eq(short.chars())
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_spelt_two_ways() {
        assert_eq!(spelt_as("Solskjaerthi", "Solskjaer"), Some(Spelling::Glued));
        assert_eq!(
            spelt_as("Nguyễn Phú Trọngmong", "Nguyễn Phú Trọng"),
            Some(Spelling::Glued)
        );
        assert_eq!(
            spelt_as("John Aquillino", "John Aquilino"),
            Some(Spelling::Typo)
        );
        assert_eq!(
            spelt_as("Malcom Turnbull", "Malcolm Turnbull"),
            Some(Spelling::Typo)
        );
        assert_eq!(spelt_as("Vũ Đưc Đam", "Vũ Đức Đam"), Some(Spelling::Typo));
        // a surname of five letters with one left out
        assert_eq!(spelt_as("Kopp", "Klopp"), Some(Spelling::Typo));
        assert_eq!(
            spelt_as("Bùi Sỹ Lợi", "Bùi Sĩ Lợi"),
            Some(Spelling::Variant)
        );
        for (a, b) in [
            ("Nguyễn Văn Hùng", "Nguyễn Văn Hưng"),
            ("Huỳnh Thành Đạt", "Huỳnh Thanh Đạt"),
            ("Mark Smith", "Mary Smith"),
            ("Kim Jong-un", "Kim Jong-il"),
            ("John Aquilino", "John Aquilino"),
            ("Nguyễn Văn Bao", "Nguyễn Văn Ba"),
            ("Anna Berg", "Anna Bergström"),
            // (two words of four letters a letter apart are two names)
            ("Kane", "Kate"),
            ("Otto Lamm", "Otto Lamb"),
            ("Lê Văn Tám", "Lê Thị Tâm"),
        ] {
            assert_eq!(spelt_as(a, b), None, "{a} / {b}");
        }
    }

    #[test]
    fn one_letter_apart() {
        assert!(one_edit("Aquillino", "Aquilino"));
        assert!(one_edit("Malcolm", "Malcom"));
        assert!(one_edit("Ronald", "Ronaldo"));
        assert!(one_edit("Đưc", "Đức"));
        assert!(!one_edit("Ronal", "Ronald0"));
        assert!(!one_edit("abc", "abc"));
        assert!(!one_edit("abcd", "abdc"));
    }
}
