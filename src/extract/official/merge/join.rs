//! Joining a person named short to the one named in full: a given name, a surname, a
//! foreign name without its first names or its middle initials.

use super::{MAX_CANDIDATES, Person, name_of, parts};
use crate::extract::official::words::{Case, Gap, Words, text_hash};
use crate::span::Span;
use crate::text::dict::HashBits;
use crate::text::hash::FastHashMap;

/// A person named by two Vietnamese syllables that end exactly one official's longer name
/// is that official ("HLV Hữu Thắng", "Nguyễn Hữu Thắng"). A person named by one word
/// ("huấn luyện viên Solskjaer", "cựu Tổng thống Lula") is the one person of the text
/// whose longer name has that word ("Ole Gunnar Solskjaer", "Lula da Silva"): the one
/// official who has it, or else the one run of two or more foreign name parts ending in
/// it (or of initials and it: "S. Chatterjee"), said before the person's first mention
/// ("nhà khoa học Sidarta Ribeiro" … "giáo sư Ribeiro"), at a sentence's start only with a
/// given name that is no Vietnamese syllable, or said after it opening a sentence with
/// such a given name ("HLV Tuchel" … "Thomas Tuchel lên thay …"). Two candidates or more:
/// the person stays as named. A foreign name shortened joins the longer one ([`join_shortened`]).
pub(super) fn join_short_names(w: &Words<'_>, people: &mut Vec<Person>) {
    // (each name's parts read once: [`Shape`])
    let shapes: Vec<Shape> = people.iter().map(|p| Shape::of(&p.name)).collect();
    let single = |at: usize| shapes[at].parts <= 1;
    // (two Vietnamese syllables: a foreign pair is a full name of its own)
    let pair = |at: usize| shapes[at].parts == 2 && shapes[at].syllables;
    // (a foreign name of two parts or more may be a longer one shortened)
    let foreign = |at: usize| !shapes[at].syllables;
    // (a middle name "Thị" or "Văn" the press may leave out: [`join_middle_dropped`]; among
    // a bounded number of people, so the pairs stay few)
    let middle = |q: &Person| matches!(parts(&q.name).nth(1), Some("Thị" | "Văn"));
    let dropped = people.len() <= MAX_CANDIDATES
        && people
            .iter()
            .any(|q| middle(q) && people.iter().any(|p| middle_dropped(p, q)));
    // (one name spelt two ways: [`super::spelling::join_misspelt`])
    let mut into: Vec<Option<usize>> = vec![None; people.len()];
    super::spelling::join_misspelt(w.text, people, &mut into);
    // (one name given another in brackets: [`super::alias::join_bracketed`])
    super::alias::join_bracketed(w.text, people, &mut into);
    let spelt = into.iter().any(Option::is_some);
    if !dropped
        && !spelt
        && !(0..people.len()).any(|at| {
            single(at)
                || pair(at)
                || foreign(at)
                || super::variant::hyphenated_alone(&people[at].name)
        })
    {
        return;
    }
    // the officials with a longer name, by each of its words (a person named without a
    // title is not one: "bà Jill Biden" is not "Tổng thống Biden")
    let mut by_part: FastHashMap<&str, Vec<usize>> = FastHashMap::default();
    for (at, p) in people
        .iter()
        .enumerate()
        .filter(|&(at, p)| !single(at) && !p.titles.is_empty())
    {
        for x in parts(&p.name) {
            by_part.entry(x).or_default().push(at);
        }
    }
    if dropped {
        join_middle_dropped(people, &shapes, &by_part, &mut into);
    }
    // "HLV Hữu Thắng": two words ending exactly one official's longer name (a name joined
    // to a longer one is no other candidate)
    let joined: Vec<bool> = into.iter().map(Option::is_some).collect();
    for (at, p) in people.iter().enumerate().filter(|&(at, _)| pair(at)) {
        let Some(last) = parts(&p.name).last() else {
            continue;
        };
        let suffix = |q: &Person| {
            let n = parts(&q.name).count();
            n > 2 && parts(&q.name).skip(n - 2).eq(parts(&p.name))
        };
        let fits = |q: usize, x: &Person| !joined[q] && suffix(x);
        if let Some(q) = sole_match(people, &by_part, last, at, fits) {
            into[at] = Some(q);
            continue;
        }
        // "Thủ tướng Phạm Minh chính": a given name written lowercase is read as a word
        // after the name; the two words that open exactly one official's three-word name,
        // that name's last word after them lowercase, are that official
        let Some(after) = lowercase_after(w, p) else {
            continue;
        };
        let first = parts(&p.name).next().unwrap_or_default();
        let opens = |q: usize, x: &Person| {
            !joined[q]
                && parts(&x.name).count() == 3
                && parts(&x.name).take(2).eq(parts(&p.name))
                && parts(&x.name).last().is_some_and(|given| {
                    given.chars().flat_map(char::to_lowercase).eq(after.chars())
                })
        };
        if let Some(q) = sole_match(people, &by_part, first, at, opens) {
            into[at] = Some(q);
        }
    }
    join_shortened(people, &shapes, &by_part, &mut into);
    super::variant::join_given_variants(people, &by_part, &mut into);
    join_run_on(w, people, &shapes, &by_part, &mut into);
    let mut unplaced: FastHashMap<&str, usize> = FastHashMap::default();
    // (a given name "tên" introduces is a new person: [`Person::introduced`])
    for (at, p) in people
        .iter()
        .enumerate()
        .filter(|&(at, p)| single(at) && !p.introduced)
    {
        match by_part.get(p.name.as_str()) {
            // (names that are one person's, a shortened one joined: "Harsh Shringla" and
            // "Harsh Vardhan Shringla" for "Shringla")
            Some(list) if list.len() <= MAX_CANDIDATES => {
                // (a one-word name is a Vietnamese name's given name, or its surname
                // "ông Tập", never its middle syllable: "Thượng tá Hồng" is Đinh Văn Hồng,
                // not also Nguyễn Hồng Sơn)
                let list: Vec<usize> = list
                    .iter()
                    .copied()
                    .filter(|&q| !middle_syllable(&shapes[q], &people[q].name, &p.name))
                    .collect();
                if let Some(one) = one_bearer(people, &list, &into) {
                    into[at] = Some(one);
                }
            }
            None => {
                unplaced.insert(&p.name, at);
            }
            Some(_) => {}
        }
    }
    for (at, found) in runs_ending_in(w, people, &unplaced) {
        if let [(name, span)] = found.as_slice() {
            let p = &mut people[at];
            p.name.clone_from(name);
            p.mentions.push(*span);
            p.tentative = false;
        }
    }
    for (slot, p) in into.iter_mut().zip(people.iter()) {
        if p.introduced {
            *slot = None;
        }
    }
    move_joined(people, &into);
}

