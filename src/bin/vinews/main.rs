//! The vinews command line: normalize, split into sentences, extract facts.
//!
//! ```text
//! vinews normalize [--tone old|new|keep] [--strip-accents] [--no-fix-encoding] [FILE|-]
//! vinews sentences [--jsonl] [FILE|-]
//! vinews extract   [--jsonl] [--date YYYY-MM-DD] [FILE|-]
//! ```
//!
//! Every subcommand reads FILE, or standard input when FILE is `-` or absent, and takes
//! `--lossy` (replace invalid UTF-8 instead of failing) and `--jsonl` (read lines of
//! `{"id", "text", "date"?}` and write one JSON line per input line).
//!
//! Exit status: 0 on success, 2 when some input was bad (the rest is still processed and
//! written; also when the reader then closed the pipe), 1 on an I/O error. Every error
//! names its file, or "standard output"; a write error (a full disk, a closed standard
//! output) is an error. A byte-order mark before the first JSONL record is skipped.

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

mod record;

use clap::{Args, Parser, Subcommand, ValueEnum};
use record::Record;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};
use vinews::input::decode_utf8;
use vinews::{Article, Date, ExtractConfig, Extractor, NormalizeConfig, Normalizer, ToneStyle};

#[derive(Parser, Debug)]
#[command(
    name = "vinews",
    version,
    about = "Clean text, sentences and facts from Vietnamese news"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Normalize text: NFC, tone placement, legacy encodings, clean-up.
    Normalize {
        /// Where tone marks go: old (hòa, thủy), new (hoà, thuỷ) or keep.
        #[arg(long, value_enum, default_value_t = Tone::Old)]
        tone: Tone,
        /// Strip accents (search keys): "Đức Ninh" -> "Duc Ninh".
        #[arg(long)]
        strip_accents: bool,
        /// Do not detect and convert TCVN3, VNI, VIQR or mojibake.
        #[arg(long)]
        no_fix_encoding: bool,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Print one sentence a line (normalized), or JSON with byte offsets.
    Sentences {
        #[command(flatten)]
        input: InputArgs,
    },
    /// Print the Article JSON: sentences and facts with byte offsets.
    Extract {
        /// Publication date (YYYY-MM-DD) that anchors year-less and relative dates.
        #[arg(long, value_parser = parse_date)]
        date: Option<Date>,
        #[command(flatten)]
        input: InputArgs,
    },
}

#[derive(Args, Debug)]
struct InputArgs {
    /// Input file; `-` or nothing reads standard input.
    file: Option<PathBuf>,
    /// Read JSON Lines `{"id","text","date"?}` and write one JSON line per input line.
    #[arg(long)]
    jsonl: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    lossy: bool,
    /// With --jsonl: the input fields to copy into each output line's "input" (comma
    /// separated; every field but "id" and "text" when not given, none with "").
    #[arg(long, value_delimiter = ',', value_name = "FIELD,…")]
    keep: Option<Vec<String>>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Tone {
    Old,
    New,
    Keep,
}

fn parse_date(s: &str) -> Result<Date, String> {
    s.parse::<Date>().map_err(|e| e.to_string())
}

/// What one subcommand does with one text.
trait Job: Sync {
    /// Plain mode: write the result for the whole input.
    fn plain(&self, text: String, out: &mut dyn Write) -> io::Result<()>;
    /// JSON Lines mode: the JSON line for one record, `{"id": …, "input": {…}, <the job's
    /// fields>}`, appended to `out` (without its newline) straight from the result (no
    /// intermediate `Value`); on an error, part of it may have been appended.
    fn record(
        &self,
        head: Head,
        text: &str,
        date: Option<Date>,
        out: &mut Vec<u8>,
    ) -> serde_json::Result<()>;
}

/// The head of a JSON Lines output record: the input's id and the input fields kept.
#[derive(Serialize)]
struct Head<'a> {
    id: &'a Value,
    #[serde(skip_serializing_if = "Kept::is_empty")]
    input: Kept<'a>,
}

/// The input fields kept (every one, or those named with `--keep`), in input order.
struct Kept<'a> {
    fields: &'a Map<String, Value>,
    only: Option<&'a [String]>,
}

impl Kept<'_> {
    fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.fields
            .iter()
            .filter(|(k, _)| self.only.is_none_or(|only| only.contains(k)))
    }
    fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }
}

