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
    may_have_cue(line) && automaton_cue(line, at_start)
}

/// [`caption_cue`] by the cue automaton alone.
fn automaton_cue(line: &str, at_start: bool) -> bool {
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

/// False when no pattern of the cue automaton occurs in `line`: a pattern with a colon
/// would end a prefix of the line at one of its colons with its part up to its last
/// colon; one without a colon would hold its part after its first char (substring searches,
/// vectorised and built once). Most lines are ruled out before the automaton.
fn may_have_cue(line: &str) -> bool {
    memchr::memchr_iter(b':', line.as_bytes()).any(|p| {
        let head = &line[..=p];
        LEX.caption_colon.iter().any(|c| head.ends_with(c.as_str()))
    }) || LEX
        .caption_plain
        .iter()
        .any(|p| p.find(line.as_bytes()).is_some())
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
    // The cheap tests first: lengths, then single chars, then the opening subject, then the
    // word count (which stops counting past the limit), so a long paragraph is not walked.
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
    // Only a subject that opens with the line's lowercased first char can open it (a cheap
    // look before comparing); the words are counted after, as few lines pass.
    // Compared char by char, so only the opening words are lower-cased (the subjects have
    // no sigma, the one char whose lowercase depends on what follows).
    let Some(c0) = line.chars().flat_map(char::to_lowercase).next() else {
        return false;
    };
    let mut first = [0; 4];
    let first: &str = c0.encode_utf8(&mut first);
    let from = LEX
        .caption_subjects
        .partition_point(|(w, _)| w.as_str() < first);
    let mut subjects = LEX.caption_subjects[from..]
        .iter()
        .take_while(|(w, _)| w.starts_with(c0));
    let opens = subjects.any(|(w, name)| {
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
    let words = line.split_whitespace().take(31).count();
    if !(5..=30).contains(&words) {
        return false;
    }
    // (the crate's table, one look-up a char: the standard library's lowercase)
    let lower = crate::text::chars::to_lowercase(line);
    LEX.caption_activities
        .iter()
        .any(|w| contains_word(&lower, w))
        && one_sentence(line)
}

/// True when `s` starts with a letter or digit (so a word before it would be glued on).
fn starts_word(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_alphanumeric)
}

/// True when `hay` contains the word or words `word` looks for, as whole words.
fn contains_word(hay: &str, word: &memchr::memmem::Finder<'_>) -> bool {
    let len = word.needle().len();
    word.find_iter(hay.as_bytes()).any(|at| {
        !hay[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && !starts_word(&hay[at + len..])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The look before the automaton never turns away a line where the automaton finds a
    /// cue: lines with every cue (as written, capitalised, in capitals) at the start, after
    /// a bracket, after words and glued to words, with and without colons elsewhere.
    #[test]
    fn cue_look_passes_every_automaton_match() {
        let ac = LEX.caption_ac.as_ref().unwrap();
        let mut lines = vec![
            String::new(),
            ":".to_string(),
            "Ông nói: \"Tốt\".".to_string(),
            "Ảnh minh hoạ: không phải cue".to_string(),
            "Chụp ảnh: x".to_string(),
        ];
        for cue in &LEX.caption_cues {
            for c in [
                cue.clone(),
                super::super::lexicon::capitalise(cue),
                cue.to_uppercase(),
            ] {
                for line in [
                    format!("{c} Quang Huy"),
                    format!("Đoàn công tác làm việc (ảnh trên). ({c} Quang Huy)"),
                    format!("Ông nói: xin chào {c}x"),
                    format!("bài{c}"),
                    format!("{c}:{c}"),
                    c.trim_end_matches(':').to_string(),
                ] {
                    lines.push(line);
                }
            }
        }
        let mut found = 0;
        for line in &lines {
            let hit = ac.find_iter(line.as_str()).next().is_some();
            found += usize::from(hit);
            assert!(!hit || may_have_cue(line), "{line:?}");
            for at_start in [true, false] {
                assert_eq!(
                    caption_cue(line, at_start),
                    automaton_cue(line, at_start),
                    "{line:?}"
                );
            }
        }
        assert!(found > 2 * LEX.caption_cues.len());
    }

    /// The first-char look never turns away a caption: a line opening with any subject of
    /// the list (capitalised, or in capitals) and naming an activity is one.
    #[test]
    fn subjects_pass_the_first_char_look() {
        let around = "Đoạn văn dài ở trên, kể lại buổi làm việc của huyện với xã Đức Ninh hôm qua.";
        let activity = std::str::from_utf8(LEX.caption_activities[0].needle()).unwrap();
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
