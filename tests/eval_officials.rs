//! Officials against tables written by reading real news (the texts are read from the data
//! folder, not copied):
//! - `tests/data/officials-dev.tsv`: 15 articles of `../shared/data/news-dev.jsonl`; the
//!   rules were tuned while reading them. Thresholds just below what the extractor reaches
//!   (name F1 0.961 and pair F1 0.931 when they were set).
//! - `tests/data/officials-newsdev-dev.tsv` and `officials-newsdev-held.tsv`: the other 25
//!   articles of `news-dev.jsonl` (politics and local government, the kind of article the
//!   project is judged on), shuffled with seed 20261242 and dealt alternately to a held-out
//!   table (13) and a development table (12), written down blind in session 31, with their
//!   jurisdictions in `jurisdictions-newsdev-dev.tsv` and `-held.tsv`.
//! - `tests/data/officials-sample-dev.tsv` and `officials-sample-held.tsv`: 110 articles of
//!   `news-corpus.jsonl` drawn by `tools/sample_officials.py` and written down before
//!   looking at vinews' output on them (issue 12); the held-out half is never developed on.
//! - `tests/data/officials-sample2-dev.tsv` and `officials-sample2-held.tsv`: a second draw
//!   of 81 articles (seed 20261205, leaving out the first 110), written down the same way
//!   in session 5, after the rules of the first draw's dev half were written.
//! - `tests/data/officials-sample3-dev.tsv` and `officials-sample3-held.tsv`: a third draw
//!   of 57 articles (seed 20261207, leaving out the first two draws' 191), written down the
//!   same way in session 7, after the rules of both earlier dev halves were written.
//! - `tests/data/officials-sample4-dev.tsv` and `officials-sample4-held.tsv`: a fourth draw
//!   of 57 articles (seed 20261218, leaving out the 350 articles of every earlier officials,
//!   dates and places draw), written down the same way in session 8, after the rules of the
//!   three earlier dev halves were written.
//! - `tests/data/officials-sample5-dev.tsv` and `officials-sample5-held.tsv`: a fifth draw
//!   of 50 articles (seed 20261224, leaving out the 623 articles of every earlier officials,
//!   dates, places, events and amounts draw), written down the same way in session 9, after
//!   the rules of the four earlier dev halves were written.
//! - `tests/data/officials-sample6-dev.tsv` and `officials-sample6-held.tsv`: a sixth draw
//!   of 51 articles (seed 20261226, leaving out the 713 articles of every earlier officials,
//!   dates, places, events, amounts and statements draw), written down the same way in
//!   session 10, after the rules of the five earlier dev halves were written.
//! - `tests/data/officials-sample7-dev.tsv` and `officials-sample7-held.tsv`: a seventh draw
//!   of 51 articles (seed 20261230, leaving out the 804 articles of every earlier officials,
//!   dates, places, events, amounts and statements draw), written down the same way in
//!   session 13, after the rules of the six earlier dev halves were written.
//! - `tests/data/officials-sample8-dev.tsv`: an eighth draw of 50 articles (seed 20261206,
//!   leaving out the 893 articles of every earlier officials, dates, places, events, amounts,
//!   statements and jurisdictions table), written down the same way in session 15, after the
//!   rules of the seven earlier dev halves were written, and kept whole as one held-out table
//!   in that session (names F1 0.800, pairs 0.760); developed on, whole, from session 16.
//! - `tests/data/officials-sample9-dev.tsv`: a ninth draw of 50 articles (seed 20261207,
//!   leaving out the 943 articles of every earlier officials, dates, places, events, amounts,
//!   statements and jurisdictions table), written down the same way in session 16 and kept
//!   whole as one held-out table in that session (names F1 0.870, pairs 0.733); developed on,
//!   whole, from session 17.
//! - `tests/data/officials-sample10-dev.tsv`: a tenth draw of 50 articles (seed 20261208,
//!   leaving out the 995 articles of every earlier officials, dates, places, events, amounts,
//!   statements and jurisdictions table), written down the same way in session 17 and kept
//!   whole as one held-out table in that session (names F1 0.892, pairs 0.810); developed on,
//!   whole, from session 18.
//! - `tests/data/officials-sample11-dev.tsv`: an eleventh draw of 50 articles (seed 20261209,
//!   leaving out the 1045 articles of every earlier officials, dates, places, events, amounts,
//!   statements and jurisdictions table), kept whole as one development table (no held half),
//!   written down the same way in session 17, blind, before vinews' output on it was seen: its
//!   first figure is one more held-out measure, and it is developed on after that.
//! - `tests/data/officials-sample12-dev.tsv`: a twelfth draw of 50 articles (seed 20261210,
//!   leaving out the 1095 articles of every earlier officials, dates, places, events, amounts,
//!   statements and jurisdictions table), written down the same way in session 18 and kept
//!   whole as one held-out table in that session (names F1 0.913, pairs 0.853 at its end);
//!   developed on, whole, from session 19.
//! - `tests/data/officials-sample13-dev.tsv`: a thirteenth draw of 50 articles (seed 20261211,
//!   leaving out the 1145 articles of every earlier officials, dates, places, events, amounts,
//!   statements and jurisdictions table), written down the same way in session 19 and kept
//!   whole as one held-out table in that session (names F1 0.794, pairs 0.707 at its start and
//!   end); developed on, whole, from session 20.
//! - `tests/data/officials-sample14-dev.tsv`: a fourteenth draw of 50 articles (seed 20261212,
//!   leaving out the 1195 articles of every earlier officials, dates, places, events, amounts,
//!   statements and jurisdictions table), written down the same way in session 20 and kept
//!   whole as one held-out table in that session (names F1 0.863, pairs 0.821 at its start and
//!   end); developed on, whole, from session 21.
//! - `tests/data/officials-sample15-dev.tsv`: a fifteenth draw of 50 articles (seed 20261213,
//!   leaving out the 1482 corpus articles listed in every `tests/data/*.tsv` table), kept
//!   whole as one held-out table (no dev half), written down the same way in session 21
//!   (names F1 0.839 at its start and end, pairs 0.821 and 0.835); developed on, whole, from
//!   session 22.
//! - `tests/data/officials-sample16-dev.tsv`: a sixteenth draw of 70 articles (seed 20261214,
//!   leaving out the 1532 corpus articles listed in every `tests/data/*.tsv` table, the
//!   fifteenth draw's among them), kept whole as one held-out table (no dev half), written
//!   down blind the same way in session 21 (names F1 0.846 at its start, 0.853 at its end,
//!   pairs 0.782 at both); developed on, whole, from session 22.
//! - `tests/data/officials-sample17-dev.tsv`: a seventeenth draw of 70 articles (seed 20261215,
//!   leaving out the 1602 corpus articles listed in every `tests/data/*.tsv` table, the
//!   sixteenth draw's among them), kept whole as one held-out table (no dev half), written
//!   down blind the same way at session 21's end (names F1 0.827, pairs 0.772 then and at
//!   session 22's start, 0.833 and 0.777 at its end); developed on, whole, from session 23.
//! - `tests/data/officials-sample18-dev.tsv`: an eighteenth draw of 69 articles (seed 20261216,
//!   size 70 asked, leaving out the 1672 corpus articles listed in every `tests/data/*.tsv`
//!   table, the seventeenth draw's among them), kept whole as one held-out table (no dev half),
//!   written down blind the same way in session 22 (names F1 0.929 at its start and end, pairs
//!   0.732 and 0.731); developed on, whole, from session 23.
//! - `tests/data/officials-sample19-dev.tsv`: a nineteenth draw of 71 articles (seed 20261217,
//!   size 70 asked, leaving out the 1741 corpus articles listed in every `tests/data/*.tsv`
//!   table, the eighteenth draw's among them), kept whole as one held-out table (no dev half),
//!   written down blind the same way in session 23 (names F1 0.923 and pairs 0.868 at its
//!   start and end); developed on, whole, from session 24.
//! - `tests/data/officials-sample20-dev.tsv`: a twentieth draw of 69 articles (seed 20261218,
//!   size 70 asked, leaving out the 1812 corpus articles listed in every `tests/data/*.tsv`
//!   table, the nineteenth draw's among them), kept whole as one held-out table (no dev half),
//!   written down blind the same way in session 24 (names F1 0.931 and pairs 0.869 at its
//!   start and end); developed on, whole, from session 25.
//! - `tests/data/officials-sample21-dev.tsv`: a twenty-first draw of 71 articles (seed
//!   20261219, size 70 asked, leaving out the 1881 corpus articles listed in every
//!   `tests/data/*.tsv` table, the twentieth draw's among them), kept whole as one held-out
//!   table (no dev half), written down blind the same way in session 25 (names F1 0.962 and
//!   pairs 0.867 at its start and end); developed on, whole, from session 26.
//! - `tests/data/officials-sample22-dev.tsv`: a twenty-second draw of 68 articles (seed
//!   20261220, size 70 asked, leaving out the 1952 corpus articles listed in every
//!   `tests/data/*.tsv` table, the twenty-first draw's among them), kept whole as one
//!   held-out table (no dev half), written down blind the same way in session 26 (names F1
//!   0.937 and pairs 0.910 at its start, 0.938 and 0.911 at its end); developed on, whole,
//!   from session 27.
//! - `tests/data/officials-sample23-dev.tsv`: a twenty-third draw of 67 articles (seed
//!   20261221, size 70 asked, leaving out the 2020 corpus articles listed in every
//!   `tests/data/*.tsv` table, the twenty-second draw's among them), written down blind the
//!   same way in session 26, measured once before any rule was written from it (names F1
//!   and pairs in its header line), and developed on, whole, from session 26.
//! - `tests/data/officials-sample24-dev.tsv`: a twenty-fourth draw of 70 articles (seed
//!   20261222, size 70 asked, leaving out the 2087 corpus articles listed in every
//!   `tests/data/*.tsv` table, the twenty-third draw's among them), kept whole as one
//!   held-out table (no dev half), written down blind the same way in session 27 (names F1
//!   0.907 and pairs 0.806 at its start and end); developed on, whole, from session 28.
//! - `tests/data/officials-sample25-dev.tsv`: a twenty-fifth draw of 68 articles (seed
//!   20261223, size 70 asked, leaving out the 2157 corpus articles listed in every
//!   `tests/data/*.tsv` table, the twenty-fourth draw's among them), written down blind the
//!   same way in session 27, measured once before any rule was written from it (names F1
//!   and pairs in its header line), and developed on, whole, from session 27.
//! - `tests/data/officials-sample26-dev.tsv`: a twenty-sixth draw of 71 articles (seed
//!   20261224, size 70 asked, leaving out the 2767 corpus articles listed in every
//!   `tests/data/*.tsv` table, the twenty-fifth draw's among them), written down blind the
//!   same way in session 27, measured once before any rule was written from it (names F1
//!   and pairs in its header line), and developed on, whole, from session 27.
//! - `tests/data/officials-sample27-dev.tsv`: a twenty-seventh draw of 68 articles (seed
//!   20261225, size 70 asked, leaving out the 2838 corpus articles listed in every
//!   `tests/data/*.tsv` table, the twenty-sixth draw's among them), kept whole as one
//!   held-out table (no dev half), written down blind the same way in session 28 (names F1
//!   0.919 and pairs 0.872 at its start, 0.911 and 0.867 at its end); developed on, whole,
//!   from session 29.
//! - `tests/data/officials-sample28-dev.tsv`: a twenty-eighth draw of 72 articles (seed
//!   20261226, size 70 asked, leaving out those articles and the twenty-seventh draw's),
//!   written down blind the same way in session 28, measured once before any rule was
//!   written from it (names F1 and pairs in its header line), and developed on, whole,
//!   from session 28.
//! - `tests/data/officials-sample29-dev.tsv`: a twenty-ninth draw of 68 articles (seed
//!   20261227, size 70 asked, leaving out those articles and the twenty-eighth draw's),
//!   written down and measured the same way, developed on from session 28.
//! - `tests/data/officials-sample30-dev.tsv`: a thirtieth draw of 72 articles (seed
//!   20261228, size 70 asked, leaving out those articles and the twenty-ninth draw's),
//!   written down the same way in session 28, measured once mid-session (with that
//!   session's first rules) before any rule was written from it, developed on from then.
//! - `tests/data/officials-sample31-dev.tsv`: a thirty-first draw of 68 articles (seed
//!   20261229, size 70 asked, leaving out the corpus articles listed in every
//!   `tests/data/*.tsv` table, the thirtieth draw's among them), kept whole as one
//!   held-out table (no dev half), written down blind the same way in session 29 (names F1
//!   0.883 and pairs 0.823 at its start and at its end); developed on, whole, from session 30.
//! - `tests/data/officials-sample32-dev.tsv`: a thirty-second draw of 71 articles (seed
//!   20261230, size 70 asked, leaving out those articles and the thirty-first draw's),
//!   written down blind the same way in session 29, measured once before any rule was
//!   written from it (names F1 and pairs in its header line), and developed on from then.
//! - `tests/data/officials-sample33-dev.tsv`: a thirty-third draw of 68 articles (seed
//!   20261231, size 70 asked, leaving out those articles and the thirty-second draw's),
//!   written down and measured the same way, developed on from session 29.
//! - `tests/data/officials-sample34-dev.tsv`: a thirty-fourth draw of 70 articles (seed
//!   20261232, size 70 asked, leaving out those articles, the thirty-third draw's, and the
//!   120 articles of two audits of session 29), written down blind the same way in session
//!   29, measured once mid-session (with that session's first rules) before any rule was
//!   written from it, developed on from then.
//! - `tests/data/officials-sample35-dev.tsv`: a thirty-fifth draw of 72 articles (seed
//!   20261233, size 70 asked, leaving out those articles and the thirty-fourth draw's),
//!   written down and measured the same way in session 29 (later in it), developed on
//!   from then.
//! - `tests/data/officials-sample36-dev.tsv`: a thirty-sixth draw of 70 articles (seed
//!   20261234, size 70 asked, leaving out the corpus articles listed in every
//!   `tests/data/*.tsv` table and the 180 articles of three audits of session 29), kept
//!   whole as one held-out table (no dev half), written down blind the same way in session
//!   30, held out in it (its figures then in its first line), developed on from session 31.
//! - `tests/data/officials-sample37-dev.tsv`: a thirty-seventh draw of 74 articles (seed
//!   20261235, size 70 asked, leaving out those articles and the draws made before it in
//!   session 30), written down blind the same way in session 30, measured once before any
//!   rule was written from it (names F1 and pairs in its header line), developed on from
//!   then.
//! - `tests/data/officials-sample38-dev.tsv`: a thirty-eighth draw of 75 articles (seed
//!   20261236, size 70 asked, leaving out those articles and the draws made before it in
//!   session 30), written down blind the same way in session 30, measured once before any
//!   rule was written from it (names F1 and pairs in its header line), developed on from
//!   then.
//! - `tests/data/officials-sample39-dev.tsv`: a thirty-ninth draw of 69 articles (seed
//!   20261237, size 70 asked, leaving out those articles and the draws made before it in
//!   session 30), written down blind the same way in session 30, measured once before any
//!   rule was written from it (names F1 and pairs in its header line), developed on from
//!   then.
//! - `tests/data/officials-sample40-held.tsv`: a fortieth draw of 63 articles (seed
//!   20261238, size 70 asked, leaving out the corpus articles listed in every
//!   `tests/data/*.tsv` table and the 499 articles audited in sessions 26 to 30: every
//!   corpus article never tabled nor audited, the last fresh ones), kept whole as one
//!   held-out table (no dev half), written down blind the same way in session 31.
//! - `tests/data/officials-sample41-dev.tsv`: a forty-first draw of 32 articles (seed
//!   20261239, size 70 asked, leaving out those articles and the fortieth draw: the 32
//!   articles left, all audited in sessions 26 to 28, so not fresh), written down blind the
//!   same way in session 31, measured once before any rule was written from it (names F1
//!   and pairs in its header line), developed on from then.
//! - `tests/data/officials-audit29-dev.tsv`, `officials-audit29b-dev.tsv`,
//!   `officials-audit29c-dev.tsv`, `officials-audit30-dev.tsv`, `officials-audit30b-dev.tsv`
//!   and `officials-audit30c-dev.tsv`: six audits of 60 articles each, drawn at random
//!   (seeds 2026122901 to 2026122903 in session 29, 2026123001 to 2026123003 in session 30)
//!   among the corpus articles no table held then, written down blind (before looking at
//!   vinews' output on them), then compared with vinews' output by hand and developed on in
//!   those sessions; re-checked against the guide and kept as dev tables from session 31
//!   (six articles of audit29b, with no official, are also in audit29's table). No
//!   jurisdictions tables for them.
//!
//! The drawn tables are reported without thresholds until issue 12 sets them.
//!
//! Prints precision, recall and F1 for names and for (name, title) pairs.
//!
//! Matching: per article, a predicted official matches a gold one when their names are
//! equal after `vinews::normalize` and lowercasing; a (name, title) pair matches when
//! both the name and the title are equal after `vinews::normalize`, lowercasing and
//! collapsing runs of whitespace to one space. Titles must match exactly in that form: a
//! title cut short or run long counts as one false positive and one false negative.
//!
//! Jurisdictions (issue 12): `tests/data/jurisdictions-sample7-dev.tsv` and `-held.tsv` give
//! the gazetteer code ("VN" for a central body, "-" for none) of every title of the seventh
//! draw's tables, `jurisdictions-sample8-dev.tsv` of the eighth draw's,
//! `jurisdictions-sample9-dev.tsv` of the ninth draw's, `jurisdictions-sample10-dev.tsv`
//! of the tenth draw's, `jurisdictions-sample11-dev.tsv` of the eleventh draw's,
//! `jurisdictions-sample12-dev.tsv` of the twelfth draw's,
//! `jurisdictions-sample13-dev.tsv` of the thirteenth draw's,
//! `jurisdictions-sample14-dev.tsv` of the fourteenth draw's,
//! `jurisdictions-sample15-dev.tsv` of the fifteenth draw's,
//! `jurisdictions-sample16-dev.tsv` of the sixteenth draw's,
//! `jurisdictions-sample17-dev.tsv` of the seventeenth draw's,
//! `jurisdictions-sample18-dev.tsv` of the eighteenth draw's,
//! `jurisdictions-sample19-dev.tsv` of the nineteenth draw's,
//! `jurisdictions-sample20-dev.tsv` of the twentieth draw's,
//! `jurisdictions-sample21-dev.tsv` of the twenty-first draw's,
//! `jurisdictions-sample22-dev.tsv` of the twenty-second draw's,
//! `jurisdictions-sample23-dev.tsv` of the twenty-third draw's,
//! `jurisdictions-sample24-dev.tsv` of the twenty-fourth draw's,
//! `jurisdictions-sample25-dev.tsv` of the twenty-fifth draw's,
//! `jurisdictions-sample26-dev.tsv` of the twenty-sixth draw's,
//! `jurisdictions-sample27-dev.tsv` of the twenty-seventh draw's,
//! `jurisdictions-sample28-dev.tsv` of the twenty-eighth draw's,
//! `jurisdictions-sample29-dev.tsv` of the twenty-ninth draw's,
//! `jurisdictions-sample30-dev.tsv` of the thirtieth draw's,
//! `jurisdictions-sample31-dev.tsv` of the thirty-first draw's,
//! `jurisdictions-sample32-dev.tsv` of the thirty-second draw's,
//! `jurisdictions-sample33-dev.tsv` of the thirty-third draw's,
//! `jurisdictions-sample34-dev.tsv` of the thirty-fourth draw's,
//! `jurisdictions-sample35-dev.tsv` of the thirty-fifth draw's,
//! `jurisdictions-sample36-dev.tsv` of the thirty-sixth draw's,
//! `jurisdictions-sample37-dev.tsv` of the thirty-seventh draw's,
//! `jurisdictions-sample38-dev.tsv` of the thirty-eighth draw's,
//! `jurisdictions-sample39-dev.tsv` of the thirty-ninth draw's,
//! `jurisdictions-sample40-held.tsv` of the fortieth draw's and
//! `jurisdictions-sample41-dev.tsv` of the forty-first draw's, written
//! before looking at vinews' output on them. Over the annotated titles whose (name, title) pair vinews also gives
//! (matched as above), the share whose `jurisdiction.code` (or "-" when it is `null`) equals
//! the annotation; no threshold yet.
//!
//! Run: `cargo test --release --test eval_officials -- --ignored --nocapture`
//! (`VINEWS_VERBOSE=1` also prints every miss and false alarm of the tables developed on;
//! `VINEWS_TABLE=<file>`, e.g. `VINEWS_TABLE=officials-sample3-dev.tsv`, scores only the
//! drawn table of that name, and a held-out table's misses are printed only when so named).

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::name_key as key;

