//! The fuzz targets' bodies, shared with the quick pass of `make test` (tests/fuzz_corpus.rs
//! and tests/regressions.rs include this file), so an input replays exactly as the fuzzer
//! ran it.
//!
//! Every unit:
//! - runs on a thread with a 1 MiB stack, the size of the wasm stack, so a recursion over the
//!   input that would trap in the browser fails here too (natively the main thread has 8 MiB);
//! - is checked against the invariants the API documents ([`check`]);
//! - passes a cost oracle ([`Cost`]): its CPU time may be at most [`COST_FACTOR`] times that
//!   of ordinary text of the same size, measured once in the same process.
#![allow(dead_code)] // each target uses one entry point

use abridge::document::Document;
use abridge::{analyze, Analysis, Budget, Format, Options};
use arbitrary::{Arbitrary, Unstructured};
use std::sync::OnceLock;

/// The largest input the targets build or read (libFuzzer's `-max_len=65536`).
pub const MAX_LEN: usize = 64 * 1024;
/// The wasm build's stack (rustc's default for wasm32-unknown-unknown).
pub const STACK: usize = 1 << 20;
/// How many times ordinary text's CPU time per byte a unit may take. Ordinary shapes differ
/// by a few times (short words, dense markup); the faults this hunts are quadratic or worse.
pub const COST_FACTOR: f64 = 20.0;
/// Below this a unit never fails the cost oracle: timer and cache noise on tiny inputs.
pub const COST_FLOOR_NS: f64 = 20e6;

// ---------------------------------------------------------------------------------------
// The targets

/// `ingest`: the first byte picks the format (`a`uto, `t`ext, `h`tml, `m`arkdown; any other
/// byte by its value mod 4), the rest is the article (invalid UTF-8 replaced, as the CLI
/// does).
pub fn ingest(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let format = match first {
        b'a' => Format::Auto,
        b't' => Format::Text,
        b'h' => Format::Html,
        b'm' => Format::Markdown,
        b => [Format::Auto, Format::Text, Format::Html, Format::Markdown][b as usize % 4],
    };
    let text = String::from_utf8_lossy(rest);
    run(&text, &Options::default().format(format));
}

/// `analyze_json`: the first line is the options as JSON, read by the options' `Deserialize`
/// (the path JS and the CLI take); the rest is the article. Options the reader accepts must
/// never make `analyze` fail; options it refuses must say why.
pub fn analyze_json(data: &[u8]) {
    let split = data.iter().position(|&b| b == b'\n').unwrap_or(data.len());
    let (json, rest) = data.split_at(split);
    match serde_json::from_slice::<Options>(json) {
        Ok(options) => {
            let text = String::from_utf8_lossy(rest.get(1..).unwrap_or_default());
            run(&text, &options);
        }
        Err(e) => assert!(
            !e.to_string().trim().is_empty(),
            "an error without a message"
        ),
    }
}

/// `article`: the bytes drive [`Article`], a generator of articles made of words, names,
/// abbreviations, dashes, punctuation, markup, entities, front matter, emoji, combining
/// marks, right-to-left text and long repeated runs.
/// Its options go through the JSON options path too.
pub fn article(data: &[u8]) {
    let Some((text, options)) = Article::from_bytes(data) else {
        return;
    };
    let options = serde_json::from_value(options).expect("the generator's options are valid");
    run(&text, &options);
}

/// An `article` input as an `analyze_json` input (options line, article): the form to keep
/// a crash in, since it does not change when the generator does.
pub fn article_as_analyze_json(data: &[u8]) -> Option<Vec<u8>> {
    let (text, options) = Article::from_bytes(data)?;
    Some(format!("{options}\n{text}").into_bytes())
}

/// Analyses `text` on a wasm-sized stack, then applies the cost oracle and the invariants.
/// Inputs under the size limit must give a result, never an error.
pub fn run(text: &str, options: &Options) {
    let (result, ns) = on_small_stack(|| {
        let start = cpu_ns();
        let result = analyze(text, options);
        (result, cpu_ns() - start)
    });
    Cost::get().check(text.len(), ns);
    let analysis =
        result.unwrap_or_else(|e| panic!("a {}-byte input was refused: {e}", text.len()));
    check(text, options, &analysis);
}

