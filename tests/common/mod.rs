//! Shared by the integration tests: where the evaluation data lives.
#![allow(dead_code)]

use std::path::PathBuf;

/// The statements of `text` as `(speaker, verb, kind, content)`, the content as written,
/// as the statements tests compare them.
pub fn said(text: &str) -> Vec<(String, String, vinews::StatementKind, String)> {
    let a = vinews::Article::parse(text);
    a.statements
        .iter()
        .map(|s| {
            let content = s.content.slice(text).unwrap_or_default().to_string();
            (s.speaker.clone(), s.verb.clone(), s.kind, content)
        })
        .collect()
}

/// The officials of `text` as `(name, titles)`, as the officials tests compare them.
pub fn named(text: &str) -> Vec<(String, Vec<String>)> {
    vinews::Article::parse(text)
        .officials
        .into_iter()
        .map(|o| (o.name, o.titles.into_iter().map(|t| t.text).collect()))
        .collect()
}

/// One official `name` with its `titles`, as [`named`] gives them.
pub fn one(name: &str, titles: &[&str]) -> Vec<(String, Vec<String>)> {
    vec![(
        name.to_string(),
        titles.iter().map(|t| (*t).to_string()).collect(),
    )]
}

/// The jurisdiction codes of the titles of the official named `name` in `text`, by title.
pub fn codes(text: &str, name: &str) -> Vec<(String, Option<&'static str>)> {
    let a = vinews::Article::parse(text);
    a.officials
        .iter()
        .filter(|o| o.name == name)
        .flat_map(|o| &o.titles)
        .map(|t| (t.text.clone(), t.jurisdiction.as_ref().map(|j| j.code)))
        .collect()
}

/// The code of the title `title` of `name` in `text` (None when it has none; a panic
/// when the title is not read, which the test then shows).
pub fn code_of(text: &str, name: &str, title: &str) -> Option<&'static str> {
    let all = codes(text, name);
    all.iter()
        .find(|(t, _)| t == title)
        .unwrap_or_else(|| panic!("{title:?} not among {all:?}"))
        .1
}

/// The organizations of `text`, as written.
pub fn org_texts(text: &str) -> Vec<String> {
    vinews::Article::parse(text)
        .organizations
        .into_iter()
        .map(|o| o.text)
        .collect()
}

/// The key a name or expression is matched by in the evaluations: normalized (NFC, one
/// tone style), lowercase, single spaces.
pub fn name_key(s: &str) -> String {
    vinews::normalize(s)
        .text
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The folder of `../shared/data` (or `$VINEWS_DATA`), when it exists.
///
/// Evaluations over it are `#[ignore]`d tests: a user's clone has no data. When
/// `VINEWS_REQUIRE_DATA` is set (CI sets it) a missing folder is a failure, not a skip.
pub fn data_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("VINEWS_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var_os("VINEWS_REQUIRE_DATA").is_some() {
        panic!(
            "evaluation data not found at {}\nhelp: set VINEWS_DATA to the shared/data folder",
            dir.display()
        );
    }
    eprintln!("skipped: no evaluation data at {}", dir.display());
    None
}

/// The path of one data file, when the data folder exists.
pub fn data_file(name: &str) -> Option<PathBuf> {
    data_dir().map(|d| d.join(name))
}

/// Prints one row of the evaluation table that `scripts/eval` gathers from every
/// evaluation: area, data set, items scored, precision, recall, F1 and the F1 the test
/// requires.
pub fn eval_row(area: &str, data: &str, n: usize, p: f64, r: f64, f1: f64, min_f1: Option<f64>) {
    let num = |x: f64| {
        if x.is_nan() {
            "-".to_string()
        } else {
            format!("{x:.4}")
        }
    };
    let min = min_f1.map_or("-".to_string(), |m| format!("{m:.3}"));
    println!(
        "EVAL\t{area}\t{data}\t{n}\t{}\t{}\t{}\t{min}",
        num(p),
        num(r),
        num(f1)
    );
}

/// One row of a labelled fact table (`tests/data/dates.tsv`, `ratios.tsv`): source,
/// publication date, a short context from real news, and the expected facts as the test
/// describes them (`text => description`, joined by ` | `, `-` for none).
pub struct FactRow {
    pub line: usize,
    pub source: String,
    pub date: Option<vinews::Date>,
    pub context: String,
    pub expected: Vec<String>,
}

/// Reads a labelled fact table: tab-separated, `#` comments, a `source…` header line.
pub fn read_fact_table(path: &std::path::Path) -> Vec<FactRow> {
    let src = std::fs::read_to_string(path).unwrap();
    let mut rows = Vec::new();
    for (n, l) in src.lines().enumerate() {
        if l.starts_with('#') || l.trim().is_empty() || l.starts_with("source\t") {
            continue;
        }
        let cols: Vec<&str> = l.split('\t').collect();
        assert!(
            cols.len() >= 4,
            "{}:{}: expected 4 tab-separated columns",
            path.display(),
            n + 1
        );
        rows.push(FactRow {
            line: n + 1,
            source: cols[0].to_string(),
            date: cols[1].parse().ok(),
            context: cols[2].to_string(),
            expected: if cols[3].trim() == "-" {
                Vec::new()
            } else {
                cols[3].split(" | ").map(|s| s.trim().to_string()).collect()
            },
        });
    }
    rows
}

