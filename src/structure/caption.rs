//! Photo captions: lines with a photo cue ("Ảnh: …") and short standalone lines that
//! describe a photo ("Đồng chí … chủ trì buổi làm việc.").

use super::lexicon::LEX;
use super::{SHORT_LINE, is_closer, is_terminal, one_sentence};

/// True when `line` carries a photo cue ("Ảnh: …", "(Ảnh: …)", "Ảnh minh họa").
pub(super) fn is_caption_cue(line: &str) -> bool {
    caption_cue(line, true)
}

/// [`is_caption_cue`], optionally ignoring a cue in the first two words (a headline may open
/// with "Clip:" or "Chùm ảnh:"; a credit "(Ảnh: …)" further on still marks a caption).
pub(super) fn caption_cue(line: &str, at_start: bool) -> bool {
    if line.len() > 4 * SHORT_LINE {
        return false;
    }
    // Substring searches (vectorised, built once) rule out most lines before the automaton.
    if memchr::memchr(b':', line.as_bytes()).is_none()
        && !LEX
            .caption_plain
            .iter()
            .any(|p| p.find(line.as_bytes()).is_some())
    {
        return false;
    }
    let Some(ac) = LEX.caption_ac.as_ref() else {
        return false;
    };
    ac.find_iter(line).any(|m| {
        let cue = &LEX.caption_cues[m.pattern().as_usize() / 2];
        let at = m.start();
        if at == 0 {
            return at_start;
        }
        if !at_start && line[..at].split_whitespace().count() < 2 {
            return false; // a headline's label: "Chùm ảnh: …"
        }
        let before = line[..at].chars().next_back();
        before == Some('(') || (cue.ends_with(':') && before.is_some_and(char::is_whitespace))
    })
}

/// Ends in sentence punctuation (possibly followed by closing quotes or brackets).
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(is_closer)
        .chars()
        .last()
        .is_some_and(is_terminal)
        || line.ends_with(')')
}

/// A short standalone line between two longer paragraphs.
pub(super) fn is_structural_caption(line: &str, prev: &str, next: &str) -> bool {
    // The cheap tests first: lengths, then single chars, then the word count (which
    // stops counting past the limit), so a long paragraph is not walked.
    if 2 * prev.len() < 3 * line.len() || 2 * next.len() < 3 * line.len() {
        return false;
    }
    if !line.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    if line
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '?' | '!' | ',' | ';' | ':' | '…'))
    {
        return false;
    }
    if !ends_sentence(prev) || !ends_sentence(next) {
        return false;
    }
    // Only a subject that opens with the line's lowercased first char can open it: looked
    // at before the words are counted.
    let c0 = line.chars().flat_map(char::to_lowercase).next();
    if !LEX
        .caption_subjects
        .iter()
        .any(|(w, _)| c0.is_some_and(|c| w.starts_with(c)))
    {
        return false;
    }
    let words = line.split_whitespace().take(31).count();
    if !(5..=30).contains(&words) {
        return false;
    }
    // Compared char by char, so only the opening words are lower-cased (the subjects have
    // no sigma, the one char whose lowercase depends on what follows).
    let opens = LEX.caption_subjects.iter().any(|(w, name)| {
        let mut low = line.chars().flat_map(char::to_lowercase);
        w.chars().all(|c| low.next() == Some(c))
            && !low.next().is_some_and(char::is_alphanumeric)
            && (!name
                || line
                    .get(w.len()..)
                    .is_some_and(|r| r.trim_start().starts_with(char::is_uppercase)))
    });
    if !opens {
        return false;
    }
    let lower = line.to_lowercase();
    LEX.caption_activities
        .iter()
        .any(|w| contains_word(&lower, w))
        && one_sentence(line)
}

/// True when `s` starts with a letter or digit (so a word before it would be glued on).
fn starts_word(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_alphanumeric)
}

/// True when `hay` contains `word` as whole words.
fn contains_word(hay: &str, word: &str) -> bool {
    hay.match_indices(word).any(|(at, _)| {
        !hay[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && !starts_word(&hay[at + word.len()..])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first-char look never turns away a caption: a line opening with any subject of
    /// the list (capitalised, or in capitals) and naming an activity is one.
    #[test]
    fn subjects_pass_the_first_char_look() {
        let around = "Đoạn văn dài ở trên, kể lại buổi làm việc của huyện với xã Đức Ninh hôm qua.";
        let activity = &LEX.caption_activities[0];
        for (w, name) in &LEX.caption_subjects {
            let name = if *name {
                " Nguyễn Văn An"
            } else {
                " huyện"
            };
            let rest = format!("{name} {activity} buổi làm việc.");
            for subject in [super::super::lexicon::capitalise(w), w.to_uppercase()] {
                let line = format!("{subject}{rest}");
                assert!(is_structural_caption(&line, around, around), "{line}");
            }
        }
    }
}