/// What [`join_short_names`] asks of a name, read once a person: how many parts it has
/// ([`parts`]), and whether each has the shape of a Vietnamese syllable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Shape {
    parts: usize,
    syllables: bool,
}

impl Shape {
    fn of(name: &str) -> Shape {
        let mut shape = Shape {
            parts: 0,
            syllables: true,
        };
        for x in parts(name) {
            shape.parts += 1;
            shape.syllables = shape.syllables && crate::normalize::has_syllable_shape(x);
        }
        shape
    }
}

/// Is the word `given` only a middle syllable ("tên đệm") of the name `full`, a Vietnamese
/// name of three syllables or more (shape `shape`)? In Vietnamese a person said by one word
/// is said by the given name, the last syllable ("Thượng tá Hồng" for Đinh Văn Hồng), or,
/// for a Sino-Vietnamese name, by the surname ("ông Tập"), never by the middle syllable,
/// which the family or the generation shares.
fn middle_syllable(shape: &Shape, full: &str, given: &str) -> bool {
    if !shape.syllables || shape.parts < 3 {
        return false;
    }
    let mut ends = parts(full);
    let (first, last) = (ends.next(), ends.last());
    first != Some(given) && last != Some(given)
}

/// The one person the officials of `list` (each joined as `into` says) are: all the same,
/// or each named by the last parts of the longest one's name ("Tayyip Erdogan", as one
/// article writes "Recep Tayyip Erdogan" shorter: a given name left out before the
/// others), which is then the person. `None` when they are two people.
fn one_bearer(people: &[Person], list: &[usize], into: &[Option<usize>]) -> Option<usize> {
    let longest = list
        .iter()
        .map(|&q| joined_to(into, q))
        .max_by_key(|&q| parts(&people[q].name).count())?;
    let full: Vec<&str> = parts(&people[longest].name).collect();
    let ends_it = |q: usize| {
        let short: Vec<&str> = parts(&people[q].name).collect();
        q == longest || (short.len() >= 2 && full.ends_with(&short))
    };
    list.iter()
        .all(|&q| ends_it(joined_to(into, q)))
        .then_some(longest)
}

