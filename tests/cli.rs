//! The `abridge` command as a user runs it: files in, JSON out; batch lines in order, bad
//! lines reported in place.

use std::io::Write;
use std::process::{Command, Stdio};

fn abridge(args: &[&str], stdin: &str) -> (bool, String, String) {
    abridge_bytes(args, stdin.as_bytes())
}

fn abridge_bytes(args: &[&str], stdin: &[u8]) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_abridge"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

const ARTICLE: &str = "The city council approved the new budget on Monday. The budget raises school funding by five percent. Critics said the budget ignores public transit. The mayor will sign it next week.";

#[test]
fn file_argument_prints_one_analysis() {
    let path = std::env::temp_dir().join(format!("abridge-cli-{}.txt", std::process::id()));
    std::fs::write(&path, ARTICLE).unwrap();
    let (ok, out, _) = abridge(&["--sentences", "2", path.to_str().unwrap()], "");
    std::fs::remove_file(&path).ok();
    assert!(ok);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"].as_array().unwrap().len(), 2);
    assert!(v["keyphrases"]
        .as_array()
        .unwrap()
        .iter()
        .any(|k| k["text"] == "budget"));
}

#[test]
fn batch_keeps_order_and_reports_bad_lines_in_place() {
    let input = [
        serde_json::json!({"id": "a", "text": ARTICLE}).to_string(),
        "{not json".to_string(),
        serde_json::json!({"id": 7, "title": "no text"}).to_string(),
        serde_json::json!({"id": "h", "text": "<p>Hello there, reader. This is HTML.</p>", "format": "html"}).to_string(),
        serde_json::json!({"id": "f", "text": "x", "format": "pdf"}).to_string(),
        serde_json::json!({"id": "e", "text": ""}).to_string(),
    ]
    .join("\n");
    let (ok, out, _) = abridge(&["batch", "--keyphrases", "3"], &input);
    assert!(ok);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 6);
    assert_eq!(lines[0]["id"], "a");
    assert!(lines[0]["keyphrases"].as_array().unwrap().len() <= 3);
    assert_eq!(lines[1]["id"], serde_json::Value::Null);
    assert!(lines[1]["error"]
        .as_str()
        .unwrap()
        .contains("malformed JSON"));
    assert_eq!(lines[2]["id"], 7);
    assert!(lines[2]["error"].as_str().unwrap().contains("text"));
    assert_eq!(lines[3]["text"], "Hello there, reader. This is HTML.");
    assert!(lines[4]["error"].as_str().unwrap().contains("format"));
    assert_eq!(lines[5]["summary"].as_array().unwrap().len(), 0);
}