use common::Counts;

/// Adds one article's gold and predicted sets; returns the misses and the false alarms.
fn add(
    c: &mut Counts,
    gold: &BTreeSet<String>,
    pred: &BTreeSet<String>,
) -> (Vec<String>, Vec<String>) {
    let tp = gold.intersection(pred).count();
    c.tp += tp;
    c.fp += pred.len() - tp;
    c.fn_ += gold.len() - tp;
    (
        gold.difference(pred).cloned().collect(),
        pred.difference(gold).cloned().collect(),
    )
}

/// Gold officials by article id: (names, "name | title" pairs). `# none<TAB>id` lines name
/// articles with no official.
type Gold = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn gold(file: &str) -> Gold {
    let mut gold = Gold::new();
    for (id, cols) in common::read_annotations(file, 3) {
        let e = gold.entry(id).or_default();
        let Some(cols) = cols else { continue };
        let name = key(&cols[0]);
        e.0.insert(name.clone());
        for t in cols[1].split("; ").filter(|t| !t.trim().is_empty()) {
            e.1.insert(format!("{name} | {}", key(t)));
        }
    }
    gold
}

/// The articles of `data` whose id `wanted` accepts, parsed: (id, article), in the file's
/// order.
fn articles(
    data: &std::path::Path,
    wanted: impl Fn(&str) -> bool,
) -> Vec<(String, vinews::Article)> {
    let src = std::fs::read_to_string(data).unwrap();
    let mut out = Vec::new();
    for line in src.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = v["id"].as_str().unwrap_or_default();
        if wanted(id) {
            let text = v["text"].as_str().unwrap_or_default();
            out.push((id.to_string(), vinews::Article::parse(text)));
        }
    }
    out
}

