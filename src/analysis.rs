//! The result of [`analyze`](crate::analyze), serialized for JS and JSON with camelCase fields.
//!
//! Every offset (`start`, `end`) is a UTF-16 code-unit offset into [`Analysis::text`], so
//! `text.slice(start, end)` is exact in JavaScript. In Rust, use [`Analysis::slice`].

use crate::document::Metadata;
use serde::Serialize;

/// Everything abridge found in one article.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Analysis {
    pub title: Option<String>,
    pub metadata: Metadata,
    /// ISO 639-1 code of the article's language: the one named in the options, or under
    /// `"auto"` the one detected ([`crate::lang::detect`]); `"und"` (undetermined) when it is
    /// in a language or script abridge does not list, or too short or mixed to tell, which is
    /// read by statistics alone, as is every language but English in a build without the
    /// `languages` feature.
    pub language: String,
    /// The clean body text, paragraphs separated by a blank line; every offset indexes it.
    pub text: String,
    pub stats: Stats,
    /// Every sentence of `text` in document order, as offsets only (headings count as
    /// sentences); `summary[i].index` indexes this list.
    pub sentences: Vec<Span>,
    /// The summary sentences, in document order.
    pub summary: Vec<SummarySentence>,
    /// Best first.
    pub keyphrases: Vec<Keyphrase>,
    /// Best first.
    pub tags: Vec<Tag>,
}

impl Analysis {
    /// The text between two UTF-16 offsets of this analysis (lossy if they split a pair).
    pub fn slice(&self, start: usize, end: usize) -> String {
        let units: Vec<u16> = self
            .text
            .encode_utf16()
            .skip(start)
            .take(end.saturating_sub(start))
            .collect();
        String::from_utf16_lossy(&units)
    }
}

#[derive(Clone, Debug, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Stats {
    pub words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
    /// At 230 words a minute, rounded up; 0 for an empty article.
    pub reading_minutes: usize,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SummarySentence {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The sentence's position among all sentences of `text`, from 0.
    pub index: usize,
    /// In [0, 1]; 1 for the best sentence.
    pub score: f64,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Keyphrase {
    /// The most natural surface form seen in the text.
    pub text: String,
    /// In [0, 1]; 1 for the best keyphrase.
    pub score: f64,
    /// How many occurrences, variants included.
    pub count: usize,
    pub occurrences: Vec<Span>,
}

#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Tag {
    pub label: String,
    /// Lowercase ASCII letters, digits and hyphens (non-Latin letters are kept as they are).
    pub slug: String,
    pub kind: TagKind,
    /// In [0, 1].
    pub score: f64,
}

#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum TagKind {
    Person,
    Place,
    Organization,
    Topic,
}

/// The analysis as JSON text, as serde writes it (camelCase fields, `null` for a missing
/// title, absent metadata fields left out), for the JS binding, which hands it to
/// `JSON.parse`: serde's generic serializers cost the wasm ~3 KB brotli more than this writer.
/// Numbers are written as [`number_text`] gives them, with `null` for a non-finite one
/// (JSON has none, and serde_json writes `null` too).
#[cfg(any(target_arch = "wasm32", test))]
impl Analysis {
    pub(crate) fn to_json(&self) -> String {
        let mut json = Json(String::with_capacity(self.text.len() + 4096));
        json.open('{');
        json.key("title");
        match &self.title {
            Some(title) => json.str(title),
            None => json.0.push_str("null"),
        }
        json.key("metadata");
        json.open('{');
        let m = &self.metadata;
        for (key, value) in [("author", &m.author), ("date", &m.date)] {
            if let Some(value) = value {
                json.key(key);
                json.str(value);
            }
        }
        for (key, list) in [("categories", &m.categories), ("keywords", &m.keywords)] {
            if !list.is_empty() {
                json.key(key);
                json.strs(list.iter().map(String::as_str));
            }
        }
        for (key, value) in [
            ("description", &m.description),
            ("image", &m.image),
            ("url", &m.url),
            ("siteName", &m.site_name),
        ] {
            if let Some(value) = value {
                json.key(key);
                json.str(value);
            }
        }
        json.close('}');
        json.key("language");
        json.str(&self.language);
        json.key("text");
        json.str(&self.text);
        json.key("stats");
        json.open('{');
        let s = &self.stats;
        for (key, n) in [
            ("words", s.words),
            ("sentences", s.sentences),
            ("paragraphs", s.paragraphs),
            ("readingMinutes", s.reading_minutes),
        ] {
            json.key(key);
            json.uint(n);
        }
        json.close('}');
        json.key("sentences");
        json.spans(&self.sentences);
        json.key("summary");
        json.open('[');
        for sentence in &self.summary {
            json.open('{');
            json.key("text");
            json.str(&sentence.text);
            json.span(Span {
                start: sentence.start,
                end: sentence.end,
            });
            json.key("index");
            json.uint(sentence.index);
            json.key("score");
            json.num(sentence.score);
            json.close('}');
        }
        json.close(']');
        json.key("keyphrases");
        json.open('[');
        for keyphrase in &self.keyphrases {
            json.open('{');
            json.key("text");
            json.str(&keyphrase.text);
            json.key("score");
            json.num(keyphrase.score);
            json.key("count");
            json.uint(keyphrase.count);
            json.key("occurrences");
            json.spans(&keyphrase.occurrences);
            json.close('}');
        }
        json.close(']');
        json.key("tags");
        json.open('[');
        for tag in &self.tags {
            json.open('{');
            json.key("label");
            json.str(&tag.label);
            json.key("slug");
            json.str(&tag.slug);
            json.key("kind");
            json.str(match tag.kind {
                TagKind::Person => "person",
                TagKind::Place => "place",
                TagKind::Organization => "organization",
                TagKind::Topic => "topic",
            });
            json.key("score");
            json.num(tag.score);
            json.close('}');
        }
        json.close(']');
        json.close('}');
        json.0
    }
}