/// The lowercase word right after the first mention of person `p`, after one space
/// ("Phạm Minh" + " chính"), when there is one.
fn lowercase_after<'t>(w: &Words<'t>, p: &Person) -> Option<&'t str> {
    let rest = w.text.get(p.mentions.first()?.end..)?.strip_prefix(' ')?;
    let word = &rest[..rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len())];
    (!word.is_empty() && word.chars().all(char::is_lowercase)).then_some(word)
}

/// The one official listed under the name part `part` in `by_part` (when at most
/// [`MAX_CANDIDATES`] are), other than person `at`, that `fits`; `None` when none or
/// several do.
fn sole_match(
    people: &[Person],
    by_part: &FastHashMap<&str, Vec<usize>>,
    part: &str,
    at: usize,
    fits: impl Fn(usize, &Person) -> bool,
) -> Option<usize> {
    let mut found = by_part
        .get(part)
        .filter(|list| list.len() <= MAX_CANDIDATES)
        .into_iter()
        .flatten()
        .filter(|&&q| q != at && fits(q, &people[q]));
    match (found.next(), found.next()) {
        (Some(&q), None) => Some(q),
        _ => None,
    }
}

/// The person that person `at` ends up joined to (itself when it joins none).
pub(super) fn joined_to(into: &[Option<usize>], mut at: usize) -> usize {
    // (each join is to a longer name: no cycle)
    while let Some(next) = into[at] {
        at = next;
    }
    at
}

/// A foreign name that keeps the first and the last part of exactly one official's longer
/// name, and some of its middle parts in order ("Ngoại trưởng Ấn Độ Harsh Shringla" after
/// "Ngoại trưởng Harsh Vardhan Shringla"), is that official, named shorter; so is one
/// that opens with that name's nickname in quotes instead ("HLV Mano Polking" after
/// "HLV Alexandre “Mano” Polking"), and one that is its last parts, its first given name
/// left out ("HLV Mano Polking" and "HLV Alexandre Mano Polking": the seventeenth draw's
/// guide writes the fuller form, with all the titles). A name that
/// writes its middle initials writes them all, to tell its bearer from another of the same
/// names (a father and a son: "George W. Bush" is not "George H. W. Bush"), so a name
/// with an initial is another's shortened only where both have the same initials.
fn join_shortened(
    people: &[Person],
    shapes: &[Shape],
    by_part: &FastHashMap<&str, Vec<usize>>,
    into: &mut [Option<usize>],
) {
    for (at, p) in people.iter().enumerate() {
        if shapes[at].parts < 2 || shapes[at].syllables {
            continue;
        }
        let short: Vec<&str> = parts(&p.name).collect();
        let (Some(&first), Some(&last)) = (short.first(), short.last()) else {
            continue;
        };
        let within = |q: &Person| {
            let full: Vec<&str> = parts(&q.name).collect();
            let mut rest = full.iter();
            full.len() > short.len()
                && (full.first() == Some(&first)
                    || nickname_is(&q.name, first)
                    || full.ends_with(&short))
                && full.last() == Some(&last)
                && short.iter().all(|x| rest.any(|y| y == x))
                && (!short.iter().any(|x| initial(x)) || initials(&full) == initials(&short))
        };
        // (listed under the last part: a name without its first given names, "Mano
        // Polking" of "Alexandre Mano Polking", shares no first part with it)
        if let Some(q) = sole_match(people, by_part, last, at, |_, q| within(q)) {
            into[at] = Some(q);
        }
    }
}

