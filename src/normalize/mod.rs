//! Normalization of scraped Vietnamese text, with an offset map back to the original.
//!
//! One pass, in this order:
//! 1. legacy encodings (TCVN3, VNI, VIQR, UTF-8 mojibake) are detected per stretch of text
//!    and converted to Unicode ([`Encoding`]);
//! 2. characters are cleaned: `\r\n` and `\r` become `\n`, `Ð`/`ð` used for `Đ`/`đ` are
//!    fixed, zero-width characters and soft hyphens go, Unicode spaces become a space;
//! 3. every word is composed (NFC) and its tone mark placed for the chosen [`ToneStyle`];
//! 4. optionally, accents are stripped ([`strip_accents`]).
//!
//! Punctuation is never moved and no space is ever inserted. Text that needs none of this
//! is not copied: [`Normalized::text`] borrows the input.

mod class;
mod clean;
mod fold;
mod legacy;
mod scan;
#[cfg(test)]
mod tests;
mod tone;

use std::borrow::Cow;

use clean::clean;

use crate::span::OffsetMap;

pub use fold::strip_accents;
pub use legacy::{Encoding, Repair};
pub(crate) use tone::{has_syllable_shape, has_vowel_runs, is_syllable};
pub(crate) use tone::{i_for_y, y_as_i};

/// Where a syllable carries its tone mark when the vowels `oa`, `oe`, `uy` end it.
///
/// # Examples
///
/// ```
/// use vinews::{NormalizeConfig, Normalizer, ToneStyle};
/// let new = Normalizer::new(NormalizeConfig::new().tone(ToneStyle::New));
/// assert_eq!(new.normalize("Thủy lợi Hòa Bình").text, "Thuỷ lợi Hoà Bình");
/// let old = Normalizer::default();
/// assert_eq!(old.normalize("Thuỷ lợi Hoà Bình").text, "Thủy lợi Hòa Bình");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ToneStyle {
    /// The traditional placement: hòa, thủy, khỏe, Thúy. Most Vietnamese news and the
    /// official gazetteer write this way; it is the default.
    #[default]
    Old,
    /// The 1980s placement: hoà, thuỷ, khoẻ, Thuý.
    New,
    /// Leave every tone mark where it is (text is still composed and cleaned).
    Keep,
}

/// Options of a [`Normalizer`], set with chained by-value setters.
///
/// # Examples
///
/// ```
/// use vinews::{NormalizeConfig, ToneStyle};
/// let config = NormalizeConfig::new().tone(ToneStyle::New).fix_encoding(false);
/// assert_eq!(config.tone_style(), ToneStyle::New);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NormalizeConfig {
    tone: ToneStyle,
    fix_encoding: bool,
    strip_accents: bool,
}

impl Default for NormalizeConfig {
    fn default() -> Self {
        NormalizeConfig {
            tone: ToneStyle::Old,
            fix_encoding: true,
            strip_accents: false,
        }
    }
}

impl NormalizeConfig {
    /// The defaults: old tone style, legacy encodings fixed, accents kept.
    #[must_use]
    pub fn new() -> NormalizeConfig {
        NormalizeConfig::default()
    }

    /// Where tone marks go (default [`ToneStyle::Old`]).
    #[must_use]
    pub fn tone(mut self, style: ToneStyle) -> NormalizeConfig {
        self.tone = style;
        self
    }

    /// Whether to detect and convert legacy encodings and mojibake (default `true`).
    #[must_use]
    pub fn fix_encoding(mut self, yes: bool) -> NormalizeConfig {
        self.fix_encoding = yes;
        self
    }

    /// Whether to strip accents after normalizing, for search keys (default `false`).
    #[must_use]
    pub fn strip_accents(mut self, yes: bool) -> NormalizeConfig {
        self.strip_accents = yes;
        self
    }

    /// The configured tone style.
    #[must_use]
    pub fn tone_style(&self) -> ToneStyle {
        self.tone
    }

