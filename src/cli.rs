//! The native CLI's input handling (feature `cli`, never in the wasm): files read with a
//! size bound and decoded from their declared encoding, and JSONL batch lines read as
//! bytes with a bound, each turned into exactly one output line. Public so the fuzz
//! targets call the same code the `abridge` command runs.

use crate::{analyze, Analysis, Error, Options};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, X_USER_DEFINED};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::Value;
use std::borrow::Cow;
use std::fmt;
use std::io::{self, BufRead, Read};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The longest batch line read under `options`: twice its input limit, so that any text the
/// engine accepts fits even with JSON's escapes.
pub fn line_limit(options: &Options) -> usize {
    options.input_limit().saturating_mul(2)
}

/// [`read_bounded`] on a file; an error names the cause (missing, not readable, too large).
pub fn read_file(path: &std::path::Path, limit: usize) -> Result<Vec<u8>, Error> {
    let file = std::fs::File::open(path).map_err(|e| Error::read_failed(&e))?;
    read_bounded(file, limit)
}

/// Reads at most `limit` bytes; a longer input is refused without reading the rest, so
/// `/dev/zero` or a huge file costs `limit` bytes of memory, not its size.
pub fn read_bounded(reader: impl Read, limit: usize) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    reader
        .take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::read_failed(&e))?;
    if bytes.len() > limit {
        return Err(Error::input_too_large(None, limit));
    }
    Ok(bytes)
}

/// Decodes a file as a browser would a page without HTTP headers: a byte order mark
/// wins, then a `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 1024
/// bytes (the WHATWG prescan), then UTF-8 if the bytes are valid UTF-8, else windows-1252
/// (the HTML default for Western pages, a superset of ISO-8859-1's printable range).
/// Malformed sequences become U+FFFD.
pub fn decode(bytes: Vec<u8>) -> String {
    if let Some((encoding, bom)) = Encoding::for_bom(&bytes) {
        return encoding
            .decode_without_bom_handling(&bytes[bom..])
            .0
            .into_owned();
    }
    let declared = prescan(&bytes[..bytes.len().min(1024)]);
    let encoding = match declared {
        Some(encoding) => encoding,
        None => match String::from_utf8(bytes) {
            Ok(text) => return text,
            Err(e) => return decode_with(WINDOWS_1252, e.into_bytes()),
        },
    };
    decode_with(encoding, bytes)
}

fn decode_with(encoding: &'static Encoding, bytes: Vec<u8>) -> String {
    if encoding == UTF_8 {
        return match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        };
    }
    encoding.decode_without_bom_handling(&bytes).0.into_owned()
}

/// The WHATWG "prescan a byte stream to determine its encoding": the first `<meta>` that
/// declares a supported charset, skipping comments and other tags' attributes.
fn prescan(head: &[u8]) -> Option<&'static Encoding> {
    let mut pos = 0;
    while pos < head.len() {
        let rest = &head[pos..];
        if rest.starts_with(b"<!--") {
            pos += find(&rest[2..], b"-->").map_or(rest.len(), |i| i + 2 + 3);
        } else if starts_with_ignore_case(rest, b"<meta")
            && rest.get(5).is_some_and(|&b| is_space(b) || b == b'/')
        {
            pos += 5;
            let (found, end) = meta_charset(head, pos);
            if let Some(encoding) = found {
                // A page cannot declare itself UTF-16 in ASCII bytes; the standard reads it as UTF-8.
                return Some(if encoding == UTF_16BE || encoding == UTF_16LE {
                    UTF_8
                } else if encoding == X_USER_DEFINED {
                    WINDOWS_1252
                } else {
                    encoding
                });
            }
            pos = end;
        } else if rest.len() > 1
            && rest[0] == b'<'
            && (rest[1].is_ascii_alphabetic()
                || (rest[1] == b'/' && rest.get(2).is_some_and(u8::is_ascii_alphabetic)))
        {
            // Another tag: skip its attributes, whose values may hold a '>'.
            pos += rest
                .iter()
                .position(|&b| is_space(b) || b == b'>')
                .unwrap_or(rest.len());
            while let Some((_, _, end)) = attribute(head, pos) {
                pos = end;
            }
            pos += 1;
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            pos += rest
                .iter()
                .position(|&b| b == b'>')
                .map_or(rest.len(), |i| i + 1);
        } else {
            pos += 1;
        }
    }
    None
}

