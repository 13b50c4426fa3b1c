//! A single-pass HTML tokenizer: the WHATWG tokenizer where it matters for text.
//!
//! Markup becomes calls on a [`Sink`], text and attribute values arrive with their
//! character references decoded. `<` opens a tag only before a letter, `/`, `!` or `?`;
//! comments, doctypes, `<?...>` and `<![CDATA[...]]>` are skipped; script, style and the
//! other raw text elements hold text up to their end tag, title and textarea too but with
//! references decoded, plaintext to the end. Left out: parse errors, doctype details,
//! CDATA in SVG (the tree builder's feedback) and replacing NUL and CR, which
//! `Document::push` drops or reads as space anyway; named references are the common ones
//! ([`ENTITIES`]), not all 2,231.
//!
//! Every scan only moves forward: the work is linear in the input, whatever it holds. All
//! delimiters are ASCII, so no slice cuts a UTF-8 character.

/// What the tokenizer reports, in document order. Names are ASCII-lowercased.
pub(super) trait Sink {
    /// Its attributes and [`Sink::end_start_tag`] follow; a tag the input ends inside
    /// never gets the latter.
    fn start_tag(&mut self, name: &[u8]);
    /// Every attribute, repeated names too: WHATWG keeps the first, which a sink that
    /// cares must do. An attribute without a value has an empty one.
    fn attribute(&mut self, name: &[u8], value: &str);
    fn end_start_tag(&mut self, self_closing: bool);
    fn end_tag(&mut self, name: &[u8]);
    /// A run of text between two tags (or comments): never empty.
    fn text(&mut self, text: &str);
    fn doctype(&mut self);
}

/// Tokenizes `html` into `sink`.
pub(super) fn tokenize(html: &str, sink: &mut impl Sink) {
    let mut tokenizer = Tokenizer {
        html,
        sink,
        name: Vec::new(),
        buf: String::new(),
    };
    tokenizer.run();
}

/// How an element's content is read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Content {
    /// Text up to the element's end tag.
    RawText,
    /// Like raw text, with character references decoded.
    RcData,
    /// Raw text, but `<!-- <script> </script> -->` does not end it.
    Script,
    /// Text to the end of the input.
    PlainText,
}

/// The elements whose content is not markup (`noscript` as with scripting on).
const TEXT_ELEMENTS: &[(&[u8], Content)] = &[
    (b"iframe", Content::RawText),
    (b"noembed", Content::RawText),
    (b"noframes", Content::RawText),
    (b"noscript", Content::RawText),
    (b"plaintext", Content::PlainText),
    (b"script", Content::Script),
    (b"style", Content::RawText),
    (b"textarea", Content::RcData),
    (b"title", Content::RcData),
    (b"xmp", Content::RawText),
];

struct Tokenizer<'a, S> {
    html: &'a str,
    sink: &'a mut S,
    /// The lowercased tag or attribute name.
    name: Vec<u8>,
    /// Decoded text or attribute value.
    buf: String,
}

