//! A body's name whose last two words look like a person's name, told by the person
//! addressed right after it: "Chưởng môn Nam Huỳnh Đạo (Việt Nam), ông Huỳnh Tuấn Kiệt".

use super::super::words::Words;

/// Longest bracket (a country, a city) between the run and the apposed name, in bytes.
const MAX_BRACKET: usize = 48;

/// Are the last two words `s..r` of the capitalised run `j..r` after a title the end of
/// the body's name, not a person's? So when other capitalised words, no place's, open
/// the run before them, and the run is set off by a comma (after a bracket or not) from
/// an addressed name ("ông"/"bà" and a capitalised word): the title is that person's,
/// said before the name it stands for.
///
/// # Time complexity
///
/// Constant: a bounded look past the run.
pub(super) fn body_before_addressed(w: &Words<'_>, j: usize, s: usize, r: usize) -> bool {
    if s <= j || r != s + 2 || r > w.len() || (j..s).any(|k| w.place_at(k).is_some()) {
        return false;
    }
    let rest = w.text.get(w.words[r - 1].end()..).unwrap_or_default();
    let rest = rest.trim_start();
    let rest = match rest.strip_prefix('(') {
        Some(inner) => match inner.find(')') {
            Some(c) if c <= MAX_BRACKET && !inner[..c].contains(['(', ',']) => {
                inner[c + 1..].trim_start()
            }
            _ => return false,
        },
        None => rest,
    };
    let Some(rest) = rest.strip_prefix(',') else {
        return false;
    };
    let rest = rest.trim_start();
    ["ông ", "bà "].iter().any(|h| {
        rest.strip_prefix(h)
            .and_then(|t| t.chars().next())
            .is_some_and(char::is_uppercase)
    })
}
