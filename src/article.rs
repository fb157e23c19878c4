//! The pipeline: normalize, segment, extract, with every span in original offsets.

use serde::ser::SerializeSeq;
use serde::{Deserialize, Serialize, Serializer};

use crate::extract::date::{Date, DateFact};
use crate::extract::official::Official;
use crate::extract::org::Organization;
use crate::extract::place::{self, Place};
use crate::extract::ratio::{Ratio, ReadRatios};

use crate::normalize::{NormalizeConfig, Normalized, Normalizer, Repair};
use crate::span::{OffsetMap, Span};
use crate::structure::Structure;

/// What vinews found in one article. Every span is a byte range of the caller's
/// original input.
///
/// # Examples
///
/// ```
/// let text = "Ngày 19/9, Thường trực Huyện uỷ làm việc với Đảng uỷ xã Đức Ninh.";
/// let article = vinews::Article::parse(text);
/// assert_eq!(article.sentences.len(), 1);
/// assert_eq!(article.sentences[0].slice(text), Some(text));
/// ```
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Article {
    /// The version of this JSON ([`SCHEMA_VERSION`] when vinews wrote it): the first field
    /// of every Article. It changes when a field changes meaning or is removed; new
    /// fields may come without it.
    pub schema_version: u32,
    /// Title, byline, end mark, captions and trimmed boilerplate (flattened into the JSON:
    /// `title`, `title_span`, `byline`, `byline_span`, `end_mark`, `captions`, `boilerplate`).
    #[serde(flatten)]
    pub structure: Structure,
    /// The paragraphs, in order.
    pub paragraphs: Vec<Span>,
    /// The sentences, in order; none crosses a paragraph.
    pub sentences: Vec<Span>,
    /// Stretches converted from a legacy encoding (TCVN3, VNI, VIQR, mojibake).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub repairs: Vec<Repair>,
    /// Dates, months, periods, relative dates, clock times and lunar dates, in order.
    pub dates: Vec<DateFact>,
    /// "x/y" ratios with their unit, subject, date and listed items, in order.
    pub ratios: Vec<Ratio>,
    /// Money, percentages, measures and counts with their value and unit, in order (read
    /// back as empty from JSON written before vinews had them).
    #[serde(default)]
    pub amounts: Vec<crate::Amount>,
    /// Places: administrative units with their gazetteer candidates, villages, countries,
    /// regions; one record per place, in order of first mention, with all its mentions.
    pub places: Vec<Place>,
    /// Named people with their titles, one record per person, in order of first mention.
    pub officials: Vec<Official>,
    /// Party and state organisations, in order.
    pub organizations: Vec<Organization>,
    /// Statements attributed to a speaker ("ông A cho biết …", "Theo bà B, …"), in order
    /// of their reporting word (read back as empty from JSON written before vinews had them).
    #[serde(default)]
    pub statements: Vec<crate::Statement>,
    /// Events ("Thường trực Huyện ủy làm việc với Đảng ủy xã Đức Ninh") with their agent,
    /// partner, date, place, chair, attendees and topic, one record for all the sentences
    /// that state one, in order of first mention (read back as empty from JSON written
    /// before vinews had them).
    #[serde(default)]
    pub events: Vec<crate::Event>,
}

impl Article {
    /// Parses `text` with the default configuration.
    #[must_use]
    pub fn parse(text: &str) -> Article {
        DEFAULT_EXTRACTOR.parse(text)
    }

    /// `article` with its ratios built from `ratios`.
    fn with_ratios(mut article: Article, ratios: PendingRatios<'_>) -> Article {
        article.ratios = ratios.into_vec(&article.dates);
        article
    }