fn batch(input: &[u8]) -> Vec<serde_json::Value> {
    let (ok, out, err) = abridge_bytes(&["batch"], input);
    assert!(ok, "{err}");
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn a_bad_line_costs_only_itself() {
    let good = |id: &str| {
        serde_json::json!({"id": id, "text": ARTICLE})
            .to_string()
            .into_bytes()
    };
    let mut input = Vec::new();
    for (i, line) in [
        good("a"),
        // Invalid UTF-8 inside the text, the id before it.
        b"{\"id\": \"latin1\", \"text\": \"caf\xe9 au lait\"}".to_vec(),
        good("b"),
        // A blank line and one cut short: each still gets its own output line.
        Vec::new(),
        br#"{"id": "cut", "text": "The council me"#.to_vec(),
        br#"["not", "an", "object"]"#.to_vec(),
        good("c"),
    ]
    .into_iter()
    .enumerate()
    {
        if i > 0 {
            input.push(b'\n');
        }
        input.extend(line);
    }
    let lines = batch(&input);
    let ids: Vec<String> = lines.iter().map(|l| l["id"].to_string()).collect();
    assert_eq!(
        ids,
        [
            r#""a""#,
            r#""latin1""#,
            r#""b""#,
            "null",
            r#""cut""#,
            "null",
            r#""c""#
        ]
    );
    for i in [0, 2, 6] {
        assert_eq!(
            lines[i]["summary"].as_array().unwrap().len(),
            3,
            "{}",
            lines[i]
        );
    }
    assert!(
        lines[1]["error"].as_str().unwrap().contains("UTF-8"),
        "{}",
        lines[1]
    );
    assert!(lines[3]["error"]
        .as_str()
        .unwrap()
        .contains("malformed JSON"));
    assert!(lines[4]["error"]
        .as_str()
        .unwrap()
        .contains("malformed JSON"));
    assert!(lines[5]["error"].as_str().unwrap().contains("text"));
}

#[test]
fn ids_come_back_as_written() {
    // Read as f64, the first would come back as 1.2345678901234568e22 and the second as 1.5:
    // a join on ids would then miss. Ids of any JSON type, nested ones too, are echoed.
    let ids = [
        "12345678901234567890123",
        "1.50",
        "-0",
        "1e-7",
        r#""a\u00e9""#,
        r#"{"k":[1,2.0,"x"]}"#,
    ];
    let input: String = ids
        .iter()
        .map(|id| format!("{{\"id\":{id},\"text\":\"{ARTICLE}\"}}\n"))
        .collect();
    let (ok, out, err) = abridge(&["batch"], &input);
    assert!(ok, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), ids.len());
    for (line, id) in lines.iter().zip(ids) {
        assert!(line.starts_with(&format!("{{\"id\":{id},")), "{id}: {line}");
        let value: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(value["summary"].as_array().unwrap().len(), 3, "{line}");
    }
    // An id no JSON reader reads back (out of any float's range) is the line's error.
    let (_, out, _) = abridge(&["batch"], &format!(r#"{{"id":1e400,"text":"{ARTICLE}"}}"#));
    assert!(
        out.starts_with(r#"{"id":null,"error":"malformed JSON: number out of range"#),
        "{out}"
    );
}

#[test]
fn a_byte_order_mark_before_a_line_is_skipped() {
    // One file saved with a byte order mark, then another: `cat a.jsonl b.jsonl`.
    let line = |id: &str| serde_json::json!({"id": id, "text": ARTICLE}).to_string();
    let input = format!(
        "\u{FEFF}{}\n{}\n\u{FEFF}{}\n",
        line("a"),
        line("b"),
        line("c")
    );
    let lines = batch(input.as_bytes());
    let ids: Vec<&serde_json::Value> = lines.iter().map(|l| &l["id"]).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    for line in &lines {
        assert_eq!(line["summary"].as_array().unwrap().len(), 3, "{line}");
    }
}

#[test]
fn a_utf16_file_is_named_as_such() {
    // What Windows PowerShell's `>` writes: UTF-16LE with a byte order mark.
    let text = format!(
        "\u{FEFF}{}\n",
        serde_json::json!({"id": 1, "text": ARTICLE})
    );
    let input: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let lines = batch(&input);
    let error = lines[0]["error"].as_str().unwrap();
    assert!(error.contains("UTF-16"), "{error}");
}

#[test]
fn lone_surrogate_escapes_read_as_replacement_characters() {
    // What JSON.stringify writes for strings holding half of a surrogate pair.
    let input = [
        r#"{"id": 1, "text": "The talks began.\ud800 They ended on Monday."}"#,
        r#"{"id": 2, "text": "Emoji \ud83d\ude00 stay whole. \\ud800 stays text."}"#,
    ]
    .join("\n");
    let lines = batch(input.as_bytes());
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["stats"]["sentences"], 2, "{}", lines[0]);
    assert!(!lines[0]["text"].as_str().unwrap().contains('\u{FFFD}'));
    assert_eq!(
        lines[1]["text"],
        "Emoji \u{1F600} stay whole. \\ud800 stays text."
    );
}

#[test]
fn a_line_over_the_limit_is_refused_without_the_rest_lost() {
    let limit = abridge::cli::line_limit(&abridge::Options::default());
    let mut input = br#"{"id": "huge", "text": ""#.to_vec();
    input.resize(limit + 10, b'a');
    input.extend(b"\"}\n");
    input.extend(
        serde_json::json!({"id": "after", "text": ARTICLE})
            .to_string()
            .bytes(),
    );
    let lines = batch(&input);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "huge");
    assert!(lines[0]["error"]
        .as_str()
        .unwrap()
        .contains(&limit.to_string()));
    assert_eq!(lines[1]["id"], "after");
    assert!(lines[1]["error"].is_null());
}

#[test]
fn an_endless_input_is_refused_at_the_limit() {
    let (ok, out, err) = abridge(&["/dev/zero"], "");
    assert!(!ok);
    assert!(out.is_empty());
    assert!(err.contains(&abridge::MAX_INPUT_BYTES.to_string()), "{err}");
    // The limit is an option: a lower one refuses sooner.
    let (ok, _, err) = abridge(&["--max-input-bytes", "4096", "/dev/zero"], "");
    assert!(!ok);
    assert!(err.contains("4096"), "{err}");
}

#[test]
fn bad_options_exit_with_a_message_naming_the_flag() {
    for (flag, value) in [
        ("--sentences", "many"),
        ("--sentences", "nan"),
        ("--sentences", "1e400"),
        ("--sentences", "-1"),
        ("--ratio", "inf"),
        ("--ratio", "2"),
        ("--max-words", "100001"),
        ("--keyphrases", "2.5"),
        ("--format", "pdf"),
        ("--language", "xx"),
    ] {
        let (ok, _, err) = abridge(&["batch", flag, value], "");
        assert!(!ok, "{flag} {value}");
        assert!(
            err.contains(&format!("`{flag}`")) && err.contains(value),
            "{flag} {value}: {err}"
        );
    }
    let (ok, _, err) = abridge(&["batch", "--sentences", "2", "--max-words", "50"], "");
    assert!(!ok);
    assert!(
        err.contains("--sentences") && err.contains("--max-words"),
        "{err}"
    );
}

#[test]
fn help_lists_every_option_with_its_range() {
    let (ok, out, _) = abridge(&["--help"], "");
    assert!(ok);
    for spec in abridge::OPTIONS {
        assert!(out.contains(&format!("--{} ", spec.flag)), "{}", spec.flag);
        let expected = spec.kind.expected();
        assert!(out.contains(&expected[1..]), "{expected}");
    }
}

/// Writes `bytes` to a file of its own, runs `abridge --compact` on it, returns the analysis.
fn analyse_file(name: &str, bytes: &[u8]) -> serde_json::Value {
    let path = std::env::temp_dir().join(format!("abridge-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    let (ok, out, err) = abridge(&["--compact", path.to_str().unwrap()], "");
    std::fs::remove_file(&path).ok();
    assert!(ok, "{err}");
    serde_json::from_str(&out).unwrap()
}

#[test]
fn files_are_decoded_from_their_declared_or_likely_encoding() {
    use encoding_rs::{SHIFT_JIS, UTF_16LE, WINDOWS_1252};
    let french =
        "Le café de la gare a rouvert lundi. Les habitués étaient ravis. Le maire a salué l'été.";
    let html = |charset: &str, body: &str| {
        format!("<html><head>{charset}<title>Gare</title></head><body><p>{body}</p></body></html>")
    };
    // ISO-8859-1 declared by <meta charset>.
    let page = html("<meta charset=\"iso-8859-1\">", french);
    let (bytes, _, _) = WINDOWS_1252.encode(&page);
    assert_eq!(analyse_file("latin1.html", &bytes)["text"], french);
    // windows-1252 declared the old way, with http-equiv; curly quotes are 1252-only bytes.
    let quoted = "Le maire a dit « bravo » et “merci” – puis il est parti.";
    let page = html(
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
        quoted,
    );
    let (bytes, _, _) = WINDOWS_1252.encode(&page);
    assert_eq!(analyse_file("cp1252.html", &bytes)["text"], quoted);
    // Undeclared and not UTF-8: windows-1252.
    let (bytes, _, _) = WINDOWS_1252.encode(french);
    assert_eq!(analyse_file("plain.txt", &bytes)["text"], french);
    // UTF-16 with a byte order mark (encoding_rs encodes UTF-16 as UTF-8, so by hand).
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(french.encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(UTF_16LE.decode(&bytes).0, french);
    assert_eq!(analyse_file("utf16.txt", &bytes)["text"], french);
    // Shift_JIS declared by <meta charset>.
    let japanese = "市議会は月曜日に新しい予算を承認した。";
    let page = html("<meta charset=\"Shift_JIS\">", japanese);
    let (bytes, _, unmappable) = SHIFT_JIS.encode(&page);
    assert!(!unmappable);
    assert_eq!(analyse_file("sjis.html", &bytes)["text"], japanese);
    // Valid UTF-8 without a declaration stays UTF-8.
    assert_eq!(analyse_file("utf8.txt", french.as_bytes())["text"], french);
}

#[test]
fn batch_refuses_a_file_argument_instead_of_waiting_on_stdin() {
    // `abridge batch in.jsonl` reads stdin; a file named on the line would be silently ignored.
    // (Nothing on stdin: the command exits before reading it, and a write would break the pipe.)
    let (ok, out, err) = abridge(&["batch", "in.jsonl"], "");
    assert!(!ok);
    assert!(out.is_empty());
    assert!(err.contains("abridge batch < in.jsonl"), "{err}");
}

#[test]
fn an_option_given_twice_is_named_not_read_as_the_last() {
    for flag in ["--sentences", "--keyphrases", "--format"] {
        let value = if flag == "--format" { "text" } else { "2" };
        let (ok, out, err) = abridge(&[flag, value, flag, value, "-"], "");
        assert!(!ok, "{flag}");
        assert!(out.is_empty());
        assert!(err.contains(&format!("`{flag}` is given twice")), "{err}");
    }
}

#[test]
fn version_prints_the_package_version() {
    for flag in ["--version", "-V"] {
        let (ok, out, _) = abridge(&[flag], "");
        assert!(ok);
        assert_eq!(out.trim(), format!("abridge {}", env!("CARGO_PKG_VERSION")));
    }
}

#[test]
fn a_limit_below_a_mebibyte_is_stated_in_bytes_only() {
    // Not "(0 MiB)": the limit is stated in bytes, as it was given.
    let (ok, _, err) = abridge(&["--max-input-bytes", "10", "-"], ARTICLE);
    assert!(!ok);
    assert!(err.contains("the input limit is 10 bytes and"), "{err}");
    let (ok, _, err) = abridge(&["--max-input-bytes", "2097152", "-"], ARTICLE);
    assert!(ok, "{err}");
}