    /// Whether legacy encodings are fixed.
    #[must_use]
    pub fn fixes_encoding(&self) -> bool {
        self.fix_encoding
    }

    /// Whether accents are stripped.
    #[must_use]
    pub fn strips_accents(&self) -> bool {
        self.strip_accents
    }
}

/// Normalized text and the way back to the original.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Normalized<'a> {
    /// The normalized text; borrows the input when nothing changed.
    pub text: Cow<'a, str>,
    /// Maps byte offsets of [`text`](Normalized::text) back to the original input.
    pub map: OffsetMap,
    /// The stretches of the original that were converted from a legacy encoding.
    pub repairs: Vec<Repair>,
}

impl Normalized<'_> {
    /// True when the output is byte-identical to the input.
    #[must_use]
    pub fn is_unchanged(&self) -> bool {
        matches!(self.text, Cow::Borrowed(_))
    }

    /// The output as an owned `String`.
    #[must_use]
    pub fn into_string(self) -> String {
        self.text.into_owned()
    }
}

/// A configured normalizer. Cheap to build, `Send + Sync`, reusable.
///
/// # Examples
///
/// ```
/// use vinews::Normalizer;
/// let n = Normalizer::default().normalize("Ð/c Nguyễn Duy Hoà,\u{a0}Phó Bí thư");
/// assert_eq!(n.text, "Đ/c Nguyễn Duy Hòa, Phó Bí thư");
/// ```
#[derive(Clone, Debug, Default)]
pub struct Normalizer {
    config: NormalizeConfig,
}

impl Normalizer {
    /// A normalizer with `config`.
    #[must_use]
    pub fn new(config: NormalizeConfig) -> Normalizer {
        Normalizer { config }
    }

    /// The configuration in use.
    #[must_use]
    pub fn config(&self) -> &NormalizeConfig {
        &self.config
    }

