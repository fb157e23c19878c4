//! Python bindings of vinews, built with PyO3 and maturin (see `python/README.md`).
//!
//! The module is a thin layer: every function calls the Rust crate's public API and turns
//! its result into Python objects (module `objects`: the Article JSON's field names, as the
//! command line writes them). Offsets are UTF-8 byte offsets into the text passed in, as in
//! Rust; `offsets="chars"` turns every `start`/`end` into a `str` index (code points), which
//! is what Python slicing takes. Errors (a bad tone name, a bad date, a text that is not
//! valid Unicode) are Python exceptions with the Rust message; the library does not panic,
//! and PyO3 turns a panic into `PanicException` rather than letting it cross into Python.

mod objects;

use objects::Objects;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyList;
use rayon::prelude::*;
use vinews_rs::{Article, Date, ExtractConfig, Extractor, NormalizeConfig, Normalizer, ToneStyle};

/// How offsets are given back: UTF-8 bytes (as in Rust and the JSON) or code points.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Offsets {
    Bytes,
    Chars,
}

fn offsets_of(name: &str) -> PyResult<Offsets> {
    match name {
        "bytes" => Ok(Offsets::Bytes),
        "chars" => Ok(Offsets::Chars),
        _ => Err(PyValueError::new_err(format!(
            "offsets must be \"bytes\" or \"chars\", not {name:?}"
        ))),
    }
}

fn tone_of(name: &str) -> PyResult<ToneStyle> {
    match name {
        "old" => Ok(ToneStyle::Old),
        "new" => Ok(ToneStyle::New),
        "keep" => Ok(ToneStyle::Keep),
        _ => Err(PyValueError::new_err(format!(
            "tone must be \"old\", \"new\" or \"keep\", not {name:?}"
        ))),
    }
}

/// A date given as `"YYYY-MM-DD"` or as anything with an `isoformat()` giving that
/// (`datetime.date`; a `datetime.datetime` gives its date part).
fn date_of(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Date>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let text: String = match value.extract::<String>() {
        Ok(s) => s,
        Err(_) => value.call_method0("isoformat")?.extract()?,
    };
    // a date-time ("2023-09-20T08:00:00", "2023-09-20 08:00") counts by its day
    let day = match text.as_bytes().get(10) {
        Some(b'T' | b' ') => &text[..10],
        _ => text.as_str(),
    };
    day.parse::<Date>()
        .map(Some)
        .map_err(|e| PyValueError::new_err(e.to_string()))
}

/// Byte offset → code-point index over one text, for offsets in any order: a table of the
/// char index at every char boundary, built once (linear in the text).
struct CharIndex {
    at: Vec<u32>,
}

impl CharIndex {
    fn new(text: &str) -> CharIndex {
        let mut at = vec![0u32; text.len() + 1];
        let mut n = 0u32;
        for (i, _) in text.char_indices() {
            at[i] = n;
            n += 1;
        }
        at[text.len()] = n;
        CharIndex { at }
    }

    fn get(&self, byte: u64) -> u64 {
        usize::try_from(byte)
            .ok()
            .and_then(|b| self.at.get(b))
            .map_or(byte, |&c| u64::from(c))
    }

    /// Rewrites every `start`/`end` number of `value` (at any depth).
    fn rewrite(&self, value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, v) in map.iter_mut() {
                    match v {
                        serde_json::Value::Number(n) if key == "start" || key == "end" => {
                            if let Some(b) = n.as_u64() {
                                *n = self.get(b).into();
                            }
                        }
                        _ => self.rewrite(v),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(|v| self.rewrite(v)),
            _ => {}
        }
    }
}

/// The Article's JSON with every `start`/`end` a code-point index into `text`.
fn in_chars(text: &str, article: &Article) -> serde_json::Result<serde_json::Value> {
    let mut json = serde_json::to_value(article)?;
    CharIndex::new(text).rewrite(&mut json);
    Ok(json)
}

/// The Article as Python objects (a dict with the JSON's field names); `objects` may be
/// shared by many articles (it keeps the field names).
fn article_to_py<'py>(
    objects: &mut Objects<'py>,
    text: &str,
    article: &Article,
    offsets: Offsets,
) -> PyResult<Bound<'py, PyAny>> {
    match offsets {
        Offsets::Bytes => objects.build(article, None),
        Offsets::Chars => objects.build(article, Some(CharIndex::new(text))),
    }
}