pub fn on_small_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .stack_size(STACK)
            .spawn_scoped(scope, f)
            .expect("spawn a thread");
        worker
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

// ---------------------------------------------------------------------------------------
// The cost oracle

/// The calling thread's CPU time: a busy machine's other processes do not count.
fn cpu_ns() -> f64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec to write to; the clock exists on Linux and macOS.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    assert_eq!(rc, 0, "clock_gettime");
    t.tv_sec as f64 * 1e9 + t.tv_nsec as f64
}

/// Ordinary text's cost, measured once per process on the project's seed articles.
pub struct Cost {
    /// CPU time of a short ordinary article (fixed costs: tables, language detection).
    fixed_ns: f64,
    /// CPU time per byte of a 64 KB ordinary article.
    per_byte_ns: f64,
}

const SEEDS: [&str; 2] = [
    include_str!("../tests/fixtures/seeds/000_619fbf2692e600e9.txt"),
    include_str!("../tests/fixtures/seeds/003_3517b4e7fe09921b.txt"),
];

impl Cost {
    pub fn get() -> &'static Cost {
        static COST: OnceLock<Cost> = OnceLock::new();
        COST.get_or_init(|| {
            // The plain-text seed's body, repeated: prose of ordinary sentences and words.
            let prose = SEEDS[0];
            let short = &prose[..prose
                .char_indices()
                .nth(600)
                .map_or(prose.len(), |(i, _)| i)];
            let long = prose.repeat(MAX_LEN / prose.len() + 1);
            let best = |text: &str| {
                (0..3)
                    .map(|_| {
                        on_small_stack(|| {
                            let start = cpu_ns();
                            let _ = analyze(text, &Options::default());
                            cpu_ns() - start
                        })
                    })
                    .fold(f64::INFINITY, f64::min)
            };
            Cost {
                fixed_ns: best(short),
                per_byte_ns: best(&long) / long.len() as f64,
            }
        })
    }

    /// The most a `len`-byte unit may take.
    pub fn limit_ns(&self, len: usize) -> f64 {
        COST_FLOOR_NS + COST_FACTOR * self.fixed_ns.max(self.per_byte_ns * len as f64)
    }

    pub fn check(&self, len: usize, ns: f64) {
        let ordinary = self.fixed_ns.max(self.per_byte_ns * len as f64);
        assert!(
            ns <= self.limit_ns(len),
            "cost: a {len}-byte input took {:.1} ms of CPU, {:.0}x ordinary text of that size ({:.2} ms)",
            ns / 1e6,
            ns / ordinary,
            ordinary / 1e6
        );
    }
}

// ---------------------------------------------------------------------------------------
// The invariants