/// The attributes of one `<meta>` from `pos`: its declared encoding (if any) and where
/// the scan goes on.
fn meta_charset(head: &[u8], mut pos: usize) -> (Option<&'static Encoding>, usize) {
    let (mut charset, mut content, mut pragma) = (None, None, false);
    while let Some((name, value, end)) = attribute(head, pos) {
        pos = end;
        match name.as_slice() {
            b"http-equiv" => pragma |= value.eq_ignore_ascii_case(b"content-type"),
            b"content" if content.is_none() => content = charset_in_content(&value),
            b"charset" if charset.is_none() => charset = Some(value),
            _ => {}
        }
    }
    let label = match (charset, content) {
        (Some(label), _) => Some(label),
        (None, Some(label)) if pragma => Some(label),
        _ => None,
    };
    (label.and_then(|l| Encoding::for_label(&l)), pos + 1)
}

/// The WHATWG "get an attribute" step: `(lowercased name, value, position after it)`, or
/// `None` at the tag's end.
fn attribute(head: &[u8], mut pos: usize) -> Option<(Vec<u8>, Vec<u8>, usize)> {
    while pos < head.len() && (is_space(head[pos]) || head[pos] == b'/') {
        pos += 1;
    }
    if pos >= head.len() || head[pos] == b'>' {
        return None;
    }
    // A leading '=' belongs to the name, as the standard says.
    let mut name = Vec::new();
    while let Some(&b) = head.get(pos) {
        if is_space(b) || b == b'>' || b == b'/' || (b == b'=' && !name.is_empty()) {
            break;
        }
        name.push(b.to_ascii_lowercase());
        pos += 1;
    }
    while pos < head.len() && is_space(head[pos]) {
        pos += 1;
    }
    if pos >= head.len() || head[pos] != b'=' {
        return Some((name, Vec::new(), pos));
    }
    pos += 1;
    while pos < head.len() && is_space(head[pos]) {
        pos += 1;
    }
    let mut value = Vec::new();
    match head.get(pos) {
        Some(&quote @ (b'"' | b'\'')) => {
            pos += 1;
            while pos < head.len() && head[pos] != quote {
                value.push(head[pos].to_ascii_lowercase());
                pos += 1;
            }
            pos += 1;
        }
        _ => {
            while pos < head.len() && !is_space(head[pos]) && head[pos] != b'>' {
                value.push(head[pos].to_ascii_lowercase());
                pos += 1;
            }
        }
    }
    Some((name, value, pos.min(head.len())))
}