impl<S: Sink> Tokenizer<'_, S> {
    fn run(&mut self) {
        let html = self.html;
        let b = html.as_bytes();
        // The text not yet passed on starts at `pending`; `<` is looked for from `at`.
        let mut pending = 0;
        let mut at = 0;
        while let Some(lt) = find(b, at, b"<") {
            at = lt + 1;
            let letter = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphabetic);
            let markup = match b.get(lt + 1) {
                Some(b'!' | b'?') => true,
                Some(b'/') => b.len() > lt + 2,
                _ => letter(lt + 1),
            };
            if !markup {
                continue;
            }
            self.text(&html[pending..lt], true);
            let end = if letter(lt + 1) {
                self.start_tag(lt + 1)
            } else if b[lt + 1] == b'/' && letter(lt + 2) {
                self.tag(lt + 2, false)
            } else if b[lt + 1..].starts_with(b"!--") {
                Some(comment_end(b, lt + 4))
            } else {
                if b[lt + 1] == b'!'
                    && b.get(lt + 2..lt + 9)
                        .is_some_and(|d| d.eq_ignore_ascii_case(b"doctype"))
                {
                    self.sink.doctype();
                }
                // `</>` is nothing, `<!...>`, `<?...>` and `</ ...>` bogus comments.
                Some(find(b, lt + 2, b">").map_or(b.len(), |gt| gt + 1))
            };
            // The input ended inside a tag: WHATWG drops it and all that follows.
            let Some(end) = end else { return };
            pending = end;
            at = end;
        }
        self.text(&html[pending..], true);
    }

    /// Reads a start tag, and the content of a text element; returns where they end.
    fn start_tag(&mut self, i: usize) -> Option<usize> {
        let end = self.tag(i, true)?;
        let b = self.html.as_bytes();
        let Some(&(name, content)) = TEXT_ELEMENTS.iter().find(|(n, _)| named(b, i, n)) else {
            return Some(end);
        };
        let close = match content {
            Content::PlainText => b.len(),
            Content::Script => script_end(b, end),
            Content::RawText | Content::RcData => {
                let mut at = end;
                loop {
                    match find(b, at, b"</") {
                        Some(lt) if named(b, lt + 2, name) => break lt,
                        Some(lt) => at = lt + 2,
                        None => break b.len(),
                    }
                }
            }
        };
        self.text(&self.html[end..close], content == Content::RcData);
        Some(close)
    }

    /// Reads the tag whose name starts at `i`: its name, then attributes up to `>`
    /// (passed on for start tags only). Returns where it ends, `None` if the input ends
    /// inside it.
    fn tag(&mut self, i: usize, start: bool) -> Option<usize> {
        let html = self.html;
        let b = html.as_bytes();
        let name_end = i + b[i..]
            .iter()
            .position(|&c| is_space(c) || c == b'/' || c == b'>')?;
        lower(&b[i..name_end], &mut self.name);
        if start {
            self.sink.start_tag(&self.name);
        }
        let mut at = name_end;
        let mut self_closing = false;
        loop {
            at = skip_space(b, at);
            match *b.get(at)? {
                b'>' => break,
                b'/' => {
                    at += 1;
                    self_closing = b.get(at) == Some(&b'>');
                    continue;
                }
                _ => {}
            }
            // An attribute: its name (which may start with `=`), then maybe a value.
            let name = at;
            at += 1 + b[at + 1..]
                .iter()
                .position(|&c| is_space(c) || matches!(c, b'/' | b'>' | b'='))
                .unwrap_or(b.len() - at - 1);
            let name = name..at;
            at = skip_space(b, at);
            let mut value = at..at;
            if b.get(at) == Some(&b'=') {
                at = skip_space(b, at + 1);
                match *b.get(at)? {
                    q @ (b'"' | b'\'') => {
                        let close = find(b, at + 1, &[q])?;
                        value = at + 1..close;
                        at = close + 1;
                    }
                    b'>' => {}
                    _ => {
                        let end = at + b[at..].iter().position(|&c| is_space(c) || c == b'>')?;
                        value = at..end;
                        at = end;
                    }
                }
            }
            if start {
                lower(&b[name], &mut self.name);
                let value = &html[value];
                let value = if value.contains('&') {
                    self.buf.clear();
                    decode(value, true, &mut self.buf);
                    &self.buf
                } else {
                    value
                };
                self.sink.attribute(&self.name, value);
            }
        }
        if start {
            self.sink.end_start_tag(self_closing);
        } else {
            lower(&b[i..name_end], &mut self.name);
            self.sink.end_tag(&self.name);
        }
        Some(at + 1)
    }

    fn text(&mut self, text: &str, decoded: bool) {
        if text.is_empty() {
            return;
        }
        if decoded && text.contains('&') {
            self.buf.clear();
            decode(text, false, &mut self.buf);
            self.sink.text(&self.buf);
        } else {
            self.sink.text(text);
        }
    }
}

/// Where a comment whose text starts at `i` ends: after `-->` or `--!>`. `<!-->` and
/// `<!--->` are whole comments, so the search starts at the opening's own `--`.
fn comment_end(b: &[u8], i: usize) -> usize {
    let mut at = i - 2;
    while let Some(dashes) = find(b, at, b"--") {
        match b.get(dashes + 2) {
            Some(b'>') => return dashes + 3,
            Some(b'!') if dashes >= i && b.get(dashes + 3) == Some(&b'>') => return dashes + 4,
            _ => at = dashes + 1,
        }
    }
    b.len()
}

/// Where a script's text that starts at `i` ends (the WHATWG script data states): at
/// `</script`, but not inside `<!-- <script> ... -->`, where old pages wrote a script into
/// the page with `document.write`.
fn script_end(b: &[u8], i: usize) -> usize {
    // Inside `<!--`, and there inside `<script>`.
    let (mut escaped, mut double) = (false, false);
    let mut at = i;
    while let Some(p) = b[at..].iter().position(|&c| c == b'<' || c == b'-') {
        let p = at + p;
        at = p + 1;
        let rest = &b[p..];
        if rest.starts_with(b"-->") {
            (escaped, double) = (false, false);
        } else if rest.starts_with(b"<!--") {
            if !escaped {
                escaped = true;
                // The `--` may be the start of `-->`.
                at = p + 2;
            }
        } else if rest.starts_with(b"</") && named(b, p + 2, b"script") {
            if !double {
                return p;
            }
            double = false;
        } else if escaped && named(b, p + 1, b"script") {
            double = true;
        }
    }
    b.len()
}