impl Serialize for Kept<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        for (k, v) in self.iter() {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// One JSON Lines output record: its head, then the job's own fields.
#[derive(Serialize)]
struct WithId<'a, T> {
    #[serde(flatten)]
    head: Head<'a>,
    #[serde(flatten)]
    fields: T,
}

impl<'a, T: Serialize> WithId<'a, T> {
    fn line(head: Head<'a>, fields: T, out: &mut Vec<u8>) -> serde_json::Result<()> {
        serde_json::to_writer(out, &WithId { head, fields })
    }
}

struct NormalizeJob(Normalizer);

impl Job for NormalizeJob {
    fn plain(&self, text: String, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(self.0.normalize(&text).text.as_bytes())
    }
    fn record(
        &self,
        head: Head,
        text: &str,
        _: Option<Date>,
        out: &mut Vec<u8>,
    ) -> serde_json::Result<()> {
        #[derive(Serialize)]
        struct Out<'n> {
            text: &'n str,
            repairs: &'n [vinews::Repair],
        }
        let n = self.0.normalize(text);
        WithId::line(
            head,
            Out {
                text: &n.text,
                repairs: &n.repairs,
            },
            out,
        )
    }
}

struct SentencesJob(Normalizer);

#[derive(Serialize)]
struct SentenceOut {
    start: usize,
    end: usize,
    text: String,
}

impl SentencesJob {
    fn each(&self, text: &str, mut f: impl FnMut(vinews::Span, &str)) {
        let n = self.0.normalize(text);
        for s in vinews::sentences(&n.text) {
            f(n.map.to_original(s), &n.text[s.start..s.end]);
        }
    }
}

impl Job for SentencesJob {
    fn plain(&self, text: String, out: &mut dyn Write) -> io::Result<()> {
        let mut result = Ok(());
        self.each(&text, |_, s| {
            if result.is_ok() {
                result = writeln!(out, "{s}");
            }
        });
        result
    }
    fn record(
        &self,
        head: Head,
        text: &str,
        _: Option<Date>,
        out: &mut Vec<u8>,
    ) -> serde_json::Result<()> {
        #[derive(Serialize)]
        struct Out {
            sentences: Vec<SentenceOut>,
        }
        let mut v = Vec::new();
        self.each(text, |span, s| {
            v.push(SentenceOut {
                start: span.start,
                end: span.end,
                text: s.to_string(),
            });
        });
        WithId::line(head, Out { sentences: v }, out)
    }
}

struct ExtractJob(ExtractConfig);

impl ExtractJob {
    fn article(&self, text: &str, date: Option<Date>) -> Article {
        let config = match date {
            Some(d) => self.0.reference_date(Some(d)),
            None => self.0,
        };
        Extractor::new(config).parse(text)
    }
}

impl Job for ExtractJob {
    fn plain(&self, text: String, out: &mut dyn Write) -> io::Result<()> {
        // handed over: the file's text goes once normalized (one copy less at the peak);
        // the ratios are written as they are built, never all held
        let mut json = serde_json::Serializer::pretty(&mut *out);
        Extractor::new(self.0).serialize_owned(text, &mut json)?;
        writeln!(out)
    }
    fn record(
        &self,
        head: Head,
        text: &str,
        date: Option<Date>,
        out: &mut Vec<u8>,
    ) -> serde_json::Result<()> {
        WithId::line(head, self.article(text, date), out)
    }
}

