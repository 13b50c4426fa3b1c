//! What the caller may ask for, validated in one place for Rust, the CLI and JS.
//!
//! [`OPTIONS`] is the one table of option names, kinds, ranges, defaults and doc text: the
//! JS reader (`src/wasm.rs`), the JSON deserializer, the error messages, the CLI's flags and
//! help read it, and a test checks the TypeScript `Options` type in `src/wasm.rs` against it.

use crate::document::Format;
use crate::lang::Language;
use crate::Error;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::fmt;

/// How long the summary is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Budget {
    /// At most this many sentences.
    Sentences(usize),
    /// This share of the article's sentences, in (0, 1], at least one.
    Ratio(f64),
    /// Whole sentences up to this many words (at least one sentence).
    MaxWords(usize),
}

/// Options for [`analyze`](crate::analyze). `Options::default()` gives a 3-sentence
/// summary, 10 keyphrases and 8 tags, with format and language detected.
///
/// ```
/// let options = abridge::Options::default().sentences(2).keyphrases(5);
/// assert_eq!(options.budget(), abridge::Budget::Sentences(2));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    format: Format,
    language: Option<String>,
    budget: Budget,
    keyphrases: usize,
    tags: usize,
    max_input_bytes: usize,
}

/// The default input limit: inputs larger than this (in bytes of UTF-8) are refused with an
/// error rather than analysed. `maxInputBytes` sets another, up to [`MAX_INPUT_CEILING`].
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;
/// The largest input limit `maxInputBytes` may set: analysis holds about 15–40 bytes of
/// memory per input byte, and wasm32 has 4 GiB.
pub const MAX_INPUT_CEILING: usize = 64 * 1024 * 1024;
/// The largest `sentences`, `keyphrases` and `tags`.
pub const MAX_COUNT: usize = 1000;
/// The largest `maxWords`: a thousand sentences of ten words.
pub const MAX_WORDS: usize = 10_000;

/// What values an option takes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// A whole number from 0 to `max`.
    Count { max: usize },
    /// A share in (0, 1].
    Share,
    /// A [`Format`] by name: `"auto"`, `"text"`, `"html"` or `"markdown"`.
    Format,
    /// `"auto"` or the ISO 639-1 code of a supported language.
    Language,
}

