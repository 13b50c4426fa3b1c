//! Main-content extraction on real pages (tests/fixtures/pages, see its README): each page's
//! must and must-not snippets, and floors on word-bag precision and recall against the
//! expected article text.

use abridge::{ingest::ingest, Format};
use std::collections::HashMap;
use std::fs;
use std::path::Path;

/// Lowercase words (runs of letters and digits) with their counts.
fn words(text: &str) -> HashMap<String, usize> {
    let mut bag = HashMap::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *bag.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    bag
}

/// The text of `expected.html`: tags out, the few character references it uses decoded.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    for (entity, c) in [
        ("&amp;", "&"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&nbsp;", " "),
    ] {
        out = out.replace(entity, c);
    }
    out
}

/// Word-bag precision and recall of `got` against `want`.
fn precision_recall(got: &str, want: &str) -> (f64, f64) {
    let (got, want) = (words(got), words(want));
    let common: usize = got
        .iter()
        .map(|(w, n)| (*n).min(*want.get(w).unwrap_or(&0)))
        .sum();
    let total = |bag: &HashMap<String, usize>| bag.values().sum::<usize>().max(1) as f64;
    (common as f64 / total(&got), common as f64 / total(&want))
}

#[test]
fn real_pages() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages");
    let mut pages = 0;
    let mut failures = Vec::new();
    for entry in fs::read_dir(&dir).unwrap() {
        let page = entry.unwrap().path();
        if !page.is_dir() {
            continue;
        }
        pages += 1;
        let name = page.file_name().unwrap().to_string_lossy().to_string();
        let source = fs::read_to_string(page.join("source.html")).unwrap();
        let expected = text_of(&fs::read_to_string(page.join("expected.html")).unwrap());
        let checks = fs::read_to_string(page.join("checks.txt")).unwrap();
        // A page in another language is read by the languages build only.
        if checks.lines().any(|l| l == "languages") && !cfg!(feature = "languages") {
            continue;
        }
        let doc = ingest(&source, Format::Auto, None);
        let (mut min_precision, mut min_recall) = (0.9, 0.8);
        for line in checks.lines() {
            if let Some(snippet) = line.strip_prefix("+ ") {
                if !doc.text.contains(snippet) {
                    failures.push(format!("{name}: lost {snippet:?}"));
                }
            } else if let Some(snippet) = line.strip_prefix("- ") {
                if doc.text.contains(snippet) {
                    failures.push(format!("{name}: kept {snippet:?}"));
                }
            } else if let Some(author) = line.strip_prefix("author ") {
                if doc.metadata.author.as_deref() != Some(author) {
                    failures.push(format!("{name}: author {:?}", doc.metadata.author));
                }
            } else if let Some(floor) = line.strip_prefix("recall ") {
                min_recall = floor.parse().unwrap();
            } else if let Some(floor) = line.strip_prefix("precision ") {
                min_precision = floor.parse().unwrap();
            }
        }
        let (p, r) = precision_recall(&doc.text, &expected);
        if p < min_precision || r < min_recall {
            failures.push(format!("{name}: precision {p:.3} recall {r:.3}"));
        }
    }
    assert!(pages >= 7, "the corpus is missing: {}", dir.display());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