/// What every analysis promises (see `Analysis` and the package's types): offsets on UTF-16
/// boundaries that slice to the reported text, the summary in document order within its
/// budget, scores in [0, 1] with the best at 1, counts within the options, no control
/// characters in the text, and ingest's blocks in order on character boundaries.
pub fn check(input: &str, options: &Options, a: &Analysis) {
    let units: Vec<u16> = a.text.encode_utf16().collect();
    let on_boundary =
        |i: usize| i == units.len() || (i < units.len() && !(0xDC00..0xE000).contains(&units[i]));
    let span = |start: usize, end: usize, what: &str| {
        assert!(
            start <= end && end <= units.len(),
            "{what}: {start}..{end} outside 0..{}",
            units.len()
        );
        assert!(
            on_boundary(start) && on_boundary(end),
            "{what}: {start}..{end} splits a surrogate pair"
        );
    };
    assert!(
        !a.text.chars().any(|c| c.is_control() && c != '\n'),
        "a control character in the text"
    );

    // Summary: document order, slices, scores, budget.
    for s in &a.summary {
        span(s.start, s.end, "summary sentence");
        assert_eq!(
            a.slice(s.start, s.end),
            s.text,
            "summary sentence {} does not slice",
            s.index
        );
        assert!(
            s.index < a.stats.sentences,
            "sentence index {} of {}",
            s.index,
            a.stats.sentences
        );
        assert!((0.0..=1.0).contains(&s.score), "summary score {}", s.score);
    }
    assert!(
        a.summary
            .windows(2)
            .all(|w| w[0].index < w[1].index && w[0].end <= w[1].start),
        "summary not in document order"
    );
    if !a.summary.is_empty() {
        assert!(
            a.summary.iter().any(|s| s.score == 1.0),
            "no summary sentence scores 1"
        );
    }
    match options.budget() {
        Budget::Sentences(n) => assert!(
            a.summary.len() <= n,
            "{} sentences for a budget of {n}",
            a.summary.len()
        ),
        Budget::Ratio(r) => {
            let most = ((a.stats.sentences as f64 * r).round() as usize).max(1);
            assert!(
                a.summary.len() <= most,
                "{} sentences for ratio {r} of {}",
                a.summary.len(),
                a.stats.sentences
            );
        }
        Budget::MaxWords(n) if a.summary.len() > 1 => {
            // Words as the engine counts them: the tokens of each sentence.
            let named = options
                .get_language()
                .and_then(abridge::lang::Language::from_code);
            let doc = abridge::ingest::ingest(input, options.get_format(), named);
            // Read in the language the analysis reports ("und": without rules).
            let lang = abridge::lang::Language::from_code(&a.language)
                .unwrap_or(abridge::lang::Language::Other);
            let seg = abridge::segment::segment(&doc, lang);
            let words: usize = a
                .summary
                .iter()
                .map(|s| seg.sentences[s.index].tokens.len())
                .sum();
            assert!(words <= n, "{words} words for a budget of {n}");
        }
        Budget::MaxWords(_) => {}
    }

    // Keyphrases: best first from 1, occurrences in order that slice to a variant.
    assert!(a.keyphrases.len() <= options.keyphrase_count());
    for k in &a.keyphrases {
        assert!(
            (0.0..=1.0).contains(&k.score),
            "keyphrase score {}",
            k.score
        );
        assert_eq!(k.count, k.occurrences.len());
        assert!(!k.text.trim().is_empty(), "an empty keyphrase");
        for o in &k.occurrences {
            span(o.start, o.end, "keyphrase occurrence");
            assert!(o.start < o.end, "an empty occurrence of {:?}", k.text);
        }
        assert!(
            k.occurrences
                .windows(2)
                .all(|w| (w[0].start, w[0].end) <= (w[1].start, w[1].end)),
            "occurrences of {:?} not in document order",
            k.text
        );
    }
    assert!(
        a.keyphrases.windows(2).all(|w| w[0].score >= w[1].score),
        "keyphrases not best first"
    );
    if let Some(best) = a.keyphrases.first() {
        assert_eq!(best.score, 1.0, "the best keyphrase scores {}", best.score);
    }

    // Tags: within the count, best first, slugs URL-safe.
    assert!(a.tags.len() <= options.tag_count());
    for t in &a.tags {
        assert!((0.0..=1.0).contains(&t.score), "tag score {}", t.score);
        assert!(!t.slug.is_empty(), "an empty slug for {:?}", t.label);
        assert!(
            t.slug.chars().all(|c| c.is_ascii_lowercase()
                || c.is_ascii_digit()
                || c == '-'
                || !(c.is_ascii() || c.is_whitespace() || c.is_control())),
            "slug {:?} is not URL-safe",
            t.slug
        );
    }
    assert!(
        a.tags.windows(2).all(|w| w[0].score >= w[1].score),
        "tags not best first"
    );

    assert_eq!(a.stats.reading_minutes, a.stats.words.div_ceil(230));
    assert!(a.stats.sentences >= a.summary.len());
    serde_json::to_string(a).expect("the analysis serializes");

    let named = options
        .get_language()
        .and_then(abridge::lang::Language::from_code);
    check_document(&abridge::ingest::ingest(input, options.get_format(), named));
}

/// Ingest's blocks: non-empty, in order, separated by a blank line, on character boundaries.
fn check_document(doc: &Document) {
    let mut previous_end = None;
    for b in &doc.blocks {
        assert!(
            b.start < b.end && b.end <= doc.text.len(),
            "block {}..{} of {}",
            b.start,
            b.end,
            doc.text.len()
        );
        assert!(doc.text.is_char_boundary(b.start) && doc.text.is_char_boundary(b.end));
        if let Some(end) = previous_end {
            assert_eq!(
                &doc.text[end..b.start],
                "\n\n",
                "blocks not separated by a blank line"
            );
        }
        previous_end = Some(b.end);
    }
}