/// The table `tests/data/<file>` (or `$VINEWS_TABLE`) scored with `predict`: prints the
/// rows that differ, the evaluation row and a summary, and returns F1. With
/// `VINEWS_BLESS=out.tsv` it writes the table with the current predictions instead (for a
/// person to read and correct) and returns `None`.
pub fn score_fact_table(
    area: &str,
    file: &str,
    min_f1: f64,
    predict: impl Fn(&FactRow) -> Vec<String>,
) -> Option<f64> {
    score_fact_table_prf(area, file, min_f1, predict).map(|(_, _, f1)| f1)
}

/// [`score_fact_table`] returning precision, recall and F1.
pub fn score_fact_table_prf(
    area: &str,
    file: &str,
    min_f1: f64,
    predict: impl Fn(&FactRow) -> Vec<String>,
) -> Option<(f64, f64, f64)> {
    let path = std::env::var_os("VINEWS_TABLE")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("tests/data")
                .join(file)
        });
    let rows = read_fact_table(&path);
    if let Some(out) = std::env::var_os("VINEWS_BLESS") {
        let mut s = String::from("source\tpub_date\tcontext\texpected\n");
        for r in &rows {
            let p = predict(r);
            let date = r.date.map_or("-".to_string(), |d| d.to_string());
            let exp = if p.is_empty() {
                "-".to_string()
            } else {
                p.join(" | ")
            };
            s += &format!("{}\t{}\t{}\t{}\n", r.source, date, r.context, exp);
        }
        std::fs::write(out, s).unwrap();
        return None;
    }
    Some(score_rows(area, file, &rows, min_f1, predict, true))
}

/// A held-out table `tests/data/<file>` scored with `predict`: prints the evaluation row
/// and the summary only, never a row that differs (nor writes predictions with
/// `VINEWS_BLESS`, nor reads `VINEWS_TABLE`), so that its misses stay unseen.
pub fn score_held_table(
    area: &str,
    file: &str,
    min_f1: f64,
    predict: impl Fn(&FactRow) -> Vec<String>,
) -> (f64, f64, f64) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(file);
    score_rows(area, file, &read_fact_table(&path), min_f1, predict, false)
}

/// Precision, recall and F1 of `predict` over `rows` (an expected fact matches an equal
/// predicted one, each used once); prints the evaluation row, a summary and, with
/// `show_misses`, the rows that differ.
fn score_rows(
    area: &str,
    file: &str,
    rows: &[FactRow],
    min_f1: f64,
    predict: impl Fn(&FactRow) -> Vec<String>,
    show_misses: bool,
) -> (f64, f64, f64) {
    let mut c = Counts::default();
    let mut failures = Vec::new();
    for r in rows {
        let mut got = predict(r);
        let mut missing = Vec::new();
        for e in &r.expected {
            if let Some(k) = got.iter().position(|g| g == e) {
                got.remove(k);
                c.tp += 1;
            } else {
                missing.push(e.clone());
                c.fn_ += 1;
            }
        }
        c.fp += got.len();
        if !missing.is_empty() || !got.is_empty() {
            failures.push(format!(
                "line {} ({}): {}\n    missing: {:?}\n    extra:   {:?}",
                r.line, r.source, r.context, missing, got
            ));
        }
    }
    let (p, rc, f1) = c.prf();
    eval_row(
        area,
        &format!("tests/data/{file}"),
        c.tp + c.fn_,
        p,
        rc,
        f1,
        Some(min_f1),
    );
    println!(
        "{file}: {} rows, {} expected facts: precision {p:.3} recall {rc:.3} F1 {f1:.3}",
        rows.len(),
        c.tp + c.fn_
    );
    if show_misses {
        for f in &failures {
            println!("{f}");
        }
    }
    (p, rc, f1)
}

/// True positives, false positives and false negatives of an evaluation.
#[derive(Default)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    /// Precision, recall and F1 (0 where nothing was found or expected).
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

/// The rows of an annotation table of `tests/data` (tab-separated, `#` comments): the
/// article id and its `columns - 1` other columns, or no columns for a line `# none<TAB>id`
/// (an article with nothing to write down).
pub fn read_annotations(file: &str, columns: usize) -> Vec<(String, Option<Vec<String>>)> {
    let src = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(file),
    )
    .unwrap();
    let mut rows = Vec::new();
    for (n, line) in src.lines().enumerate() {
        if let Some(id) = line.strip_prefix("# none\t") {
            rows.push((id.to_string(), None));
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), columns, "{file}:{}: {columns} columns", n + 1);
        let rest = cols[1..].iter().map(|c| (*c).to_string()).collect();
        rows.push((cols[0].to_string(), Some(rest)));
    }
    rows
}
