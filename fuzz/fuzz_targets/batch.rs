//! The CLI's batch reader: any bytes, cut into lines with a small line limit, each line
//! giving exactly one JSON object with an `id` and either an analysis or an `error`.
//!
//!     cargo +nightly fuzz run batch -- -dict=fuzz/batch.dict -max_len=65536
#![no_main]

use abridge::cli::{batch_line, LineReader};
use abridge::Options;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the line limit, so lines over it are common too.
    let Some((&limit, data)) = data.split_first() else {
        return;
    };
    let limit = 16 + usize::from(limit) * 64;
    let options = Options::default().keyphrases(3);
    let mut reader = LineReader::new(data, limit);
    let mut line = Vec::new();
    let mut lines = 0;
    while reader
        .read_line(&mut line)
        .expect("reading a slice cannot fail")
    {
        lines += 1;
        assert!(
            line.len() <= limit + 1,
            "a line is held only up to the limit"
        );
        let out = batch_line(&line, &options, limit);
        assert!(!out.contains('\n'), "one output line per input line");
        let value: serde_json::Value = serde_json::from_str(&out).expect("the output is JSON");
        assert!(value.get("id").is_some(), "{out}");
        assert!(
            value.get("error").is_some() != value.get("text").is_some(),
            "an analysis or an error: {out}"
        );
    }
    let expected =
        data.split(|&b| b == b'\n').count() - usize::from(data.last().is_none_or(|&b| b == b'\n'));
    assert_eq!(lines, expected, "every line is read, none invented");
});