// ---------------------------------------------------------------------------------------
// The structure-aware generator

/// An article as parts the engine treats specially; [`Article::render`] writes it as text,
/// Markdown, an HTML fragment or a whole HTML page, with YAML or TOML front matter.
#[derive(Arbitrary, Debug)]
pub struct Article {
    shape: Shape,
    front_matter: Option<FrontMatter>,
    blocks: Vec<Block>,
    options: OptionSpec,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Shape {
    Text,
    Markdown,
    Fragment,
    Page,
}

#[derive(Arbitrary, Debug)]
struct FrontMatter {
    toml: bool,
    fields: Vec<(Pick, FieldValue)>,
}

#[derive(Arbitrary, Debug)]
enum FieldValue {
    Plain(Vec<Piece>),
    Quoted(Vec<Piece>),
    Inline(Vec<Vec<Piece>>),
    Block(Vec<Vec<Piece>>),
    Nested(Pick, Vec<Piece>),
    Raw(Pick),
}

#[derive(Arbitrary, Debug)]
struct Block {
    kind: BlockKind,
    pieces: Vec<Piece>,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum BlockKind {
    Paragraph,
    Heading(u8),
    ListItem,
    Quote,
    Code,
    Table(u8),
    Chrome,
    Raw,
}

/// A run of atoms, or the same atoms repeated `(times + 1) << scale % 12` times, so long
/// runs are as likely as short ones (`numbered` appends the repetition's number to each
/// word: `w1 w2 …`, for many distinct words).
#[derive(Arbitrary, Debug)]
enum Piece {
    Atom(Atom),
    Repeat {
        atoms: Vec<Atom>,
        times: u8,
        scale: u8,
        numbered: bool,
    },
    /// One atom joined to itself by a dash or joiner, as often as a `Repeat`: compounds
    /// and chains ("U.S.-U.S.-…", "a-b-c-…", "w1/w2/…").
    Chain {
        atom: Atom,
        joiner: Pick,
        times: u8,
        scale: u8,
        numbered: bool,
    },
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Atom {
    Word(Pick),
    Name(Pick),
    Abbreviation(Pick),
    Dash(Pick),
    Punctuation(Pick),
    Number(u32, u8),
    Id(u16, u16),
    Tag(Pick),
    Entity(Pick),
    Emoji(Pick),
    Script(Pick),
    Control(Pick),
    Link(Pick),
    Char(char),
}

/// An index into one of the lists below.
#[derive(Arbitrary, Debug, Clone, Copy)]
struct Pick(u8);

impl Pick {
    fn of<'a>(self, list: &[&'a str]) -> &'a str {
        list[self.0 as usize % list.len()]
    }
}

