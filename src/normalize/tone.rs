//! Tone-mark placement over a model of the Vietnamese syllable.

use super::ToneStyle;

/// Re-places the tone mark of one NFC word (a maximal run of letters) for `style`.
///
/// Returns `None` when the word must not change: it is already right, it is not a
/// Vietnamese syllable, or `style` is [`ToneStyle::Keep`].
pub(crate) fn retone(word: &str, style: ToneStyle) -> Option<String> {
    let _ = (word, style);
    None
}
