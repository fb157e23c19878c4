//! Trailing boilerplate: marker lines ("Tin cùng chuyên mục", "Xem thêm:"), widget lines
//! ("Chia sẻ | Facebook") and markers after a sentence end inside a one-line body.

use super::lexicon::LEX;
use super::{BoilerplateKind, INLINE_TAIL, SHORT_LINE, is_closer, is_terminal};
use crate::span::Span;

/// The kind of boilerplate `rest` opens when it starts with a marker (`rest` is the text
/// from a line start or a sentence start).
fn marker_at(rest: &str) -> Option<BoilerplateKind> {
    // A marker matches only if its first char is the lowercase of the first char of `rest`.
    let first = rest.chars().next()?;
    let first = if first.is_ascii() {
        first.to_ascii_lowercase()
    } else {
        first.to_lowercase().next()?
    };
    let from = LEX.marker_firsts.partition_point(|&(f, _)| f < first);
    for &(f, at) in &LEX.marker_firsts[from..] {
        if f != first {
            break;
        }
        let Some((m, kind)) = LEX.markers.get(at) else {
            break;
        };
        // Two ASCII second bytes after an ASCII first char are the second chars: when
        // they differ ignoring case, so do the lower-cased chars.
        if let ([r0, r1, ..], [_, m1, ..]) = (rest.as_bytes(), m.as_bytes())
            && r0.is_ascii()
            && r1.is_ascii()
            && m1.is_ascii()
            && !r1.eq_ignore_ascii_case(m1)
        {
            continue;
        }
        let Some(head) = rest.get(..m.len()) else {
            continue;
        };
        if !head.chars().flat_map(char::to_lowercase).eq(m.chars()) {
            continue;
        }
        let after = &rest[m.len()..];
        if after.chars().next().is_some_and(char::is_alphanumeric) {
            continue; // glued to a longer word
        }
        let after = after.trim_start();
        let ok = match after.chars().next() {
            None | Some(':' | '>' | '»' | '|') => true,
            Some(c) => {
                *kind == BoilerplateKind::Related
                    && m.contains(' ')
                    && (c.is_uppercase() || matches!(c, '"' | '“' | '\''))
            }
        };
        if ok {
            return Some(*kind);
        }
    }
    None
}

/// True when `line` is made only of widget words and separators.
fn is_widget_line(line: &str) -> bool {
    if line.len() > SHORT_LINE {
        return false;
    }
    let is_sep = |c: char| c.is_whitespace() || matches!(c, '|' | '/' | '·' | '•' | ',' | '-');
    // The first word must open a widget phrase: checked before lower-casing the line.
    let Some(first) = line.split(is_sep).find(|w| !w.is_empty()) else {
        return false;
    };
    // Only a widget whose first word opens with the first word's lowercased first char can
    // match it (a cheap look before comparing whole words).
    let Some(c0) = first.chars().flat_map(char::to_lowercase).next() else {
        return false;
    };
    if !LEX.widgets.iter().any(|w| {
        w.first().is_some_and(|w0| {
            w0.starts_with(c0) && first.chars().flat_map(char::to_lowercase).eq(w0.chars())
        })
    }) {
        return false;
    }
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower.split(is_sep).filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return false;
    }
    let mut i = 0;
    'outer: while i < words.len() {
        for w in &LEX.widgets {
            if words.len() - i >= w.len()
                && words[i..i + w.len()].iter().zip(w).all(|(a, b)| a == b)
            {
                i += w.len();
                continue 'outer;
            }
        }
        return false;
    }
    true
}