/// Scores the officials of the articles of `data` named in `gold`: (names, pairs).
fn score(data: &std::path::Path, gold: &Gold, verbose: bool) -> (Counts, Counts) {
    let (mut names, mut pairs) = (Counts::default(), Counts::default());
    let mut seen = 0;
    for (id, article) in articles(data, |id| gold.contains_key(id)) {
        let (gn, gp) = &gold[&id];
        seen += 1;
        let mut pn = BTreeSet::new();
        let mut pp = BTreeSet::new();
        for o in &article.officials {
            let name = key(&o.name);
            pn.insert(name.clone());
            for t in &o.titles {
                pp.insert(format!("{name} | {}", key(&t.text)));
            }
        }
        let (miss_n, extra_n) = add(&mut names, gn, &pn);
        let (miss_p, extra_p) = add(&mut pairs, gp, &pp);
        if verbose {
            println!("== {id}");
            for m in miss_n.iter().chain(&miss_p) {
                println!("  missed  {m}");
            }
            for m in extra_n.iter().chain(&extra_p) {
                println!("  extra   {m}");
            }
        }
    }
    assert_eq!(
        seen,
        gold.len(),
        "every annotated id is in {}",
        data.display()
    );
    (names, pairs)
}

/// Scores `table` against `data` and prints its two evaluation rows; returns the F1s.
fn report(
    table: &str,
    data: &str,
    label: &str,
    min: (Option<f64>, Option<f64>),
) -> Option<(f64, f64)> {
    let path = common::data_file(data)?;
    let gold = gold(table);
    // a held-out table's misses are printed only when VINEWS_TABLE names it
    let verbose = std::env::var_os("VINEWS_VERBOSE").is_some()
        && (!table.contains("held")
            || std::env::var("VINEWS_TABLE").is_ok_and(|only| only == table));
    let (names, pairs) = score(&path, &gold, verbose);
    let (np, nr, nf) = names.prf();
    let (pp, pr, pf) = pairs.prf();
    println!(
        "officials of {label}\n  names        P {np:.3}  R {nr:.3}  F1 {nf:.3}  (tp {}, fp {}, fn {})\n  name+title   P {pp:.3}  R {pr:.3}  F1 {pf:.3}  (tp {}, fp {}, fn {})",
        names.tp, names.fp, names.fn_, pairs.tp, pairs.fp, pairs.fn_
    );
    let n = names.tp + names.fn_;
    common::eval_row("official names", label, n, np, nr, nf, min.0);
    let n = pairs.tp + pairs.fn_;
    common::eval_row("official (name, title)", label, n, pp, pr, pf, min.1);
    Some((nf, pf))
}