const WORDS: &[&str] = &[
    "the",
    "talks",
    "began",
    "on",
    "Monday",
    "council",
    "approved",
    "budget",
    "and",
    "of",
    "a",
    "said",
    "river",
    "flood",
    "school",
    "funding",
    "critics",
    "transit",
    "in",
    "to",
    "was",
    "were",
    "is",
    "it",
    "they",
    "officials",
    "trade",
    "climate",
    "election",
    "vote",
    "minister",
    "percent",
    "year",
    "week",
    "city",
    "report",
    "new",
    "first",
    "would",
    "could",
    "not",
    "he",
    "she",
    "I",
    "we",
    "x",
    "state-of-the-art",
    "e-mail",
    "co-operate",
    "well-known",
    "don't",
    "it's",
    "O'Brien",
    "naïve",
    "café",
    "Zürich",
    "straße",
    "İstanbul",
    "ﬁnance",
    "Ⅻ",
];
const NAMES: &[&str] = &[
    "Antony Blinken",
    "Blinken",
    "Wang Yi",
    "Anchorage",
    "China",
    "United States",
    "Alaska",
    "Jake Sullivan",
    "Yang Jiechi",
    "European Union",
    "NASA",
    "UN",
    "WHO",
    "Mr Smith",
    "New York",
    "Reuters",
    "BBC",
    "McDonald's",
    "iPhone",
    "X Æ A-12",
    "ACME Corp.",
    "Dr. No",
];
const ABBREVIATIONS: &[&str] = &[
    "U.S.", "U.K.", "Mr.", "Mrs.", "Dr.", "St.", "Jr.", "Inc.", "Ltd.", "Co.", "a.m.", "p.m.",
    "e.g.", "i.e.", "etc.", "vs.", "No.", "Jan.", "Sept.", "Gen.", "Sen.", "Rep.", "Gov.", "J.",
    "J. R. R.", "U.S.A.", "Ph.D.", "D.C.", "approx.", "Fig.", "p.", "pp.", "Mt.",
];
/// Joined ones glue the next word to the previous one ("U.S.-China"); spaced ones do not.
const DASHES: &[&str] = &[
    "-", "–", "—", "‐", "‑", "‒", "―", "−", "/", "_", "--", "---", " - ", " – ", " — ", " -- ",
    "\u{AD}", "‧", "·", "~", "+", "&", "'s", "’s", "’",
];
const PUNCTUATION: &[&str] = &[
    ".", ",", ";", ":", "!", "?", "...", "…", "?!", "\"", "“", "”", "'", "‘", "’", "«", "»", "„",
    "(", ")", "[", "]", "{", "}", "%", "+", "_", "*", "**", "#", "|", "`", "```", "\\", "@", "$",
    "€", "£", "^", "=", "<", ">", "/", ".\"", "?\"", ".)", "。", "、", "！", "？", "؟", "،", "।",
    "჻", " . . .", ". . . .",
];
const TAGS: &[&str] = &[
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<br>",
    "<br/>",
    "<b>",
    "</b>",
    "<i>",
    "</i>",
    "<em>",
    "</em>",
    "<strong>",
    "</strong>",
    "<a href=\"https://example.org/x\">",
    "<a href=\"javascript:alert(1)\">",
    "</a>",
    "<span class=\"caption\">",
    "</span>",
    "<h1>",
    "</h1>",
    "<h2>",
    "</h2>",
    "<li>",
    "</li>",
    "<ul>",
    "</ul>",
    "<ol>",
    "</ol>",
    "<table>",
    "<tr>",
    "<td>",
    "</td>",
    "</tr>",
    "</table>",
    "<blockquote>",
    "</blockquote>",
    "<pre>",
    "</pre>",
    "<code>",
    "</code>",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<nav>",
    "</nav>",
    "<footer>",
    "</footer>",
    "<figure>",
    "<figcaption>",
    "</figcaption>",
    "</figure>",
    "<img src=x onerror=alert(1)>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<!DOCTYPE html>",
    "<svg><title>",
    "</title></svg>",
    "<template>",
    "</template>",
    "<noscript>",
    "</noscript>",
    "<textarea>",
    "</textarea>",
    "<iframe srcdoc=\"<p>x\">",
    "<meta property=\"og:title\" content=\"",
    "\">",
    "<p",
    "</",
    "<",
    "<a",
    "<div class=\"article-body\">",
    "<main>",
    "</main>",
    "<article>",
    "</article>",
    "<header>",
    "</header>",
    "<aside>",
    "</aside>",
    "<time datetime=\"2021-03-18\">",
    "</time>",
    "<sup>",
    "</sup>",
    "<wbr>",
    "<hr>",
    "<x:y>",
    "</x:y>",
    "<math>",
    "</math>",
];
const ENTITIES: &[&str] = &[
    "&amp;",
    "&lt;",
    "&gt;",
    "&quot;",
    "&#39;",
    "&apos;",
    "&nbsp;",
    "&mdash;",
    "&ndash;",
    "&hellip;",
    "&rsquo;",
    "&ldquo;",
    "&#8212;",
    "&#x2014;",
    "&#x1F600;",
    "&#0;",
    "&#xD800;",
    "&#xDFFF;",
    "&#99999999;",
    "&#x110000;",
    "&#;",
    "&#x;",
    "&notin",
    "&noti",
    "&amp",
    "&",
    "&AElig;",
    "&zwj;",
    "&shy;",
    "&lt;script&gt;",
    "&#128512;",
    "&#65279;",
];
const EMOJI: &[&str] = &[
    "😀",
    "👩‍👩‍👧‍👦",
    "🇺🇸",
    "🇨🇳",
    "👍🏽",
    "❤️",
    "🏳️‍🌈",
    "\u{200D}",
    "\u{FE0F}",
    "e\u{301}",
    "\u{301}",
    "a\u{300}\u{301}\u{302}\u{303}\u{304}\u{305}",
    "Z\u{351}\u{352}\u{357}",
    "\u{20DD}",
    "ǅ",
    "ﷺ",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "\u{1F3FB}",
];
const SCRIPTS: &[&str] = &[
    "مرحبا بالعالم",
    "قال الوزير",
    "שלום עולם",
    "\u{202E}",
    "\u{202B}",
    "\u{200F}",
    "\u{200E}",
    "\u{2067}",
    "\u{2069}",
    "中文新闻",
    "北京。",
    "日本語の文。",
    "한국어",
    "ไทย",
    "हिन्दी।",
    "Ελληνικά",
    "Русский текст.",
    "ქართული",
    "አማርኛ።",
    "𠜎𠜱",
    "ㄱㄴ",
];
const CONTROLS: &[&str] = &[
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\u{0}",
    "\u{7}",
    "\u{1B}[31m",
    "\u{85}",
    "\u{2028}",
    "\u{2029}",
    "\u{FEFF}",
    "\u{FFFD}",
    "\u{FFFF}",
    "\u{E000}",
    "\u{200B}",
    "\u{00A0}",
    "\u{3000}",
    "\u{C}",
    "\u{B}",
];
const LINKS: &[&str] = &[
    "https://example.org/a-b-c",
    "http://x.y/?q=1&r=2#f",
    "www.example.com",
    "mailto:a@b.c",
    "javascript:alert(1)",
    "a@b.co",
    "[text](https://x.org)",
    "![img](x.png)",
    "[ref][1]",
    "[^1]",
    "<https://x.org>",
    "data:text/html,<script>",
];
const CHROME: &[&str] = &[
    "Download",
    "Read more:",
    "Share",
    "Advertisement",
    "Updated 21:47, 18-Mar-2021",
    "00:22",
    "CGTN",
    "Search Trends",
    "Sign up for our newsletter",
    "Photo: Getty",
    "/VCG",
    "Related:",
    "Copyright 2024",
    "Follow us",
    "Listen to this article",
];
const FRONT_MATTER_KEYS: &[&str] = &[
    "title",
    "author",
    "authors",
    "author.name",
    "byline",
    "date",
    "published",
    "pubdate",
    "categories",
    "category",
    "section",
    "tags",
    "keywords",
    "description",
    "summary",
    "excerpt",
    "subtitle",
    "image",
    "thumbnail",
    "cover",
    "images",
    "featured_image",
    "url",
    "link",
    "permalink",
    "canonical",
    "site",
    "site_name",
    "publisher",
    "source",
    "lang",
    "draft",
    "slug",
    "x",
    "Note that",
    "\"title\"",
    "",
];
const RAW_VALUES: &[&str] = &[
    "|",
    ">",
    "|-",
    ">+",
    "[]",
    "[a, b, \"c, d\"]",
    "\"unterminated",
    "'it''s'",
    "\"\"\"",
    "\"a \\\" b\"",
    "&anchor x",
    "*anchor",
    "!!binary AAAA",
    "{a: 1}",
    "~",
    "null",
    "2021-03-18",
    "javascript:alert(1)",
    "<script>alert(1)</script>",
    "# comment",
    "a: b: c",
    "- x",
];

