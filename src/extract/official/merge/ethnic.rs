//! Names of Vietnam's ethnic minorities of the Central Highlands (issue 12): spelt with
//! syllables no Kinh name has ("Y Thanh Hà Niê Kđăm", "Ksor Phước Hà"), they are still
//! Vietnamese names, and their holders' national posts are Vietnam's.

use super::super::vocab::VOCAB;

/// Does `name` open with the name word of an ethnic minority of the Central Highlands
/// (`surnames.txt`, `ethnic`: "Y", "Ksor", "Rơ Châm"), and go on after it ("Y Thanh Hà
/// Niê Kđăm", "Rơ Châm Ngọc")? A Vietnamese name, though its syllables are not all of
/// Vietnamese shape. (Read by the officials' dictionary, whose entries match whole words,
/// case aside.)
pub(super) fn highland_name(name: &str) -> bool {
    VOCAB
        .longest_in(name, 0)
        .is_some_and(|m| m.tags.ethnic && name.get(m.end..).is_some_and(|r| r.starts_with(' ')))
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
