//! The shared text layer: primitives written once and used by every stage (as
//! regex-automata's `util/` is used by its engines).
//!
//! - `chars`: the Vietnamese character table and UTF-8 decoding;
//! - `doc`: the document built once per article (text, tokens, paragraphs, sentences)
//!   that every extractor reads;
//! - `dict`: the dictionary, word-list phrases in one leftmost-longest automaton whose
//!   entries carry tags;
//! - `hash`: the hasher of the crate's fixed tables keyed by short strings;
//! - [`lexicon`]: the one reader of the word lists in `src/lexicon/`;
//! - `tokens`: the one tokenizer (numbers, words with their case and tag, punctuation);
//! - `trie`: the anchored automaton of a set of keys, built from their bytes, that the
//!   dictionary walks.

pub(crate) mod chars;
pub(crate) mod dict;
pub(crate) mod doc;
pub(crate) mod hash;
pub mod lexicon;
pub(crate) mod tokens;
pub(crate) mod trie;

pub use lexicon::LexiconError;
