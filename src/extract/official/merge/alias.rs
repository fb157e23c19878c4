//! One person named two ways, the second in brackets right after the first: "bà Đặng Thị
//! Hoàng Yến (Maya Dangales)", a new name or an alias the article ties to her; titles
//! said with either name are that person's, under the name outside the brackets (the
//! twenty-fourth draw's guide: "the name in its first, fuller form").

use super::join::joined_to;
use super::{MAX_CANDIDATES, Person};

/// Joins each person whose whole name stands in brackets right after another person's
/// name in the text `text` ("A (B)": B joins A), among a bounded number of people, so the
/// pairs stay few. A is a full Vietnamese name ([`full_vietnamese`]): after a foreign name
/// the bracket most often names a club or a country ("HLV Ariel Pérez (San Martín)"), read
/// as a name when it has a name's shape.
///
/// # Time complexity
///
/// One search of `text` for each of the [`MAX_CANDIDATES`] people at most, and for each
/// bracket found a comparison with each person's name.
pub(super) fn join_bracketed(text: &str, people: &[Person], into: &mut [Option<usize>]) {
    if people.len() > MAX_CANDIDATES || people.len() < 2 {
        return;
    }
    let bytes = text.as_bytes();
    for (d, p) in people.iter().enumerate() {
        if into[d].is_some() {
            continue;
        }
        let bracketed = format!("({})", p.name);
        for at in memchr::memmem::find_iter(bytes, bracketed.as_bytes()) {
            // (the name right before the bracket, a space between them)
            let Some(before) = text[..at].strip_suffix(' ') else {
                continue;
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
                break;
            }
        }
    }
}

/// Is `name` a full Vietnamese name: three parts or more, each with the shape of a
/// Vietnamese syllable?
fn full_vietnamese(name: &str) -> bool {
    super::parts(name).count() >= 3 && super::parts(name).all(crate::normalize::has_syllable_shape)
}
