//! One person named two ways, the second in brackets right after the first: "bà Đặng Thị
//! Hoàng Yến (Maya Dangales)", a new name or an alias the article ties to her; titles
//! said with either name are that person's, under the name outside the brackets (the
//! twenty-fourth draw's guide: "the name in its first, fuller form").

use super::join::joined_to;
use super::{MAX_CANDIDATES, Person};
use crate::text::hash::FastHashMap;

/// Joins each person whose whole name stands in brackets right after another person's
/// name in the text `text` ("A (B)": B joins A), among a bounded number of people, so the
/// pairs stay few. A is a full Vietnamese name ([`full_vietnamese`]): after a foreign name
/// the bracket most often names a club or a country ("HLV Ariel Pérez (San Martín)"), read
/// as a name when it has a name's shape.
///
/// # Time complexity
///
/// One pass over the text's brackets, each looked up by the words it holds (at most the
/// longest name's), and for each bracket found a comparison with each person's name.
pub(super) fn join_bracketed(text: &str, people: &[Person], into: &mut [Option<usize>]) {
    if people.len() > MAX_CANDIDATES || people.len() < 2 {
        return;
    }
    // (a name with a bracket of its own is searched for as it is)
    if people.iter().any(|p| p.name.contains(['(', ')'])) {
        return join_bracketed_searched(text, people, into);
    }
    let found = bracketed_names(text, people);
    for (d, _) in people.iter().enumerate() {
        if into[d].is_some() {
            continue;
        }
        let from = found.partition_point(|&(x, _)| x < d);
        for &(_, at) in found[from..].iter().take_while(|&&(x, _)| x == d) {
            if join_at(text, people, into, d, at) {
                break;
            }
        }
    }
}

/// The brackets of `text` that hold a person's whole name: the person and the bracket's
/// byte, in the order of the people, then of the text (the order in which a search of the
/// text for each person's "(name)" finds them: a name holds no bracket, so its mentions in
/// brackets do not overlap).
fn bracketed_names(text: &str, people: &[Person]) -> Vec<(usize, usize)> {
    let mut by_name: FastHashMap<&str, Vec<usize>> = FastHashMap::default();
    for (d, p) in people.iter().enumerate() {
        by_name.entry(p.name.as_str()).or_default().push(d);
    }
    let longest = people.iter().map(|p| p.name.len()).max().unwrap_or(0);
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for open in memchr::memchr_iter(b'(', bytes) {
        // (the bracket's close, no further than the longest name: linear in the text)
        let inside = open + 1..bytes.len().min(open + 2 + longest);
        let Some(close) = bytes
            .get(inside.clone())
            .and_then(|b| memchr::memchr(b')', b))
        else {
            continue;
        };
        let Some(held) = text.get(open + 1..open + 1 + close) else {
            continue;
        };
        if let Some(list) = by_name.get(held) {
            found.extend(list.iter().map(|&d| (d, open)));
        }
    }
    found.sort_unstable();
    found
}

/// [`join_bracketed`] by a search of the text for each person's name in brackets.
fn join_bracketed_searched(text: &str, people: &[Person], into: &mut [Option<usize>]) {
    let bytes = text.as_bytes();
    for (d, p) in people.iter().enumerate() {
        if into[d].is_some() {
            continue;
        }
        let bracketed = format!("({})", p.name);
        for at in memchr::memmem::find_iter(bytes, bracketed.as_bytes()) {
            if join_at(text, people, into, d, at) {
                break;
            }
        }
    }
}

/// Joins person `d`, named in the bracket at byte `at` of `text`, to the person named
/// right before it, a space between them, a full Vietnamese name; true when joined.
fn join_at(text: &str, people: &[Person], into: &mut [Option<usize>], d: usize, at: usize) -> bool {
    // (the name right before the bracket, a space between them)
    let Some(before) = text[..at].strip_suffix(' ') else {
        return false;
    };
    let outer = people.iter().enumerate().find(|&(k, q)| {
        k != d
            && full_vietnamese(&q.name)
            && before.ends_with(q.name.as_str())
            && !before[..before.len() - q.name.len()].ends_with(char::is_alphanumeric)
    });
    if let Some((k, _)) = outer
        && joined_to(into, k) != d
    {
        into[d] = Some(k);
        return true;
    }
    false
}

/// Is `name` a full Vietnamese name: three parts or more, each with the shape of a
/// Vietnamese syllable?
fn full_vietnamese(name: &str) -> bool {
    super::parts(name).count() >= 3 && super::parts(name).all(crate::normalize::has_syllable_shape)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str) -> Person {
        Person {
            name: name.to_string(),
            last: name.rsplit(' ').next().unwrap_or_default().to_string(),
            ..Person::default()
        }
    }

    /// The brackets found in one pass join whom a search for each person's name in
    /// brackets joins.
    #[test]
    fn bracketed_names_join_as_searched() {
        let names = [
            "Lê Thị Thu Hằng",
            "Mary Tran",
            "Trần Văn Bình",
            "Bob",
            "Phạm Quốc Anh",
            "An",
            "Phạm Quốc Anh",
        ];
        let texts = [
            "bà Lê Thị Thu Hằng (Mary Tran) nói. Ông Trần Văn Bình (Bob) và (Bob) nữa.",
            "(Mary Tran) Lê Thị Thu Hằng (Mary Tran) ((Bob) Trần Văn Bình (Bob)",
            "Phạm Quốc Anh (An), Trần Văn Bình (Phạm Quốc Anh) (An) ((((((( )",
            "Trần Văn Bình (Mary Tran (Bob)) Lê Thị Thu Hằng  (Bob) Lê Thị Thu Hằng(An)",
            "không có ngoặc",
            "(",
            "Trần Văn Bình (Bob",
        ];
        for text in texts {
            for n in 2..=names.len() {
                let people: Vec<Person> = names[..n].iter().map(|x| person(x)).collect();
                let mut fast = vec![None; n];
                let mut searched = vec![None; n];
                join_bracketed(text, &people, &mut fast);
                join_bracketed_searched(text, &people, &mut searched);
                assert_eq!(fast, searched, "{text:?} {n}");
            }
        }
        let people: Vec<Person> = names[..4].iter().map(|x| person(x)).collect();
        let mut into = vec![None; 4];
        join_bracketed(texts[0], &people, &mut into);
        assert_eq!(into, [None, Some(0), None, Some(2)]);
    }
}