/// The Article as one JSON string (the command line's JSON): built without the GIL, and
/// far cheaper than the objects of [`article_to_py`] (one `str` against a dict per span).
fn article_json(text: &str, article: &Article, offsets: Offsets) -> Result<String, String> {
    match offsets {
        Offsets::Bytes => serde_json::to_string(article).map_err(|e| e.to_string()),
        Offsets::Chars => in_chars(text, article)
            .and_then(|json| serde_json::to_string(&json))
            .map_err(|e| e.to_string()),
    }
}

/// normalize(text, tone="old", strip_accents=False, fix_encoding=True) -> str
///
/// Composes Unicode (NFC), cleans invisible and odd characters, converts legacy encodings
/// (TCVN3, VNI, VIQR, mojibake) and places tone marks in one style.
#[pyfunction]
#[pyo3(signature = (text, tone = "old", strip_accents = false, fix_encoding = true))]
fn normalize(text: &str, tone: &str, strip_accents: bool, fix_encoding: bool) -> PyResult<String> {
    let config = NormalizeConfig::new()
        .tone(tone_of(tone)?)
        .strip_accents(strip_accents)
        .fix_encoding(fix_encoding);
    Ok(Normalizer::new(config).normalize(text).into_string())
}

/// strip_accents(text) -> str
///
/// Folds Vietnamese letters to ASCII ("Đảng ủy" → "Dang uy"), for search keys.
#[pyfunction]
fn strip_accents(text: &str) -> String {
    vinews_rs::strip_accents(text)
}

fn spans(
    text: &str,
    spans: impl Iterator<Item = vinews_rs::Span>,
    offsets: Offsets,
) -> Vec<(usize, usize)> {
    let index = (offsets == Offsets::Chars).then(|| CharIndex::new(text));
    spans
        .map(|s| match &index {
            Some(ix) => (
                ix.get(s.start as u64) as usize,
                ix.get(s.end as u64) as usize,
            ),
            None => (s.start, s.end),
        })
        .collect()
}

/// sentences(text, offsets="bytes") -> list[tuple[int, int]]
///
/// The sentences of `text` as (start, end) offsets, in order (`text` as given: normalize
/// first if it needs it).
#[pyfunction]
#[pyo3(signature = (text, offsets = "bytes"))]
fn sentences(text: &str, offsets: &str) -> PyResult<Vec<(usize, usize)>> {
    Ok(spans(
        text,
        vinews_rs::sentences(text),
        offsets_of(offsets)?,
    ))
}

/// paragraphs(text, offsets="bytes") -> list[tuple[int, int]]
#[pyfunction]
#[pyo3(signature = (text, offsets = "bytes"))]
fn paragraphs(text: &str, offsets: &str) -> PyResult<Vec<(usize, usize)>> {
    Ok(spans(
        text,
        vinews_rs::paragraphs(text),
        offsets_of(offsets)?,
    ))
}

/// char_index(text, byte_offset) -> int
///
/// The `str` index of a UTF-8 byte offset into `text` (an offset inside a character, or past
/// the end, is an error).
#[pyfunction]
fn char_index(text: &str, byte_offset: usize) -> PyResult<usize> {
    if !text.is_char_boundary(byte_offset) {
        return Err(PyValueError::new_err(format!(
            "byte offset {byte_offset} is not a character boundary of a text of {} bytes",
            text.len()
        )));
    }
    Ok(text[..byte_offset].chars().count())
}

/// A configured extractor: build once, parse many articles; safe to share between threads.
///
/// Extractor(date=None, tone="old")
#[pyclass(frozen, module = "vinews", name = "Extractor")]
struct PyExtractor {
    config: ExtractConfig,
    inner: Extractor,
}

impl PyExtractor {
    fn with_date(&self, date: Option<Date>) -> Option<Extractor> {
        date.map(|d| Extractor::new(self.config.reference_date(Some(d))))
    }
}

#[pymethods]
impl PyExtractor {
    #[new]
    #[pyo3(signature = (date = None, tone = "old"))]
    fn new(date: Option<&Bound<'_, PyAny>>, tone: &str) -> PyResult<PyExtractor> {
        let config = ExtractConfig::new()
            .reference_date(date_of(date)?)
            .normalize(NormalizeConfig::new().tone(tone_of(tone)?));
        Ok(PyExtractor {
            config,
            inner: Extractor::new(config),
        })
    }

