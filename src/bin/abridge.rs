//! The `abridge` command: analyse files, or a JSONL batch on all cores.
//!
//!     abridge [OPTIONS] FILE...        one JSON analysis per file ("-" reads stdin)
//!     abridge batch [OPTIONS] < in.jsonl > out.jsonl
//!
//! Batch lines are `{"id", "text", "format"?}`; each output line is `{"id", ...analysis}`
//! or `{"id", "error"}`, in input order.

use abridge::cli::{batch_line, decode, line_limit, read_bounded, read_file, LineReader};
use abridge::{analyze, Analysis, Kind, Options, OPTIONS};
use serde::Serialize;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

const USAGE: &str = "usage: abridge [OPTIONS] [--compact] FILE...     (\"-\" reads stdin)
       abridge batch [OPTIONS] < in.jsonl > out.jsonl";

/// The usage line, then every option from the engine's table with its range and default.
fn help() -> String {
    let mut help =
        format!("{USAGE}\n\noptions (at most one of --sentences, --ratio, --max-words):\n");
    for spec in OPTIONS {
        let value = match spec.kind {
            Kind::Count { .. } => "N",
            Kind::Share => "R",
            Kind::Format => "FORMAT",
            Kind::Language => "CODE",
        };
        let default = spec
            .default
            .map(|d| format!("; default {d}"))
            .unwrap_or_default();
        help += &format!(
            "  --{} {value}\n      {} {}{default}.\n",
            spec.flag,
            spec.doc,
            capitalized(&spec.kind.expected())
        );
    }
    help.push_str(
        "  --compact\n      One JSON line per file, with its \"file\" name.\n  --version\n      Print the version.\n\n\
         Files over the input limit (--max-input-bytes) and batch lines over twice it are refused.\n\
         Files are decoded from their byte order mark or <meta charset>, else as UTF-8 if valid,\n\
         else as windows-1252. Batch lines are {\"id\", \"text\", \"format\"?} (other fields are\n\
         ignored: the options above apply to every line); each output line is\n\
         {\"id\", ...analysis} or {\"id\", \"error\"}, one per input line, in input order.\n"
    );
    help
}

fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(message) => {
            eprintln!("abridge: {message}\n{USAGE}\n(abridge --help lists the options)");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut args: Vec<(String, String)> = Vec::new();
    let mut files = Vec::new();
    let mut batch = false;
    let mut compact = false;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long(flag) if OPTIONS.iter().any(|s| s.flag == flag) => {
                // The last of two would win silently, and two summary lengths read as a
                // conflict between different options.
                if args.iter().any(|(f, _)| f == flag) {
                    return Err(format!("option `--{flag}` is given twice; give it once"));
                }
                let flag = flag.to_string();
                let value = parser.value().map_err(|e| e.to_string())?;
                let value = value
                    .into_string()
                    .map_err(|v| format!("--{flag}: not UTF-8: {v:?}"))?;
                args.push((flag, value));
            }
            Long("compact") => compact = true,
            Short('h') | Long("help") => {
                print!("{}", help());
                return Ok(ExitCode::SUCCESS);
            }
            Short('V') | Long("version") => {
                println!("abridge {}", env!("CARGO_PKG_VERSION"));
                return Ok(ExitCode::SUCCESS);
            }
            Value(v) if files.is_empty() && !batch && v == "batch" => batch = true,
            Value(v) => files.push(v),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    let options = Options::from_args(args.iter().map(|(f, v)| (f.as_str(), v.as_str())))
        .map_err(|e| e.to_string())?;
    let result = if batch {
        // Without this, `abridge batch in.jsonl` would wait on the terminal for stdin.
        if let Some(file) = files.first() {
            return Err(format!(
                "batch reads JSON lines from stdin, not from a file argument: `abridge batch < {}`",
                file.to_string_lossy()
            ));
        }
        run_batch(&options).map(|()| ExitCode::SUCCESS)
    } else if files.is_empty() {
        return Err("no input files".into());
    } else {
        run_files(&files, &options, compact || files.len() > 1)
    };
    match result {
        // A reader that stops early (`| head`) is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(e.to_string()),
        Ok(code) => Ok(code),
    }
}

/// One file's analysis as a JSON line: `{"file", ...analysis}`.
#[derive(Serialize)]
struct WithFile<'a> {
    file: &'a str,
    #[serde(flatten)]
    analysis: &'a Analysis,
}

/// Each file is read with a bound, decoded, analysed and written straight to stdout
/// (no intermediate JSON tree or string: a 10 MB article's output is itself tens of MB).
fn run_files(files: &[std::ffi::OsString], options: &Options, lines: bool) -> io::Result<ExitCode> {
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    let mut failed = false;
    for file in files {
        let name = file.to_string_lossy();
        let bytes = if file == "-" {
            read_bounded(io::stdin().lock(), options.input_limit())
        } else {
            read_file(file.as_ref(), options.input_limit())
        };
        let analysis = bytes.and_then(|bytes| analyze(&decode(bytes), options));
        match analysis {
            Ok(analysis) if lines => {
                serde_json::to_writer(
                    &mut stdout,
                    &WithFile {
                        file: &name,
                        analysis: &analysis,
                    },
                )?;
                writeln!(stdout)?;
            }
            Ok(analysis) => {
                serde_json::to_writer_pretty(&mut stdout, &analysis)?;
                writeln!(stdout)?;
            }
            Err(e) => {
                stdout.flush()?;
                eprintln!("abridge: {name}: {e}");
                failed = true;
            }
        }
    }
    stdout.flush()?;
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Lines are read in chunks (bounded in count and bytes, so memory stays bounded on long
/// inputs while every core has work), analysed in parallel and written in input order.
fn run_batch(options: &Options) -> io::Result<()> {
    const CHUNK_BYTES: usize = 64 << 20;
    // Deep input must not overflow a worker's stack (2 MiB by default).
    const WORKER_STACK: usize = 64 << 20;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let progress = io::stderr().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {pos} articles, {per_sec} {elapsed}",
            )
            .expect("valid template"),
        );
        bar
    });
    let mut reader = LineReader::new(io::stdin().lock(), line_limit(options));
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    let chunk_lines = 64 * threads;
    let mut chunk: Vec<Vec<u8>> = Vec::new();
    loop {
        chunk.clear();
        let mut bytes = 0;
        let mut line = Vec::new();
        while chunk.len() < chunk_lines && bytes < CHUNK_BYTES && reader.read_line(&mut line)? {
            bytes += line.len();
            chunk.push(std::mem::take(&mut line));
        }
        if chunk.is_empty() {
            break;
        }
        let mut out = vec![String::new(); chunk.len()];
        let next = AtomicUsize::new(0);
        std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads.min(chunk.len()))
                .map(|_| {
                    std::thread::Builder::new()
                        .stack_size(WORKER_STACK)
                        .spawn_scoped(scope, || {
                            let mut done = Vec::new();
                            loop {
                                let i = next.fetch_add(1, Ordering::Relaxed);
                                let Some(line) = chunk.get(i) else { break done };
                                done.push((i, batch_line(line, options, line_limit(options))));
                                if let Some(bar) = &progress {
                                    bar.inc(1);
                                }
                            }
                        })
                })
                .collect::<io::Result<_>>()?;
            for worker in workers {
                for (i, line) in worker.join().expect("batch_line contains panics") {
                    out[i] = line;
                }
            }
            Ok::<(), io::Error>(())
        })?;
        for line in &out {
            writeln!(stdout, "{line}")?;
        }
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    stdout.flush()
}
