//! Clubs and teams named by their province or city. Sports reporting names a club by its
//! seat: once an article has said "CLB Thanh Hóa", "đội Nam Định" or "trận gặp Bình Định",
//! the bare name is the team throughout ("Thanh Hóa đã không may mắn", "đội trưởng Văn
//! Quyết của Hà Nội"), while the place itself is said with its unit word ("tỉnh Thanh
//! Hóa") or after a preposition of place ("trận đấu tại Thanh Hóa"). An article that
//! names a club once in passing, and no match, is no sports report: its bare names stay
//! places.

use super::lexicon::Lex;
use super::read::match_word;
use super::words::word_before;
use super::{Mention, PlaceKind, Whats};
use crate::text::hash::FastSet;

/// The word that ends a party committee's name ("Tỉnh ủy").
const COMMITTEE: &str = "ủy";

/// How many mentions of teams make an article's bare names of them teams.
const MIN_TEAM_MENTIONS: usize = 2;

/// Drops from `found` the bare mentions of a province or city whose name `teams` holds
/// (the names the article said as a team's, one per mention: at least two of them, or
/// one in an article that reports a match), but those after a preposition of place and
/// those that name a party committee's unit ("Tỉnh ủy Thanh Hóa").
///
/// # Time complexity
///
/// Linear in the number of mentions (each checks a few words before it).
pub(super) fn drop_teams(
    text: &str,
    lex: &Lex,
    teams: &[&str],
    found: &mut Vec<Mention>,
    whats: &Whats,
) {
    // One club said in passing ("bàn giao sân cho CLB Hà Nội") does not make an article
    // sports reporting: two mentions of teams do, or one and a match.
    if teams.is_empty()
        || (teams.len() < MIN_TEAM_MENTIONS
            && match_word(&crate::text::chars::to_lowercase(text), lex).is_none())
    {
        return;
    }
    let teams: FastSet<&str> = teams.iter().copied().collect();
    found.retain(|m| {
        let span = m.span();
        let bare = whats.name(m).start == span.start && whats.of(m).kind == PlaceKind::Admin;
        if !bare || !teams.contains(&text[span.start..span.end]) {
            return true;
        }
        // "Tỉnh ủy Thanh Hóa", "Thành ủy Hà Nội" (`place_org_words.txt`).
        word_before(text, span.start).is_some_and(|w| {
            let w = w.to_lowercase();
            w == COMMITTEE || lex.free.contains(w.as_str())
        })
    });
}
