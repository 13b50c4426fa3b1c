//! The one error type: opaque, with a message a user can act on. Every message the engine
//! and the CLI give is worded here, so they read alike and change together.

use std::fmt;

/// Why `analyze` (or the CLI's input handling) refused its input or options.
///
/// The message names what was wrong (the option and the value, or the input size)
/// and is meant to be shown to a developer as is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    message: String,
}

impl Error {
    fn new(message: impl Into<String>) -> Error {
        Error {
            message: message.into(),
        }
    }

    /// The user-facing message.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// `option` is shown as the caller wrote it (`maxWords` from JS, `--max-words` from the
    /// CLI); `expected` comes from the option table, `got` describes the value given.
    pub(crate) fn invalid_option(option: &str, expected: &str, got: &str) -> Error {
        Error::new(format!("option `{option}` must be {expected}, got {got}"))
    }

    pub(crate) fn unknown_option(option: &str, known: &str) -> Error {
        let option = clipped(option);
        Error::new(format!(
            "unknown option `{option}`; known options are {known}"
        ))
    }

    pub(crate) fn conflicting_budgets(first: &str, second: &str) -> Error {
        Error::new(format!(
            "options `{first}` and `{second}` both set the summary length; use one"
        ))
    }

    /// `len` is `None` when reading stopped at the limit, so the full size is unknown.
    pub(crate) fn input_too_large(len: Option<usize>, limit: usize) -> Error {
        let size = match len {
            Some(len) => format!("{len} bytes"),
            None => "larger than that".to_string(),
        };
        Error::new(format!(
            "the input limit is {limit} bytes and the input is {size}: split the article or pass only its body"
        ))
    }
}

/// The CLI's inputs: the reasons a file is refused or a batch line gets `{"id", "error"}`.
#[cfg(feature = "cli")]
impl Error {
    pub(crate) fn malformed_json(detail: &str) -> Error {
        Error::new(format!("malformed JSON: {detail}"))
    }

    pub(crate) fn not_utf8(valid_up_to: usize) -> Error {
        Error::new(format!(
            "the line is not valid UTF-8 (first bad byte at offset {valid_up_to})"
        ))
    }

    /// A UTF-16 byte order mark where a line starts: Windows PowerShell's `>` writes UTF-16.
    pub(crate) fn utf16_batch() -> Error {
        Error::new(
            "the input is UTF-16 (it starts with a UTF-16 byte order mark): batch reads UTF-8 JSON lines; save it as UTF-8",
        )
    }

    pub(crate) fn no_text() -> Error {
        Error::new("the line has no \"text\" string")
    }

    pub(crate) fn line_too_large(limit: usize) -> Error {
        Error::new(format!("the line is over {limit} bytes; it was skipped"))
    }

    pub(crate) fn read_failed(e: &std::io::Error) -> Error {
        Error::new(format!("could not read the input: {e}"))
    }

    pub(crate) fn internal() -> Error {
        Error::new("internal error while analysing this line (please report it)")
    }
}

/// The JS binding's own checks, before the engine sees its arguments.
#[cfg(target_arch = "wasm32")]
impl Error {
    /// `got` is the value's `typeof`, or "null".
    pub(crate) fn input_not_string(got: &str) -> Error {
        Error::new(format!("input must be a string, got {got}"))
    }

    pub(crate) fn options_not_object() -> Error {
        Error::new("options must be an object such as { sentences: 3 }")
    }
}

/// How many characters of a caller's option name or text a message repeats: a hostile
/// megabyte-long name is not worth a megabyte-long message.
const QUOTED_CHARS: usize = 60;

/// `text` cut after [`QUOTED_CHARS`] characters, marked with "…".
fn clipped(text: &str) -> String {
    match text.char_indices().nth(QUOTED_CHARS) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// A caller's text value as messages quote it: clipped, in double quotes with JSON's escapes,
/// which read the same to a JS caller and a JSON one (Rust's `{:?}` writes `\u{301}`).
pub(crate) fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in clipped(text).chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