#[test]
#[ignore = "needs ../shared/data; run by .ci/run"]
fn officials_on_annotated_news_dev() {
    let Some((nf, pf)) = report(
        "officials-dev.tsv",
        "news-dev.jsonl",
        "news-dev.jsonl (15 annotated)",
        (Some(0.95), Some(0.92)),
    ) else {
        return;
    };
    assert!(
        nf >= 0.95,
        "name F1 {nf:.3} fell below the threshold\nhelp: run with VINEWS_VERBOSE=1 and look at src/extract/official/ and src/lexicon/surnames.txt"
    );
    assert!(
        pf >= 0.92,
        "(name, title) F1 {pf:.3} fell below the threshold\nhelp: run with VINEWS_VERBOSE=1 and look at src/extract/official/titles.rs and src/lexicon/official_titles.txt"
    );
}

/// The tables of the 25 news-dev articles that `officials-dev.tsv` does not cover: (jurisdictions
/// table, officials table, row label).
const NEWS_DEV_TABLES: [(&str, &str, &str); 2] = [
    (
        "jurisdictions-newsdev-dev.tsv",
        "officials-newsdev-dev.tsv",
        "news-dev.jsonl (12 more annotated, dev from session 31)",
    ),
    (
        "jurisdictions-newsdev-held.tsv",
        "officials-newsdev-held.tsv",
        "news-dev.jsonl (13 more annotated, held out)",
    ),
];