fn main() -> ExitCode {
    fixed_mmap_threshold();
    let cli = Cli::parse();
    let (job, input): (Box<dyn Job>, InputArgs) = match cli.command {
        Command::Normalize {
            tone,
            strip_accents,
            no_fix_encoding,
            input,
        } => {
            let tone = match tone {
                Tone::Old => ToneStyle::Old,
                Tone::New => ToneStyle::New,
                Tone::Keep => ToneStyle::Keep,
            };
            let config = NormalizeConfig::new()
                .tone(tone)
                .strip_accents(strip_accents)
                .fix_encoding(!no_fix_encoding);
            (Box::new(NormalizeJob(Normalizer::new(config))), input)
        }
        Command::Sentences { input } => (Box::new(SentencesJob(Normalizer::default())), input),
        Command::Extract { date, input } => (
            Box::new(ExtractJob(ExtractConfig::new().reference_date(date))),
            input,
        ),
    };
    let mut bad_input = false;
    match run(job.as_ref(), &input, &mut bad_input) {
        Ok(()) => {}
        // The reader went away (`vinews … | head`): what it read was written, and a bad
        // input seen before still sets the status.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            eprintln!("vinews: {e}");
            return ExitCode::from(1);
        }
    }
    if bad_input {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// Standard output as a file of its own. Rust's `Stdout` takes a closed descriptor (EBADF)
/// for success, so output written to it would be lost without a word; a duplicate of the
/// descriptor reports that error, and every other, on the write that meets it.
#[cfg(unix)]
fn standard_output() -> io::Result<File> {
    use std::os::fd::AsFd;
    if stdout_was_closed() {
        return Err(io::Error::other(
            "standard output: closed before vinews started; nothing can be written",
        ));
    }
    io::stdout()
        .as_fd()
        .try_clone_to_owned()
        .map(File::from)
        .map_err(|e| named(&e, "standard output"))
}

/// Whether standard output was closed when the process started. The Rust runtime puts
/// `/dev/null` in the place of a closed standard descriptor before `main`, so every write
/// would vanish; by then a closed stdout cannot be told from a `/dev/null` opened on
/// purpose (`1<>/dev/null`, Python's `subprocess.DEVNULL`, systemd). So the descriptor is
/// looked at earlier, by a constructor that the C runtime runs before Rust's (Linux
/// `.init_array`); elsewhere this says no.
fn stdout_was_closed() -> bool {
    STDOUT_CLOSED_AT_START.load(std::sync::atomic::Ordering::Relaxed)
}

static STDOUT_CLOSED_AT_START: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static CHECK_STDOUT_AT_START: extern "C" fn() = {
    unsafe extern "C" {
        fn fcntl(fd: i32, cmd: i32, ...) -> i32;
    }
    /// `fcntl(1, F_GETFD)` fails (EBADF) only when descriptor 1 is not open.
    extern "C" fn check() {
        const F_GETFD: i32 = 1;
        // SAFETY: F_GETFD reads the descriptor's flags and changes nothing; it takes no
        // pointer and is async-signal-safe, so calling it before `main` is sound.
        let closed = unsafe { fcntl(1, F_GETFD) } == -1;
        STDOUT_CLOSED_AT_START.store(closed, std::sync::atomic::Ordering::Relaxed);
    }
    check
};

/// Fixes glibc's mmap threshold at its default, 128 KB, and returns whether it was set.
/// Left to itself, glibc raises the threshold to the size of every large block freed (up
/// to 32 MB): once the file's text is freed, the large lists of a big input (tokens,
/// mentions) are made on the heap, and each one a list outgrows is kept there, freed but
/// resident, while the pipeline goes on. Fixed, a large block is its own mapping, given
/// back when freed and grown in place (issue 15: a 16 MB text of legacy-encoded place
/// names peaked at 7.4 times its size, 6.1 with this). Blocks under 128 KB, all of a
/// news article's, are made as before. Elsewhere this does nothing.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn fixed_mmap_threshold() -> bool {
    unsafe extern "C" {
        fn mallopt(param: i32, value: i32) -> i32;
    }
    const M_MMAP_THRESHOLD: i32 = -3;
    // SAFETY: mallopt sets one parameter of the allocator and takes no pointer; it is
    // called at the start of `main`, before any thread is started.
    unsafe { mallopt(M_MMAP_THRESHOLD, 128 * 1024) == 1 }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn fixed_mmap_threshold() -> bool {
    false
}

/// Standard output elsewhere: the standard library's own.
#[cfg(not(unix))]
fn standard_output() -> io::Result<io::Stdout> {
    Ok(io::stdout())
}

/// `e` with `name` (a path, "standard output") in front of its message; the kind is kept,
/// so a closed pipe is still told from other errors.
fn named(e: &io::Error, name: &str) -> io::Error {
    io::Error::new(e.kind(), format!("{name}: {e}"))
}

/// A reader or writer whose errors name what it reads or writes.
struct Named<T> {
    inner: T,
    name: String,
}

impl<R: Read> Read for Named<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf).map_err(|e| named(&e, &self.name))
    }
}

impl<W: Write> Write for Named<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf).map_err(|e| named(&e, &self.name))
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush().map_err(|e| named(&e, &self.name))
    }
}

