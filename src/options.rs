//! What the caller may ask for, validated in one place for Rust, the CLI and JS.

use crate::document::Format;
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
}

/// Inputs larger than this are refused with an error rather than analysed slowly.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;
const MAX_COUNT: usize = 1000;

impl Default for Options {
    fn default() -> Options {
        Options {
            format: Format::Auto,
            language: None,
            budget: Budget::Sentences(3),
            keyphrases: 10,
            tags: 8,
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

    /// Checks ranges, so options built in Rust fail the same way as options from JS.
    pub(crate) fn validate(&self) -> Result<(), Error> {
        match self.budget {
            Budget::Sentences(n) => count("sentences", n)?,
            Budget::MaxWords(n) => count("maxWords", n)?,
            Budget::Ratio(r) => {
                if !(r > 0.0 && r <= 1.0) {
                    return Err(Error::new(format!(
                        "option `ratio` must be a number in (0, 1], got {r}"
                    )));
                }
            }
        }
        count("keyphrases", self.keyphrases)?;
        count("tags", self.tags)?;
        if let Some(code) = &self.language {
            if crate::lang::Language::from_code(code).is_none() {
                return Err(Error::new(format!(
                    "option `language` must be \"auto\" or one of {}, got \"{code}\"",
                    crate::lang::Language::supported_codes()
                )));
            }
        }
        Ok(())
    }
}

fn count(name: &str, n: usize) -> Result<(), Error> {
    if n > MAX_COUNT {
        return Err(Error::new(format!(
            "option `{name}` must be at most {MAX_COUNT}, got {n}"
        )));
    }
    Ok(())
}

/// An option's raw value before it is checked, so errors can name the field.
enum Raw {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    Other,
}

/// By hand rather than `#[serde(untagged)]`, which tries each variant in turn: in wasm every
/// failed try builds a JS `Error`, a cost paid on every call.
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
            Raw::Number(n) => n.to_string(),
            Raw::Text(s) => format!("{s:?}"),
            Raw::Other => "an object or array".into(),
        }
    }
}

fn whole(name: &str, raw: &Raw) -> Result<usize, String> {
    match raw {
        Raw::Number(n) if *n >= 0.0 && n.fract() == 0.0 && *n <= MAX_COUNT as f64 => {
            Ok(*n as usize)
        }
        _ => Err(format!(
            "option `{name}` must be a whole number from 0 to {MAX_COUNT}, got {}",
            raw.describe()
        )),
    }
}

/// Options arrive from JS and JSON as a loose object: unknown fields, wrong types and
/// conflicting budgets are reported by name. `null`/`undefined` mean "use the default".
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
                let mut options = Options::default();
                let mut budget_from: Option<String> = None;
                while let Some(key) = map.next_key::<String>()? {
                    let raw: Raw = map.next_value()?;
                    if matches!(raw, Raw::Null) {
                        continue;
                    }
                    let fail = |m: String| de::Error::custom(m);
                    let mut set_budget = |b: Budget, name: &str| {
                        if let Some(prev) = &budget_from {
                            return Err(fail(format!(
                                "options `{prev}` and `{name}` both set the summary length; use one"
                            )));
                        }
                        budget_from = Some(name.to_string());
                        options.budget = b;
                        Ok(())
                    };
                    match key.as_str() {
                        "sentences" => {
                            set_budget(Budget::Sentences(whole("sentences", &raw).map_err(fail)?), "sentences")?
                        }
                        "maxWords" => {
                            set_budget(Budget::MaxWords(whole("maxWords", &raw).map_err(fail)?), "maxWords")?
                        }
                        "ratio" => match raw {
                            Raw::Number(r) if r > 0.0 && r <= 1.0 => set_budget(Budget::Ratio(r), "ratio")?,
                            _ => {
                                return Err(fail(format!(
                                    "option `ratio` must be a number in (0, 1], got {}",
                                    raw.describe()
                                )))
                            }
                        },
                        "keyphrases" => options.keyphrases = whole("keyphrases", &raw).map_err(fail)?,
                        "tags" => options.tags = whole("tags", &raw).map_err(fail)?,
                        "format" => {
                            options.format = match &raw {
                                Raw::Text(s) => Format::parse(s),
                                _ => None,
                            }
                            .ok_or_else(|| {
                                fail(format!(
                                    "option `format` must be one of \"auto\", \"text\", \"html\", \"markdown\", got {}",
                                    raw.describe()
                                ))
                            })?
                        }
                        "language" => match &raw {
                            Raw::Text(s) => options = options.language(s),
                            _ => {
                                return Err(fail(format!(
                                    "option `language` must be a string such as \"auto\" or \"en\", got {}",
                                    raw.describe()
                                )))
                            }
                        },
                        other => {
                            return Err(fail(format!(
                                "unknown option `{other}`; known options are format, language, sentences, ratio, maxWords, keyphrases, tags"
                            )))
                        }
                    }
                }
                options
                    .validate()
                    .map_err(|e| de::Error::custom(e.message()))?;
                Ok(options)
            }
        }
        deserializer.deserialize_any(OptionsVisitor)
    }
}
