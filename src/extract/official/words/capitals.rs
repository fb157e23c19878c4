//! The words of a text that are not all lowercase, listed once: the passes over the whole
//! text that look at capitalised words alone (its capitalised runs, the other mentions of
//! a one-word name, the names a body's noun stands before) walk this list, about a sixth
//! of the words of news text (60k of 353k on the 2 MB corpus bench), not every word.

use super::{CASE_SHIFT, Words};

impl Words<'_> {
    /// The indices of the words not all lowercase (any [`Case`](super::Case) but
    /// [`Case::Lower`](super::Case::Lower): capitalised, all capitals, digits or mixed),
    /// increasing. Listed in one pass over the words the first time it is asked for, then
    /// kept with them.
    pub(crate) fn not_lowercase(&self) -> &[u32] {
        self.capitals.get_or_init(|| {
            // (each index written, and kept when its word's case bits are not
            // lowercase's, 0: no branch a word; word indices fit in a `u32`, as the tokens'
            // offsets do)
            let mut list = vec![0u32; self.words.len()];
            let mut n = 0;
            for (k, x) in self.words.iter().enumerate() {
                list[n] = k as u32;
                n += usize::from(x.flags >> CASE_SHIFT != 0);
            }
            list.truncate(n);
            list.shrink_to_fit();
            list
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Case, Words};

    /// The list is the words whose case is not lowercase, each once, in order: the
    /// direct computation, on texts of every case, of none, and with words glued by a
    /// missing space (split after they are read).
    #[test]
    fn not_lowercase_is_every_word_not_lowercase() {
        for text in [
            "Ông Nguyễn Văn A, Chủ tịch UBND tỉnh, nói 3 lần với iPhone và U23 Việt Nam.",
            "",
            "chỉ chữ thường ở đây",
            "HĐND TP. Hà Nội, PGS.TS Lê Văn B, H'Hen Niê và 3ả.",
            "ÔngTrần Văn Cường, Chủ tịchHội Nông dân, gặp bàLê Thị D và Trung QuốcNgụy.",
        ] {
            let w = Words::new(text);
            let direct: Vec<usize> = (0..w.len())
                .filter(|&k| w.words[k].case() != Case::Lower)
                .collect();
            let listed: Vec<usize> = w.not_lowercase().iter().map(|&k| k as usize).collect();
            assert_eq!(listed, direct, "{text}");
            // (asked again: the list kept)
            assert_eq!(w.not_lowercase().len(), direct.len());
        }
    }
}
