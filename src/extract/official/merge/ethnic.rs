//! Names of Vietnam's ethnic minorities of the Central Highlands (issue 12): spelt with
//! syllables no Kinh name has ("Y Thanh Hà Niê Kđăm", "Ksor Phước Hà"), they are still
//! Vietnamese names, and their holders' national posts are Vietnam's.

use crate::text::chars::to_lowercase;
use crate::text::hash::FastSet;
use crate::text::lexicon;
use std::sync::LazyLock;

/// The name words of `surnames.txt` marked `ethnic` that open a name of the ethnic
/// minorities of the Central Highlands ("Y", "Ksor", "Rơ Châm"), lowercase.
static OPENERS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    lexicon::SURNAMES
        .entries()
        .filter(|e| e.column(1) == Some("ethnic"))
        .map(|e| to_lowercase(e.key()))
        .collect()
});

/// Does `name` open with the name word of an ethnic minority of the Central Highlands
/// (`surnames.txt`, `ethnic`), one word or two, and go on after it ("Y Thanh Hà Niê
/// Kđăm", "Rơ Châm Ngọc")? A Vietnamese name, though its syllables are not all of
/// Vietnamese shape.
pub(super) fn highland_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=2).any(|n| words.len() > n && OPENERS.contains(&to_lowercase(&words[..n].join(" "))))
}

#[cfg(test)]
mod tests {
    use super::highland_name;

    #[test]
    fn highland_names_open_with_their_word() {
        assert!(highland_name("Y Thanh Hà Niê Kđăm"));
        assert!(highland_name("Ksor Phước Hà"));
        assert!(highland_name("Rơ Châm Long"));
        assert!(!highland_name("Y"));
        assert!(!highland_name("Boris Johnson"));
    }
}
