//! The `abridge` command as a user runs it: files in, JSON out; batch lines in order, bad
//! lines reported in place.

use std::io::Write;
use std::process::{Command, Stdio};

fn abridge(args: &[&str], stdin: &str) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_abridge"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
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

#[test]
fn bad_options_exit_with_a_message() {
    let (ok, _, err) = abridge(&["batch", "--sentences", "many"], "");
    assert!(!ok);
    assert!(err.contains("--sentences"), "{err}");
    let (ok, _, err) = abridge(&["batch", "--ratio", "2"], "");
    assert!(!ok);
    assert!(err.contains("ratio"), "{err}");
}
