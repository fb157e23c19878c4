//! The headline: the first line, when it reads as one.

use super::caption::caption_cue;
use super::{MAX_TITLE_CHARS, SHORT_LINE, one_sentence};

/// True when the first words of `line` are a dated lead ("Ngày 20/5/1947, …",
/// "Sáng 5/6, …"): a date with a slash that ends in a comma, among the first four words.
fn dated_lead(line: &str) -> bool {
    line.split_whitespace().take(4).any(|w| {
        w.strip_suffix(',')
            .is_some_and(|d| d.contains('/') && d.chars().all(|c| c.is_ascii_digit() || c == '/'))
    })
}

/// A line that reads as a headline.
pub(super) fn is_title(line: &str) -> bool {
    if line.len() > 4 * SHORT_LINE || line.chars().count() > MAX_TITLE_CHARS {
        return false;
    }
    let Some(first) = line.chars().next() else {
        return false;
    };
    if !(first.is_uppercase() || first.is_ascii_digit() || matches!(first, '"' | '“' | '\'')) {
        return false;
    }
    if line
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '…' | ':' | ';' | ','))
    {
        return false;
    }
    let words = line.split_whitespace().count();
    if !(2..=40).contains(&words) {
        return false;
    }
    if caption_cue(line, false) || dated_lead(line) {
        return false;
    }
    one_sentence(line)
}