/// The UTF-8 byte-order mark, which some editors put at the start of a file.
const BOM: &[u8] = b"\xef\xbb\xbf";

/// The input's read buffer: 256 KB, so that reading 16 MB of JSON Lines takes 64 reads,
/// not 2,000 (the standard 8 KB). Plain mode reads the file straight into its text.
const READ_BUFFER: usize = 256 << 10;

/// Runs `job` over the input, writing to standard output; sets `bad_input` when some input
/// was bad (the rest is still processed and written).
fn run(job: &dyn Job, args: &InputArgs, bad_input: &mut bool) -> io::Result<()> {
    let name = match &args.file {
        Some(p) if p.as_os_str() != "-" => p.display().to_string(),
        _ => "<stdin>".to_string(),
    };
    let total = match &args.file {
        Some(p) if p.as_os_str() != "-" => std::fs::metadata(p).ok().map(|m| m.len()),
        _ => None,
    };
    let reader: Box<dyn Read> = match &args.file {
        Some(p) if p.as_os_str() != "-" => Box::new(File::open(p).map_err(|e| named(&e, &name))?),
        _ => Box::new(io::stdin().lock()),
    };
    let reader = Named {
        inner: reader,
        name: name.clone(),
    };
    let mut out = BufWriter::new(Named {
        inner: standard_output()?,
        name: "standard output".to_string(),
    });
    process(
        job,
        args,
        &name,
        BufReader::with_capacity(READ_BUFFER, reader),
        total,
        &mut out,
        bad_input,
    )?;
    // A buffered writer drops its last error when it is dropped: flush here to see it.
    out.flush()
}

/// [`run`] on any reader and writer (the tests give their own).
fn process(
    job: &dyn Job,
    args: &InputArgs,
    name: &str,
    mut reader: impl BufRead,
    total: Option<u64>,
    out: &mut impl Write,
    bad_input: &mut bool,
) -> io::Result<()> {
    if args.jsonl {
        // A byte-order mark before the first record is not part of it. (In plain mode it
        // stays: normalization drops it, and offsets stay true to the file.)
        if reader.fill_buf()?.starts_with(BOM) {
            reader.consume(BOM.len());
        }
        return run_jsonl(job, name, reader, total, out, args, bad_input);
    }
    // Sized to the file: grown by doubling, the buffer would take up to twice the input.
    let mut bytes = Vec::with_capacity(total.map_or(0, |n| usize::try_from(n).unwrap_or(0)));
    reader.read_to_end(&mut bytes)?;
    // The text is handed to the job (`Extractor::parse_owned` drops it once normalized):
    // valid bytes become it without a copy.
    let decoded = decode_utf8(&bytes, args.lossy).map(|t| match t {
        Cow::Owned(repaired) => Some(repaired),
        Cow::Borrowed(_) => None,
    });
    match decoded {
        Ok(repaired) => {
            let text = match repaired {
                Some(t) => t,
                // checked valid above: this check cannot fail
                None => String::from_utf8(bytes)
                    .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?,
            };
            if !text.is_empty() {
                job.plain(text, out)?;
            }
        }
        Err(e) => {
            eprintln!("vinews: {name}: {e} (use --lossy to replace bad bytes)");
            *bad_input = true;
        }
    }
    Ok(())
}

/// What consecutive JSONL lines of a batch gave: their output lines, one after another,
/// and the messages for stderr, each with the length of `json` that goes out before it.
#[derive(Default)]
struct Chunk {
    json: Vec<u8>,
    errors: Vec<(usize, String)>,
}

impl Chunk {
    /// Writes the output lines to `out` and the messages to stderr, in line order.
    fn write(
        &self,
        out: &mut impl Write,
        progress: &indicatif::ProgressBar,
        bad_input: &mut bool,
    ) -> io::Result<()> {
        let mut written = 0;
        for (at, e) in &self.errors {
            out.write_all(&self.json[written..*at])?;
            written = *at;
            progress.suspend(|| eprintln!("{e}"));
            *bad_input = true;
        }
        out.write_all(&self.json[written..])
    }
}