    /// The fields of the JSON, the ratios given apart: `self.ratios`, or the ratios of a
    /// parse serialized as they are built ([`Extractor::serialize_owned`]).
    fn out<R: Serialize>(&self, ratios: R) -> ArticleOut<'_, R> {
        // (every field named: a field added to Article and not to its JSON does not compile)
        let Article {
            schema_version,
            structure,
            paragraphs,
            sentences,
            repairs,
            dates,
            ratios: _,
            amounts,
            places,
            officials,
            organizations,
            statements,
            events,
        } = self;
        ArticleOut {
            schema_version: *schema_version,
            structure,
            paragraphs,
            sentences,
            repairs,
            dates,
            ratios,
            amounts,
            places,
            officials,
            organizations,
            statements,
            events,
        }
    }
}

impl Serialize for Article {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.out(&self.ratios).serialize(serializer)
    }
}

/// The JSON of an [`Article`] (the one place its fields are written, in order, with the
/// attributes of the Article's own): its ratios a `Vec`, or built one at a time as they
/// are written.
#[derive(Serialize)]
struct ArticleOut<'a, R> {
    schema_version: u32,
    #[serde(flatten)]
    structure: &'a Structure,
    paragraphs: &'a [Span],
    sentences: &'a [Span],
    #[serde(skip_serializing_if = "<[Repair]>::is_empty")]
    repairs: &'a [Repair],
    dates: &'a [DateFact],
    ratios: R,
    amounts: &'a [crate::Amount],
    places: &'a [Place],
    officials: &'a [Official],
    organizations: &'a [Organization],
    statements: &'a [crate::Statement],
    events: &'a [crate::Event],
}

/// The ratios of a parse as read, not yet built: built into the Article's `ratios`
/// ([`into_vec`](PendingRatios::into_vec)), or serialized one at a time
/// ([`RatiosOut`]), so that a text of ratio lists never holds them all (issue 15).
struct PendingRatios<'a> {
    read: ReadRatios,
    /// The normalized text they were read in.
    text: &'a str,
    /// From the normalized text to the original.
    map: &'a OffsetMap,
}

impl PendingRatios<'_> {
    /// The public ratios, spans in the original's offsets; their dates from `dates`.
    fn into_vec(self, dates: &[DateFact]) -> Vec<Ratio> {
        let mut ratios = self.read.build(self.text, dates);
        self.map
            .spans_to_original(ratios.iter_mut().map(|r| &mut r.span));
        ratios
    }
}

/// The ratios of a parse, built one at a time as they are serialized (a JSON list).
struct RatiosOut<'a> {
    pending: &'a PendingRatios<'a>,
    dates: &'a [DateFact],
}

impl Serialize for RatiosOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let p = self.pending;
        let mut seq = serializer.serialize_seq(Some(p.read.len()))?;
        p.read.try_for_each(p.text, self.dates, |mut r| {
            r.span = p.map.to_original(r.span);
            seq.serialize_element(&r)
        })?;
        seq.end()
    }
}

/// The version of the Article JSON that this vinews writes (`schema_version`; its JSON
/// Schema is `schema/article.schema.json`).
pub const SCHEMA_VERSION: u32 = 1;

impl Default for Article {
    /// An article with nothing found, of this [`SCHEMA_VERSION`].
    fn default() -> Article {
        Article {
            schema_version: SCHEMA_VERSION,
            structure: Structure::default(),
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            repairs: Vec::new(),
            dates: Vec::new(),
            ratios: Vec::new(),
            amounts: Vec::new(),
            places: Vec::new(),
            officials: Vec::new(),
            organizations: Vec::new(),
            statements: Vec::new(),
            events: Vec::new(),
        }
    }
}

static DEFAULT_EXTRACTOR: std::sync::LazyLock<Extractor> =
    std::sync::LazyLock::new(|| Extractor::new(ExtractConfig::default()));

/// Options of an [`Extractor`], set with chained by-value setters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExtractConfig {
    reference_date: Option<Date>,
    normalize: NormalizeConfig,
}

impl ExtractConfig {
    /// The defaults: no reference date, default normalization.
    #[must_use]
    pub fn new() -> ExtractConfig {
        ExtractConfig::default()
    }

    /// The publication date, which anchors year-less and relative dates.
    #[must_use]
    pub fn reference_date(mut self, date: Option<Date>) -> ExtractConfig {
        self.reference_date = date;
        self
    }