/// Officials of the other 25 news-dev articles, the development and the held-out table each
/// on its own row, no threshold yet. `VINEWS_TABLE` names one table to score alone.
#[test]
#[ignore = "needs ../shared/data; run by .ci/run"]
fn officials_on_more_news_dev() {
    let only = std::env::var("VINEWS_TABLE").ok();
    for (_, table, label) in NEWS_DEV_TABLES {
        if only.as_deref().is_none_or(|only| only == table) {
            report(table, "news-dev.jsonl", label, (None, None));
        }
    }
}

/// The jurisdictions of the other 25 news-dev articles' titles, each table on its own row.
#[test]
#[ignore = "needs ../shared/data; run by .ci/run"]
fn jurisdictions_on_more_news_dev() {
    let verbose = std::env::var_os("VINEWS_VERBOSE").is_some();
    for (table, officials, label) in NEWS_DEV_TABLES {
        let verbose = verbose && !table.contains("held");
        if let Some((matched, _)) =
            report_jurisdictions(table, officials, "news-dev.jsonl", label, verbose)
        {
            assert!(
                matched > 0,
                "no title of {table} is matched: the matching is broken"
            );
        }
    }
}

/// The drawn officials tables and their row labels, in the order they are reported.
const DRAWN_TABLES: [(&str, &str); 54] = [
    (
        "officials-sample-dev.tsv",
        "news-corpus.jsonl (55 drawn, dev)",
    ),
    (
        "officials-sample-held.tsv",
        "news-corpus.jsonl (55 drawn, held out)",
    ),
    (
        "officials-sample2-dev.tsv",
        "news-corpus.jsonl (41 drawn 2nd, dev)",
    ),
    (
        "officials-sample2-held.tsv",
        "news-corpus.jsonl (40 drawn 2nd, held out)",
    ),
    (
        "officials-sample3-dev.tsv",
        "news-corpus.jsonl (29 drawn 3rd, dev)",
    ),
    (
        "officials-sample3-held.tsv",
        "news-corpus.jsonl (28 drawn 3rd, held out)",
    ),
    (
        "officials-sample4-dev.tsv",
        "news-corpus.jsonl (29 drawn 4th, dev)",
    ),
    (
        "officials-sample4-held.tsv",
        "news-corpus.jsonl (28 drawn 4th, held out)",
    ),
    (
        "officials-sample5-dev.tsv",
        "news-corpus.jsonl (25 drawn 5th, dev)",
    ),
    (
        "officials-sample5-held.tsv",
        "news-corpus.jsonl (25 drawn 5th, held out)",
    ),
    (
        "officials-sample6-dev.tsv",
        "news-corpus.jsonl (26 drawn 6th, dev)",
    ),
    (
        "officials-sample6-held.tsv",
        "news-corpus.jsonl (25 drawn 6th, held out)",
    ),
    (
        "officials-sample7-dev.tsv",
        "news-corpus.jsonl (26 drawn 7th, dev)",
    ),
    (
        "officials-sample7-held.tsv",
        "news-corpus.jsonl (25 drawn 7th, held out)",
    ),
    (
        "officials-sample8-dev.tsv",
        "news-corpus.jsonl (50 drawn 8th, dev since session 16)",
    ),
    (
        "officials-sample9-dev.tsv",
        "news-corpus.jsonl (50 drawn 9th, dev since session 17)",
    ),
    (
        "officials-sample10-dev.tsv",
        "news-corpus.jsonl (50 drawn 10th, dev since session 18)",
    ),
    (
        "officials-sample11-dev.tsv",
        "news-corpus.jsonl (50 drawn 11th, written blind, dev from session 17)",
    ),
    (
        "officials-sample12-dev.tsv",
        "news-corpus.jsonl (50 drawn 12th, dev since session 19)",
    ),
    (
        "officials-sample13-dev.tsv",
        "news-corpus.jsonl (50 drawn 13th, dev since session 20)",
    ),
    (
        "officials-sample14-dev.tsv",
        "news-corpus.jsonl (50 drawn 14th, dev since session 21)",
    ),
    (
        "officials-sample15-dev.tsv",
        "news-corpus.jsonl (50 drawn 15th, dev since session 22)",
    ),
    (
        "officials-sample16-dev.tsv",
        "news-corpus.jsonl (70 drawn 16th, dev since session 22)",
    ),
    (
        "officials-sample17-dev.tsv",
        "news-corpus.jsonl (70 drawn 17th, dev since session 23)",
    ),
    (
        "officials-sample18-dev.tsv",
        "news-corpus.jsonl (69 drawn 18th, dev since session 23)",
    ),
    (
        "officials-sample19-dev.tsv",
        "news-corpus.jsonl (71 drawn 19th, dev since session 24)",
    ),
    (
        "officials-sample20-dev.tsv",
        "news-corpus.jsonl (69 drawn 20th, dev since session 25)",
    ),
    (
        "officials-sample21-dev.tsv",
        "news-corpus.jsonl (71 drawn 21st, dev since session 26)",
    ),
    (
        "officials-sample22-dev.tsv",
        "news-corpus.jsonl (68 drawn 22nd, dev since session 27)",
    ),
    (
        "officials-sample23-dev.tsv",
        "news-corpus.jsonl (67 drawn 23rd, written blind, dev from session 26)",
    ),
    (
        "officials-sample24-dev.tsv",
        "news-corpus.jsonl (70 drawn 24th, dev since session 28)",
    ),
    (
        "officials-sample25-dev.tsv",
        "news-corpus.jsonl (68 drawn 25th, written blind, dev from session 27)",
    ),
    (
        "officials-sample26-dev.tsv",
        "news-corpus.jsonl (71 drawn 26th, written blind, dev from session 27)",
    ),
    (
        "officials-sample27-dev.tsv",
        "news-corpus.jsonl (68 drawn 27th, dev since session 29)",
    ),
    (
        "officials-sample28-dev.tsv",
        "news-corpus.jsonl (72 drawn 28th, written blind, dev from session 28)",
    ),
    (
        "officials-sample29-dev.tsv",
        "news-corpus.jsonl (68 drawn 29th, written blind, dev from session 28)",
    ),
    (
        "officials-sample30-dev.tsv",
        "news-corpus.jsonl (72 drawn 30th, written blind, dev from session 28)",
    ),
    (
        "officials-sample31-dev.tsv",
        "news-corpus.jsonl (68 drawn 31st, dev since session 30)",
    ),
    (
        "officials-sample32-dev.tsv",
        "news-corpus.jsonl (71 drawn 32nd, written blind, dev from session 29)",
    ),
    (
        "officials-sample33-dev.tsv",
        "news-corpus.jsonl (68 drawn 33rd, written blind, dev from session 29)",
    ),
    (
        "officials-sample34-dev.tsv",
        "news-corpus.jsonl (70 drawn 34th, written blind, dev from session 29)",
    ),
    (
        "officials-sample35-dev.tsv",
        "news-corpus.jsonl (72 drawn 35th, written blind, dev from session 29)",
    ),
    (
        "officials-sample36-dev.tsv",
        "news-corpus.jsonl (70 drawn 36th, dev since session 31)",
    ),
    (
        "officials-sample37-dev.tsv",
        "news-corpus.jsonl (74 drawn 37th, written blind, dev from session 30)",
    ),
    (
        "officials-sample38-dev.tsv",
        "news-corpus.jsonl (75 drawn 38th, written blind, dev from session 30)",
    ),
    (
        "officials-sample39-dev.tsv",
        "news-corpus.jsonl (69 drawn 39th, written blind, dev from session 30)",
    ),
    (
        "officials-sample40-held.tsv",
        "news-corpus.jsonl (63 drawn 40th, held out)",
    ),
    (
        "officials-sample41-dev.tsv",
        "news-corpus.jsonl (32 drawn 41st, written blind, dev from session 31)",
    ),
    (
        "officials-audit29-dev.tsv",
        "news-corpus.jsonl (60 audited 29a, dev since session 31)",
    ),
    (
        "officials-audit29b-dev.tsv",
        "news-corpus.jsonl (60 audited 29b, dev since session 31)",
    ),
    (
        "officials-audit29c-dev.tsv",
        "news-corpus.jsonl (60 audited 29c, dev since session 31)",
    ),
    (
        "officials-audit30-dev.tsv",
        "news-corpus.jsonl (60 audited 30a, dev since session 31)",
    ),
    (
        "officials-audit30b-dev.tsv",
        "news-corpus.jsonl (60 audited 30b, dev since session 31)",
    ),
    (
        "officials-audit30c-dev.tsv",
        "news-corpus.jsonl (60 audited 30c, dev since session 31)",
    ),
];