/// A foreign name run on by one capitalised Vietnamese syllable, which the lowercase word
/// after it continues, is exactly one other official's name and the next clause's first
/// word: a heading or a caption with no final period ran into the text ("Chủ tịch QH X
/// Heng Samrin Củng cố quan hệ …", a heading "Củng cố …" after the caption), and the
/// person is that official, named without it. The official's name has a part that is no
/// Vietnamese syllable: a Vietnamese name of two syllables may be another's first two.
fn join_run_on(
    w: &Words<'_>,
    people: &[Person],
    shapes: &[Shape],
    by_part: &FastHashMap<&str, Vec<usize>>,
    into: &mut [Option<usize>],
) {
    for (at, p) in people.iter().enumerate() {
        // (what the tests below ask of the name's parts, read from its shape first: fewer
        // than three parts, or all of them syllables, leave no foreign name before a last
        // syllable, and most names are turned away so, their parts never listed)
        if into[at].is_some() || shapes[at].parts < 3 || shapes[at].syllables {
            continue;
        }
        let long: Vec<&str> = parts(&p.name).collect();
        let Some((&last, rest)) = long.split_last() else {
            continue;
        };
        if into[at].is_some()
            || rest.len() < 2
            || rest.iter().all(|x| crate::normalize::has_syllable_shape(x))
            || !crate::normalize::is_syllable(last)
            || lowercase_after(w, p).is_none()
        {
            continue;
        }
        let named = |q: usize, x: &Person| {
            parts(&x.name).eq(rest.iter().copied()) && joined_to(into, q) != at
        };
        if let Some(q) = sole_match(people, by_part, rest[0], at, named) {
            into[at] = Some(q);
        }
    }
}

/// Is `part` the nickname in quotes of `name` ("Mano" of "Alexandre “Mano” Polking"), by
/// which the press may name the person with the surname ("HLV Mano Polking")?
fn nickname_is(name: &str, part: &str) -> bool {
    name.match_indices(part).any(|(i, _)| {
        name[..i].ends_with(['“', '"']) && name[i + part.len()..].starts_with(['”', '"'])
    })
}

/// Is a name's part a middle initial, one capital letter and its period ("W.")?
fn initial(part: &str) -> bool {
    let mut c = part.chars();
    c.next().is_some_and(char::is_uppercase) && c.next() == Some('.') && c.next().is_none()
}

/// The middle initials of a name's parts, in order.
fn initials<'a>(parts: &[&'a str]) -> Vec<&'a str> {
    parts.iter().copied().filter(|x| initial(x)).collect()
}

/// A Vietnamese name of three syllables or more that is exactly one official's longer name
/// without its middle name "Thị" or "Văn", which the press often leaves out ("HLV Phạm Kim
/// Huệ" after "Phạm Thị Kim Huệ", "ông Lê Quang Hòa" and "ông Lê Văn Quang Hòa"), is that
/// official.
fn join_middle_dropped(
    people: &[Person],
    shapes: &[Shape],
    by_part: &FastHashMap<&str, Vec<usize>>,
    into: &mut [Option<usize>],
) {
    for (at, p) in people.iter().enumerate() {
        let Some(first) = parts(&p.name).next() else {
            continue;
        };
        if shapes[at].parts < 3 || !shapes[at].syllables {
            continue;
        }
        let fuller = |_: usize, q: &Person| middle_dropped(p, q);
        if let Some(q) = sole_match(people, by_part, first, at, fuller) {
            into[at] = Some(q);
        }
    }
}

/// Is `short`'s name `full`'s without the middle name "Thị" or "Văn" after its first part
/// ("Phạm Kim Huệ", "Phạm Thị Kim Huệ")?
fn middle_dropped(short: &Person, full: &Person) -> bool {
    let mut f = parts(&full.name);
    let mut s = parts(&short.name);
    f.next().is_some_and(|x| s.next() == Some(x))
        && matches!(f.next(), Some("Thị" | "Văn"))
        && f.eq(s)
}