/// Does the tag name `name` (lowercase) start at `i`, case-insensitively, and end there?
fn named(b: &[u8], i: usize, name: &[u8]) -> bool {
    let end = i + name.len();
    b.get(i..end).is_some_and(|n| n.eq_ignore_ascii_case(name))
        && b.get(end)
            .is_some_and(|&c| is_space(c) || c == b'/' || c == b'>')
}

/// The first `needle` in `b` at or after `from`. Needles are a few bytes: linear.
fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let mut at = from;
    loop {
        let p = at + b.get(at..)?.iter().position(|&c| c == needle[0])?;
        if b[p..].starts_with(needle) {
            return Some(p);
        }
        at = p + 1;
    }
}

/// HTML whitespace (CR too: WHATWG turns it into LF before tokenizing).
fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

fn skip_space(b: &[u8], i: usize) -> usize {
    i + b[i..].iter().take_while(|&&c| is_space(c)).count()
}

fn lower(name: &[u8], out: &mut Vec<u8>) {
    out.clear();
    out.extend(name.iter().map(u8::to_ascii_lowercase));
}

/// Appends `s` to `out` with its character references decoded, as in text or (`attribute`)
/// in an attribute value. Unknown references stay as written.
pub(super) fn decode(s: &str, attribute: bool, out: &mut String) {
    let b = s.as_bytes();
    let mut done = 0;
    let mut at = 0;
    while let Some(amp) = find(b, at, b"&") {
        at = amp + 1;
        if let Some((c, len)) = reference(&b[at..], attribute) {
            out.push_str(&s[done..amp]);
            out.push(c);
            at += len;
            done = at;
        }
    }
    out.push_str(&s[done..]);
}

/// The character a reference stands for and its length after the `&`.
fn reference(b: &[u8], attribute: bool) -> Option<(char, usize)> {
    if b.first() == Some(&b'#') {
        return numeric(b);
    }
    let name = b
        .iter()
        .take(LONGEST + 1)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if b.get(name) == Some(&b';') {
        if let Some(c) = entity(&b[..name]) {
            return Some((c, name + 1));
        }
    }
    // Without `;` only a legacy name counts, the longest one there (`&copy2024`, `&notit;`).
    let (len, c) = (1..=name)
        .rev()
        .find_map(|len| Some((len, entity(&b[..len]).filter(|&c| legacy(c))?)))?;
    // In an attribute, `?a=1&copy=2` is a URL, not a copyright sign.
    let next = b.get(len).copied().unwrap_or(b' ');
    if attribute && (next == b'=' || next.is_ascii_alphanumeric()) {
        return None;
    }
    Some((c, len))
}

/// `#65;`, `#x41;` (the `;` is optional).
fn numeric(b: &[u8]) -> Option<(char, usize)> {
    let hex = matches!(b.get(1), Some(b'x' | b'X'));
    let start = 1 + usize::from(hex);
    let radix = if hex { 16 } else { 10 };
    let digits = b[start..]
        .iter()
        .take_while(|c| (**c as char).is_digit(radix))
        .count();
    if digits == 0 {
        return None;
    }
    let end = start + digits;
    let n = b[start..end].iter().fold(0u32, |n, &c| {
        n.saturating_mul(radix)
            .saturating_add((c as char).to_digit(radix).unwrap_or(0))
    });
    let c = match n {
        // What Windows-1252 puts there, as browsers read it.
        0x80..=0x9f => char::from_u32(WINDOWS_1252[n as usize - 0x80].into()),
        0 => None,
        // Surrogates and beyond Unicode are `None`.
        _ => char::from_u32(n),
    };
    Some((
        c.unwrap_or('\u{fffd}'),
        end + usize::from(b.get(end) == Some(&b';')),
    ))
}