/// The drawn corpus articles (110 of the first draw, 81 of the second, 57 of the third, 57 of
/// the fourth, 50 of the fifth, 51 of the sixth, 51 of the seventh, 50 of the eighth, held out
/// whole in session 15 and developed on from session 16, 50 of the ninth, held out whole
/// in session 16 and developed on from session 17, 50 of the tenth, held out whole in
/// session 17 and developed on from session 18, 50 of the eleventh, written blind and
/// developed on from session 17, 50 of the twelfth, held out whole in session 18 and
/// developed on from session 19, 50 of the thirteenth, held out whole in session 19 and
/// developed on from session 20, 50 of the fourteenth, held out whole in session 20 and
/// developed on from session 21, 50 of the fifteenth and 70 of the sixteenth, held out
/// whole in session 21 and developed on from session 22, 70 of the seventeenth and 69 of
/// the eighteenth, held out whole in session 22 and developed on from session 23, 71 of the
/// nineteenth, held out whole in session 23 and developed on from session 24, 69 of the
/// twentieth, held out whole in session 24 and developed on from session 25, and 71 of the
/// twenty-first, held out whole in session 25 and developed on from session 26, 68 of
/// the twenty-second, held out whole in session 26 and developed on from session 27, and
/// 67 of the twenty-third, written blind and developed on from session 26, 70 of the
/// twenty-fourth, held out whole in session 27 and developed on from session 28, 68 of
/// the twenty-fifth and 71 of the twenty-sixth, written blind and developed on from
/// session 27, 68 of the twenty-seventh, held out whole in session 28 and developed on
/// from session 29, and 72 of the twenty-eighth, 68 of the twenty-ninth and 72 of the
/// thirtieth, written blind and developed on from session 28, 68 of the thirty-first, held
/// out whole in session 29 and developed on from session 30, and 71 of the thirty-second, 68 of the thirty-third, 70 of the
/// thirty-fourth and 72 of the thirty-fifth, written blind and developed on from
/// session 29, 70 of the thirty-sixth, held out whole in session 30 and developed on from session 31,
/// 74 of the thirty-seventh, written blind and developed on from session 30,
/// 75 of the thirty-eighth, written blind and developed on from session 30,
/// 69 of the thirty-ninth, written blind and developed on from session 30,
/// 63 of the fortieth, held out whole in session 31,
/// 32 of the forty-first, written blind and developed on from session 31,
/// and 60 of each of six audits of sessions 29 and 30 (29a, 29b, 29c, 30a, 30b, 30c),
/// written blind, developed on in their sessions and dev tables from session 31),
/// each half on its own row
/// (issue 12 sets thresholds). `VINEWS_TABLE` names one table to score alone.
#[test]
#[ignore = "needs ../shared/data; run by .ci/run"]
fn officials_on_drawn_corpus_articles() {
    let tables = DRAWN_TABLES;
    let only = std::env::var("VINEWS_TABLE").ok();
    assert!(
        only.as_deref()
            .is_none_or(|only| tables.iter().any(|(t, _)| *t == only)),
        "VINEWS_TABLE names none of the drawn tables"
    );
    for (table, label) in tables {
        if only.as_deref().is_some_and(|only| only != table) {
            continue;
        }
        report(table, "news-corpus.jsonl", label, (None, None));
    }
}