/// Appends `piece` to `out`, a space first where the previous text asks for one.
fn word(out: &mut String, piece: &str) {
    if !(out.is_empty()
        || out.ends_with([' ', '\n', '-', '–', '—', '/', '(', '"', '“', '>', '\u{AD}']))
    {
        out.push(' ');
    }
    out.push_str(piece);
}

impl Atom {
    fn write(self, out: &mut String, number: Option<usize>) {
        match self {
            Atom::Word(p) => word(out, p.of(WORDS)),
            Atom::Name(p) => word(out, p.of(NAMES)),
            Atom::Abbreviation(p) => word(out, p.of(ABBREVIATIONS)),
            Atom::Dash(p) => out.push_str(p.of(DASHES)),
            Atom::Punctuation(p) => out.push_str(p.of(PUNCTUATION)),
            Atom::Number(n, form) => word(
                out,
                &match form % 5 {
                    0 => n.to_string(),
                    1 => format!("{}.{}", n / 100, n % 100),
                    2 => format!("{},{:03}", n / 1000, n % 1000),
                    3 => format!("{n}%"),
                    _ => format!("1.{n}e-{form}"),
                },
            ),
            Atom::Id(a, b) => word(out, &format!("w{a}x{b}")),
            Atom::Tag(p) => out.push_str(p.of(TAGS)),
            Atom::Entity(p) => out.push_str(p.of(ENTITIES)),
            Atom::Emoji(p) => out.push_str(p.of(EMOJI)),
            Atom::Script(p) => word(out, p.of(SCRIPTS)),
            Atom::Control(p) => out.push_str(p.of(CONTROLS)),
            Atom::Link(p) => word(out, p.of(LINKS)),
            Atom::Char(c) => out.push(c),
        }
        if let (Some(n), Atom::Word(_) | Atom::Name(_) | Atom::Id(..)) = (number, self) {
            out.push_str(&n.to_string());
        }
    }
}