/// One option: its names, the values it takes and what it does.
#[derive(Debug)]
pub struct OptionSpec {
    /// The name in JS and JSON (camelCase).
    pub name: &'static str,
    /// The CLI flag, without the leading `--`.
    pub flag: &'static str,
    pub kind: Kind,
    /// The default as JSON text (`"3"`, `"\"auto\""`), or `None` when unset by default.
    /// Like `doc`, not in the wasm: only the CLI's help reads it (the TypeScript docs are
    /// written out in `wasm.rs`, checked against this table natively).
    #[cfg(not(target_arch = "wasm32"))]
    pub default: Option<&'static str>,
    /// One sentence for help texts and the TypeScript docs.
    #[cfg(not(target_arch = "wasm32"))]
    pub doc: &'static str,
    field: Field,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Field {
    Format,
    Language,
    Sentences,
    Ratio,
    MaxWords,
    Keyphrases,
    Tags,
    MaxInputBytes,
}

/// Every option, in the order help texts list them. `sentences`, `ratio` and `maxWords`
/// all set the summary length: at most one may be given.
pub const OPTIONS: &[OptionSpec] = &[
    OptionSpec {
        name: "format",
        flag: "format",
        kind: Kind::Format,
        #[cfg(not(target_arch = "wasm32"))]
        default: Some("\"auto\""),
        #[cfg(not(target_arch = "wasm32"))]
        doc: "How to read the input; \"auto\" detects HTML, Markdown or plain text.",
        field: Field::Format,
    },
    OptionSpec {
        name: "language",
        flag: "language",
        kind: Kind::Language,
        #[cfg(not(target_arch = "wasm32"))]
        default: Some("\"auto\""),
        #[cfg(not(target_arch = "wasm32"))]
        doc: "The article's language as an ISO 639-1 code or a BCP 47 tag (\"en-US\"); \"auto\" detects it.",
        field: Field::Language,
    },
    OptionSpec {
        name: "sentences",
        flag: "sentences",
        kind: Kind::Count { max: MAX_COUNT },
        #[cfg(not(target_arch = "wasm32"))]
        default: Some("3"),
        #[cfg(not(target_arch = "wasm32"))]
        doc: "Summary length: at most this many sentences.",
        field: Field::Sentences,
    },
    OptionSpec {
        name: "ratio",
        flag: "ratio",
        kind: Kind::Share,
        #[cfg(not(target_arch = "wasm32"))]
        default: None,
        #[cfg(not(target_arch = "wasm32"))]
        doc: "Summary length: this share of the article's sentences (at least one sentence).",
        field: Field::Ratio,
    },
    OptionSpec {
        name: "maxWords",
        flag: "max-words",
        kind: Kind::Count { max: MAX_WORDS },
        #[cfg(not(target_arch = "wasm32"))]
        default: None,
        #[cfg(not(target_arch = "wasm32"))]
        doc: "Summary length: whole sentences up to this many words (at least one sentence).",
        field: Field::MaxWords,
    },
    OptionSpec {
        name: "keyphrases",
        flag: "keyphrases",
        kind: Kind::Count { max: MAX_COUNT },
        #[cfg(not(target_arch = "wasm32"))]
        default: Some("10"),
        #[cfg(not(target_arch = "wasm32"))]
        doc: "How many keyphrases to return.",
        field: Field::Keyphrases,
    },
    OptionSpec {
        name: "tags",
        flag: "tags",
        kind: Kind::Count { max: MAX_COUNT },
        #[cfg(not(target_arch = "wasm32"))]
        default: Some("8"),
        #[cfg(not(target_arch = "wasm32"))]
        doc: "How many tags to return.",
        field: Field::Tags,
    },
    OptionSpec {
        name: "maxInputBytes",
        flag: "max-input-bytes",
        kind: Kind::Count { max: MAX_INPUT_CEILING },
        #[cfg(not(target_arch = "wasm32"))]
        default: Some("16777216"),
        #[cfg(not(target_arch = "wasm32"))]
        doc: "Inputs longer than this many bytes of UTF-8 are refused with an error.",
        field: Field::MaxInputBytes,
    },
];

impl Kind {
    /// What a valid value looks like, as error messages and help texts say it.
    pub fn expected(self) -> String {
        match self {
            Kind::Count { max } => format!("a whole number from 0 to {max}"),
            Kind::Share => "a number in (0, 1]".to_string(),
            Kind::Format => one_of(Format::NAMES),
            Kind::Language => format!("\"auto\" or {}", one_of(Language::CODES)),
        }
    }

    fn check(self, raw: &Raw) -> Option<Value> {
        Some(match (self, raw) {
            (Kind::Count { max }, &Raw::Number(n))
                if n >= 0.0 && n.fract() == 0.0 && n <= max as f64 =>
            {
                Value::Count(n as usize)
            }
            (Kind::Share, &Raw::Number(r)) if r > 0.0 && r <= 1.0 => Value::Share(r),
            (Kind::Format, Raw::Text(s)) => Value::Format(Format::parse(s)?),
            (Kind::Language, Raw::Text(s)) if s == "auto" => Value::Language(None),
            // A BCP 47 tag ("en-US") names its primary language.
            (Kind::Language, Raw::Text(s)) => {
                let code = crate::lang::language_of_tag(s)?;
                Language::from_code(code)?;
                Value::Language(Some(code.to_string()))
            }
            _ => return None,
        })
    }
}

fn one_of(names: &[&str]) -> String {
    let quoted = format!("\"{}\"", names.join("\", \""));
    match names.len() {
        1 => quoted,
        _ => format!("one of {quoted}"),
    }
}

/// A value that passed its kind's check.
enum Value {
    Count(usize),
    Share(f64),
    Format(Format),
    Language(Option<String>),
}

/// How an error names an option: as JS/JSON writes it or as a CLI flag.
#[derive(Clone, Copy)]
enum Naming {
    Js,
    Cli,
}

impl OptionSpec {
    fn shown(&self, naming: Naming) -> String {
        match naming {
            Naming::Js => self.name.to_string(),
            Naming::Cli => format!("--{}", self.flag),
        }
    }