/// Characters 0x80 to 0x9F in Windows-1252; its five holes keep their C1 control.
const WINDOWS_1252: [u16; 32] = [
    0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039,
    0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc,
    0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

fn entity(name: &[u8]) -> Option<char> {
    let at = NAMES.binary_search(&padded(name)?).ok()?;
    char::from_u32((*VALUES.get(at)?).into())
}

/// `name` padded with NUL to `N` bytes: arrays of these sort as the names do (NUL sorts
/// below every byte of a name, so a prefix still comes first). `None` when longer.
pub(super) const fn padded<const N: usize>(name: &[u8]) -> Option<[u8; N]> {
    if name.len() > N {
        return None;
    }
    let mut out = [0; N];
    let mut i = 0;
    while i < name.len() {
        out[i] = name[i];
        i += 1;
    }
    Some(out)
}

// [`ENTITIES`] as the wasm carries it, built at compile time: a table of `&str` and `char`
// costs a pointer, a length and four bytes per entry.
/// The names of [`ENTITIES`], [`padded`], in the same (sorted) order.
static NAMES: [[u8; LONGEST]; ENTITIES.len()] = {
    let mut out = [[0; LONGEST]; ENTITIES.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = match padded(ENTITIES[i].0.as_bytes()) {
            Some(name) => name,
            None => panic!("an entity name longer than LONGEST"),
        };
        i += 1;
    }
    out
};

/// The characters of [`ENTITIES`], all in the Basic Multilingual Plane.
static VALUES: [u16; ENTITIES.len()] = {
    let mut out = [0; ENTITIES.len()];
    let mut i = 0;
    while i < out.len() {
        let c = ENTITIES[i].1 as u32;
        assert!(c <= 0xffff, "an entity beyond the BMP");
        out[i] = c as u16;
        i += 1;
    }
    out
};

/// Is this a reference browsers read without `;`? Those are the HTML 4 names of the
/// Latin-1 characters, `&amp` `&lt` `&gt` `&quot`, and their capitalised twins (`&COPY`);
/// [`ENTITIES`] has no other name for these characters.
fn legacy(c: char) -> bool {
    matches!(c, '"' | '&' | '<' | '>' | '\u{a0}'..='\u{ff}')
}

/// The longest name in [`ENTITIES`].
const LONGEST: usize = 8;

/// Named references: HTML 4's (with HTML5's values) and `&apos;`, the capitalised twins
/// of the legacy ones, and the HTML5 names of ASCII punctuation and a few dashes (PHP's
/// `htmlentities` writes those). Sorted by bytes, for binary search.
#[rustfmt::skip]
const ENTITIES: &[(&str, char)] = &[
    ("AElig", '\u{c6}'), ("AMP", '&'), ("Aacute", '\u{c1}'), ("Acirc", '\u{c2}'),
    ("Agrave", '\u{c0}'), ("Alpha", '\u{391}'), ("Aring", '\u{c5}'), ("Atilde", '\u{c3}'),
    ("Auml", '\u{c4}'), ("Beta", '\u{392}'), ("COPY", '\u{a9}'), ("Ccedil", '\u{c7}'),
    ("Chi", '\u{3a7}'), ("Dagger", '\u{2021}'), ("Delta", '\u{394}'), ("ETH", '\u{d0}'),
    ("Eacute", '\u{c9}'), ("Ecirc", '\u{ca}'), ("Egrave", '\u{c8}'), ("Epsilon", '\u{395}'),
    ("Eta", '\u{397}'), ("Euml", '\u{cb}'), ("GT", '>'), ("Gamma", '\u{393}'), ("Hat", '^'),
    ("Iacute", '\u{cd}'), ("Icirc", '\u{ce}'), ("Igrave", '\u{cc}'), ("Iota", '\u{399}'),
    ("Iuml", '\u{cf}'), ("Kappa", '\u{39a}'), ("LT", '<'), ("Lambda", '\u{39b}'),
    ("Mu", '\u{39c}'), ("NewLine", '\n'), ("Ntilde", '\u{d1}'), ("Nu", '\u{39d}'),
    ("OElig", '\u{152}'), ("Oacute", '\u{d3}'), ("Ocirc", '\u{d4}'), ("Ograve", '\u{d2}'),
    ("Omega", '\u{3a9}'), ("Omicron", '\u{39f}'), ("Oslash", '\u{d8}'), ("Otilde", '\u{d5}'),
    ("Ouml", '\u{d6}'), ("Phi", '\u{3a6}'), ("Pi", '\u{3a0}'), ("Prime", '\u{2033}'),
    ("Psi", '\u{3a8}'), ("QUOT", '"'), ("REG", '\u{ae}'), ("Rho", '\u{3a1}'),
    ("Scaron", '\u{160}'), ("Sigma", '\u{3a3}'), ("THORN", '\u{de}'), ("Tab", '\t'),
    ("Tau", '\u{3a4}'), ("Theta", '\u{398}'), ("Uacute", '\u{da}'), ("Ucirc", '\u{db}'),
    ("Ugrave", '\u{d9}'), ("Upsilon", '\u{3a5}'), ("Uuml", '\u{dc}'), ("Xi", '\u{39e}'),
    ("Yacute", '\u{dd}'), ("Yuml", '\u{178}'), ("Zeta", '\u{396}'), ("aacute", '\u{e1}'),
    ("acirc", '\u{e2}'), ("acute", '\u{b4}'), ("aelig", '\u{e6}'), ("agrave", '\u{e0}'),
    ("alefsym", '\u{2135}'), ("alpha", '\u{3b1}'), ("amp", '&'), ("and", '\u{2227}'),
    ("ang", '\u{2220}'), ("apos", '\''), ("aring", '\u{e5}'), ("ast", '*'), ("asymp", '\u{2248}'),
    ("atilde", '\u{e3}'), ("auml", '\u{e4}'), ("bdquo", '\u{201e}'), ("beta", '\u{3b2}'),
    ("brvbar", '\u{a6}'), ("bsol", '\\'), ("bull", '\u{2022}'), ("cap", '\u{2229}'),
    ("ccedil", '\u{e7}'), ("cedil", '\u{b8}'), ("cent", '\u{a2}'), ("chi", '\u{3c7}'),
    ("circ", '\u{2c6}'), ("clubs", '\u{2663}'), ("colon", ':'), ("comma", ','), ("commat", '@'),
    ("cong", '\u{2245}'), ("copy", '\u{a9}'), ("crarr", '\u{21b5}'), ("cup", '\u{222a}'),
    ("curren", '\u{a4}'), ("dArr", '\u{21d3}'), ("dagger", '\u{2020}'), ("darr", '\u{2193}'),
    ("dash", '\u{2010}'), ("deg", '\u{b0}'), ("delta", '\u{3b4}'), ("diams", '\u{2666}'),
    ("divide", '\u{f7}'), ("dollar", '$'), ("eacute", '\u{e9}'), ("ecirc", '\u{ea}'),
    ("egrave", '\u{e8}'), ("empty", '\u{2205}'), ("emsp", '\u{2003}'), ("ensp", '\u{2002}'),
    ("epsilon", '\u{3b5}'), ("equals", '='), ("equiv", '\u{2261}'), ("eta", '\u{3b7}'),
    ("eth", '\u{f0}'), ("euml", '\u{eb}'), ("euro", '\u{20ac}'), ("excl", '!'),
    ("exist", '\u{2203}'), ("fnof", '\u{192}'), ("forall", '\u{2200}'), ("frac12", '\u{bd}'),
    ("frac14", '\u{bc}'), ("frac34", '\u{be}'), ("frasl", '\u{2044}'), ("gamma", '\u{3b3}'),
    ("ge", '\u{2265}'), ("grave", '`'), ("gt", '>'), ("hArr", '\u{21d4}'), ("harr", '\u{2194}'),
    ("hearts", '\u{2665}'), ("hellip", '\u{2026}'), ("hyphen", '\u{2010}'), ("iacute", '\u{ed}'),
    ("icirc", '\u{ee}'), ("iexcl", '\u{a1}'), ("igrave", '\u{ec}'), ("image", '\u{2111}'),
    ("infin", '\u{221e}'), ("int", '\u{222b}'), ("iota", '\u{3b9}'), ("iquest", '\u{bf}'),
    ("isin", '\u{2208}'), ("iuml", '\u{ef}'), ("kappa", '\u{3ba}'), ("lArr", '\u{21d0}'),
    ("lambda", '\u{3bb}'), ("lang", '\u{27e8}'), ("laquo", '\u{ab}'), ("larr", '\u{2190}'),
    ("lbrace", '{'), ("lbrack", '['), ("lceil", '\u{2308}'), ("lcub", '{'), ("ldquo", '\u{201c}'),
    ("le", '\u{2264}'), ("lfloor", '\u{230a}'), ("lowast", '\u{2217}'), ("lowbar", '_'),
    ("loz", '\u{25ca}'), ("lpar", '('), ("lrm", '\u{200e}'), ("lsaquo", '\u{2039}'), ("lsqb", '['),
    ("lsquo", '\u{2018}'), ("lt", '<'), ("macr", '\u{af}'), ("mdash", '\u{2014}'),
    ("micro", '\u{b5}'), ("middot", '\u{b7}'), ("minus", '\u{2212}'), ("mldr", '\u{2026}'),
    ("mu", '\u{3bc}'), ("nabla", '\u{2207}'), ("nbsp", '\u{a0}'), ("ndash", '\u{2013}'),
    ("ne", '\u{2260}'), ("ni", '\u{220b}'), ("not", '\u{ac}'), ("notin", '\u{2209}'),
    ("nsub", '\u{2284}'), ("ntilde", '\u{f1}'), ("nu", '\u{3bd}'), ("num", '#'),
    ("oacute", '\u{f3}'), ("ocirc", '\u{f4}'), ("oelig", '\u{153}'), ("ograve", '\u{f2}'),
    ("oline", '\u{203e}'), ("omega", '\u{3c9}'), ("omicron", '\u{3bf}'), ("oplus", '\u{2295}'),
    ("or", '\u{2228}'), ("ordf", '\u{aa}'), ("ordm", '\u{ba}'), ("oslash", '\u{f8}'),
    ("otilde", '\u{f5}'), ("otimes", '\u{2297}'), ("ouml", '\u{f6}'), ("para", '\u{b6}'),
    ("part", '\u{2202}'), ("percnt", '%'), ("period", '.'), ("permil", '\u{2030}'),
    ("perp", '\u{22a5}'), ("phi", '\u{3c6}'), ("pi", '\u{3c0}'), ("piv", '\u{3d6}'), ("plus", '+'),
    ("plusmn", '\u{b1}'), ("pound", '\u{a3}'), ("prime", '\u{2032}'), ("prod", '\u{220f}'),
    ("prop", '\u{221d}'), ("psi", '\u{3c8}'), ("quest", '?'), ("quot", '"'), ("rArr", '\u{21d2}'),
    ("radic", '\u{221a}'), ("rang", '\u{27e9}'), ("raquo", '\u{bb}'), ("rarr", '\u{2192}'),
    ("rbrace", '}'), ("rbrack", ']'), ("rceil", '\u{2309}'), ("rcub", '}'), ("rdquo", '\u{201d}'),
    ("real", '\u{211c}'), ("reg", '\u{ae}'), ("rfloor", '\u{230b}'), ("rho", '\u{3c1}'),
    ("rlm", '\u{200f}'), ("rpar", ')'), ("rsaquo", '\u{203a}'), ("rsqb", ']'),
    ("rsquo", '\u{2019}'), ("sbquo", '\u{201a}'), ("scaron", '\u{161}'), ("sdot", '\u{22c5}'),
    ("sect", '\u{a7}'), ("semi", ';'), ("shy", '\u{ad}'), ("sigma", '\u{3c3}'),
    ("sigmaf", '\u{3c2}'), ("sim", '\u{223c}'), ("sol", '/'), ("spades", '\u{2660}'),
    ("sub", '\u{2282}'), ("sube", '\u{2286}'), ("sum", '\u{2211}'), ("sup", '\u{2283}'),
    ("sup1", '\u{b9}'), ("sup2", '\u{b2}'), ("sup3", '\u{b3}'), ("supe", '\u{2287}'),
    ("szlig", '\u{df}'), ("tau", '\u{3c4}'), ("there4", '\u{2234}'), ("theta", '\u{3b8}'),
    ("thetasym", '\u{3d1}'), ("thinsp", '\u{2009}'), ("thorn", '\u{fe}'), ("tilde", '\u{2dc}'),
    ("times", '\u{d7}'), ("trade", '\u{2122}'), ("uArr", '\u{21d1}'), ("uacute", '\u{fa}'),
    ("uarr", '\u{2191}'), ("ucirc", '\u{fb}'), ("ugrave", '\u{f9}'), ("uml", '\u{a8}'),
    ("upsih", '\u{3d2}'), ("upsilon", '\u{3c5}'), ("uuml", '\u{fc}'), ("verbar", '|'),
    ("vert", '|'), ("weierp", '\u{2118}'), ("xi", '\u{3be}'), ("yacute", '\u{fd}'),
    ("yen", '\u{a5}'), ("yuml", '\u{ff}'), ("zeta", '\u{3b6}'), ("zwj", '\u{200d}'),
    ("zwnj", '\u{200c}'),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens in one line: tags as written back, text quoted.
    #[derive(Default)]
    struct Outline(Vec<String>);

    impl Sink for Outline {
        fn start_tag(&mut self, name: &[u8]) {
            self.0.push(format!("<{}", String::from_utf8_lossy(name)));
        }
        fn attribute(&mut self, name: &[u8], value: &str) {
            let tag = self.0.last_mut().unwrap();
            tag.push_str(&format!(" {}={value:?}", String::from_utf8_lossy(name)));
        }
        fn end_start_tag(&mut self, self_closing: bool) {
            let tag = self.0.last_mut().unwrap();
            tag.push_str(if self_closing { "/>" } else { ">" });
        }
        fn end_tag(&mut self, name: &[u8]) {
            self.0.push(format!("</{}>", String::from_utf8_lossy(name)));
        }
        fn text(&mut self, text: &str) {
            assert!(!text.is_empty());
            self.0.push(format!("{text:?}"));
        }
        fn doctype(&mut self) {
            self.0.push("<!doctype>".into());
        }
    }

    fn outline(html: &str) -> String {
        let mut out = Outline::default();
        tokenize(html, &mut out);
        out.0.join(" ")
    }

    fn check(cases: &[(&str, &str)]) {
        for (html, want) in cases {
            assert_eq!(outline(html), *want, "{html}");
        }
    }

    #[test]
    fn tags_and_attributes() {
        check(&[
            ("a<b>c</b>d", r#""a" <b> "c" </b> "d""#),
            (
                "<DIV Class=\"X\" ID=y data-A='q' hidden>",
                r#"<div class="X" id="y" data-a="q" hidden="">"#,
            ),
            (r#"<a b = "c" d= e f =g>"#, r#"<a b="c" d="e" f="g">"#),
            (
                r#"<a t='"' u="'" v="x>y" w=>"#,
                r#"<a t="\"" u="'" v="x>y" w="">"#,
            ),
            (r#"<a b="c"d=e>"#, r#"<a b="c" d="e">"#),
            ("<p a=1 a=2>", r#"<p a="1" a="2">"#),
            (r#"<a ="x" b<c>"#, r#"<a ="x"="" b<c="">"#),
            ("<br/><br /><img src=a/>", r#"<br/> <br/> <img src="a/">"#),
            ("<a/b><p/ >", r#"<a b=""> <p>"#),
            ("<a\thref\n=\r\"x\"\x0c>", r#"<a href="x">"#),
            ("</P class='>'>x</div/>", r#"</p> "x" </div>"#),
            // Only ASCII letters are lowercased; `<é` is text.
            ("<Ab-ç>x</AB-Ç><é>", r#"<ab-ç> "x" </ab-Ç> "<é>""#),
            // The input ends inside a tag: it is dropped with what follows.
            ("a<div", r#""a""#),
            ("a<div class=\"x>b", r#""a" <div"#),
            ("a</p", r#""a""#),
        ]);
    }

    #[test]
    fn text_that_looks_like_markup() {
        check(&[
            ("a < b <> c<3 <é>", r#""a < b <> c<3 <é>""#),
            ("a<", r#""a<""#),
            ("a</", r#""a</""#),
            ("a</>b", r#""a" "b""#),
            ("a</ x>b", r#""a" "b""#),
            (
                "1 &lt; 2 &amp;&amp; <b>&quot;x&quot;</b>",
                r#""1 < 2 && " <b> "\"x\"" </b>"#,
            ),
        ]);
    }

    #[test]
    fn comments_doctypes_and_bogus_comments() {
        check(&[
            ("a<!-- <p>b</p> -->c", r#""a" "c""#),
            ("<!-->a", r#""a""#),
            ("<!--->a", r#""a""#),
            ("<!---->a", r#""a""#),
            ("<!-- a --!>b", r#""b""#),
            ("<!--!>a-->b", r#""b""#),
            ("<!-- a -- b --->c", r#""c""#),
            ("a<!-- unclosed <p>b", r#""a""#),
            ("<!DOCTYPE html><p>", "<!doctype> <p>"),
            ("<!doctypehtml", "<!doctype>"),
            ("<?xml version=\"1.0\"?>a", r#""a""#),
            ("<!ELEMENT br EMPTY>a<!>b", r#""a" "b""#),
            // CDATA is a bogus comment in HTML: it ends at the first `>`.
            ("<![CDATA[a>b]]>c", r#""b]]>c""#),
            ("a<!x", r#""a""#),
        ]);
    }

    #[test]
    fn text_elements() {
        check(&[
            (
                r#"<script>if (a<b && c>d) x = "<p>&amp;";</script>e"#,
                r#"<script> "if (a<b && c>d) x = \"<p>&amp;\";" </script> "e""#,
            ),
            // `</script` in a string ends the script, as in browsers.
            (
                r#"<script>x = "</script>";</script>"#,
                r#"<script> "x = \"" </script> "\";" </script>"#,
            ),
            ("<SCRIPT>a</ScRiPt\n>b", r#"<script> "a" </script> "b""#),
            (
                "<script>a</scripts>b</script/>",
                r#"<script> "a</scripts>b" </script>"#,
            ),
            (
                "<script><!-- document.write('<script>x</script>') --></script>y",
                r#"<script> "<!-- document.write('<script>x</script>') -->" </script> "y""#,
            ),
            (
                "<script><!--a</script>b",
                r#"<script> "<!--a" </script> "b""#,
            ),
            (
                "<script><!--><script></script>b",
                r#"<script> "<!--><script>" </script> "b""#,
            ),
            (
                "<script><!-- <script> --></script>b",
                r#"<script> "<!-- <script> -->" </script> "b""#,
            ),
            ("<script>a<!--<script>", r#"<script> "a<!--<script>""#),
            ("<script/>a</script>", r#"<script/> "a" </script>"#),
            ("<script>a</script", r#"<script> "a</script""#),
            ("<script>a</script x=\"", r#"<script> "a""#),
            (
                "<style>p > a { content: '&amp;' }</style >",
                r#"<style> "p > a { content: '&amp;' }" </style>"#,
            ),
            ("<xmp><b>x</b></xmp>", r#"<xmp> "<b>x</b>" </xmp>"#),
            (
                "<noscript><img src=x></noscript>",
                r#"<noscript> "<img src=x>" </noscript>"#,
            ),
            (
                "<iframe><p></iframe><noembed><p></noembed>",
                r#"<iframe> "<p>" </iframe> <noembed> "<p>" </noembed>"#,
            ),
            (
                "<noframes><p></noframes>",
                r#"<noframes> "<p>" </noframes>"#,
            ),
            ("<style></style>", "<style> </style>"),
            (
                "<title>A &amp; <b>B</b></title>",
                r#"<title> "A & <b>B</b>" </title>"#,
            ),
            (
                "<textarea>&lt;p&gt;</textarea>",
                r#"<textarea> "<p>" </textarea>"#,
            ),
            (
                "<plaintext>a</plaintext><b>",
                r#"<plaintext> "a</plaintext><b>""#,
            ),
            // Only the element's own end tag ends it.
            (
                "<title>a</style>b</title>",
                r#"<title> "a</style>b" </title>"#,
            ),
        ]);
    }

    fn decoded(s: &str, attribute: bool) -> String {
        let mut out = String::new();
        decode(s, attribute, &mut out);
        out
    }

    #[test]
    fn character_references() {
        for (text, want) in [
            ("&amp; &lt;&gt;&quot;&apos;&nbsp;", "& <>\"'\u{a0}"),
            (
                "&eacute;&hellip;&mdash;&euro;&trade;&lang;",
                "é…—€™\u{27e8}",
            ),
            ("&period;&comma;&colon;&lpar;&NewLine;", ".,:(\n"),
            ("&#65;&#x41;&#X41;&#0065&#x1F600;", "AAAA😀"),
            (
                "&#0;&#xD800;&#x110000;&#99999999999999;",
                "\u{fffd}\u{fffd}\u{fffd}\u{fffd}",
            ),
            ("&#128;&#x80;&#150;&#x81;&#159;", "€€–\u{81}Ÿ"),
            ("&#;&#x;&#xg;&#", "&#;&#x;&#xg;&#"),
            // The legacy names are read without `;`, as browsers do; no others.
            ("&amp &lt3 &copy2024 &notit; &AMP", "& <3 ©2024 ¬it; &"),
            ("&apos &hellip &ampere;", "&apos &hellip &ere;"),
            ("&foo; & b AT&T &amp", "&foo; & b AT&T &"),
            ("é&eacute&eacute;x&", "éééx&"),
            ("&verylongname; &thetasym;", "&verylongname; \u{3d1}"),
        ] {
            assert_eq!(decoded(text, false), want, "{text}");
        }
        for (value, want) in [
            ("?a=1&copy=2&amp;b&lt", "?a=1&copy=2&b<"),
            ("&ampx &amp=&copy;=&copy &not", "&ampx &amp=©=© ¬"),
        ] {
            assert_eq!(decoded(value, true), want, "{value}");
        }
        assert_eq!(
            outline("<a href='?a=1&copy=2&amp;b' title=&lt;&gt>"),
            r#"<a href="?a=1&copy=2&b" title="<>">"#
        );
    }

    #[test]
    fn entity_table() {
        assert!(ENTITIES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(NAMES.windows(2).all(|w| w[0] < w[1]));
        assert!(ENTITIES.iter().all(|(n, _)| n.len() <= LONGEST));
        // WHATWG's list of names read without `;` has 106 entries.
        assert_eq!(ENTITIES.iter().filter(|(_, c)| legacy(*c)).count(), 106);
        assert_eq!(entity(b"zwnj"), Some('\u{200c}'));
        assert_eq!(entity(b"Amp"), None);
        // Prefixes, the first and last names, and names too long for any entry.
        assert_eq!((entity(b"AE"), entity(b"AElig")), (None, Some('\u{c6}')));
        assert_eq!((entity(b"zwj"), entity(b"zwnjx")), (Some('\u{200d}'), None));
        assert_eq!((entity(b""), entity(b"thetasymx")), (None, None));
        for (name, c) in ENTITIES {
            assert_eq!(entity(name.as_bytes()), Some(*c), "{name}");
        }
    }

    #[test]
    fn junk_never_panics_and_stays_linear() {
        // Every byte sequence of these pieces, as a fuzzer would build them.
        let pieces = [
            "<", ">", "/", "!", "-", "?", "&", "#", ";", "=", "\"", "'", " ", "a", "X", "1", "é",
            "😀", "\0", "script", "--", "amp", "x",
        ];
        let mut seed = 12345u32;
        for _ in 0..20_000 {
            let mut html = String::new();
            for _ in 0..(seed % 24) {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                html.push_str(pieces[(seed >> 16) as usize % pieces.len()]);
            }
            outline(&html);
            decoded(&html, true);
        }
        let n = 200_000;
        for html in [
            "<!--".to_string() + &"-".repeat(n),
            "<script>".to_string() + &"<!--<script></scrip".repeat(n / 16),
            "<style>".to_string() + &"</".repeat(n),
            "<a b=".to_string() + &"&".repeat(n),
            "&#".to_string() + &"9".repeat(n),
            "<".repeat(n),
            "<a ".repeat(n),
            "&amp".repeat(n),
        ] {
            let mut out = Outline::default();
            tokenize(&html, &mut out);
        }
    }
}
