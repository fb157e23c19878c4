//! The structure word lists (`src/lexicon/structure_*.txt`), read once through the
//! crate's one lexicon reader.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::BoilerplateKind;
use crate::text::lexicon::{
    Lexicon, STRUCTURE_BOILERPLATE, STRUCTURE_BYLINE_CUES, STRUCTURE_CAPTION_CUES,
    STRUCTURE_CAPTION_WORDS, STRUCTURE_WIDGETS,
};

/// The entries of a list: the first column, with the second (empty when absent).
fn entries(lexicon: Lexicon) -> impl Iterator<Item = (&'static str, &'static str)> {
    lexicon
        .entries()
        .map(|e| (e.key(), e.column(1).unwrap_or("")))
}

pub(super) struct Lex {
    /// Markers (lowercase) with their kind, longest first.
    pub(super) markers: Vec<(String, BoilerplateKind)>,
    /// The first char of each marker with its index in `markers`, sorted: the markers
    /// of one first char are a run, in the order of `markers`.
    pub(super) marker_firsts: Vec<(char, usize)>,
    /// Capitalised markers for the in-line search, pattern index → `markers` index.
    pub(super) inline: Option<AhoCorasick>,
    /// Widget phrases as word lists, longest first.
    pub(super) widgets: Vec<Vec<String>>,
    /// Byline cue phrases as word lists, longest first, and whether source names follow
    /// ("theo", "nguồn:", "(tổng hợp").
    pub(super) byline_cues: Vec<(Vec<String>, bool)>,
    /// Caption cues (lowercase).
    pub(super) caption_cues: Vec<String>,
    /// The caption cues, lowercase and capitalised (pattern `2 * i` and `2 * i + 1`).
    pub(super) caption_ac: Option<AhoCorasick>,
    /// The patterns of `caption_ac` without a colon, without their first char (so the
    /// lowercase and the capitalised forms share one): a line without a colon that contains
    /// none of them has no cue, and is not searched.
    pub(super) caption_plain: Vec<memchr::memmem::Finder<'static>>,
    /// The patterns of `caption_ac` with a colon, up to and including their last colon: a
    /// line where none ends at a colon, and that contains none of `caption_plain`, has no
    /// cue.
    pub(super) caption_colon: Vec<String>,
    /// Words that open a standalone caption line ("đồng chí", "lãnh đạo"), and whether a
    /// capitalised name must follow ("ông", "bà"); sorted, so the words of one first char
    /// are a run.
    pub(super) caption_subjects: Vec<(String, bool)>,
    /// Words of the activity a standalone caption describes ("chủ trì", "phát biểu").
    pub(super) caption_activities: Vec<memchr::memmem::Finder<'static>>,
}

fn kind_of(s: &str) -> BoilerplateKind {
    match s {
        "see_also" => BoilerplateKind::SeeAlso,
        "share" => BoilerplateKind::Share,
        _ => BoilerplateKind::Related,
    }
}

pub(super) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn phrases(lexicon: Lexicon) -> Vec<Vec<String>> {
    let mut v: Vec<Vec<String>> = entries(lexicon)
        .map(|(k, _)| k.split_whitespace().map(str::to_string).collect())
        .filter(|w: &Vec<String>| !w.is_empty())
        .collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v
}

pub(super) static LEX: LazyLock<Lex> = LazyLock::new(|| {
    let mut markers: Vec<(String, BoilerplateKind)> = entries(STRUCTURE_BOILERPLATE)
        .map(|(k, v)| (k.to_string(), kind_of(v)))
        .collect();
    markers.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
    let inline = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(markers.iter().map(|(k, _)| capitalise(k)))
        .ok();
    let caption_cues: Vec<String> = entries(STRUCTURE_CAPTION_CUES)
        .map(|(k, _)| k.to_string())
        .collect();
    let caption_ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(caption_cues.iter().flat_map(|c| [c.clone(), capitalise(c)]))
        .ok();
    let mut caption_plain: Vec<String> = caption_cues
        .iter()
        .flat_map(|c| [c.clone(), capitalise(c)])
        .filter(|p| !p.contains(':'))
        .map(|p| p.chars().skip(1).collect())
        .collect();
    caption_plain.sort();
    caption_plain.dedup();
    let mut caption_colon: Vec<String> = caption_cues
        .iter()
        .flat_map(|c| [c.clone(), capitalise(c)])
        .filter_map(|p| p.rfind(':').map(|i| p[..=i].to_string()))
        .collect();
    caption_colon.sort();
    caption_colon.dedup();
    Lex {
        marker_firsts: {
            let mut v: Vec<(char, usize)> = markers
                .iter()
                .enumerate()
                .filter_map(|(i, (m, _))| Some((m.chars().next()?, i)))
                .collect();
            v.sort_unstable();
            v
        },
        markers,
        inline,
        widgets: phrases(STRUCTURE_WIDGETS),
        byline_cues: {
            let mut v: Vec<(Vec<String>, bool)> = entries(STRUCTURE_BYLINE_CUES)
                .map(|(k, c)| {
                    (
                        k.split_whitespace().map(str::to_string).collect(),
                        c == "source",
                    )
                })
                .filter(|(w, _): &(Vec<String>, bool)| !w.is_empty())
                .collect();
            v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
            v
        },
        caption_cues,
        caption_ac,
        caption_plain: caption_plain
            .iter()
            .map(|p| memchr::memmem::Finder::new(p).into_owned())
            .collect(),
        caption_colon,
        caption_subjects: {
            let mut v: Vec<(String, bool)> = entries(STRUCTURE_CAPTION_WORDS)
                .filter(|(_, v)| v.starts_with("subject"))
                .map(|(k, v)| (k.to_string(), v == "subject_name"))
                .collect();
            v.sort_unstable();
            v
        },
        caption_activities: entries(STRUCTURE_CAPTION_WORDS)
            .filter(|(_, v)| *v == "activity")
            .map(|(k, _)| memchr::memmem::Finder::new(k))
            .collect(),
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    /// The rules of these lists (the shared ones are `text::lexicon`'s hygiene test):
    /// lower case, and known values in the second column (required where it says so).
    #[test]
    fn lists_are_lowercase_with_known_columns() {
        let lists: [(Lexicon, &[&str], bool); 5] = [
            (
                STRUCTURE_BOILERPLATE,
                &["related", "see_also", "share"],
                true,
            ),
            (STRUCTURE_WIDGETS, &[], false),
            (STRUCTURE_BYLINE_CUES, &["source"], false),
            (STRUCTURE_CAPTION_CUES, &[], false),
            (
                STRUCTURE_CAPTION_WORDS,
                &["subject", "subject_name", "activity"],
                true,
            ),
        ];
        for (lexicon, kinds, required) in lists {
            for e in lexicon.entries() {
                let at = format!("src/lexicon/{}:{}", lexicon.file, e.line);
                assert_eq!(e.key(), e.key().to_lowercase(), "{at}: not lowercase");
                match e.column(1) {
                    Some(kind) => assert!(kinds.contains(&kind), "{at}: unknown column {kind:?}"),
                    None => assert!(!required, "{at}: no second column"),
                }
            }
        }
        assert!(LEX.inline.is_some());
    }
}