    fn is_budget(&self) -> bool {
        matches!(
            self.field,
            Field::Sentences | Field::Ratio | Field::MaxWords
        )
    }
}

/// Options set one at a time by name, noting which option set the summary length.
pub(crate) struct Builder {
    options: Options,
    budget_from: Option<&'static OptionSpec>,
    naming: Naming,
}

impl Builder {
    fn new(naming: Naming) -> Builder {
        Builder {
            options: Options::default(),
            budget_from: None,
            naming,
        }
    }

    /// A builder for a loose object's entries, as JS and JSON give them.
    pub(crate) fn for_object() -> Builder {
        Builder::new(Naming::Js)
    }

    /// One entry of a loose object: unknown keys and bad values are errors that name the
    /// key; `null` (and JS `undefined`) keeps the default.
    pub(crate) fn entry(&mut self, key: &str, raw: &Raw) -> Result<(), Error> {
        let spec = OPTIONS
            .iter()
            .find(|s| s.name == key)
            .ok_or_else(|| Error::unknown_option(key, &known(Naming::Js)))?;
        match raw {
            Raw::Null => Ok(()),
            _ => self.set(spec, raw, None),
        }
    }

    pub(crate) fn finish(self) -> Options {
        self.options
    }

    /// `got` describes the value for the error message; it defaults to `raw`'s own.
    fn set(
        &mut self,
        spec: &'static OptionSpec,
        raw: &Raw,
        got: Option<&str>,
    ) -> Result<(), Error> {
        let value = spec.kind.check(raw).ok_or_else(|| {
            let got = got.map_or_else(|| raw.describe(), str::to_string);
            Error::invalid_option(&spec.shown(self.naming), &spec.kind.expected(), &got)
        })?;
        if spec.is_budget() {
            if let Some(prev) = self.budget_from {
                return Err(Error::conflicting_budgets(
                    &prev.shown(self.naming),
                    &spec.shown(self.naming),
                ));
            }
            self.budget_from = Some(spec);
        }
        let o = &mut self.options;
        match (spec.field, value) {
            (Field::Format, Value::Format(f)) => o.format = f,
            (Field::Language, Value::Language(code)) => o.language = code,
            (Field::Sentences, Value::Count(n)) => o.budget = Budget::Sentences(n),
            (Field::Ratio, Value::Share(r)) => o.budget = Budget::Ratio(r),
            (Field::MaxWords, Value::Count(n)) => o.budget = Budget::MaxWords(n),
            (Field::Keyphrases, Value::Count(n)) => o.keyphrases = n,
            (Field::Tags, Value::Count(n)) => o.tags = n,
            (Field::MaxInputBytes, Value::Count(n)) => o.max_input_bytes = n,
            _ => unreachable!("each field's kind yields its value"),
        }
        Ok(())
    }
}

fn known(naming: Naming) -> String {
    // Pushed one by one: a join of `String`s would be the wasm's second copy of `join`.
    let mut names = String::new();
    for spec in OPTIONS {
        if !names.is_empty() {
            names.push_str(", ");
        }
        names.push_str(&spec.shown(naming));
    }
    names
}

impl Default for Options {
    fn default() -> Options {
        Options {
            format: Format::Auto,
            language: None,
            budget: Budget::Sentences(3),
            keyphrases: 10,
            tags: 8,
            max_input_bytes: MAX_INPUT_BYTES,
        }
    }
}

impl Options {
    pub fn format(mut self, format: Format) -> Options {
        self.format = format;
        self
    }
    /// An ISO 639-1 code, or "auto".
    pub fn language(mut self, code: &str) -> Options {
        self.language = (code != "auto").then(|| code.to_string());
        self
    }
    pub fn sentences(mut self, n: usize) -> Options {
        self.budget = Budget::Sentences(n);
        self
    }
    pub fn ratio(mut self, ratio: f64) -> Options {
        self.budget = Budget::Ratio(ratio);
        self
    }
    pub fn max_words(mut self, n: usize) -> Options {
        self.budget = Budget::MaxWords(n);
        self
    }
    pub fn keyphrases(mut self, n: usize) -> Options {
        self.keyphrases = n;
        self
    }
    pub fn tags(mut self, n: usize) -> Options {
        self.tags = n;
        self
    }
    /// The input limit in bytes of UTF-8 (default [`MAX_INPUT_BYTES`]).
    pub fn max_input_bytes(mut self, n: usize) -> Options {
        self.max_input_bytes = n;
        self
    }