/// Processes one JSONL line (without its newline): its output line goes to `chunk.json`,
/// its message, if any, to `chunk.errors`.
fn process_line(
    job: &dyn Job,
    name: &str,
    line_no: usize,
    bytes: &[u8],
    args: &InputArgs,
    chunk: &mut Chunk,
) {
    let (start, errors) = (chunk.json.len(), chunk.errors.len());
    let message = |msg: String| format!("vinews: {name}:{line_no}: {msg}");
    let mut fail = |msg: String| chunk.errors.push((start, message(msg)));
    let line = match decode_utf8(bytes, args.lossy) {
        Ok(l) => l,
        Err(e) => return fail(format!("{e} (use --lossy to replace bad bytes)")),
    };
    let line = line.trim();
    if line.is_empty() {
        return;
    }
    let record = match serde_json::from_str::<Record>(line) {
        Ok(r) => r,
        // Anything else is read as a `Value`, which says what is wrong with the line.
        Err(_) => match serde_json::from_str::<Value>(line) {
            Ok(v) => match Record::of(v) {
                Some(r) => r,
                None => return fail("no \"text\" string in this record".to_string()),
            },
            Err(e) => return fail(format!("not a JSON object: {e}")),
        },
    };
    let text = &*record.text;
    let date = match record.date() {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => match s.parse::<Date>() {
            Ok(d) => Some(d),
            Err(e) => {
                fail(format!("{e}; processed without a date"));
                None
            }
        },
        Some(other) => {
            fail(format!(
                "\"date\" is not a string: {other}; processed without a date"
            ));
            None
        }
    };
    let head = Head {
        id: &record.id,
        input: Kept {
            fields: &record.fields,
            only: args.keep.as_deref(),
        },
    };
    match job.record(head, text, date, &mut chunk.json) {
        Ok(()) => chunk.json.push(b'\n'),
        Err(e) => {
            // the line's part written before the error goes, and its date message with it
            chunk.json.truncate(start);
            chunk.errors.truncate(errors);
            chunk.errors.push((
                start,
                message(format!("cannot write the result as JSON: {e}")),
            ));
        }
    }
}

/// Lines per batch, and bytes per batch: memory stays flat whatever the input size. A
/// batch's output lines are held until the batch is written, and they can be several
/// times its input (a line of ratio lists gives six times its size in JSON): 4 MB of
/// input keeps both cores busy and the peak near 50 MB whatever the lines (issue 15).
const BATCH_LINES: usize = 1024;
const BATCH_BYTES: usize = 4 << 20;

/// JSON Lines: one output line per good input line, in input order, errors on stderr with
/// line numbers. Lines are read in bounded batches and each batch is processed on every
/// core (rayon); a progress bar shows on stderr when it is a terminal.
fn run_jsonl(
    job: &dyn Job,
    name: &str,
    mut reader: impl BufRead,
    total: Option<u64>,
    out: &mut impl Write,
    args: &InputArgs,
    bad_input: &mut bool,
) -> io::Result<()> {
    use rayon::prelude::*;
    let progress = progress_bar(total);
    let mut line_no = 0usize;
    let mut eof = false;
    while !eof {
        let mut batch: Vec<(usize, Vec<u8>)> = Vec::new();
        let mut bytes = 0;
        while batch.len() < BATCH_LINES && bytes < BATCH_BYTES {
            let mut buf = Vec::new();
            if reader.read_until(b'\n', &mut buf)? == 0 {
                eof = true;
                break;
            }
            line_no += 1;
            bytes += buf.len();
            if buf.last() == Some(&b'\n') {
                buf.pop();
            }
            batch.push((line_no, buf));
        }
        // each run of lines that one thread takes goes into one chunk, written at once
        let chunks: Vec<Chunk> = batch
            .par_iter()
            .fold(Chunk::default, |mut chunk, (no, line)| {
                process_line(job, name, *no, line, args, &mut chunk);
                chunk
            })
            .collect();
        for chunk in &chunks {
            chunk.write(out, &progress, bad_input)?;
        }
        progress.inc(bytes as u64);
    }
    progress.finish_and_clear();
    Ok(())
}

/// A progress bar on stderr when stderr is a terminal; hidden otherwise.
fn progress_bar(total: Option<u64>) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = match total {
        Some(n) => indicatif::ProgressBar::new(n),
        None => indicatif::ProgressBar::new_spinner(),
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} {bytes}/{total_bytes} {bytes_per_sec} {wide_bar} {eta}",
    ) {
        bar.set_style(style);
    }
    bar
}

#[cfg(test)]
mod tests;