    /// Normalizes `text`.
    ///
    /// # Time complexity
    ///
    /// Linear in `text.len()`. Clean NFC text in the configured tone style is checked by a
    /// fast scan (ASCII eight bytes at a time, each distinct word with a tone cluster
    /// parsed once) and not copied; a line with something to change is cleaned up fully,
    /// so no byte is looked at more than a few times.
    #[must_use]
    pub fn normalize<'a>(&self, text: &'a str) -> Normalized<'a> {
        let (out, map, repairs, examined) = self.once(text, false);
        let again = matches!(out, Cow::Owned(_)) && examined;
        self.finish(out, map, repairs, again)
    }

    /// [`normalize`](Normalizer::normalize) of an owned `text`, handed on when nothing
    /// changed and dropped after the first pass when something did: the passes after the
    /// first read its result alone, and a line holding two legacy encodings held the
    /// original, the first pass's text and the second's at once (the peak of such a text,
    /// issue 15).
    pub(crate) fn normalize_owned(&self, text: String) -> Normalized<'static> {
        let (out, map, repairs, examined) = self.once(&text, false);
        let (out, again) = match out {
            // the normalized text is the original's: it is handed on
            Cow::Borrowed(_) => (text, false),
            Cow::Owned(s) => {
                drop(text);
                (s, examined)
            }
        };
        self.finish(Cow::Owned(out), map, repairs, again)
    }

    /// The passes of [`normalize`](Normalizer::normalize) after the first, whose result is
    /// `out`, `map` and `repairs` (`again`: whether it changed the text and its legacy
    /// detection looked at a line).
    fn finish<'a>(
        &self,
        mut out: Cow<'a, str>,
        mut map: OffsetMap,
        mut repairs: Vec<Repair>,
        again: bool,
    ) -> Normalized<'a> {
        // Normalizing the result again changes nothing: the rare changes that open the way
        // to another (a line holding two legacy encodings, of which a pass converts one;
        // stripped accents that leave a legacy hint, "øự" → "øu"; a mark left alone on a
        // no-break space) are finished by further passes over the result, at most
        // `MAX_ROUNDS` before accents are stripped and as many after, so the work stays
        // linear. Text that needed no change, or no legacy conversion, takes one pass.
        let mut rounds = 1;
        // Legacy detection reads the text as it came; once its tones are placed or its
        // characters cleaned, a line it left alone may read otherwise ("uỷ" → "ủy"): a text
        // in which it looked at a line and that changed gets another pass.
        let mut changed = again;
        while changed && rounds < MAX_ROUNDS {
            changed = self.again(&mut out, &mut map, &mut repairs, false);
            rounds += 1;
        }
        if self.config.strip_accents
            && let Some((s, m)) = fold::fold_mapped(&out)
        {
            map = map.then(&m);
            out = Cow::Owned(s);
            let mut rounds = 0;
            while rounds < MAX_ROUNDS && self.again(&mut out, &mut map, &mut repairs, true) {
                rounds += 1;
            }
        }
        Normalized {
            text: out,
            map,
            repairs,
        }
    }

    /// One more pass over the result `out` (`map` leads back to the original), its
    /// repairs added to `repairs` in the original's offsets. False when it changed nothing.
    fn again(
        &self,
        out: &mut Cow<'_, str>,
        map: &mut OffsetMap,
        repairs: &mut Vec<Repair>,
        fold: bool,
    ) -> bool {
        let (next, m, more, _) = self.once(out, fold);
        let Cow::Owned(s) = next else { return false };
        // the text before this pass goes before the maps are composed (issue 15)
        *out = Cow::Owned(s);
        repairs.extend(more.into_iter().map(|r| Repair {
            span: map.to_original(r.span),
            ..r
        }));
        repairs.sort_by_key(|r| (r.span.start, r.span.end));
        *map = map.then(&m);
        true
    }

    /// One pass of [`normalize`](Normalizer::normalize): legacy encodings, clean-up,
    /// composition, tone placement, and with `fold` stripped accents (when configured).
    /// The text is borrowed when nothing changed. The flag says whether legacy detection
    /// looked at any line.
    fn once<'a>(&self, text: &'a str, fold: bool) -> (Cow<'a, str>, OffsetMap, Vec<Repair>, bool) {
        // Clean-up first: it also notes whether any character hints at a legacy encoding.
        // Only then is legacy detection run (on the original), and the clean-up redone on
        // its output; on clean Unicode text that costs nothing.
        let first = clean(text, self.config.tone);
        let examined = self.config.fix_encoding && !first.hinted_lines.is_empty();
        let repaired = if examined {
            legacy::repair_lines(text, &first.hinted_lines)
        } else {
            None
        };
        let (mut out, mut map, repairs) = match repaired {
            None => match first.changed {
                None => (
                    Cow::Borrowed(text),
                    OffsetMap::identity(text.len()),
                    Vec::new(),
                ),
                Some((s, m)) => (Cow::Owned(s), m, Vec::new()),
            },
            Some(r) => match clean(&r.text, self.config.tone).changed {
                None => (Cow::Owned(r.text), r.map, r.repairs),
                Some((s, m)) => (Cow::Owned(s), r.map.then(&m), r.repairs),
            },
        };
        if fold
            && self.config.strip_accents
            && let Some((s, m)) = fold::fold_mapped(&out)
        {
            map = map.then(&m);
            out = Cow::Owned(s);
        }
        (out, map, repairs, examined)
    }
}

/// Passes of [`Normalizer::normalize`] at most, before accents are stripped and after:
/// each pass after the first only finishes what the one before opened.
const MAX_ROUNDS: usize = 3;

/// Normalizes `text` with the default configuration (old tone style, legacy encodings
/// fixed, accents kept).
///
/// # Examples
///
/// ```
/// let n = vinews::normalize("Ủy ban nhân dân xã Đức Ninh\u{200b} quyết định: qủa là đúng");
/// assert_eq!(n.text, "Ủy ban nhân dân xã Đức Ninh quyết định: quả là đúng");
/// ```
#[must_use]
pub fn normalize(text: &str) -> Normalized<'_> {
    Normalizer::default().normalize(text)
}