impl Piece {
    fn write(&self, out: &mut String) {
        match self {
            Piece::Atom(a) => a.write(out, None),
            Piece::Repeat {
                atoms,
                times,
                scale,
                numbered,
            } if !atoms.is_empty() => {
                for n in 0..(*times as usize + 1) << (scale % 12) {
                    if out.len() >= MAX_LEN {
                        break;
                    }
                    for a in atoms {
                        a.write(out, numbered.then_some(n));
                    }
                }
            }
            Piece::Repeat { .. } => {}
            Piece::Chain {
                atom,
                joiner,
                times,
                scale,
                numbered,
            } => {
                for n in 0..(*times as usize + 1) << (scale % 12) {
                    if out.len() >= MAX_LEN {
                        break;
                    }
                    if n > 0 {
                        out.push_str(joiner.of(DASHES));
                    }
                    atom.write(out, numbered.then_some(n));
                }
            }
        }
    }
}

fn pieces(list: &[Piece]) -> String {
    let mut out = String::new();
    for p in list {
        if out.len() >= MAX_LEN {
            break;
        }
        p.write(&mut out);
    }
    out
}

impl FrontMatter {
    fn write(&self, out: &mut String) {
        let fence = if self.toml { "+++\n" } else { "---\n" };
        out.push_str(fence);
        for (key, value) in &self.fields {
            let key = key.of(FRONT_MATTER_KEYS);
            let (sep, quote) = if self.toml { (" = ", "\"") } else { (": ", "") };
            match value {
                FieldValue::Plain(p) => {
                    out.push_str(&format!("{key}{sep}{quote}{}{quote}\n", pieces(p)))
                }
                FieldValue::Quoted(p) => out.push_str(&format!("{key}{sep}\"{}\"\n", pieces(p))),
                FieldValue::Inline(items) => {
                    let items: Vec<String> =
                        items.iter().map(|i| format!("\"{}\"", pieces(i))).collect();
                    out.push_str(&format!("{key}{sep}[{}]\n", items.join(", ")));
                }
                FieldValue::Block(items) => {
                    out.push_str(&format!("{key}:\n"));
                    for i in items {
                        out.push_str(&format!("  - {}\n", pieces(i)));
                    }
                }
                FieldValue::Nested(child, p) => out.push_str(&format!(
                    "{key}:\n  {}: {}\n",
                    child.of(FRONT_MATTER_KEYS),
                    pieces(p)
                )),
                FieldValue::Raw(p) => out.push_str(&format!("{key}{sep}{}\n", p.of(RAW_VALUES))),
            }
            if out.len() >= MAX_LEN {
                break;
            }
        }
        out.push_str(fence);
    }
}