/// A JSON array of strings, for the JS binding's lists (summary texts, keyphrases, languages).
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) fn json_strings<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut json = Json(String::new());
    json.strs(items);
    json.0
}

/// JSON text being written: a comma goes before a value unless it opens a container or
/// follows a key.
#[cfg(any(target_arch = "wasm32", test))]
struct Json(String);

#[cfg(any(target_arch = "wasm32", test))]
impl Json {
    fn separate(&mut self) {
        if !matches!(self.0.as_bytes().last(), None | Some(b'{' | b'[' | b':')) {
            self.0.push(',');
        }
    }

    fn open(&mut self, bracket: char) {
        self.separate();
        self.0.push(bracket);
    }

    fn close(&mut self, bracket: char) {
        self.0.push(bracket);
    }

    fn key(&mut self, key: &str) {
        self.str(key);
        self.0.push(':');
    }

    fn str(&mut self, s: &str) {
        self.separate();
        self.0.push('"');
        let mut plain = 0; // start of the bytes not yet copied
        for (i, b) in s.bytes().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0..0x20 => "\\u00",
                _ => continue,
            };
            self.0.push_str(&s[plain..i]);
            self.0.push_str(escape);
            if b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t') {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.0.push(HEX[usize::from(b >> 4)] as char);
                self.0.push(HEX[usize::from(b & 15)] as char);
            }
            plain = i + 1;
        }
        self.0.push_str(&s[plain..]);
        self.0.push('"');
    }

    fn strs<'a>(&mut self, items: impl Iterator<Item = &'a str>) {
        self.open('[');
        for item in items {
            self.str(item);
        }
        self.close(']');
    }

    fn uint(&mut self, n: usize) {
        self.separate();
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut n = n;
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &d in &digits[at..] {
            self.0.push(d as char);
        }
    }

    fn num(&mut self, n: f64) {
        self.separate();
        if n.is_finite() {
            self.0.push_str(&crate::options::number_text(n));
        } else {
            self.0.push_str("null");
        }
    }

    fn span(&mut self, span: Span) {
        self.key("start");
        self.uint(span.start);
        self.key("end");
        self.uint(span.end);
    }

    fn spans(&mut self, spans: &[Span]) {
        self.open('[');
        for &span in spans {
            self.open('{');
            self.span(span);
            self.close('}');
        }
        self.close(']');
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    /// Same values, numbers compared as f64 (the writer gives `1` where serde gives `1.0`)
    /// to within serde_json's parsing, which may miss the nearest f64 by an ulp (JSON.parse
    /// does not; `numbers_read_back_exactly` checks the digits themselves).
    fn same(a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => {
                let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
                (x - y).abs() <= 4.0 * f64::EPSILON * x.abs().max(1.0)
            }
            (Value::Array(x), Value::Array(y)) => {
                x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
            }
            (Value::Object(x), Value::Object(y)) => {
                x.keys().eq(y.keys()) && x.values().zip(y.values()).all(|(x, y)| same(x, y))
            }
            _ => a == b,
        }
    }

    #[test]
    fn the_js_bindings_json_reads_as_serdes() {
        let article = "---\ntitle: \"Harbour \\\"works\\\" resume\"\nauthor: Ana Ruiz\n\
            categories: [Transport, City]\nkeywords: [ferry, harbour]\n---\n\
            The Lisbon harbour authority said on Monday that the ferry terminal will reopen \
            in May.\tEngineers from Porto replaced the pier's \\ back wall and a \u{1}stray \
            byte.\n\nThe ferry terminal serves twelve thousand passengers a day, and the \
            authority said the works cost \u{20ac}4 million. Ferry crews from Lisbon \
            welcomed the news.\n";
        let analysis = crate::analyze(article, &crate::Options::default()).unwrap();
        assert!(analysis.title.is_some() && !analysis.metadata.keywords.is_empty());
        assert!(!analysis.keyphrases.is_empty() && !analysis.tags.is_empty());
        let ours: Value = serde_json::from_str(&analysis.to_json()).unwrap();
        let serde = serde_json::to_value(&analysis).unwrap();
        assert!(same(&ours, &serde), "{ours}\n{serde}");

        let empty = crate::analyze("", &crate::Options::default()).unwrap();
        let ours: Value = serde_json::from_str(&empty.to_json()).unwrap();
        assert!(same(&ours, &serde_json::to_value(&empty).unwrap()));
        assert_eq!(ours["title"], Value::Null);
    }

    #[test]
    fn numbers_read_back_exactly() {
        let mut json = super::Json(String::new());
        let numbers = [
            0.0,
            1.0,
            0.1,
            1.0 / 3.0,
            0.426_454_610_592_955_25,
            5e-7,
            1e8,
        ];
        for n in numbers {
            json.num(n);
        }
        json.num(f64::NAN);
        let texts: Vec<&str> = json.0.split(',').collect();
        assert_eq!(texts.last(), Some(&"null"));
        for (text, n) in texts.iter().zip(numbers) {
            assert_eq!(
                text.parse::<f64>().unwrap().to_bits(),
                n.to_bits(),
                "{text}"
            );
        }
    }

    #[test]
    fn string_lists_escape_like_serde() {
        let items = [
            "plain",
            "quote \" and \\ slash",
            "line\nbreak\u{7f}\u{1f}",
            "",
        ];
        let ours: Value =
            serde_json::from_str(&super::json_strings(items.iter().copied())).unwrap();
        assert_eq!(ours, serde_json::to_value(items).unwrap());
    }
}
