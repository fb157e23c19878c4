//! The command line's unit tests.

use std::borrow::Cow;

use super::*;

fn args(jsonl: bool) -> InputArgs {
    InputArgs {
        file: None,
        jsonl,
        lossy: false,
        keep: None,
    }
}

/// A writer that fails every write with `kind`.
struct Failing(io::ErrorKind);

impl Write for Failing {
    fn write(&mut self, _: &[u8]) -> io::Result<usize> {
        Err(io::Error::from(self.0))
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Issue 15: a JSONL stream opening with a byte-order mark lost its first record.
#[test]
fn jsonl_skips_a_leading_byte_order_mark() {
    let input =
        b"\xef\xbb\xbf{\"id\":1,\"text\":\"Xin ch\xc3\xa0o.\"}\n{\"id\":2,\"text\":\"A.\"}\n";
    let (mut out, mut bad) = (Vec::new(), false);
    let job = SentencesJob(Normalizer::default());
    process(&job, &args(true), "t", &input[..], None, &mut out, &mut bad).unwrap();
    assert!(!bad);
    let out = String::from_utf8(out).unwrap();
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(out.starts_with("{\"id\":1,"), "{out}");
}

/// In plain mode the mark stays in the text (offsets are into the file as it is), and
/// normalization drops it.
#[test]
fn plain_mode_keeps_the_mark_in_the_offsets() {
    let job = ExtractJob(ExtractConfig::new());
    let (mut out, mut bad) = (Vec::new(), false);
    let input = "\u{feff}Ông Nguyễn Văn An, Chủ tịch UBND xã Đức Ninh, phát biểu.";
    process(
        &job,
        &args(false),
        "t",
        input.as_bytes(),
        None,
        &mut out,
        &mut bad,
    )
    .unwrap();
    let v: Value = serde_json::from_slice(&out).unwrap();
    let start = v["officials"][0]["mentions"][0]["start"].as_u64().unwrap();
    assert!(input[start as usize..].starts_with("Nguyễn Văn An"));
}

/// Issue 15: an error of the output is the run's error (not swallowed), and a bad line
/// read before it is still counted, so a closed pipe keeps the exit status 2.
#[test]
fn write_errors_are_errors_and_bad_lines_still_count() {
    let input = b"not json\n{\"id\":1,\"text\":\"A.\"}\n";
    let job = SentencesJob(Normalizer::default());
    for kind in [io::ErrorKind::BrokenPipe, io::ErrorKind::Other] {
        let mut bad = false;
        let mut out = Failing(kind);
        let err = process(&job, &args(true), "t", &input[..], None, &mut out, &mut bad);
        assert_eq!(err.unwrap_err().kind(), kind);
        assert!(bad);
    }
}

/// Issue 15: "vinews extract /tmp" said "Is a directory" without the path.
#[test]
fn read_errors_name_the_path() {
    let dir = std::env::temp_dir();
    let mut r = Named {
        inner: File::open(&dir).unwrap(),
        name: dir.display().to_string(),
    };
    let err = r.read_to_end(&mut Vec::new()).unwrap_err();
    assert!(
        err.to_string().starts_with(&dir.display().to_string()),
        "{err}"
    );
}

/// Reading a line straight into a [`Record`] gives the record of its `Value` whenever
/// it succeeds, and succeeds on the usual lines.
#[test]
fn record_is_the_record_of_the_value() {
    let lines = [
        r#"{"id": "a-1", "title": "Hà Nội", "text": "Xã Đức Ninh.", "date": "2023-05-01"}"#,
        r#"{"text": "Tên \"trích\"\nxuống dòng", "id": 7, "date": null}"#,
        r#"{"text": "a", "date": 20230501, "extra": [1, {"b": null}]}"#,
        r#"{"te\u0078t": "escaped key", "id": {"x": 1.5e3}}"#,
        r#"{"text": "first", "text": "last", "id": 1, "id": "2"}"#,
        r#"{"text": "a", "text": 5}"#,
        r#"{"text": 5, "text": "a"}"#,
        r#"{"text": "a", "n": 1e400}"#,
        r#"{"text": "a", "s": "\ud800"}"#,
        r#"{"text": "\ud83d\ude00 \u00e0", "id": null}"#,
        r#"{"id": 1}"#,
        r#"{"text": null}"#,
        r#"["text", "a"]"#,
        r#""text""#,
        r#"5"#,
        r#"{}"#,
        r#"{"text": "a",}"#,
        r#"{"text": "a"} x"#,
        r#"{"text": "a"#,
    ];
    let mut fast = 0;
    for line in lines {
        let direct = serde_json::from_str::<Value>(line)
            .ok()
            .and_then(Record::of);
        if let Ok(r) = serde_json::from_str::<Record>(line) {
            assert_eq!(Some(&r), direct.as_ref(), "{line}");
            fast += 1;
        }
    }
    assert_eq!(fast, 6);
    let line = r#"{"id": "x", "text": "không thoát"}"#;
    let r: Record = serde_json::from_str(line).unwrap();
    assert!(matches!(r.text, Cow::Borrowed(_)));
}

/// Issue 16: `--jsonl` keeps every input field but `id` and `text` under `"input"`, in
/// input order (`date` too), or only those named with `--keep`; none with `--keep ""`.
#[test]
fn jsonl_keeps_the_input_fields() {
    let input = concat!(
        r#"{"url": "u1", "id": 1, "text": "Xin chào.", "date": "2023-09-19", "title": "T"}"#,
        "\n",
        r#"{"id": 2, "text": "A."}"#,
        "\n"
    );
    let job = SentencesJob(Normalizer::default());
    let run = |keep: Option<Vec<String>>| {
        let args = InputArgs { keep, ..args(true) };
        let (mut out, mut bad) = (Vec::new(), false);
        process(&job, &args, "t", input.as_bytes(), None, &mut out, &mut bad).unwrap();
        assert!(!bad);
        let lines: Vec<Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[1].get("input").is_none(), "{}", lines[1]);
        assert_eq!(lines[0]["id"], 1);
        assert!(lines[0]["sentences"].is_array());
        lines[0].get("input").cloned()
    };
    let all = run(None).unwrap();
    let keys: Vec<&str> = all
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["url", "date", "title"]);
    assert_eq!(all["title"], "T");
    let some = run(Some(vec!["title".into(), "url".into(), "nope".into()])).unwrap();
    let keys: Vec<&str> = some
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["url", "title"]);
    assert_eq!(run(Some(vec![String::new()])), None);
}

