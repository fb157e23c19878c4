//! One foreign person named two ways in one text beyond a letter mistyped: a given name
//! said by its initial or in another spelling ("G. Ziuganov" and "Gennady Ziuganov";
//! "Charles" and "Charlie Munger"; "Aleksander" and "Alexander Ceferin"), and a hyphenated
//! surname said alone ("Chan-o-cha" after "Prayut Chan-o-cha").

use super::join::joined_to;
use super::{MAX_CANDIDATES, Person, parts};
use crate::normalize::has_syllable_shape;
use crate::text::chars::to_lowercase;
use crate::text::hash::FastHashMap;

/// Joins each official named by a foreign name to the one other official that is the same
/// person by [`same_bearer`], listed in `by_part` under the surname; among two, the one
/// kept is as [`kept_over`] tells. A person named by a
/// hyphenated word alone, no Vietnamese syllable ("Chan-o-cha"), joins the one official
/// whose name ends in that word after a space, as a one-word surname does.
///
/// # Time complexity
///
/// At most [`MAX_CANDIDATES`] officials compared with each person.
pub(super) fn join_given_variants(
    people: &[Person],
    by_part: &FastHashMap<&str, Vec<usize>>,
    into: &mut [Option<usize>],
) {
    for at in 0..people.len() {
        if into[at].is_some() {
            continue;
        }
        let p = &people[at];
        let Some(last) = parts(&p.name).last() else {
            continue;
        };
        let Some(list) = by_part.get(last).filter(|l| l.len() <= MAX_CANDIDATES) else {
            continue;
        };
        let alone = hyphenated_alone(&p.name);
        let fits = |q: usize| {
            let x = &people[q];
            q != at
                && joined_to(into, q) != at
                && if alone {
                    x.name.len() > p.name.len()
                        && x.name
                            .strip_suffix(p.name.as_str())
                            .is_some_and(|s| s.ends_with(' '))
                } else {
                    !p.titles.is_empty() && same_bearer(p, x) && kept_over(x, p)
                }
        };
        let mut found = list.iter().copied().filter(|&q| fits(q));
        if let (Some(q), None) = (found.next(), found.next()) {
            into[at] = Some(q);
        }
    }
}

/// Is `name` one capitalised hyphenated word ("Chan-o-cha", "Al-Sisi"): a foreign
/// surname said alone?
pub(super) fn hyphenated_alone(name: &str) -> bool {
    !name.contains(' ') && name.contains('-') && name.chars().next().is_some_and(char::is_uppercase)
}

/// Is the person `q` kept over `p` when the two are one: a given name written out over its
/// initial, else the fuller name (as a name shortened joins the longer one), else the one
/// said first?
fn kept_over(q: &Person, p: &Person) -> bool {
    let initial_first = |x: &Person| parts(&x.name).next().is_some_and(is_initial);
    match (initial_first(q), initial_first(p)) {
        (false, true) => true,
        (true, false) => false,
        _ => {
            (parts(&q.name).count(), std::cmp::Reverse(q.first_at))
                > (parts(&p.name).count(), std::cmp::Reverse(p.first_at))
        }
    }
}

/// Are `p` and `q` one person: foreign names with the same surname, no Vietnamese
/// syllable, a first given name that is the other's initial or the same name spelt
/// another way ([`given_variant`]), the other given names of the shorter among the
/// longer's in order with the same middle initials (a father and a son differ there:
/// "George W." and "George H. W. Bush"), and a title of the same role said of both (two
/// people of one family seldom hold the same post in one text)?
fn same_bearer(p: &Person, q: &Person) -> bool {
    let a: Vec<&str> = parts(&p.name).collect();
    let b: Vec<&str> = parts(&q.name).collect();
    let (Some((fa, ma)), Some((fb, mb))) = (a.split_first(), b.split_first()) else {
        return false;
    };
    let (Some((la, ma)), Some((lb, mb))) = (ma.split_last(), mb.split_last()) else {
        return false;
    };
    if la != lb || has_syllable_shape(la) || !given_variant(fa, fb) {
        return false;
    }
    let (short, long) = if ma.len() <= mb.len() {
        (ma, mb)
    } else {
        (mb, ma)
    };
    let mut rest = long.iter();
    let initials = |x: &[&str]| x.iter().filter(|y| is_initial(y)).count();
    short.iter().all(|x| rest.any(|y| y == x))
        && initials(short) == initials(long)
        && same_role(p, q)
}

