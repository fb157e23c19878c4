//! The coaches of a talent show: a television contest ("Giọng hát Việt", "Thần tượng
//! Bolero") puts its contestants ("thí sinh") in teams led by celebrities it calls "HLV",
//! a part in the show and no post (the annotation guide, `contest_cues.txt`). An article
//! that names contestants and no sport's players ([`contest_article`]) gives its bare
//! "HLV" no one; a coach of a club or a team is said with the sport's players around him.

use super::super::record::Title;
use crate::text::chars::to_lowercase;
use crate::text::lexicon;
use std::sync::LazyLock;

/// The cue words of `contest_cues.txt`, lowercase, each with whether it is a contest's
/// (true) or a sport's (false).
static CUES: LazyLock<Vec<(String, bool)>> = LazyLock::new(|| {
    lexicon::CONTEST_CUES
        .entries()
        .map(|e| (to_lowercase(e.key()), e.column(1) == Some("contest")))
        .collect()
});

/// The coach's role in words, lowercase.
const COACH: &str = "huấn luyện viên";

/// Is `t` a coach's title said bare, "HLV" or "huấn luyện viên" with nothing of its
/// field, team or body ("HLV thể hình", "HLV Man Utd" are posts of their own)?
fn bare_coach(t: &Title) -> bool {
    // (the length first: most titles are longer, and lowercasing allocates)
    t.organization.is_none()
        && t.text.len() <= COACH.len()
        && (t.text.eq_ignore_ascii_case("hlv") || to_lowercase(&t.text) == COACH)
}

/// The bytes of text lowercased at a time by [`contest_article`]: its memory stays this
/// size (and a cue's) whatever the article's, where a lowercase copy of the whole text
/// would double an article's peak (a 14 MB text of one line).
const WINDOW: usize = 1 << 16;

/// Does `text` report a contest: it names contestants and no sport's players?
///
/// # Time complexity
///
/// Linear in `text.len()` (one search per cue in each window, the windows overlapping by
/// the longest cue).
fn contest_article(text: &str) -> bool {
    contest_in_windows(text, WINDOW)
}

/// [`contest_article`] over windows of `window` bytes of `text`, each lowercased alone and
/// overlapping the next by four times the longest cue, so that a cue that opens in a
/// window is found whole in it.
fn contest_in_windows(text: &str, window: usize) -> bool {
    let overlap = 4 * CUES.iter().map(|(w, _)| w.len()).max().unwrap_or(0);
    let boundary = |mut at: usize| {
        while !text.is_char_boundary(at) {
            at += 1;
        }
        at
    };
    let (mut contest, mut start) = (false, 0);
    while start < text.len() {
        let end = boundary((start + window.max(1)).min(text.len()));
        let lower = to_lowercase(&text[start..boundary((end + overlap).min(text.len()))]);
        for (w, c) in CUES.iter() {
            if lower.contains(w.as_str()) {
                if !c {
                    return false;
                }
                contest = true;
            }
        }
        start = end;
    }
    contest
}

/// Drops the bare coach's titles of `people`'s `titles` when `text` reports a contest
/// ([`contest_article`]); a person left with no title is then no official.
pub(super) fn contest_coaches<'a>(
    text: &str,
    titles: impl Iterator<Item = &'a mut Vec<(Title, String)>>,
) {
    let mut titles: Vec<_> = titles
        .filter(|ts| ts.iter().any(|(t, _)| bare_coach(t)))
        .collect();
    if titles.is_empty() || !contest_article(text) {
        return;
    }
    for ts in &mut titles {
        ts.retain(|(t, _)| !bare_coach(t));
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::official::extract;

    fn coaches(text: &str) -> Vec<(String, Vec<String>)> {
        extract(text)
            .0
            .into_iter()
            .map(|o| (o.name, o.titles.into_iter().map(|t| t.text).collect()))
            .collect()
    }

    /// The whole text lowercased at once, the direct computation [`super::contest_article`]'s
    /// windows must agree with.
    fn contest_direct(text: &str) -> bool {
        let lower = crate::text::chars::to_lowercase(text);
        let has = |contest: bool| {
            super::CUES
                .iter()
                .any(|(w, c)| *c == contest && lower.contains(w.as_str()))
        };
        has(true) && !has(false)
    }

    #[test]
    fn windows_agree_with_the_whole_text_lowercased() {
        let texts = [
            "Bốn Thí sinh hát. Cầu thủ đá bóng.",
            "Bốn THÍ SINH hát xong, HLV khen.",
            "HLV khen các cầu thủ; không có ai thi.",
            "Mười thí sinh vào vòng chung kết và một vận động viên.",
            "",
            "Không có gì cả.",
        ];
        for text in texts {
            let want = contest_direct(text);
            for window in [1, 2, 3, 5, 7, 11, 64, 1 << 16] {
                assert_eq!(
                    super::contest_in_windows(text, window),
                    want,
                    "{text:?} in windows of {window}"
                );
            }
        }
    }

    #[test]
    fn a_talent_shows_coach_holds_no_post() {
        let text = "Đêm thi tối qua có bốn thí sinh của đội Hồng Nhung. HLV Hồng Nhung khen \
                    giọng hát của cô. Huấn luyện viên Trần Thu Hà chọn một bài khó.";
        let got = coaches(text);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_sports_coach_keeps_the_post() {
        // contestants of a talent search of football, with its players: a coach's post
        let text = "Mười thí sinh vào vòng chung kết. HLV Nguyễn Văn Sỹ khen các cầu thủ trẻ.";
        let got = coaches(text);
        assert_eq!(
            got,
            [("Nguyễn Văn Sỹ".to_string(), vec!["HLV".to_string()])]
        );
        // no contestants: a coach's post
        let got = coaches("HLV Nguyễn Văn Sỹ khen các học trò.");
        assert_eq!(
            got,
            [("Nguyễn Văn Sỹ".to_string(), vec!["HLV".to_string()])]
        );
    }

    #[test]
    fn a_contests_other_posts_stay() {
        // a coach's field is a trade, and a post of a body is a post, contest or not
        let text = "Các thí sinh tập luyện. HLV thể hình Lê Văn Tâm hướng dẫn. Giám đốc Sở \
                    Văn hóa Trần Văn Bình dự đêm thi.";
        let got = coaches(text);
        assert!(got.iter().any(|(n, _)| n == "Trần Văn Bình"), "{got:?}");
        assert!(got.iter().any(|(n, _)| n == "Lê Văn Tâm"), "{got:?}");
    }
}