/// The keep list as the command line reads it: comma separated, repeatable.
#[test]
fn keep_is_read_comma_separated() {
    let cli = Cli::try_parse_from([
        "vinews", "extract", "--jsonl", "--keep", "url,date", "--keep", "title",
    ])
    .unwrap();
    let Command::Extract { input, .. } = cli.command else {
        panic!("not extract");
    };
    assert_eq!(input.keep.unwrap(), ["url", "date", "title"]);
}

/// On glibc the command line fixes the allocator's mmap threshold (mallopt succeeds), so
/// that the large lists of a big input are mappings given back when freed (issue 15).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn mmap_threshold_is_fixed() {
    assert!(fixed_mmap_threshold());
}

/// Lines gathered into one chunk keep their order, and each message is placed after the
/// output of the lines before its own (a bad date still gives the line's output, after the
/// message), so stdout and stderr interleave as the lines came.
#[test]
fn a_chunk_places_each_message_between_the_lines_around_it() {
    let job = SentencesJob(Normalizer::default());
    let lines = [
        r#"{"id":1,"text":"Mưa to."}"#,
        "not json",
        r#"{"id":2,"text":"Trời nắng.","date":"hôm qua"}"#,
        r#"{"id":3,"text":"Gió lớn."}"#,
    ];
    let mut chunk = Chunk::default();
    for (i, line) in lines.iter().enumerate() {
        process_line(&job, "t", i + 1, line.as_bytes(), &args(true), &mut chunk);
    }
    let json = String::from_utf8(chunk.json.clone()).unwrap();
    let ids: Vec<u64> = json
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(ids, [1, 2, 3]);
    let first = json.find('\n').unwrap() + 1;
    let at: Vec<(usize, bool)> = chunk
        .errors
        .iter()
        .map(|(at, e)| (*at, e.starts_with("vinews: t:")))
        .collect();
    assert_eq!(at, [(first, true), (first, true)], "{:?}", chunk.errors);
    assert!(chunk.errors[0].1.starts_with("vinews: t:2: "));
    assert!(chunk.errors[1].1.starts_with("vinews: t:3: "));
}