    pub fn get_format(&self) -> Format {
        self.format
    }
    pub fn get_language(&self) -> Option<&str> {
        self.language.as_deref()
    }
    pub fn budget(&self) -> Budget {
        self.budget
    }
    pub fn keyphrase_count(&self) -> usize {
        self.keyphrases
    }
    pub fn tag_count(&self) -> usize {
        self.tags
    }
    pub fn input_limit(&self) -> usize {
        self.max_input_bytes
    }

    /// Options from command-line flags: `(flag without "--", value)` pairs, each flag one of
    /// [`OPTIONS`]. Numbers are parsed strictly: `nan`, `inf` and `1e400` are refused with a
    /// message naming the flag, as are values out of range and two summary lengths.
    pub fn from_args<'a>(
        args: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Options, Error> {
        let mut builder = Builder::new(Naming::Cli);
        for (flag, value) in args {
            let spec = OPTIONS
                .iter()
                .find(|s| s.flag == flag)
                .ok_or_else(|| Error::unknown_option(&format!("--{flag}"), &known(Naming::Cli)))?;
            let raw = match spec.kind {
                Kind::Count { .. } | Kind::Share => value
                    .trim()
                    .parse()
                    .map_or_else(|_| Raw::Text(value.to_string()), Raw::Number),
                Kind::Format | Kind::Language => Raw::Text(value.to_string()),
            };
            builder.set(spec, &raw, Some(&crate::error::quoted(value)))?;
        }
        Ok(builder.options)
    }

    /// This options with the format set by name, as a batch line's `"format"` field gives
    /// it (`null` keeps the current one); errors name the option as JSON does.
    #[cfg(feature = "cli")]
    pub(crate) fn with_format_value(&self, value: &serde_json::Value) -> Result<Options, Error> {
        let spec = OPTIONS
            .iter()
            .find(|s| s.field == Field::Format)
            .expect("in the table");
        let raw = match value {
            serde_json::Value::Null => return Ok(self.clone()),
            serde_json::Value::String(s) => Raw::Text(s.clone()),
            serde_json::Value::Number(n) => Raw::Number(n.as_f64().unwrap_or(f64::NAN)),
            serde_json::Value::Bool(b) => Raw::Bool(*b),
            _ => Raw::Other,
        };
        let mut builder = Builder::new(Naming::Js);
        builder.set(spec, &raw, None)?;
        Ok(self.clone().format(builder.options.format))
    }

