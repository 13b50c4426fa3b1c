//! The `abridge` command: analyse files, or a JSONL batch on all cores.
//!
//!     abridge [OPTIONS] FILE...        one JSON analysis per file ("-" reads stdin)
//!     abridge batch [OPTIONS] < in.jsonl > out.jsonl
//!
//! Batch lines are `{"id", "text", "format"?}`; each output line is `{"id", ...analysis}`
//! or `{"id", "error"}`, in input order.

use abridge::{analyze, Analysis, Format, Options};
use serde_json::{json, Value};
use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

const USAGE: &str =
    "usage: abridge [--sentences N | --ratio R | --max-words N] [--keyphrases N] [--tags N]
               [--format auto|text|html|markdown] [--language CODE] [--compact] FILE...
       abridge batch [the same options] < in.jsonl > out.jsonl";

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(message) => {
            eprintln!("abridge: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut options = serde_json::Map::new();
    let mut files = Vec::new();
    let mut batch = false;
    let mut compact = false;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long(name @ ("sentences" | "ratio" | "max-words" | "keyphrases" | "tags")) => {
                let name = name.to_string();
                let key = if name == "max-words" {
                    "maxWords".to_string()
                } else {
                    name.clone()
                };
                let raw = parser
                    .value()
                    .map_err(|e| e.to_string())?
                    .string()
                    .map_err(|_| format!("--{name}: not UTF-8"))?;
                let number: f64 = raw
                    .parse()
                    .map_err(|_| format!("--{name} takes a number, got {raw:?}"))?;
                options.insert(key, json!(number));
            }
            Long(name @ ("format" | "language")) => {
                let name = name.to_string();
                let raw = parser
                    .value()
                    .map_err(|e| e.to_string())?
                    .string()
                    .map_err(|_| format!("--{name}: not UTF-8"))?;
                options.insert(name, json!(raw));
            }
            Long("compact") => compact = true,
            Short('h') | Long("help") => {
                println!("{USAGE}");
                return Ok(ExitCode::SUCCESS);
            }
            Value(v) if files.is_empty() && !batch && v == "batch" => batch = true,
            Value(v) => files.push(v),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    let options: Options =
        serde_json::from_value(serde_json::Value::Object(options)).map_err(|e| e.to_string())?;
    if batch {
        return match run_batch(&options) {
            // A reader that stops early (`| head`) is not an error.
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e.to_string()),
            _ => Ok(ExitCode::SUCCESS),
        };
    }
    if files.is_empty() {
        return Err("no input files".into());
    }
    let mut failed = false;
    for file in &files {
        let mut input = Vec::new();
        let read = if file == "-" {
            io::stdin().read_to_end(&mut input)
        } else {
            std::fs::File::open(file).and_then(|mut f| f.read_to_end(&mut input))
        };
        if let Err(e) = read {
            eprintln!("abridge: {}: {e}", file.to_string_lossy());
            failed = true;
            continue;
        }
        let text = String::from_utf8_lossy(&input);
        match analyze(&text, &options) {
            Ok(analysis) => {
                let out = if files.len() == 1 && !compact {
                    serde_json::to_string_pretty(&analysis)
                } else {
                    serde_json::to_string(&with_field(
                        "file",
                        json!(file.to_string_lossy()),
                        &analysis,
                    ))
                };
                let out = out.map_err(|e| e.to_string())?;
                match writeln!(io::stdout(), "{out}") {
                    Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                        return Ok(ExitCode::SUCCESS)
                    }
                    written => written.map_err(|e| e.to_string())?,
                }
            }
            Err(e) => {
                eprintln!("abridge: {}: {e}", file.to_string_lossy());
                failed = true;
            }
        }
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn with_field(key: &str, value: Value, analysis: &Analysis) -> Value {
    let mut object = serde_json::Map::new();
    object.insert(key.to_string(), value);
    if let Ok(Value::Object(fields)) = serde_json::to_value(analysis) {
        object.extend(fields);
    }
    Value::Object(object)
}

/// One output line for one input line; never fails, a bad line becomes an error line.
fn batch_line(line: &str, options: &Options) -> String {
    let parsed: Result<Value, _> = serde_json::from_str(line);
    let (id, result) = match parsed {
        Err(e) => (Value::Null, Err(format!("malformed JSON: {e}"))),
        Ok(v) => {
            let id = v.get("id").cloned().unwrap_or(Value::Null);
            let result = match (v.get("text").and_then(Value::as_str), v.get("format")) {
                (None, _) => Err("the line has no \"text\" string".to_string()),
                (Some(text), format) => {
                    let options = match format.and_then(Value::as_str) {
                        Some("html") => Ok(options.clone().format(Format::Html)),
                        Some("markdown") => Ok(options.clone().format(Format::Markdown)),
                        Some("text") => Ok(options.clone().format(Format::Text)),
                        Some("auto") | None if format.is_none_or(|f| f.is_string()) => Ok(options.clone()),
                        _ => Err(format!("\"format\" must be one of \"auto\", \"text\", \"html\", \"markdown\", got {}", format.map(Value::to_string).unwrap_or_default())),
                    };
                    options.and_then(|o| analyze(text, &o).map_err(|e| e.to_string()))
                }
            };
            (id, result)
        }
    };
    let value = match result {
        Ok(analysis) => with_field("id", id, &analysis),
        Err(error) => json!({ "id": id, "error": error }),
    };
    value.to_string()
}

fn run_batch(options: &Options) -> io::Result<()> {
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
    let stdin = io::stdin().lock();
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    let mut lines = stdin.lines();
    // Chunks keep memory bounded on long inputs while every core has work.
    let chunk_size = 64 * threads;
    loop {
        let chunk: Vec<String> = lines.by_ref().take(chunk_size).collect::<io::Result<_>>()?;
        if chunk.is_empty() {
            break;
        }
        let chunk: Vec<&String> = chunk.iter().filter(|l| !l.trim().is_empty()).collect();
        let mut out = vec![String::new(); chunk.len()];
        let next = AtomicUsize::new(0);
        std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut done = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(line) = chunk.get(i) else { break done };
                            let result = std::panic::catch_unwind(|| batch_line(line, options))
                                .unwrap_or_else(|_| json!({ "id": Value::Null, "error": "internal error (please report)" }).to_string());
                            done.push((i, result));
                            if let Some(bar) = &progress {
                                bar.inc(1);
                            }
                        }
                    })
                })
                .collect();
            for worker in workers {
                for (i, line) in worker.join().expect("panics are caught per line") {
                    out[i] = line;
                }
            }
        });
        for line in &out {
            writeln!(stdout, "{line}")?;
        }
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    stdout.flush()
}
