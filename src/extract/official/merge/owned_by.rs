//! An owner said the other way round: the business first, then "do X làm chủ" (which X
//! is the owner of: "cơ sở sản xuất thực phẩm chay tại ấp Y, do bà X làm chủ", "nhà hàng
//! hải sản Z, đường W do anh làm chủ", "thẩm mỹ viện do cô làm bà chủ"). The eighth and
//! nineteenth draws' guide writes it like "chủ tiệm …": "chủ" (or "bà chủ", "ông chủ" as
//! said) before the business as the article names it, "làm" dropped. X is a name, or a
//! personal pronoun that points back to the person the sentence is about: the first one
//! named in it, addressed by the same word or by none ("anh Nguyễn Văn A xác nhận: … do
//! anh làm chủ"; "Phạm B rời khỏi thẩm mỹ viện do cô làm bà chủ").

use super::super::record::{OrgKind, Title, TitleOrganization};
use super::super::trade::kind_end;
use super::super::words::{Case, Gap, Words};
use super::{Person, title_key};
use crate::span::Span;

/// Most words of the business said before "do" ("cơ sở sản xuất thực phẩm chay tại ấp
/// Hậu Giang 1, xã Tân Hòa, huyện Phú Tân, An Giang").
const MAX_BUSINESS_WORDS: usize = 24;

/// Most words of a sentence looked back over for the person a pronoun points to.
const MAX_SENTENCE_WORDS: usize = 80;

/// Most owners said so in one text: each is a bounded look, and their number is bounded
/// for the whole to stay linear.
const MAX_OWNERS: usize = 16;

/// The personal pronouns that point back to a person ("anh", "chị", "ông", "bà", "cô").
const PRONOUNS: [&str; 5] = ["anh", "chị", "ông", "bà", "cô"];

/// Adds to `people` the owner's post of each business said before "do X làm chủ".
pub(super) fn owners_said_after(w: &Words<'_>, people: &mut [Person]) {
    // (the people's mentions by their start, sorted: a name or a pronoun is looked up in
    // them)
    let mut mentions: Vec<(usize, usize, usize)> = Vec::new();
    let mut found = 0;
    for at in memchr::memmem::find_iter(w.text.as_bytes(), "làm ".as_bytes()) {
        if found >= MAX_OWNERS {
            break;
        }
        let k = w.words.partition_point(|x| x.start() < at);
        let Some(said) = owner_at(w, k) else {
            continue;
        };
        if mentions.is_empty() {
            mentions = people
                .iter()
                .enumerate()
                .flat_map(|(p, x)| x.mentions.iter().map(move |m| (m.start, m.end, p)))
                .collect();
            mentions.sort_unstable();
        }
        let Some(p) = owner_person(w, &said, &mentions) else {
            continue;
        };
        found += 1;
        let title = owner_title(w, &said);
        let key = title_key(&title.text);
        people[p].push_title(title, key);
    }
}

/// An owner said after the business: the business's words (`from..to`, its kind ending
/// before `kind_to`), the words between "do" and "làm" (`subject..lam`) and the owner's
/// noun as said ("chủ", "bà chủ").
struct Said<'t> {
    from: usize,
    kind_to: usize,
    to: usize,
    subject: usize,
    lam: usize,
    noun: &'t str,
}

/// The owner said at word `k` if it is "làm" in "… do X làm chủ": "chủ" (or "bà chủ",
/// "ông chủ") ending the clause, "do" and one to five words before it, and a business
/// of a kind the owner entries name before "do" ([`business_before`]).
fn owner_at<'t>(w: &Words<'t>, k: usize) -> Option<Said<'t>> {
    let spaced = |x: usize| x < w.len() && w.gap(x) == Gap::Space;
    if k >= w.len() || w.word(k) != "làm" || !spaced(k + 1) {
        return None;
    }
    let mut c = k + 1;
    if matches!(w.word(c), "bà" | "ông") && spaced(c + 1) {
        c += 1;
    }
    if w.word(c) != "chủ" || spaced(c + 1) {
        return None;
    }
    let noun_from = w.words[k + 1].start();
    let noun = &w.text[noun_from..w.words[c].end()];
    // ("do" before the subject, one word of address and a name of four words at most)
    let d = (2..=6)
        .filter_map(|b| k.checked_sub(b))
        .find(|&d| w.word(d) == "do" && (d + 1..=k).all(|x| w.gap(x) == Gap::Space))?;
    let from = business_before(w, d)?;
    let kind_to = kind_end(w, from)?;
    Some(Said {
        from,
        kind_to,
        to: d,
        subject: d + 1,
        lam: k,
        noun,
    })
}

