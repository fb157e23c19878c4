//! What separates two words: the class of the punctuation between them.

/// What separates two words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Gap {
    /// Only spaces.
    Space,
    /// Quotes, slashes and other marks.
    Other,
    Comma,
    Dash,
    Open,
    Close,
    Colon,
    Semicolon,
    /// A sentence end (". ! ? …").
    Stop,
    /// A line break, or the start of the text.
    Break,
}

/// Classifies the separator `s` by its strongest mark.
pub(crate) fn classify(s: &str) -> Gap {
    s.chars().map(gap_of).max().unwrap_or(Gap::Space)
}

/// The gap class of one separator char.
#[inline]
pub(crate) fn gap_of(c: char) -> Gap {
    match c {
        ' ' => Gap::Space,
        '\n' | '\r' | '\u{2028}' | '\u{2029}' => Gap::Break,
        '.' | '!' | '?' | '…' => Gap::Stop,
        ';' => Gap::Semicolon,
        ':' => Gap::Colon,
        ')' | ']' => Gap::Close,
        '(' | '[' => Gap::Open,
        '-' | '–' | '—' => Gap::Dash,
        ',' => Gap::Comma,
        c if c.is_whitespace() => Gap::Space,
        _ => Gap::Other,
    }
}