/// The label after `charset=` in a Content-Type value such as `text/html; charset=utf-8`.
fn charset_in_content(content: &[u8]) -> Option<Vec<u8>> {
    let mut pos = 0;
    loop {
        pos += find(&content[pos..], b"charset")? + 7;
        let mut i = pos;
        while i < content.len() && is_space(content[i]) {
            i += 1;
        }
        if content.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while i < content.len() && is_space(content[i]) {
            i += 1;
        }
        return match content.get(i) {
            Some(&quote @ (b'"' | b'\'')) => {
                let len = content[i + 1..].iter().position(|&b| b == quote)?;
                Some(content[i + 1..i + 1 + len].to_vec())
            }
            Some(_) => {
                let len = content[i..]
                    .iter()
                    .position(|&b| is_space(b) || b == b';')
                    .unwrap_or(content.len() - i);
                Some(content[i..i + len].to_vec())
            }
            None => None,
        };
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn starts_with_ignore_case(s: &[u8], prefix: &[u8]) -> bool {
    s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// Reads lines as bytes (no UTF-8 check: a bad byte spoils one line, not the stream),
/// keeping at most `limit + 1` bytes of each: a longer line is drained to its newline
/// without being held, and comes back `limit + 1` bytes long so
/// [`batch_line`] reports it as too large.
pub struct LineReader<R> {
    reader: R,
    limit: usize,
}

impl<R: BufRead> LineReader<R> {
    pub fn new(reader: R, limit: usize) -> LineReader<R> {
        LineReader { reader, limit }
    }

    /// The next line without its `\n` into `line` (cleared first); `false` at the end.
    pub fn read_line(&mut self, line: &mut Vec<u8>) -> io::Result<bool> {
        line.clear();
        let mut any = false;
        loop {
            let buf = match self.reader.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                return Ok(any);
            }
            any = true;
            let (used, done) = match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (i, true),
                None => (buf.len(), false),
            };
            let room = (self.limit + 1).saturating_sub(line.len());
            line.extend_from_slice(&buf[..used.min(room)]);
            self.reader.consume(used + usize::from(done));
            if done {
                return Ok(true);
            }
        }
    }
}

/// How much of a too-large line is parsed to recover its `id`.
const ID_SEARCH_BYTES: usize = 64 * 1024;

/// One JSONL batch line in, one JSON object out (without a newline), never a panic:
/// `{"id", ...analysis}` or `{"id", "error"}`. The id is kept whenever it precedes the
/// fault. Lines longer than `limit` bytes, not UTF-8, not JSON, without a `"text"` string
/// or with a bad `"format"` are errors; lone surrogate escapes (`"\ud800"`, as
/// `JSON.stringify` writes them) read as U+FFFD, as the JS package reads such strings.
/// The id is echoed as written (`12345678901234567890123` and `1.50` stay so, where a JSON
/// number read as `f64` would round), and a byte order mark before a line is skipped.
pub fn batch_line(line: &[u8], options: &Options, limit: usize) -> String {
    let mut id = None;
    let result = read_line(line, options, limit, &mut id);
    let out = match &result {
        Ok(analysis) => serde_json::to_string(&WithId { id: &id, analysis }),
        Err(error) => serde_json::to_string(&ErrorLine {
            id: &id,
            error: error.message(),
        }),
    };
    out.unwrap_or_else(|_| {
        serde_json::json!({ "id": null, "error": Error::internal().message() }).to_string()
    })
}

fn read_line(line: &[u8], options: &Options, limit: usize, id: &mut Id) -> Result<Analysis, Error> {
    if line.len() > limit {
        let head = &line[..line.len().min(ID_SEARCH_BYTES)];
        let _ = parse(&String::from_utf8_lossy(head), id);
        return Err(Error::line_too_large(limit));
    }
    let line = match std::str::from_utf8(line) {
        Ok(line) => line,
        Err(_) if line.starts_with(&[0xFF, 0xFE]) || line.starts_with(&[0xFE, 0xFF]) => {
            return Err(Error::utf16_batch());
        }
        Err(e) => {
            let _ = parse(&String::from_utf8_lossy(line), id);
            return Err(Error::not_utf8(e.valid_up_to()));
        }
    };
    let fields = parse(line, id)?;
    let text = fields.text.ok_or_else(Error::no_text)?;
    let options = options.with_format_value(&fields.format)?;
    // A fault in the engine is a bug, but it must cost this line only, not the batch.
    catch_unwind(AssertUnwindSafe(|| analyze(&text, &options)))
        .unwrap_or_else(|_| Err(Error::internal()))
}

/// `{"id", ...analysis}` with the analysis written straight out (no `Value` tree).
#[derive(Serialize)]
struct WithId<'a> {
    id: &'a Id,
    #[serde(flatten)]
    analysis: &'a Analysis,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    id: &'a Id,
    error: &'a str,
}

/// A line's `id` as its JSON text; `None` (written as `null`) until one is read.
type Id = Option<Box<RawValue>>;

/// The fields of a batch line that matter; the rest is skipped unread.
#[derive(Default)]
struct Fields {
    text: Option<String>,
    format: Value,
}

fn parse(line: &str, id: &mut Id) -> Result<Fields, Error> {
    // Windows tools write a byte order mark before a file's first line (and `cat` of such
    // files puts one before others); JSON has no place for it.
    let line = replace_lone_surrogates(line.strip_prefix('\u{FEFF}').unwrap_or(line));
    let mut de = serde_json::Deserializer::from_str(&line);
    let fields = LineSeed { id }
        .deserialize(&mut de)
        .and_then(|fields| de.end().map(|()| fields))
        .map_err(|e| Error::malformed_json(&e.to_string()))?;
    fields.ok_or_else(Error::no_text)
}

/// Reads a line's object, storing `id` as soon as it is read so that it survives an
/// error later in the line. `None` for JSON that is not an object.
struct LineSeed<'a> {
    id: &'a mut Id,
}

