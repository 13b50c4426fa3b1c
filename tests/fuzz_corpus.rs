//! The quick pass over the fuzz targets, in `make test` without nightly: every committed
//! input under `fuzz/seeds/<target>/` and `fuzz/regressions/<target>/` (minimised crashes
//! whose fix is in) goes through the very code the fuzz target runs (`fuzz/common.rs`): a
//! wasm-sized stack, the documented invariants and the cost oracle. The fuzzers themselves
//! run by hand, see README.md, "Fuzzing".

#[path = "../fuzz/common.rs"]
mod common;

use std::path::Path;

/// Runs every file of `fuzz/<dir>/<target>/` through `unit`; names the files that failed.
fn replay(dir: &str, target: &str, unit: fn(&[u8])) -> usize {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(dir)
        .join(target);
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return 0;
    };
    let mut paths: Vec<_> = entries
        .map(|e| e.expect("a directory entry").path())
        .collect();
    paths.sort();
    let failed: Vec<String> = paths
        .iter()
        .filter(|path| {
            let data = std::fs::read(path).expect("a corpus file");
            std::panic::catch_unwind(|| unit(&data)).is_err()
        })
        .map(|path| path.display().to_string())
        .collect();
    assert!(
        failed.is_empty(),
        "failed (see the panics above): {failed:?}"
    );
    paths.len()
}

fn replay_all(target: &str, unit: fn(&[u8])) {
    let seeds = replay("seeds", target, unit);
    replay("regressions", target, unit);
    assert!(seeds > 0, "no seeds for {target}");
}

#[test]
fn ingest_corpus() {
    replay_all("ingest", common::ingest);
}

#[test]
fn analyze_json_corpus() {
    replay_all("analyze_json", common::analyze_json);
}

/// The article target's inputs are generator choices, not text: besides its regressions it
/// replays a fixed set of pseudo-random byte strings (xorshift, so every run is the same).
#[test]
fn article_corpus() {
    replay("seeds", "article", common::article);
    replay("regressions", "article", common::article);
    let mut state = 0x2545_F491_4F6C_DD1D_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..48 {
        let len = (next() % 1024) as usize;
        let data: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        common::article(&data);
    }
}

/// Not a check but the tool that keeps an `article` crash: run with
/// `cargo test --test fuzz_corpus -- --ignored article_crashes`, it writes each input in
/// `fuzz/artifacts/article/` as an `analyze_json` input (`<name>.analyze_json`), the form
/// to minimise and commit under `fuzz/regressions/analyze_json/` (it survives changes to the
/// generator).
#[test]
#[ignore]
fn article_crashes_as_analyze_json_inputs() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/artifacts/article");
    for entry in std::fs::read_dir(folder).into_iter().flatten() {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_none() {
            let data = std::fs::read(&path).expect("a crash input");
            if let Some(input) = common::article_as_analyze_json(&data) {
                std::fs::write(path.with_extension("analyze_json"), input).expect("write");
            }
        }
    }
}
