//! A person introduced by a given name alone: a word of address, the given name, and a
//! post set after it by a comma, dash or bracket ("anh Lam, giám đốc một công ty xây dựng
//! ở Cần Thơ", "chị Hoa - chủ quán phở …"). The press names so a person it gives no
//! surname, said once or first so; the annotation guide counts the given name as the name
//! ("Nam", "Lam", "Nghĩa" in the dev tables). A given name any person of the text bears,
//! named in full before or after it, is that person's later mention, never a new one: it
//! is left to the joins of [`super::later_mentions`]. A trade or degree alone after the
//! given name ("anh Nhân, kỹ sư …") is no post.

use super::{Person, parts};
use crate::extract::official::Short;
use crate::extract::official::home::Home;
use crate::extract::official::names::honorific_text;
use crate::extract::official::words::{Gap, Words};
use crate::extract::place::Mentions;
use crate::span::Span;
use crate::text::hash::{FastHashMap, FastSet};

/// May the given name at word `p`, after a word of address, introduce a person with the
/// post set after it: a Vietnamese syllable of two letters or more (no initial: "anh T.,")
/// followed by a comma, dash or bracket, or by a trade said lowercase after a space ("anh
/// Lâm chủ quán cho biết", [`crate::extract::official::trade::spaced_trade`]).
pub(in crate::extract::official) fn may_introduce(w: &Words<'_>, p: usize) -> bool {
    let word = w.word(p);
    word.chars().nth(1).is_some()
        && (crate::normalize::has_syllable_shape(word) || foreign_one_word(w, p))
        && p + 1 < w.len()
        && (matches!(w.gap(p + 1), Gap::Comma | Gap::Dash | Gap::Open)
            || crate::extract::official::trade::spaced_trade(w, p + 1))
}

/// Is the word at `p` a foreign name of one word, as the press names a foreign person
/// by it alone after a word of address ("ông Chamnan, Phó Tổng giám đốc Công ty X"; the
/// guide writes one-word names as given, "Kiatisuk", "Pirlo"): three letters or more,
/// capitalised and lowercase after, no Vietnamese syllable, no word of the lists nor a
/// place (the audit of session 29)?
fn foreign_one_word(w: &Words<'_>, p: usize) -> bool {
    let word = w.word(p);
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 3
        && chars.all(|c| c.is_alphabetic() && c.is_lowercase())
        && !crate::normalize::is_syllable(word)
        && w.tag(p).is_none()
        && w.place_at(p).is_none()
}

/// May the given name or surname at word `p`, after a word of address, have a post set
/// after it by a comma, dash or bracket that is a person's named in full before ("ông Lee -
/// cố Chủ tịch Samsung Electronics -", the surname of "Lee Kun-hee"): a word of two letters
/// or more, any spelling ([`super::later_mentions`] gives the post to that person only).
pub(in crate::extract::official) fn may_appose(w: &Words<'_>, p: usize) -> bool {
    w.word(p).chars().nth(1).is_some()
        && p + 1 < w.len()
        && matches!(w.gap(p + 1), Gap::Comma | Gap::Dash | Gap::Open)
}

/// Adds to `people` the persons that `shorts` introduce with a post set after the given
/// name ([`Short::apposed`]), where no person of the text has that name among its parts;
/// one person a given name, its mentions and posts gathered.
pub(super) fn new_people(
    w: &Words<'_>,
    places: &Mentions,
    home: &Home,
    people: &mut Vec<Person>,
    shorts: &[Short],
) {
    if shorts.iter().all(|s| s.apposed.iter().all(|h| h.rank_only)) {
        return;
    }
    let known: FastSet<String> = people
        .iter()
        .flat_map(|p| parts(&p.name))
        .map(str::to_string)
        .collect();
    let mut new_at: FastHashMap<&str, usize> = FastHashMap::default();
    // (a trade or degree alone names no post: "anh Nhân, kỹ sư …" is an engineer, whom the
    // guide does not count by the trade alone)
    for short in shorts
        .iter()
        .filter(|s| s.apposed.iter().any(|h| !h.rank_only) && may_introduce(w, s.at))
    {
        let name = w.word(short.at);
        if known.contains(name) {
            continue;
        }
        let span = Span::new(w.words[short.at].start(), w.words[short.at].end());
        let at = *new_at.entry(name).or_insert_with(|| {
            people.push(Person {
                name: name.to_string(),
                last: name.to_string(),
                first_at: span.start,
                titles: Vec::new(),
                title_keys: FastSet::default(),
                honorific: None,
                mentions: Vec::new(),
                tentative: false,
                introduced: true,
            });
            people.len() - 1
        });
        let p = &mut people[at];
        p.mentions.push(span);
        if p.honorific.is_none() {
            p.honorific = honorific_text(w, short.honorific);
        }
        for h in &short.apposed {
            p.add_title(w, h, places, home);
        }
    }
}

#[cfg(test)]
mod tests {
    fn officials(text: &str) -> Vec<(String, Vec<String>)> {
        crate::extract::official::extract(text)
            .0
            .into_iter()
            .map(|o| (o.name, o.titles.into_iter().map(|t| t.text).collect()))
            .collect()
    }

    #[test]
    fn a_given_name_with_a_post_after_it_is_a_new_person() {
        let text = "Cùng cảnh ngộ là anh Tâm, giám đốc một công ty may ở Long An. Anh Tâm nói.";
        let found = officials(text);
        assert!(
            found
                .iter()
                .any(|(n, t)| n == "Tâm" && t == &["giám đốc một công ty may ở Long An"]),
            "{found:?}"
        );
        let text = "Bà Hoa - chủ tiệm bánh cuốn đầu ngõ - kể lại.";
        let found = officials(text);
        assert!(found.iter().any(|(n, _)| n == "Hoa"), "{found:?}");
    }

    #[test]
    fn a_given_name_someone_bears_or_a_trade_alone_makes_no_new_person() {
        // the given name of a person named in full, before or after: a later mention
        for text in [
            "Ông Lê Văn Tâm đến chợ. Sau đó, anh Tâm, giám đốc một công ty may, nói.",
            "Anh Tâm, giám đốc một công ty may, nói. Anh Lê Văn Tâm sinh năm 1980.",
        ] {
            let found = officials(text);
            assert!(found.iter().all(|(n, _)| n != "Tâm"), "{found:?}");
        }
        // a trade alone is no post; an initial is no given name
        for text in [
            "Anh Tâm, kỹ sư xây dựng, vẫn phải thở ô-xy.",
            "Anh T., giám đốc một công ty may, nói.",
        ] {
            let found = officials(text);
            assert!(found.is_empty(), "{found:?}");
        }
    }
}