impl<'de> DeserializeSeed<'de> for LineSeed<'_> {
    type Value = Option<Fields>;
    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Option<Fields>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for LineSeed<'_> {
    type Value = Option<Fields>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<Fields>, A::Error> {
        let mut fields = Fields::default();
        while let Some(key) = map.next_key::<Cow<str>>()? {
            match key.as_ref() {
                "id" => {
                    let id: Box<RawValue> = map.next_value()?;
                    // Kept as written, but only if serde_json reads it back (not `1e400`,
                    // out of any float's range, nor nesting over 128 deep).
                    serde_json::from_str::<Value>(id.get()).map_err(de::Error::custom)?;
                    *self.id = Some(id);
                }
                "text" => {
                    fields.text = match map.next_value()? {
                        Value::String(text) => Some(text),
                        _ => None,
                    }
                }
                "format" => fields.format = map.next_value()?,
                _ => {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
        }
        Ok(Some(fields))
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Option<Fields>, E> {
        Ok(None)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Option<Fields>, E> {
        Ok(None)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Option<Fields>, E> {
        Ok(None)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Option<Fields>, E> {
        Ok(None)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Option<Fields>, E> {
        Ok(None)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Option<Fields>, E> {
        Ok(None)
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Option<Fields>, A::Error> {
        while seq.next_element::<de::IgnoredAny>()?.is_some() {}
        Ok(None)
    }
}

/// Rewrites `\uD800`–`\uDFFF` escapes that are not part of a high-low pair to `\uFFFD`,
/// since serde_json refuses them while JS strings hold them. Escaped backslashes are
/// stepped over whole, so `\\ud800` (a backslash, then "ud800") stays as it is.
fn replace_lone_surrogates(line: &str) -> Cow<'_, str> {
    let bytes = line.as_bytes();
    let escape_at = |i: usize| -> Option<u16> {
        let hex = bytes.get(i..i + 6)?;
        if hex[0] != b'\\' || hex[1] != b'u' {
            return None;
        }
        u16::from_str_radix(std::str::from_utf8(&hex[2..]).ok()?, 16).ok()
    };
    let is_high = |u: u16| (0xD800..0xDC00).contains(&u);
    let is_low = |u: u16| (0xDC00..0xE000).contains(&u);
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        match escape_at(i) {
            Some(u) if is_high(u) && escape_at(i + 6).is_some_and(is_low) => i += 12,
            Some(u) if is_high(u) || is_low(u) => {
                let out = out.get_or_insert_with(|| String::with_capacity(line.len()));
                out.push_str(&line[copied..i]);
                out.push_str("\\uFFFD");
                i += 6;
                copied = i;
            }
            // Any other escape, `\\` included: skip the backslash and the escaped byte.
            _ => i += 2,
        }
    }
    match out {
        None => Cow::Borrowed(line),
        Some(mut out) => {
            out.push_str(&line[copied..]);
            Cow::Owned(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        for (input, expected) in [
            (r#""\ud800""#, r#""\uFFFD""#),
            (r#""\uDFFF x""#, r#""\uFFFD x""#),
            (r#""\ud83d\ude00""#, r#""\ud83d\ude00""#),
            (r#""\ud83d\ud83d\ude00""#, r#""\uFFFD\ud83d\ude00""#),
            (r#""\ude00\ud83d""#, r#""\uFFFD\uFFFD""#),
            (r#""\\ud800""#, r#""\\ud800""#),
            (r#""\\\ud800""#, r#""\\\uFFFD""#),
            (r#""\u00e9""#, r#""\u00e9""#),
            (r#""\ud8""#, r#""\ud8""#),
            ("\"é\\ud800é\"", "\"é\\uFFFDé\""),
        ] {
            assert_eq!(replace_lone_surrogates(input), expected, "{input}");
        }
    }

    #[test]
    fn prescan_finds_the_declared_charset() {
        for (head, expected) in [
            (&b"<meta charset=iso-8859-1>"[..], Some("windows-1252")),
            (b"<META CHARSET='Shift_JIS'>", Some("Shift_JIS")),
            (
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">",
                Some("KOI8-R"),
            ),
            // Without http-equiv, a content attribute declares nothing.
            (b"<meta name=x content=\"charset=koi8-r\">", None),
            (
                b"<!-- <meta charset=koi8-r> --><meta charset=utf-8>",
                Some("UTF-8"),
            ),
            (b"<div title='<meta charset=koi8-r>'></div>", None),
            (b"<meta charset=utf-16le>", Some("UTF-8")),
            (
                b"<meta charset=no-such-thing><meta charset=koi8-r>",
                Some("KOI8-R"),
            ),
            (b"<p>no declaration</p>", None),
            (b"<meta charset", None),
        ] {
            assert_eq!(
                prescan(head).map(Encoding::name),
                expected,
                "{}",
                String::from_utf8_lossy(head)
            );
        }
    }

    #[test]
    fn long_lines_are_cut_and_drained() {
        let input = b"short\nthis line is long\n\nlast".as_slice();
        let mut reader = LineReader::new(input, 6);
        let mut line = Vec::new();
        let mut lines = Vec::new();
        while reader.read_line(&mut line).unwrap() {
            lines.push(String::from_utf8(line.clone()).unwrap());
        }
        assert_eq!(lines, ["short", "this li", "", "last"]);
    }
}