    /// Checks ranges against [`OPTIONS`], so options built in Rust fail the same way as
    /// options from JS.
    pub(crate) fn validate(&self) -> Result<(), Error> {
        let mut builder = Builder::new(Naming::Js);
        for spec in OPTIONS {
            let raw = match (spec.field, self.budget) {
                (Field::Format, _) => continue,
                (Field::Language, _) => match &self.language {
                    Some(code) => Raw::Text(code.clone()),
                    None => continue,
                },
                (Field::Sentences, Budget::Sentences(n))
                | (Field::MaxWords, Budget::MaxWords(n)) => Raw::Number(n as f64),
                (Field::Ratio, Budget::Ratio(r)) => Raw::Number(r),
                (Field::Keyphrases, _) => Raw::Number(self.keyphrases as f64),
                (Field::Tags, _) => Raw::Number(self.tags as f64),
                (Field::MaxInputBytes, _) => Raw::Number(self.max_input_bytes as f64),
                _ => continue,
            };
            builder.set(spec, &raw, None)?;
        }
        Ok(())
    }
}

/// An option's raw value before it is checked, so errors can name the field.
pub(crate) enum Raw {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    /// An object, array or binary data.
    Other,
    /// A value the reader could not read at all (a BigInt beyond 64 bits, a symbol): why.
    Unsupported(String),
}

/// JSON's values (the CLI; the wasm binding reads JS values itself). By hand rather than
/// `#[serde(untagged)]`, which buffers the value and tries each variant in turn.
impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Raw, D::Error> {
        struct RawVisitor;
        impl<'de> Visitor<'de> for RawVisitor {
            type Value = Raw;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Raw, E> {
                Ok(Raw::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<Raw, E> {
                Ok(Raw::Null)
            }
            fn visit_bool<E: de::Error>(self, b: bool) -> Result<Raw, E> {
                Ok(Raw::Bool(b))
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Raw, E> {
                Ok(Raw::Number(n))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Raw, E> {
                Ok(Raw::Number(n as f64))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Raw, E> {
                Ok(Raw::Number(n as f64))
            }
            fn visit_i128<E: de::Error>(self, n: i128) -> Result<Raw, E> {
                Ok(Raw::Number(n as f64))
            }
            fn visit_u128<E: de::Error>(self, n: u128) -> Result<Raw, E> {
                Ok(Raw::Number(n as f64))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Raw, E> {
                Ok(Raw::Text(s.to_string()))
            }
            fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Raw, E> {
                Ok(Raw::Other)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(Raw::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
                while map
                    .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Raw::Other)
            }
        }
        deserializer.deserialize_any(RawVisitor)
    }
}

impl Raw {
    fn describe(&self) -> String {
        match self {
            Raw::Null => "null".into(),
            Raw::Bool(b) => b.to_string(),
            Raw::Number(n) => number_text(*n),
            Raw::Text(s) => crate::error::quoted(s),
            Raw::Other => "an object, array or binary data".into(),
            Raw::Unsupported(why) => format!("an unsupported value ({why})"),
        }
    }
}

/// A number as messages write it: decimals in full (`1e21` as `1000000000000000000000`), and
/// the values JSON lacks as JS names them (`Infinity`, `-Infinity`, `NaN`), since only a JS
/// caller can give them; Rust's `inf` would read as a typo there.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn number_text(n: f64) -> String {
    match n {
        f64::INFINITY => "Infinity".into(),
        f64::NEG_INFINITY => "-Infinity".into(),
        _ => n.to_string(),
    }
}

/// The same text as the native build's, built from JS's `String(n)`: Rust's float formatting
/// would add ~15 KB to the wasm for error messages alone. Both pick the shortest digits that
/// round-trip.
#[cfg(target_arch = "wasm32")]
pub(crate) fn number_text(n: f64) -> String {
    // "Infinity", "NaN" and plain decimals read the same; JS writes -0 as "0", as messages
    // from JS always have.
    let js = js_sys::Number::from(n)
        .to_string_with_radix(10)
        .map(String::from);
    let js = js.unwrap_or_default();
    let Some((mantissa, exp)) = js.split_once('e') else {
        return js;
    };
    // "-1.25e+21", "5e-7": write the exponent out as zeros.
    let (sign, mantissa) = mantissa
        .strip_prefix('-')
        .map_or(("", mantissa), |m| ("-", m));
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int}{frac}");
    let point = int.len() as i64 + exp.parse::<i64>().unwrap_or(0);
    let zeros = |k: i64| "0".repeat(k.max(0) as usize);
    if point <= 0 {
        format!("{sign}0.{}{digits}", zeros(-point))
    } else if point as usize >= digits.len() {
        format!("{sign}{digits}{}", zeros(point - digits.len() as i64))
    } else {
        let (a, b) = digits.split_at(point as usize);
        format!("{sign}{a}.{b}")
    }
}

/// Options arrive from JSON as a loose object (JS objects are read in `src/wasm.rs`): unknown
/// fields, wrong types and conflicting budgets are reported by name. `null`/`undefined` mean "use the default".
impl<'de> Deserialize<'de> for Options {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Options, D::Error> {
        struct OptionsVisitor;
        impl<'de> Visitor<'de> for OptionsVisitor {
            type Value = Options;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an options object")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Options, E> {
                Ok(Options::default())
            }
            fn visit_none<E: de::Error>(self) -> Result<Options, E> {
                Ok(Options::default())
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Options, A::Error> {
                let mut builder = Builder::for_object();
                while let Some(key) = map.next_key::<String>()? {
                    // A value the deserializer cannot read at all still gets a message that
                    // names the option.
                    let raw = map
                        .next_value::<Raw>()
                        .unwrap_or_else(|e| Raw::Unsupported(e.to_string()));
                    builder
                        .entry(&key, &raw)
                        .map_err(|e| de::Error::custom(e.message()))?;
                }
                Ok(builder.finish())
            }
        }
        deserializer.deserialize_any(OptionsVisitor)
    }
}