    /// The publication date in use, as "YYYY-MM-DD", or None.
    #[getter]
    fn date(&self) -> Option<String> {
        self.config.reference().map(|d| d.to_string())
    }

    /// parse(text, date=None, offsets="bytes") -> dict
    ///
    /// The Article of `text`; `date` (if given) overrides the extractor's for this text.
    #[pyo3(signature = (text, date = None, offsets = "bytes"))]
    fn parse<'py>(
        &self,
        py: Python<'py>,
        text: &str,
        date: Option<&Bound<'py, PyAny>>,
        offsets: &str,
    ) -> PyResult<Bound<'py, PyAny>> {
        let offsets = offsets_of(offsets)?;
        let other = self.with_date(date_of(date)?);
        let extractor = other.as_ref().unwrap_or(&self.inner);
        let article = py.detach(|| extractor.parse(text));
        article_to_py(&mut Objects::new(py), text, &article, offsets)
    }

    /// parse_many(texts, dates=None, offsets="bytes", as_json=False) -> list[dict] | list[str]
    ///
    /// The Articles of `texts`, in order, parsed on every core with the GIL released.
    /// `dates`, if given, has one entry per text (None for the extractor's own date).
    /// `as_json=True` gives each Article as its JSON string instead of a dict: ~1.3× as
    /// fast, since building a dict for every span costs about a third of the parsing.
    #[pyo3(signature = (texts, dates = None, offsets = "bytes", as_json = false))]
    fn parse_many<'py>(
        &self,
        py: Python<'py>,
        texts: Vec<String>,
        dates: Option<Vec<Option<Bound<'py, PyAny>>>>,
        offsets: &str,
        as_json: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        let offsets = offsets_of(offsets)?;
        let dates: Vec<Option<Date>> = match dates {
            None => vec![None; texts.len()],
            Some(d) if d.len() != texts.len() => {
                return Err(PyValueError::new_err(format!(
                    "dates has {} entries for {} texts",
                    d.len(),
                    texts.len()
                )));
            }
            Some(d) => d
                .iter()
                .map(|v| date_of(v.as_ref()))
                .collect::<PyResult<_>>()?,
        };
        let parse = |(text, date): (&String, &Option<Date>)| match self.with_date(*date) {
            Some(e) => e.parse(text),
            None => self.inner.parse(text),
        };
        let out = PyList::empty(py);
        if as_json {
            // parsed and written out on every core, without the GIL
            let lines: Vec<Result<String, String>> = py.detach(|| {
                texts
                    .par_iter()
                    .zip(&dates)
                    .map(|(text, date)| article_json(text, &parse((text, date)), offsets))
                    .collect()
            });
            for line in lines {
                out.append(line.map_err(PyValueError::new_err)?)?;
            }
            return Ok(out);
        }
        let articles: Vec<Article> =
            py.detach(|| texts.par_iter().zip(&dates).map(parse).collect());
        let mut objects = Objects::new(py);
        for (text, article) in texts.iter().zip(&articles) {
            out.append(article_to_py(&mut objects, text, article, offsets)?)?;
        }
        Ok(out)
    }
}

/// parse(text, date=None, offsets="bytes") -> dict
///
/// The Article of `text` with the default configuration: structure, paragraphs, sentences,
/// dates, ratios, places, officials and organizations, with the JSON's field names.
#[pyfunction]
#[pyo3(signature = (text, date = None, offsets = "bytes"))]
fn parse<'py>(
    py: Python<'py>,
    text: &str,
    date: Option<&Bound<'py, PyAny>>,
    offsets: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let offsets = offsets_of(offsets)?;
    let extractor = Extractor::new(ExtractConfig::new().reference_date(date_of(date)?));
    let article = py.detach(|| extractor.parse(text));
    article_to_py(&mut Objects::new(py), text, &article, offsets)
}

/// Normalization, sentences and the facts of Vietnamese news text (officials with their
/// titles, dates, places, ratios), with offsets back into the text.
#[pymodule]
fn vinews(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(strip_accents, m)?)?;
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    m.add_function(wrap_pyfunction!(paragraphs, m)?)?;
    m.add_function(wrap_pyfunction!(char_index, m)?)?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_class::<PyExtractor>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