/// Where the trailing boilerplate starts: the first marker or widget line after some
/// content cuts the rest. Reads the paragraphs `paras` of `text` up to the cut: the marker
/// and widget lines before any content are one stretch of `leading` (from the first such
/// line to the end of the last, with the kind of the first: what opened it, as the
/// trailing stretch has), the others go to `content` (the one a marker cuts inside
/// included; the paragraphs after the cut are not read). Returns the cut's offset and kind.
///
/// (One record a leading line was 24 bytes for a widget line of 3, issue 15; between two
/// paragraphs there is only white space, so the stretch holds nothing else.)
pub(super) fn cut(
    text: &str,
    paras: impl Iterator<Item = Span>,
    leading: &mut Vec<(Span, BoilerplateKind)>,
    content: &mut Vec<Span>,
) -> Option<(usize, BoilerplateKind)> {
    // Inside a long one-line body a link list can sit in the middle (">> Xem thêm: …" and
    // the article goes on): a marker inside a line cuts only in the second half of the text
    // or near its end.
    let inline_from = (text.len() / 2).min(text.len().saturating_sub(INLINE_TAIL));
    for p in paras {
        let l = &text[p.start..p.end];
        let kind = marker_at(l).or_else(|| is_widget_line(l).then_some(BoilerplateKind::Share));
        if let Some(kind) = kind {
            if !content.is_empty() {
                return Some((p.start, kind));
            }
            match leading.last_mut() {
                Some((open, _)) => open.end = p.end,
                None => leading.push((p, kind)),
            }
            continue;
        }
        content.push(p);
        // A marker after a sentence end inside the line (one-line bodies).
        if p.end > inline_from
            && let Some((at, kind)) = inline_marker(l, inline_from.saturating_sub(p.start))
        {
            return Some((p.start + at, kind));
        }
    }
    None
}

/// A marker after a sentence end inside the line `l`, at or after the byte `from`: its
/// offset in `l` and its kind.
fn inline_marker(l: &str, mut from: usize) -> Option<(usize, BoilerplateKind)> {
    let ac = LEX.inline.as_ref()?;
    // Only the part of the line where a cut may happen is searched.
    while !l.is_char_boundary(from) {
        from -= 1;
    }
    let input = aho_corasick::Input::new(l).span(from..l.len());
    ac.find_iter(input).find_map(|m| {
        if m.start() == 0 {
            return None;
        }
        let before = l[..m.start()].trim_end();
        let prev = before.chars().next_back()?;
        let after_end = is_terminal(prev)
            || matches!(prev, '>' | '|' | '»')
            || prev.is_ascii_digit()
            || (is_closer(prev)
                && before
                    .trim_end_matches(is_closer)
                    .chars()
                    .next_back()
                    .is_some_and(is_terminal));
        if !after_end || before.len() == l[..m.start()].len() {
            return None;
        }
        marker_at(&l[m.start()..]).map(|k| (m.start(), k))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_ignore_case() {
        use BoilerplateKind::*;
        for (line, want) in [
            ("Tin liên quan", Some(Related)),
            ("TIN LIÊN QUAN:", Some(Related)),
            ("tIN cùng chuyên mục", Some(Related)),
            ("Đọc thêm: bài cũ", Some(SeeAlso)),
            ("ĐỌC THÊM", Some(SeeAlso)),
            (">>", Some(SeeAlso)),
            (">> Xem thêm", None),
            ("Xem thêm", Some(SeeAlso)),
            ("Trong tin liên quan", None),
            ("Tin liên quanh", None),
            ("Tỉnh", None),
            ("", None),
        ] {
            assert_eq!(marker_at(line), want, "{line}");
        }
    }

    /// Every marker is found as written, capitalised and in capitals: the first-char
    /// look (ASCII lower-cased directly) lets each through.
    #[test]
    fn every_marker_is_found_in_every_case() {
        for (m, kind) in &LEX.markers {
            for line in [
                m.clone(),
                super::super::lexicon::capitalise(m),
                m.to_uppercase(),
            ] {
                assert_eq!(marker_at(&format!("{line}: x")), Some(*kind), "{line}");
            }
        }
        let mut listed: Vec<usize> = LEX.marker_firsts.iter().map(|&(_, at)| at).collect();
        listed.sort_unstable();
        let nonempty: Vec<usize> = (0..LEX.markers.len())
            .filter(|&at| !LEX.markers[at].0.is_empty())
            .collect();
        assert_eq!(listed, nonempty);
    }

    /// The first-char look never turns away a widget line: every phrase of the list, as
    /// written, capitalised and in capitals, is one.
    #[test]
    fn widget_phrases_pass_the_first_char_look() {
        for w in &LEX.widgets {
            let line = w.join(" ");
            let cap = super::super::lexicon::capitalise(&line);
            for l in [line.clone(), cap, line.to_uppercase()] {
                assert!(is_widget_line(&l), "{l}");
            }
        }
    }

    #[test]
    fn widgets() {
        assert!(is_widget_line("Chia sẻ | Facebook | Zalo"));
        assert!(is_widget_line("In bài"));
        assert!(!is_widget_line("Chia sẻ kinh nghiệm làm giàu"));
    }
}