/// Annotated jurisdictions by article id: "name | title" key → code ("VN", a gazetteer code,
/// or "-" for none).
type Codes = BTreeMap<String, BTreeMap<String, String>>;

/// Reads a jurisdictions table and checks that its titles are exactly those of `officials`.
fn codes(table: &str, officials: &str) -> Codes {
    let mut codes = Codes::new();
    for (id, cols) in common::read_annotations(table, 4) {
        let Some(cols) = cols else { continue };
        let pair = format!("{} | {}", key(&cols[0]), key(&cols[1]));
        let code = cols[2].trim().to_string();
        assert!(!code.is_empty(), "{table}: {id} {pair} has no code");
        let before = codes
            .entry(id.clone())
            .or_default()
            .insert(pair.clone(), code);
        assert!(before.is_none(), "{table}: {id} {pair} twice");
    }
    for (id, (_, pairs)) in gold(officials) {
        let annotated: BTreeSet<&String> = codes
            .get(&id)
            .map(|c| c.keys().collect())
            .unwrap_or_default();
        assert_eq!(
            annotated,
            pairs.iter().collect(),
            "{table}: the titles of {id} are those of {officials}"
        );
    }
    codes
}

/// The jurisdiction code vinews gives each (name, title) pair of an article ("-" for none).
fn predicted_codes(article: &vinews::Article) -> BTreeMap<String, String> {
    let mut codes = BTreeMap::new();
    for o in &article.officials {
        for t in &o.titles {
            let code = t.jurisdiction.as_ref().map_or("-", |j| j.code);
            codes
                .entry(format!("{} | {}", key(&o.name), key(&t.text)))
                .or_insert_with(|| code.to_string());
        }
    }
    codes
}

/// Scores the jurisdictions of `table` (whose titles are those of `officials`) over the
/// articles of `data` and prints its row; `verbose` prints each wrong one. Returns (matched, right).
fn report_jurisdictions(
    table: &str,
    officials: &str,
    data: &str,
    label: &str,
    verbose: bool,
) -> Option<(usize, usize)> {
    let path = common::data_file(data)?;
    let gold = codes(table, officials);
    let (mut matched, mut right, mut seen) = (0, 0, 0);
    // the matched titles annotated with a code (not "-"), and how many of them are right
    let (mut coded, mut coded_right) = (0, 0);
    let annotated: usize = gold.values().map(BTreeMap::len).sum();
    for (id, article) in articles(&path, |id| gold.contains_key(id)) {
        seen += 1;
        let pred = predicted_codes(&article);
        for (pair, code) in &gold[&id] {
            let Some(given) = pred.get(pair) else {
                continue;
            };
            matched += 1;
            coded += usize::from(code != "-");
            if given == code {
                right += 1;
                coded_right += usize::from(code != "-");
            } else if verbose {
                println!("  wrong   {id}  {pair}: {given}, annotated {code}");
            }
        }
    }
    assert_eq!(
        seen,
        gold.len(),
        "every annotated id is in {}",
        path.display()
    );
    let wrong = matched - right;
    let accuracy = right as f64 / matched.max(1) as f64;
    println!(
        "jurisdictions of {label}: {matched} matched, accuracy {accuracy:.3} (right {right}, wrong {wrong})\n  of {annotated} annotated titles, {} not given by vinews; of the matched, {coded} annotated with a code (right {coded_right}), {} with \"-\" (right {})",
        annotated - matched,
        matched - coded,
        right - coded_right
    );
    common::eval_row(
        "jurisdictions",
        label,
        matched,
        accuracy,
        accuracy,
        accuracy,
        None,
    );
    Some((matched, right))
}

