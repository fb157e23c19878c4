//! Sentence-boundary quality against the gold VTB pseudo-paragraphs in `../shared/data`.
//!
//! Run: `cargo test --release --test eval_segment -- --ignored --nocapture`.
//! Each record's `text` is 5 gold sentences joined with a space; `boundaries_byte` are the
//! byte offsets where sentences 2..n start. A predicted boundary is the start of every
//! sentence after the first; it matches when it equals a gold offset moved forward over
//! whitespace.

mod common;

use std::collections::BTreeSet;

use serde_json::Value;

/// F1 that the detokenised dev file must reach (what the rules honestly score, rounded down).
const DEV_DETOK_MIN_F1: f64 = 0.995;

#[derive(Debug, Default)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
    records: usize,
}

impl Score {
    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// `b` moved forward over whitespace: a boundary is where the next sentence starts.
fn skip_whitespace(text: &str, b: usize) -> usize {
    let rest = text.get(b..).unwrap_or("");
    b + (rest.len() - rest.trim_start().len())
}

fn evaluate(name: &str, show_errors: usize) -> Option<Score> {
    let path = common::data_file(name)?;
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: cannot read {}", path.display());
        return None;
    };
    let mut score = Score::default();
    let mut shown = 0;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let rec: Value = serde_json::from_str(line).expect("a JSON record");
        let text = rec["text"].as_str().expect("a text field");
        let gold: BTreeSet<usize> = rec["boundaries_byte"]
            .as_array()
            .expect("boundaries_byte")
            .iter()
            .map(|v| v.as_u64().expect("an offset") as usize)
            .map(|b| skip_whitespace(text, b))
            .collect();
        let pred: BTreeSet<usize> = vinews::sentences(text).skip(1).map(|s| s.start).collect();
        score.records += 1;
        score.tp += pred.intersection(&gold).count();
        score.fp += pred.difference(&gold).count();
        score.fn_ += gold.difference(&pred).count();
        for (kind, set) in [
            ("FP", pred.difference(&gold)),
            ("FN", gold.difference(&pred)),
        ] {
            for &b in set {
                if shown < show_errors {
                    shown += 1;
                    let lo = text.floor_char_boundary(b.saturating_sub(40));
                    let hi = text.ceil_char_boundary((b + 30).min(text.len()));
                    eprintln!(
                        "  {kind} {}: {} ‖ {}",
                        rec["id"],
                        &text[lo..b],
                        &text[b..hi]
                    );
                }
            }
        }
    }
    common::eval_row(
        "sentence boundaries",
        name,
        score.tp + score.fn_,
        score.precision(),
        score.recall(),
        score.f1(),
        (name == "vtb-dev-paragraphs.detok.jsonl").then_some(DEV_DETOK_MIN_F1),
    );
    println!(
        "{name:<36} records {:>4}  P {:.4}  R {:.4}  F1 {:.4}  (tp {}, fp {}, fn {})",
        score.records,
        score.precision(),
        score.recall(),
        score.f1(),
        score.tp,
        score.fp,
        score.fn_
    );
    Some(score)
}

#[test]
#[ignore = "needs ../shared/data; run with --ignored"]
fn sentence_boundaries_against_vtb() {
    let show: usize = std::env::var("VINEWS_SHOW_ERRORS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let dev = evaluate("vtb-dev-paragraphs.detok.jsonl", show);
    evaluate("vtb-train-paragraphs.detok.jsonl", show);
    evaluate("vtb-dev-paragraphs.jsonl", show);
    evaluate("vtb-train-paragraphs.jsonl", show);
    let Some(dev) = dev else { return };
    assert!(
        dev.f1() >= DEV_DETOK_MIN_F1,
        "boundary F1 {:.4} on vtb-dev-paragraphs.detok.jsonl is below {DEV_DETOK_MIN_F1}\n\
         help: rerun with VINEWS_SHOW_ERRORS=50 to list the missed (FN) and extra (FP) \
         boundaries, then fix a general rule in src/segment/rules.rs",
        dev.f1()
    );
}
