//! The attendees of a list ("có ông A, Giám đốc Sở Y tế; bà B và đại diện lãnh đạo Sở
//! Tài chính"): item by item, an official named in it, an organization it opens with, or
//! a post without a name as written ("Tổng Thư ký Liên Hợp Quốc", "đại diện lãnh đạo Sở Y
//! tế", "lãnh đạo cấp cao của 29 quốc gia").

use std::sync::LazyLock;

use super::known::ORG_PARTS;
use super::{Known, Party, Who};
use crate::Span;
use crate::text::lexicon;

/// The most words of a post's title before its organization ("Phó Tổng Thư ký thường
/// trực").
const POST_WORDS: usize = 6;

/// The heads of officials' titles and their modifiers, lowercased
/// (`official_titles.txt`, `title_modifiers.txt`).
static TITLE_WORDS: LazyLock<(Vec<String>, Vec<String>)> = LazyLock::new(|| {
    let keys = |l: lexicon::Lexicon| l.keys().map(str::to_lowercase).collect();
    (
        keys(lexicon::OFFICIAL_TITLES),
        keys(lexicon::TITLE_MODIFIERS),
    )
});

/// Do the lowercased words `s` open with a title ("phó tổng giám đốc")?
fn opens_with_title(s: &str) -> bool {
    let (heads, modifiers) = &*TITLE_WORDS;
    let starts = |s: &str, w: &str| {
        s.strip_prefix(w)
            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
    };
    let mut s = s;
    // (a few modifiers: "nguyên Phó")
    for _ in 0..3 {
        match modifiers.iter().find(|m| starts(s, m)) {
            Some(m) => s = s[m.len()..].trim_start(),
            None => break,
        }
    }
    heads.iter().any(|h| starts(s, h))
}

/// The longest post without a name read as an attendee, in bytes.
const POST_MAX: usize = 96;

/// Words that join the items of a list, at its items' starts ("và", "cùng").
const JOINERS: [&str; 3] = ["và ", "cùng với ", "cùng "];

impl Known<'_> {
    /// The attendees listed in `span`: its items split at commas, semicolons, "và" and
    /// "cùng" outside brackets; of each, the officials named in it, else (when it is not
    /// an official's title set after the name) the organization it opens with, or the
    /// post it names as written: the words before an organization that open with a
    /// capital or a body's part ("Tổng Thư ký Liên Hợp Quốc"), or a body's part and what
    /// follows ("lãnh đạo cấp cao của 29 quốc gia").
    ///
    /// # Time complexity
    ///
    /// Linear in the span, plus a search a mention.
    pub(super) fn attendees(&self, span: Span) -> Vec<Party> {
        let mut out = Vec::new();
        let list = items(self.text, span);
        let names = |item: Span| {
            self.starting_in(item)
                .any(|(_, _, w)| matches!(w, Who::Official(_)))
        };
        for (k, &(item, _)) in list.iter().enumerate() {
            if names(item) {
                out.extend(
                    self.starting_in(item)
                        .filter(|&(_, _, w)| matches!(w, Who::Official(_)))
                        .map(|(_, _, w)| self.party(w)),
                );
                continue;
            }
            if self.in_title(item.start, item.end) {
                continue;
            }
            match self.org_or_post(item) {
                Some((p, false)) => out.push(p),
                // (a post set before a comma and a chain of capitalised items ending in a
                // name is that name's title: "Ủy viên Bộ Chính trị, Bí thư Trung ương
                // Đảng, Trưởng Ban … Võ Văn Thưởng")
                Some((p, true)) => {
                    let chain = list[k + 1..].iter().take_while(|&&(next, comma)| {
                        comma && self.text[next.start..].starts_with(char::is_uppercase)
                    });
                    if !chain.clone().any(|&(next, _)| names(next)) {
                        out.push(p);
                    }
                }
                None => {}
            }
        }
        out
    }

    /// The organization of `item`, or the post it names (with `true`): the words before
    /// an organization when they open with a body's part or are a title of at most
    /// [`POST_WORDS`] words ("Tổng Thư ký Liên Hợp Quốc"), or a body's part and what
    /// follows ("lãnh đạo cấp cao của 29 quốc gia").
    fn org_or_post(&self, item: Span) -> Option<(Party, bool)> {
        let words = self.text.get(item.start..item.end)?;
        let org = self
            .starting_in(item)
            .find(|&(_, _, w)| matches!(w, Who::Organization(_)));
        let lower = words.to_lowercase();
        let part = ORG_PARTS
            .iter()
            .any(|p| lower.starts_with(p) && lower[p.len()..].starts_with(' '));
        let titled = |s: usize| {
            let before = self.text[item.start..s].trim_end().to_lowercase();
            before.split_whitespace().count() <= POST_WORDS && opens_with_title(&before)
        };
        match org {
            Some((s, _, who)) if s == item.start && !part => Some((self.party(who), false)),
            Some((s, e, _)) if part || titled(s) => {
                Some((post(self.text, Span::new(item.start, e))?, true))
            }
            Some((_, _, who)) => Some((self.party(who), false)),
            None if part => Some((post(self.text, item)?, true)),
            None => None,
        }
    }
}

/// A post as written: `span` up to a bracket, when short.
fn post(text: &str, span: Span) -> Option<Party> {
    let words = text.get(span.start..span.end)?;
    let words = words.split('(').next()?.trim_end();
    (!words.is_empty() && words.len() <= POST_MAX).then(|| Party {
        name: words.to_string(),
        official: None,
        organization: None,
    })
}

/// The items of the list in `span`: split at ",", ";" and before "và" / "cùng" outside
/// brackets, each trimmed of its joiner and of the sentence's final mark; with whether a
/// comma sets it after the one before.
fn items(text: &str, span: Span) -> Vec<(Span, bool)> {
    let Some(s) = text.get(span.start..span.end) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut push = |a: usize, b: usize, comma: bool| {
        let mut a = a + (s[a..b].len() - s[a..b].trim_start().len());
        if let Some(j) = JOINERS.iter().find(|j| s[a..b].starts_with(**j)) {
            a += j.len();
            a += s[a..b].len() - s[a..b].trim_start().len();
        }
        let part = s[a..b]
            .trim_end()
            .trim_end_matches(['.', ':', '!', '?', '…'])
            .trim_end();
        if !part.is_empty() {
            out.push((
                Span::new(span.start + a, span.start + a + part.len()),
                comma,
            ));
        }
    };
    let b = s.as_bytes();
    let mut depth = 0usize;
    let mut from = 0;
    // (whether the item being read follows a comma)
    let mut comma = false;
    for i in 0..b.len() {
        match b[i] {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            c @ (b',' | b';') if depth == 0 => {
                push(from, i, comma);
                from = i + 1;
                comma = c == b',';
            }
            b' ' if depth == 0 && i > from => {
                let rest = &s[i + 1..];
                if rest.starts_with("và ") || rest.starts_with("cùng ") {
                    push(from, i, comma);
                    from = i + 1;
                    comma = false;
                }
            }
            _ => {}
        }
    }
    push(from, b.len(), comma);
    out
}