/// The jurisdictions tables, the officials table each annotates, and their row labels, in
/// the order they are reported (a held-out table's wrong titles are never printed).
const JURISDICTION_TABLES: [(&str, &str, &str); 36] = [
    (
        "jurisdictions-sample7-dev.tsv",
        "officials-sample7-dev.tsv",
        "news-corpus.jsonl (26 drawn 7th, dev)",
    ),
    (
        "jurisdictions-sample7-held.tsv",
        "officials-sample7-held.tsv",
        "news-corpus.jsonl (25 drawn 7th, held out)",
    ),
    (
        "jurisdictions-sample8-dev.tsv",
        "officials-sample8-dev.tsv",
        "news-corpus.jsonl (50 drawn 8th, dev since session 16)",
    ),
    (
        "jurisdictions-sample9-dev.tsv",
        "officials-sample9-dev.tsv",
        "news-corpus.jsonl (50 drawn 9th, dev since session 17)",
    ),
    (
        "jurisdictions-sample10-dev.tsv",
        "officials-sample10-dev.tsv",
        "news-corpus.jsonl (50 drawn 10th, dev since session 18)",
    ),
    (
        "jurisdictions-sample11-dev.tsv",
        "officials-sample11-dev.tsv",
        "news-corpus.jsonl (50 drawn 11th, written blind, dev from session 17)",
    ),
    (
        "jurisdictions-sample12-dev.tsv",
        "officials-sample12-dev.tsv",
        "news-corpus.jsonl (50 drawn 12th, dev since session 19)",
    ),
    (
        "jurisdictions-sample13-dev.tsv",
        "officials-sample13-dev.tsv",
        "news-corpus.jsonl (50 drawn 13th, dev since session 20)",
    ),
    (
        "jurisdictions-sample14-dev.tsv",
        "officials-sample14-dev.tsv",
        "news-corpus.jsonl (50 drawn 14th, dev since session 21)",
    ),
    (
        "jurisdictions-sample15-dev.tsv",
        "officials-sample15-dev.tsv",
        "news-corpus.jsonl (50 drawn 15th, dev since session 22)",
    ),
    (
        "jurisdictions-sample16-dev.tsv",
        "officials-sample16-dev.tsv",
        "news-corpus.jsonl (70 drawn 16th, dev since session 22)",
    ),
    (
        "jurisdictions-sample17-dev.tsv",
        "officials-sample17-dev.tsv",
        "news-corpus.jsonl (70 drawn 17th, dev since session 23)",
    ),
    (
        "jurisdictions-sample18-dev.tsv",
        "officials-sample18-dev.tsv",
        "news-corpus.jsonl (69 drawn 18th, dev since session 23)",
    ),
    (
        "jurisdictions-sample19-dev.tsv",
        "officials-sample19-dev.tsv",
        "news-corpus.jsonl (71 drawn 19th, dev since session 24)",
    ),
    (
        "jurisdictions-sample20-dev.tsv",
        "officials-sample20-dev.tsv",
        "news-corpus.jsonl (69 drawn 20th, dev since session 25)",
    ),
    (
        "jurisdictions-sample21-dev.tsv",
        "officials-sample21-dev.tsv",
        "news-corpus.jsonl (71 drawn 21st, dev since session 26)",
    ),
    (
        "jurisdictions-sample22-dev.tsv",
        "officials-sample22-dev.tsv",
        "news-corpus.jsonl (68 drawn 22nd, dev since session 27)",
    ),
    (
        "jurisdictions-sample23-dev.tsv",
        "officials-sample23-dev.tsv",
        "news-corpus.jsonl (67 drawn 23rd, written blind, dev from session 26)",
    ),
    (
        "jurisdictions-sample24-dev.tsv",
        "officials-sample24-dev.tsv",
        "news-corpus.jsonl (70 drawn 24th, dev since session 28)",
    ),
    (
        "jurisdictions-sample25-dev.tsv",
        "officials-sample25-dev.tsv",
        "news-corpus.jsonl (68 drawn 25th, written blind, dev from session 27)",
    ),
    (
        "jurisdictions-sample26-dev.tsv",
        "officials-sample26-dev.tsv",
        "news-corpus.jsonl (71 drawn 26th, written blind, dev from session 27)",
    ),
    (
        "jurisdictions-sample27-dev.tsv",
        "officials-sample27-dev.tsv",
        "news-corpus.jsonl (68 drawn 27th, dev since session 29)",
    ),
    (
        "jurisdictions-sample28-dev.tsv",
        "officials-sample28-dev.tsv",
        "news-corpus.jsonl (72 drawn 28th, written blind, dev from session 28)",
    ),
    (
        "jurisdictions-sample29-dev.tsv",
        "officials-sample29-dev.tsv",
        "news-corpus.jsonl (68 drawn 29th, written blind, dev from session 28)",
    ),
    (
        "jurisdictions-sample30-dev.tsv",
        "officials-sample30-dev.tsv",
        "news-corpus.jsonl (72 drawn 30th, written blind, dev from session 28)",
    ),
    (
        "jurisdictions-sample31-dev.tsv",
        "officials-sample31-dev.tsv",
        "news-corpus.jsonl (68 drawn 31st, dev since session 30)",
    ),
    (
        "jurisdictions-sample32-dev.tsv",
        "officials-sample32-dev.tsv",
        "news-corpus.jsonl (71 drawn 32nd, written blind, dev from session 29)",
    ),
    (
        "jurisdictions-sample33-dev.tsv",
        "officials-sample33-dev.tsv",
        "news-corpus.jsonl (68 drawn 33rd, written blind, dev from session 29)",
    ),
    (
        "jurisdictions-sample34-dev.tsv",
        "officials-sample34-dev.tsv",
        "news-corpus.jsonl (70 drawn 34th, written blind, dev from session 29)",
    ),
    (
        "jurisdictions-sample35-dev.tsv",
        "officials-sample35-dev.tsv",
        "news-corpus.jsonl (72 drawn 35th, written blind, dev from session 29)",
    ),
    (
        "jurisdictions-sample36-dev.tsv",
        "officials-sample36-dev.tsv",
        "news-corpus.jsonl (70 drawn 36th, dev since session 31)",
    ),
    (
        "jurisdictions-sample37-dev.tsv",
        "officials-sample37-dev.tsv",
        "news-corpus.jsonl (74 drawn 37th, written blind, dev from session 30)",
    ),
    (
        "jurisdictions-sample38-dev.tsv",
        "officials-sample38-dev.tsv",
        "news-corpus.jsonl (75 drawn 38th, written blind, dev from session 30)",
    ),
    (
        "jurisdictions-sample39-dev.tsv",
        "officials-sample39-dev.tsv",
        "news-corpus.jsonl (69 drawn 39th, written blind, dev from session 30)",
    ),
    (
        "jurisdictions-sample40-held.tsv",
        "officials-sample40-held.tsv",
        "news-corpus.jsonl (63 drawn 40th, held out)",
    ),
    (
        "jurisdictions-sample41-dev.tsv",
        "officials-sample41-dev.tsv",
        "news-corpus.jsonl (32 drawn 41st, written blind, dev from session 31)",
    ),
];

/// The jurisdictions of the seventh to forty-first draws' titles (issue 12), each table on
/// its own row, as accuracy over the titles vinews also gives. No threshold yet (the lead sets
/// one once a figure exists); `VINEWS_VERBOSE=1` prints the dev tables' wrong ones.
#[test]
#[ignore = "needs ../shared/data; run by .ci/run"]
fn jurisdictions_on_drawn_corpus_articles() {
    let verbose = std::env::var_os("VINEWS_VERBOSE").is_some();
    for (table, officials, label) in JURISDICTION_TABLES {
        let verbose = verbose && !table.contains("held");
        if let Some((matched, _)) =
            report_jurisdictions(table, officials, "news-corpus.jsonl", label, verbose)
        {
            assert!(
                matched > 0,
                "no title of {table} is matched: the matching is broken"
            );
        }
    }
}