/// The runs of two or more foreign name parts (or initials and one) that end in a word of
/// `unplaced` (word → person), said as [`join_short_names`] tells: per person, the
/// distinct names with their first spans (two at most: one is what is asked).
fn runs_ending_in(
    w: &Words<'_>,
    people: &[Person],
    unplaced: &FastHashMap<&str, usize>,
) -> FastHashMap<usize, Vec<(String, Span)>> {
    let mut runs: FastHashMap<usize, Vec<(String, Span)>> = FastHashMap::default();
    if unplaced.is_empty() {
        return runs;
    }
    // the byte lengths of the unplaced words, their first bytes and their words' hashes,
    // as bits: most words are turned away by their case, length and first byte before
    // the text is hashed
    let lengths = unplaced
        .keys()
        .fold(0u64, |bits, name| bits | 1 << name.len().min(63));
    let mut firsts = [false; 256];
    for name in unplaced.keys() {
        if let Some(&x) = name.as_bytes().first() {
            firsts[usize::from(x)] = true;
        }
    }
    let mut hashes = HashBits::default();
    unplaced
        .keys()
        .for_each(|name| hashes.insert(text_hash(name)));
    // (a word of a name is capitalised: the words not all lowercase are listed)
    for &k in w.not_lowercase() {
        let k = k as usize;
        let x = w.words[k];
        if k == 0
            || x.case() != Case::Title
            || lengths >> (x.end() - x.start()).min(63) & 1 == 0
            || !firsts[usize::from(w.text.as_bytes()[x.start()])]
            || !hashes.may_contain(w.hash(k))
        {
            continue;
        }
        let Some(&at) = unplaced.get(w.word(k)) else {
            continue;
        };
        if x.start() == people[at].first_at {
            continue;
        }
        let inside = |j: usize| w.foreign_part(j) && w.gap(j + 1) == Gap::Space;
        let mut s = k;
        while s > 0 && k - s < 3 && inside(s - 1) {
            s -= 1;
        }
        // (initials before the surname open the name: "S. Chatterjee", "H.R.McMaster")
        let mut i = s;
        while i > 0 && s - i < MAX_INITIALS && w.initial_at(i - 1) {
            i -= 1;
        }
        if i < s && w.initials_name_at(i) == Some(k + 1) {
            s = i;
        }
        let ends = k + 1 >= w.len() || w.gap(k + 1) != Gap::Space || !w.name_like(k + 1);
        // (at a sentence's start, a first word that is no Vietnamese syllable is a given
        // name, no capitalised word of the sentence: "Thomas Tuchel lên thay …"; said
        // after the person's first mention, the full name is the subject of a sentence
        // of its own, as the press introduces a person it named short before, while a
        // name after a word of address, a quote or a noun may be another's: "bà Jill
        // Biden" after "Tổng thống Biden", a ship "HMS Queen Elizabeth")
        let given = s < k && !crate::normalize::is_syllable(w.word(s));
        let opens = if x.start() < people[at].first_at {
            given || matches!(w.gap(s), Gap::Space | Gap::Comma | Gap::Other)
        } else {
            given && matches!(w.gap(s), Gap::Stop | Gap::Break)
        };
        if s < k && ends && opens {
            let name = name_of(w, s, k + 1);
            let found = runs.entry(at).or_default();
            if found.len() < 2 && !found.iter().any(|(n, _)| *n == name) {
                found.push((name, Span::new(w.words[s].start(), x.end())));
            }
        }
    }
    runs
}

/// Most initials before a surname ("H.R.McMaster", "G.C. Gautam").
const MAX_INITIALS: usize = 3;

/// Moves the titles and mentions of each person joined to another (`into`) to that one,
/// then drops the joined.
fn move_joined(people: &mut Vec<Person>, into: &[Option<usize>]) {
    for at in 0..people.len() {
        let Some(mut to) = into[at] else { continue };
        // a one-word name joined to a two-word one that joined a longer one
        while let Some(next) = into[to] {
            to = next;
        }
        let p = std::mem::take(&mut people[at]);
        let q = &mut people[to];
        q.mentions.extend(p.mentions);
        q.first_at = q.first_at.min(p.first_at);
        for (t, key) in p.titles {
            q.push_title(t, key);
        }
        if q.honorific.is_none() {
            q.honorific = p.honorific;
        }
    }
    let mut at = 0;
    people.retain(|_| {
        at += 1;
        into[at - 1].is_none()
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A name's [`Shape`] is what the tests of [`join_short_names`] read of its parts.
    #[test]
    fn shape_is_read_of_the_parts() {
        for name in [
            "",
            "Solskjaer",
            "Hữu Thắng",
            "Nguyễn Hữu Thắng",
            "Phạm Thị Kim Huệ",
            "Ole Gunnar Solskjaer",
            "Hwang Kyo-ahn",
            "Christopher “Bong” Go",
            "George W. Bush",
            "Kim Jong-un",
            "Lula da Silva",
        ] {
            let direct = Shape {
                parts: parts(name).count(),
                syllables: parts(name).all(crate::normalize::has_syllable_shape),
            };
            assert_eq!(Shape::of(name), direct, "{name}");
        }
        assert_eq!(Shape::of("Nguyễn Hữu Thắng").parts, 3);
        assert!(Shape::of("Nguyễn Hữu Thắng").syllables);
        assert!(!Shape::of("Ole Gunnar Solskjaer").syllables);
    }
}
