//! One record per person: the mentions of a name merge, and a given name after an
//! honorific or a title without a name joins the one named official it can be.

use std::collections::HashMap;

use super::names::{Honorific, honorific_text};
use super::record::{Home, Title, title_record};
use super::titles::Hit;
use super::words::Words;
use super::{Named, Official};
use crate::extract::place::Place;
use crate::span::Span;

/// Joins the words `from..to` with single spaces, or with the hyphen written between
/// the parts of a transliterated word ("Kyo-ahn").
fn name_of(w: &Words<'_>, from: usize, to: usize) -> String {
    let mut s = String::new();
    for k in from..to {
        if k > from {
            s.push(if w.joined_by(k, "-") { '-' } else { ' ' });
        }
        s.push_str(w.word(k));
    }
    s
}

/// A person being assembled: name, titles (with lowercase keys), honorific and mention
/// spans.
struct Person {
    name: String,
    last: String,
    first_at: usize,
    titles: Vec<(Title, String)>,
    honorific: Option<String>,
    mentions: Vec<Span>,
}

impl Person {
    fn add_title(&mut self, w: &Words<'_>, h: &Hit, places: &[Place], home: &Home) {
        let key = w.text[h.start..h.end].to_lowercase();
        if self.titles.iter().any(|(_, k)| *k == key) {
            return;
        }
        self.titles.push((title_record(w, h, places, home), key));
    }
}

pub(super) fn merge(
    w: &Words<'_>,
    places: &[Place],
    named: &[Named],
    title_only: &[Hit],
    shorts: &[(usize, Honorific)],
) -> Vec<Official> {
    let home = Home::new(places);
    let mut people: Vec<Person> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for m in named {
        let name = name_of(w, m.from, m.to);
        let span = Span::new(w.words[m.from].start, w.words[m.to - 1].end);
        let at = *by_name.entry(name.clone()).or_insert_with(|| {
            people.push(Person {
                last: w.word(m.to - 1).to_string(),
                name,
                first_at: span.start,
                titles: Vec::new(),
                honorific: None,
                mentions: Vec::new(),
            });
            people.len() - 1
        });
        let p = &mut people[at];
        p.mentions.push(span);
        if p.honorific.is_none() {
            p.honorific = honorific_text(w, m.honorific);
        }
        for h in &m.titles {
            p.add_title(w, h, places, &home);
        }
    }
    // Who holds a given name, and who holds a title (lowercase): `None` once two do.
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_title: HashMap<&str, Option<usize>> = HashMap::new();
    for (at, p) in people.iter().enumerate() {
        if p.titles.is_empty() {
            continue;
        }
        by_last.entry(p.last.as_str()).or_default().push(at);
        for (_, key) in &p.titles {
            by_title
                .entry(key.as_str())
                .and_modify(|e| *e = None)
                .or_insert(Some(at));
        }
    }
    let mut extra: Vec<(usize, Span, Honorific)> = Vec::new();
    // "ông Chung": the given name of exactly one official named earlier.
    for (k, honorific) in shorts {
        let span = Span::new(w.words[*k].start, w.words[*k].end);
        let Some(list) = by_last.get(w.word(*k)) else {
            continue;
        };
        let mut hits = list.iter().filter(|&&at| people[at].first_at < span.start);
        if let (Some(&at), None) = (hits.next(), hits.next()) {
            extra.push((at, span, *honorific));
        }
    }
    // A title alone: the one named official who holds it.
    for h in title_only {
        let key = w.text[h.start..h.end].to_lowercase();
        if let Some(Some(at)) = by_title.get(key.as_str()) {
            extra.push((*at, Span::new(h.start, h.end), None));
        }
    }
    for (at, span, honorific) in extra {
        let p = &mut people[at];
        p.mentions.push(span);
        if p.honorific.is_none() {
            p.honorific = honorific_text(w, honorific);
        }
    }
    people
        .into_iter()
        .filter(|p| !p.titles.is_empty())
        .map(|mut p| {
            p.mentions.sort();
            p.mentions.dedup();
            Official {
                name: p.name,
                titles: p.titles.into_iter().map(|t| t.0).collect(),
                honorific: p.honorific,
                mentions: p.mentions,
            }
        })
        .collect()
}