    /// How text is normalized before extraction.
    #[must_use]
    pub fn normalize(mut self, config: NormalizeConfig) -> ExtractConfig {
        self.normalize = config;
        self
    }

    /// The configured publication date.
    #[must_use]
    pub fn reference(&self) -> Option<Date> {
        self.reference_date
    }
}

/// A configured extractor: build once, parse many articles, share across threads.
#[derive(Clone, Debug)]
pub struct Extractor {
    config: ExtractConfig,
    normalizer: Normalizer,
}

impl Extractor {
    /// An extractor with `config`.
    #[must_use]
    pub fn new(config: ExtractConfig) -> Extractor {
        Extractor {
            config,
            normalizer: Normalizer::new(config.normalize),
        }
    }

    /// The configuration in use.
    #[must_use]
    pub fn config(&self) -> &ExtractConfig {
        &self.config
    }

    /// Parses one article.
    ///
    /// # Time complexity
    ///
    /// Linear in `text.len()`.
    #[must_use]
    pub fn parse(&self, text: &str) -> Article {
        self.parse_normalized(self.normalizer.normalize(text), Article::with_ratios)
    }

    /// [`parse`](Extractor::parse) of a text the caller hands over: when normalization
    /// changed it, the original is dropped as soon as it is normalized, so the two are not
    /// held together while the facts are found; when it did not, the byline and boilerplate
    /// are blanked out of the text in place rather than in a copy. One copy of the text
    /// less at the peak (the command line reads a file this way); the Article is the same.
    ///
    /// # Time complexity
    ///
    /// Linear in `text.len()`.
    #[must_use]
    pub fn parse_owned(&self, text: String) -> Article {
        self.parse_normalized(self.normalizer.normalize_owned(text), Article::with_ratios)
    }

    /// Serializes the Article of a text the caller hands over with `serializer`: the same
    /// output as serializing [`parse_owned`](Extractor::parse_owned)`(text)`, but its
    /// ratios are built one at a time as they are written, never all held (a ratio with
    /// its strings takes several times the bytes it was read from: a text of ratio lists
    /// held five times its size in ratios, issue 15). The command line writes its Article
    /// JSON this way.
    ///
    /// # Errors
    ///
    /// The serializer's error (for JSON, a write error).
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Xã đạt 15/19 tiêu chí, 2/3 số hộ đồng ý.";
    /// let e = vinews::Extractor::new(vinews::ExtractConfig::new());
    /// let mut json = Vec::new();
    /// e.serialize_owned(text.to_string(), &mut serde_json::Serializer::new(&mut json))?;
    /// assert_eq!(json, serde_json::to_vec(&e.parse(text))?);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    ///
    /// # Time complexity
    ///
    /// Linear in `text.len()`.
    pub fn serialize_owned<S: Serializer>(
        &self,
        text: String,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        self.parse_normalized(self.normalizer.normalize_owned(text), |article, ratios| {
            let ratios = RatiosOut {
                pending: &ratios,
                dates: &article.dates,
            };
            article.out(ratios).serialize(serializer)
        })
    }