impl Block {
    fn write(&self, shape: Shape, out: &mut String) {
        let body = match self.kind {
            BlockKind::Chrome => {
                let first = self.pieces.first().map_or(0, |p| match p {
                    Piece::Atom(Atom::Word(Pick(n))) => *n,
                    _ => 0,
                });
                Pick(first).of(CHROME).to_string()
            }
            _ => pieces(&self.pieces),
        };
        let html = matches!(shape, Shape::Fragment | Shape::Page);
        let text = match (self.kind, html) {
            (BlockKind::Raw | BlockKind::Chrome, _) => body,
            (BlockKind::Paragraph, false) => body,
            (BlockKind::Paragraph, true) => format!("<p>{body}</p>"),
            (BlockKind::Heading(level), false) if matches!(shape, Shape::Markdown) => {
                format!("{} {body}", "#".repeat(level as usize % 7 + 1))
            }
            (BlockKind::Heading(_), false) => body,
            (BlockKind::Heading(level), true) => {
                let level = level % 6 + 1;
                format!("<h{level}>{body}</h{level}>")
            }
            (BlockKind::ListItem, false) => format!("- {body}"),
            (BlockKind::ListItem, true) => format!("<ul><li>{body}</li></ul>"),
            (BlockKind::Quote, false) => format!("> {body}"),
            (BlockKind::Quote, true) => format!("<blockquote>{body}</blockquote>"),
            (BlockKind::Code, false) => format!("```\n{body}\n```"),
            (BlockKind::Code, true) => format!("<pre><code>{body}</code></pre>"),
            (BlockKind::Table(columns), false) => {
                let cells: Vec<&str> = body.split(' ').collect();
                let columns = columns as usize % 8 + 1;
                let rows: Vec<String> = cells
                    .chunks(columns)
                    .map(|row| format!("| {} |", row.join(" | ")))
                    .collect();
                let rule = format!("|{}", "---|".repeat(columns));
                match rows.split_first() {
                    Some((head, rest)) => format!("{head}\n{rule}\n{}", rest.join("\n")),
                    None => rule,
                }
            }
            (BlockKind::Table(columns), true) => {
                let cells: Vec<&str> = body.split(' ').collect();
                let rows: Vec<String> = cells
                    .chunks(columns as usize % 8 + 1)
                    .map(|row| format!("<tr><td>{}</td></tr>", row.join("</td><td>")))
                    .collect();
                format!("<table>{}</table>", rows.concat())
            }
        };
        out.push_str(&text);
        out.push_str(if html { "\n" } else { "\n\n" });
    }
}

#[derive(Arbitrary, Debug)]
struct OptionSpec {
    budget: u8,
    amount: u16,
    keyphrases: u16,
    tags: u16,
    format: bool,
    language: bool,
}

impl Article {
    /// The article's text (at most [`MAX_LEN`] bytes) and the options to analyse it with, as
    /// JSON; `None` when the bytes run out before an article is chosen.
    pub fn from_bytes(data: &[u8]) -> Option<(String, serde_json::Value)> {
        Some(
            Article::arbitrary_take_rest(Unstructured::new(data))
                .ok()?
                .render(),
        )
    }

    fn render(&self) -> (String, serde_json::Value) {
        let mut out = String::new();
        if let Some(fm) = &self.front_matter {
            fm.write(&mut out);
        }
        let page = matches!(self.shape, Shape::Page);
        if page {
            out.push_str("<!DOCTYPE html><html><head><title>");
            if let Some(b) = self.blocks.first() {
                out.push_str(&pieces(&b.pieces));
            }
            out.push_str("</title><meta property=\"og:url\" content=\"javascript:alert(1)\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article>\n");
        }
        for b in &self.blocks {
            if out.len() >= MAX_LEN {
                break;
            }
            b.write(self.shape, &mut out);
        }
        if page {
            out.push_str("</article><footer>Copyright. <a href=\"/privacy\">Privacy</a></footer></body></html>");
        }
        if out.len() > MAX_LEN {
            out.truncate(floor_char_boundary(&out, MAX_LEN));
        }

        let o = &self.options;
        let amount = o.amount % 1001;
        let mut options = serde_json::json!({
            "keyphrases": o.keyphrases % 1001,
            "tags": o.tags % 1001,
            "language": if o.language { "en" } else { "auto" },
        });
        let (key, value) = match o.budget % 3 {
            0 => ("sentences", serde_json::json!(amount)),
            1 => (
                "ratio",
                serde_json::json!((o.amount as f64 + 1.0) / 65536.0),
            ),
            _ => ("maxWords", serde_json::json!(amount)),
        };
        options[key] = value;
        if o.format {
            options["format"] = serde_json::json!(match self.shape {
                Shape::Text => "text",
                Shape::Markdown => "markdown",
                Shape::Fragment | Shape::Page => "html",
            });
        }
        (out, options)
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