/// Is a name's part an initial: one capital letter and its period ("G.")?
fn is_initial(part: &str) -> bool {
    let mut c = part.chars();
    c.next().is_some_and(char::is_uppercase) && c.next() == Some('.') && c.next().is_none()
}

/// Are two first given names one: the one the other's initial ("G.", "Gennady"), or two
/// spellings of one name, no Vietnamese syllables, that open with the same three letters
/// and are at most three letters apart, fewer than half the longer's ("Aleksander",
/// "Alexander"; "Charles", "Charlie"); the same name is not (that is another's rule).
fn given_variant(a: &str, b: &str) -> bool {
    if a == b {
        return false;
    }
    match (is_initial(a), is_initial(b)) {
        (true, true) => return false,
        (true, false) => return a.chars().next() == b.chars().next(),
        (false, true) => return b.chars().next() == a.chars().next(),
        (false, false) => {}
    }
    if has_syllable_shape(a) || has_syllable_shape(b) {
        return false;
    }
    let x: Vec<char> = a.chars().flat_map(char::to_lowercase).collect();
    let y: Vec<char> = b.chars().flat_map(char::to_lowercase).collect();
    let longer = x.len().max(y.len());
    x.len().min(y.len()) >= 4
        && longer <= MAX_GIVEN
        && x.iter().take(3).eq(y.iter().take(3))
        && distance(&x, &y).is_some_and(|d| d <= 3 && 2 * d < longer)
}

/// Longest given name compared letter by letter.
const MAX_GIVEN: usize = 24;

/// The edit distance of two short words (letters left out, added or changed).
fn distance(x: &[char], y: &[char]) -> Option<usize> {
    let mut row: Vec<usize> = (0..=y.len()).collect();
    for (i, a) in x.iter().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, b) in y.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = (up + 1).min(row[j] + 1).min(diag + usize::from(a != b));
            diag = up;
        }
    }
    row.last().copied()
}

/// Do `p` and `q` have a title of the same role with the same modifiers ("Phó chủ tịch"
/// and "Phó chủ tịch của Berkshire Hathaway")?
fn same_role(p: &Person, q: &Person) -> bool {
    let key = |t: &super::Title| {
        let mut k = to_lowercase(&t.role);
        for m in &t.modifiers {
            k.push('|');
            k.push_str(&to_lowercase(m));
        }
        k
    };
    p.titles.iter().take(MAX_TITLES).any(|(t, _)| {
        let k = key(t);
        q.titles.iter().take(MAX_TITLES).any(|(u, _)| key(u) == k)
    })
}

/// Most titles of a person compared.
const MAX_TITLES: usize = 16;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_spelt_two_ways() {
        for (a, b) in [
            ("Aleksander", "Alexander"),
            ("Aleksandr", "Alexander"),
            ("Charles", "Charlie"),
            ("G.", "Gennady"),
        ] {
            assert!(given_variant(a, b), "{a} / {b}");
        }
        for (a, b) in [
            ("Fidel", "Raul"),
            ("George", "George"),
            ("Alexei", "Alexander"),
            ("Eric", "William"),
            ("H.", "Gennady"),
            ("Văn", "Vân"),
        ] {
            assert!(!given_variant(a, b), "{a} / {b}");
        }
        assert!(hyphenated_alone("Chan-o-cha"));
        assert!(!hyphenated_alone("Prayut Chan-o-cha"));
        assert_eq!(distance(&['a', 'b'], &['a', 'c', 'b']), Some(1));
    }
}