    /// The pipeline after normalization: `finish` gets the Article, spans in the
    /// original's offsets, with its ratios still to be built from the pending ones.
    fn parse_normalized<R>(
        &self,
        n: Normalized<'_>,
        finish: impl FnOnce(Article, PendingRatios<'_>) -> R,
    ) -> R {
        // Byline and boilerplate are blanked out (offsets kept) before segmenting and extracting.
        let crate::structure::Analyzed {
            structure,
            clean,
            paragraphs,
            byline_at,
        } = crate::structure::analyze(n.text, &n.map);
        // The document is built once, on the paragraphs the structure found; the
        // extractors read it in a fixed order.
        // (held in 8 bytes a span until the article is made, see `SpanList`)
        let paragraphs = crate::span::SpanList::new(clean.len(), paragraphs);
        let mut doc = crate::extract::doc_with_paragraphs(&clean, paragraphs);
        // The reporting words of statements are found before the officials take the tokens;
        // their speakers are named from the officials and organizations after.
        let cues = crate::extract::statement::cues(doc.text, &doc.tokens, &doc.openers);
        // So are the triggers of events, with where their roles are in their sentences.
        let triggers =
            crate::extract::event::triggers(doc.text, &doc.tokens, &doc.openers, &doc.sentences);
        // Dates next: without a publication date, places take their era (before or after
        // the reform of 2025) from the article's year. Places come before the officials,
        // who read them (a name is never a place's words). The openers were the cues',
        // triggers' and facts' alone: the facts free them once they are scanned, before
        // the ratios are read (a text of ratio lists peaks there, issue 15).
        let openers = std::mem::take(&mut doc.openers);
        let (dates, read_ratios, amounts, year) =
            crate::extract::numeric_facts(&doc, openers, self.config.reference_date);
        let mentions = place::mentions_in(&doc, self.config.reference(), year);
        // The officials read the tokens last, and free them once their words are read.
        let tokens = std::mem::take(&mut doc.tokens);
        let (officials, organizations) =
            crate::extract::official::with_places(doc.text, tokens, &mentions);
        let statements = crate::extract::statement::resolve(
            doc.text,
            &cues,
            &officials,
            &organizations,
            mentions.list.iter().map(|p| p.span()),
            &dates,
        );
        // The officials read every mention; the article has one record per place.
        let places = place::records(&mentions, doc.text);
        drop(mentions);
        let events = crate::extract::event::resolve(
            doc.text,
            &triggers,
            &officials,
            &organizations,
            &places,
            &dates,
            self.config.reference(),
        );
        // "BS. Nguyễn Thanh": the author a byline names by a degree or rank is an
        // official too (the guide), read from the byline alone, the rest of it still blanked
        let mut officials = officials;
        if let (Some(at), Some(byline)) = (byline_at, structure.byline.as_deref()) {
            crate::extract::official::in_byline(byline, at.start, &mut officials);
        }
        let mut article = Article {
            schema_version: SCHEMA_VERSION,
            structure,
            // made whole now that the officials have let go of the tokens
            paragraphs: doc.paragraphs.into_spans(),
            sentences: doc.sentences.into_spans(),
            repairs: n.repairs,
            dates,
            ratios: Vec::new(),
            amounts,
            places,
            officials,
            organizations,
            statements,
            events,
        };
        article.map_extracted_spans(&n.map);
        // The ratios' strings are copied out of the text last, now that the officials have
        // let go of the tokens and their words (issue 15: not on top of them).
        let ratios = PendingRatios {
            read: read_ratios,
            text: doc.text,
            map: &n.map,
        };
        finish(article, ratios)
    }
}

impl Article {
    /// Maps every span the extractors found in the normalized text back to the original
    /// input. (The structure is mapped by `structure::analyze`, which works on the
    /// original's offsets itself, and the ratios as they are built, by [`PendingRatios`].)
    fn map_extracted_spans(&mut self, map: &OffsetMap) {
        let m = |s: &mut Span| *s = map.to_original(*s);
        // the long lists, in text order, are walks through the map
        map.spans_to_original(self.paragraphs.iter_mut());
        map.spans_to_original(self.sentences.iter_mut());
        map.spans_to_original(self.dates.iter_mut().map(|d| &mut d.span));
        map.spans_to_original(self.amounts.iter_mut().map(|a| &mut a.span));
        for p in &mut self.places {
            m(&mut p.span);
            p.mentions.iter_mut().for_each(m);
        }
        for o in &mut self.officials {
            o.mentions.iter_mut().for_each(m);
            o.titles.iter_mut().for_each(|t| m(&mut t.span));
        }
        self.organizations.iter_mut().for_each(|o| m(&mut o.span));
        for s in &mut self.statements {
            m(&mut s.span);
            m(&mut s.content);
        }
        for e in &mut self.events {
            m(&mut e.span);
            e.mentions.iter_mut().for_each(m);
            if let Some(t) = &mut e.topic {
                m(t);
            }
        }
    }
}