/// The first word of the business said right before "do" at word `d`: the farthest word
/// back, in its clause, where a business's kind opens ([`kind_end`]), no verb or link of
/// the lists ("kiểm tra", "là") between (a place said with "tại" or "ở" is the
/// business's).
fn business_before(w: &Words<'_>, d: usize) -> Option<usize> {
    if d == 0 || !matches!(w.gap(d), Gap::Space | Gap::Comma) {
        return None;
    }
    let mut first = None;
    let mut k = d;
    while k > 0 && d - k < MAX_BUSINESS_WORDS {
        k -= 1;
        if w.words[k].case() == Case::Lower
            && w.tag(k).is_some_and(|(_, x)| (x.stop || x.link) && !x.at)
        {
            break;
        }
        if kind_end(w, k).is_some_and(|e| e <= d) {
            first = Some(k);
        }
        if !matches!(w.gap(k), Gap::Space | Gap::Comma | Gap::Open | Gap::Close) {
            break;
        }
    }
    first
}

/// The person who owns the business of `said`: the one named between "do" and "làm"
/// (a word of address before the name or not), or the one a pronoun there points to
/// ([`pointed_to`]). `mentions` are the people's mentions (start, end, person), sorted.
fn owner_person(
    w: &Words<'_>,
    said: &Said<'_>,
    mentions: &[(usize, usize, usize)],
) -> Option<usize> {
    let (s, k) = (said.subject, said.lam);
    if k == s + 1 && PRONOUNS.contains(&w.word(s)) {
        return pointed_to(w, s, said.from, mentions);
    }
    let name_end = w.words[k - 1].end();
    (s..k).find_map(|x| {
        let at = w.words[x].start();
        let i = mentions.partition_point(|m| m.0 < at);
        mentions
            .get(i)
            .filter(|m| m.0 == at && m.1 == name_end)
            .map(|m| m.2)
            .filter(|_| (s..x).all(|y| w.tag(y).is_some_and(|(_, t)| t.honorific)))
    })
}

/// The person the pronoun at word `s` points to: the first named in its sentence before
/// the business (which opens at word `from`), no word of address before the name or the
/// pronoun's own.
fn pointed_to(
    w: &Words<'_>,
    s: usize,
    from: usize,
    mentions: &[(usize, usize, usize)],
) -> Option<usize> {
    // the sentence's first word
    let mut b = from;
    while b > 0 && from - b < MAX_SENTENCE_WORDS && !matches!(w.gap(b), Gap::Stop | Gap::Break) {
        b -= 1;
    }
    let (lo, hi) = (w.words[b].start(), w.words[from].start());
    let i = mentions.partition_point(|m| m.0 < lo);
    let &(at, _, p) = mentions.get(i).filter(|m| m.0 < hi)?;
    let x = w.words.partition_point(|y| y.start() < at);
    let addressed = x > 0
        && w.gap(x) == Gap::Space
        && w.tag(x - 1).is_some_and(|(t, i)| i.honorific && t.n == 1);
    (!addressed || w.word(x - 1).eq_ignore_ascii_case(w.word(s))).then_some(p)
}

/// The owner's title of `said`: its noun ("chủ", "bà chủ") before the business as
/// written, the noun and the kind its role, the rest its organization.
fn owner_title(w: &Words<'_>, said: &Said<'_>) -> Title {
    let (start, end) = (w.words[said.from].start(), w.words[said.to - 1].end());
    let business = &w.text[start..end];
    let expanded = w
        .expand(said.from, said.to, start, end)
        .unwrap_or_else(|| business.to_string());
    let kind_end = w.words[said.kind_to - 1].end();
    let role = format!("{} {}", said.noun, &w.text[start..kind_end]);
    let organization = (said.kind_to < said.to).then(|| {
        let at = w.words[said.kind_to].start();
        let text = w.text[at..end].to_string();
        let expanded = w
            .expand(said.kind_to, said.to, at, end)
            .unwrap_or_else(|| text.clone());
        TitleOrganization {
            text,
            expanded,
            kind: OrgKind::Other,
        }
    });
    Title {
        text: format!("{} {business}", said.noun),
        span: Span::new(start, end),
        expanded: format!("{} {expanded}", said.noun),
        role,
        modifiers: Vec::new(),
        former: false,
        organization,
        jurisdiction: None,
        inferred: Default::default(),
    }
}
