//! Fuzzing finds whose fix is pending on another branch: each input under `fuzz/pending/`
//! runs through its target's code (`fuzz/common.rs`) as the quick pass does. When the fix
//! lands, move the file to `fuzz/regressions/<target>/` (the quick pass then runs it in
//! `make test`) and delete its test here.

#[path = "../fuzz/common.rs"]
mod common;

fn pending(target: &str, name: &str) -> Vec<u8> {
    let path = format!("{}/fuzz/pending/{target}/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// "The talks began. U.S.-U.S.-…" (20 KB) in a paragraph: the tokenizer tokenizes the rest
/// of the sentence again for each "U.S.-" link, one recursion level per link, and overflows
/// the wasm-sized stack.
#[test]
#[ignore = "fixed on branch harden"]
fn dash_chain_in_html_stays_on_a_small_stack() {
    common::ingest(&pending("ingest", "dash-chain-in-html"));
}

/// The same chain in plain text (10 KB): re-tokenizing the rest per link is quadratic, 28x
/// ordinary text's CPU time in the fuzz build (a debug build overflows the stack first).
#[test]
#[ignore = "fixed on branch harden"]
fn dash_chain_in_text_costs_what_ordinary_text_does() {
    common::ingest(&pending("ingest", "dash-chain-in-text"));
}
