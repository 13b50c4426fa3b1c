//! Tokens: Unicode words with their offsets. Hyphenated compounds ("COVID-19",
//! "China-U.S."), acronyms with dots ("U.S."), decimals and grouped numbers ("3.5",
//! "400,000") and contractions stay whole; a clitic "'s" is left out of the token in the
//! languages that write one (`Rules::possessive_s`: "China's" → "China"); an elided article or preposition is left out of the token in the
//! languages that elide ("l'État" → "État", "dell'anno" → "anno"); particles joined to a word
//! are left out of the token and end its phrase (Korean "서울에서" → "서울"); Chinese and Japanese are
//! cut into words by `cjk`, whose function words give no token but break phrases like
//! punctuation. URLs and e-mail addresses are not words: they give no token and break phrases
//! like punctuation.

use super::cjk;
use crate::lang::Language;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Punctuation (not just spaces) stands between this token and the previous one, so
    /// no phrase spans them.
    pub after_punct: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
}

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x0DFF) && !c.is_whitespace()
}

/// Appends the tokens of `text` to `out`, offsets shifted by `base`.
///
/// ```
/// let mut tokens = Vec::new();
/// let text = "China's U.S.-China talks cost $3.5 billion.";
/// abridge::segment::tokenize(text, 0, abridge::lang::Language::English, &mut tokens);
/// let words: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
/// assert_eq!(words, ["China", "U.S.-China", "talks", "cost", "3.5", "billion"]);
/// ```
pub fn tokenize(text: &str, base: usize, lang: Language, out: &mut Vec<Token>) {
    let elisions = lang.rules().elisions;
    let possessive_s = lang.rules().possessive_s;
    let at = |i: usize| text.get(i..).and_then(|s| s.chars().next());
    let mut links = Links::default();
    let mut i = 0;
    let mut after_punct = false;
    // Whether the sentence is Japanese (has kana), asked once when it has CJK at all.
    let mut japanese = None;
    let mut words = Vec::new();
    // `segment` hands over one sentence: its first token is the sentence's first word.
    let first = out.len();
    // A change between CJK and other scripts breaks phrases: "economist 李明华" is no phrase.
    let mut last_cjk = None;
    while let Some(c) = at(i) {
        if let Some(len) = links.at(text, i) {
            i += len;
            after_punct = true;
            continue;
        }
        if !is_word_char(c) && !opens_name(text, i) {
            if !c.is_whitespace() {
                after_punct = true;
            }
            i += c.len_utf8();
            continue;
        }
        if is_cjk(c) {
            let run = text[i..]
                .find(|c: char| !(is_cjk(c) && is_word_char(c)))
                .map_or(text.len(), |len| i + len);
            let japanese = *japanese.get_or_insert_with(|| cjk::has_kana(text));
            words.clear();
            let after_number =
                text[..i].ends_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
            cjk::split(&text[i..run], japanese, after_number, &mut words);
            after_punct |= last_cjk == Some(false);
            last_cjk = Some(true);
            for word in &words {
                if word.function {
                    after_punct = true;
                    continue;
                }
                out.push(Token {
                    start: base + i + word.start,
                    end: base + i + word.end,
                    kind: TokenKind::Word,
                    after_punct,
                });
                after_punct = false;
            }
            i = run;
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        // A compound of acronyms ("U.S.-China", "U.S.-U.K.-EU") is scanned word by word in
        // this loop, `word` the start of the current one: no recursion, however long.
        let mut word = start;
        while !is_cjk(text[word..].chars().next().unwrap_or(' ')) {
            let mut part_start = word; // start of the current dot- or hyphen-separated part
            while let Some(c) = at(end) {
                if is_word_char(c) && !is_cjk(c) {
                    end += c.len_utf8();
                    continue;
                }
                let next = at(end + c.len_utf8());
                let next_is_word = next.is_some_and(|n| is_word_char(n) && !is_cjk(n));
                let prev = text[..end].chars().next_back().unwrap_or(' ');
                let joins = match c {
                    '-' | '‐' | '‑' => next_is_word,
                    '.' => {
                        (prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()))
                            || (single_letter(&text[part_start..end])
                                && next.is_some_and(char::is_alphabetic)
                                && next.is_some_and(|n| at(end + 1 + n.len_utf8()) == Some('.')))
                    }
                    ',' => prev.is_ascii_digit() && is_thousands(&text[end + 1..]),
                    '\'' | '’' => {
                        let rest = &text[end + c.len_utf8()..];
                        // "China's" → China; "don't", "O'Brien" stay whole.
                        next_is_word && !(possessive_s && is_possessive(rest))
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                end += c.len_utf8();
                if matches!(c, '-' | '‐' | '‑' | '.') {
                    part_start = end;
                }
            }
            // "U.S." keeps its final dot, and may go on as a compound ("U.S.-China") with
            // the word a token would start there (none where a link starts).
            if at(end) == Some('.')
                && single_letter(&text[part_start..end])
                && text[word..end].contains('.')
            {
                end += 1;
                if at(end) == Some('-')
                    && at(end + 1).is_some_and(is_word_char)
                    && links.at(text, end + 1).is_none()
                {
                    word = end + 1;
                    end = word + at(word).map_or(0, char::len_utf8);
                    continue;
                }
            }
            break;
        }
        let start = start + elided(&text[start..end], elisions);
        let stem = start + lang.without_particle(&text[start..end]);
        let kind = token_kind(&text[start..stem]);
        after_punct |= last_cjk == Some(true);
        last_cjk = Some(false);
        out.push(Token {
            start: base + start,
            end: base + stem,
            kind,
            after_punct,
        });
        // A noun with its particle or case ending closes its phrase ("정부는 계획을",
        // "belediyede yeni": two phrases).
        after_punct = stem < end || lang.closes_phrase(&text[start..stem], out.len() == first + 1);
        i = end;
        // Skip a possessive 's so it does not become a token.
        if let Some(apostrophe) = at(i).filter(|&c| c == '\'' || c == '’') {
            if possessive_s && is_possessive(&text[i + apostrophe.len_utf8()..]) {
                i += apostrophe.len_utf8() + 1;
            }
        }
    }
}

/// Whether the apostrophe at `i` opens a name written with the old Dutch article, which
/// keeps it ("'s-Hertogenbosch", "'s-Gravenhage"): no quotation mark.
fn opens_name(text: &str, i: usize) -> bool {
    let mut chars = text[i..].chars();
    matches!(chars.next(), Some('\'' | '’'))
        && chars.next().is_some_and(char::is_alphabetic)
        && chars.next() == Some('-')
        && chars.next().is_some_and(char::is_uppercase)
        && !text[..i].ends_with(is_word_char)
}

/// The length of an elided article or preposition and its apostrophe at the start of `word`
/// ("l'" of "l'État", "dell’" of "dell’anno", "qu'" of "qu'il"), given the language's
/// elisions; 0 when there is none or nothing follows it.
fn elided(word: &str, elisions: &[&str]) -> usize {
    let Some(at) = word.find(['\'', '’']) else {
        return 0;
    };
    let apostrophe = word[at..].chars().next().map_or(1, char::len_utf8);
    let prefix = word[..at].to_lowercase();
    if at + apostrophe < word.len() && elisions.contains(&prefix.as_str()) {
        at + apostrophe
    } else {
        0
    }
}

/// Numbers with a unit or ordinal suffix ("1st", "1990s", "1.2bn", "5km", "15일") are numbers.
fn token_kind(token: &str) -> TokenKind {
    let tail = token.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ','));
    // Korean writes its counters and dates joined to the number ("15일", "40기", "2천억");
    // the core build reads Korean by statistics alone.
    #[cfg(feature = "languages")]
    if tail.len() < token.len() && tail.chars().all(|c| ('가'..='힣').contains(&c)) {
        return TokenKind::Number;
    }
    if tail.len() == token.len() || !tail.chars().all(|c| c.is_ascii_alphabetic()) {
        return if token.chars().any(char::is_alphabetic) {
            TokenKind::Word
        } else {
            TokenKind::Number
        };
    }
    const SUFFIXES: &[&str] = &[
        "", "am", "bn", "cm", "ft", "h", "kg", "km", "kph", "lb", "lbs", "m", "mg", "min", "ml",
        "mm", "mn", "mph", "nd", "pc", "pm", "rd", "s", "st", "th", "tn", "tr", "yo",
    ];
    if SUFFIXES.contains(&tail.to_ascii_lowercase().as_str()) {
        TokenKind::Number
    } else {
        TokenKind::Word
    }
}

/// Finds links, scanning each run of e-mail address characters once: every position in a
/// run shares the run's end, so an address that does not start at its first visited
/// position starts at none (rescanning the run from each position was quadratic on long
/// runs of `-`, `_`, `%`, `+` or on dotted words).
#[derive(Default)]
struct Links {
    /// No e-mail address starts before this byte offset.
    no_email_before: usize,
}

impl Links {
    /// The length of the link at byte `i` of `text`, if one starts there.
    fn at(&mut self, text: &str, i: usize) -> Option<usize> {
        let email = i >= self.no_email_before;
        match link_len(&text[i..], email) {
            Ok(len) => Some(len),
            Err(run) => {
                if email {
                    self.no_email_before = i + run;
                }
                None
            }
        }
    }
}

/// The length of a URL or (when `email`) e-mail address at the start of `rest`, without
/// the punctuation that ends the sentence around it; else the length of the run of
/// address characters there, where no address starts either.
fn link_len(rest: &str, email: bool) -> Result<usize, usize> {
    let b = rest.as_bytes();
    let starts = |p: &str| b.len() > p.len() && b[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    if !(starts("http://") || starts("https://") || starts("www.")) {
        if !email {
            return Err(0);
        }
        // local@domain.tld: only ASCII word characters before the "@", a dot after it.
        let local = b
            .iter()
            .take_while(|&&c| {
                c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
            })
            .count();
        let is_email = local > 0
            && b.get(local) == Some(&b'@')
            && b[local + 1..]
                .iter()
                .take_while(|&&c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-'))
                .skip(1)
                .any(|&c| c == b'.');
        if !is_email {
            return Err(local);
        }
    }
    let run = rest
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '“' | '”'))
        .unwrap_or(rest.len());
    Ok(rest[..run]
        .trim_end_matches(|c: char| {
            matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '\'' | '’'
            )
        })
        .len())
}

/// Whether the text after an apostrophe is a possessive "s" ending the word.
fn is_possessive(rest: &str) -> bool {
    rest.starts_with(['s', 'S']) && !rest[1..].starts_with(is_word_char)
}

fn single_letter(part: &str) -> bool {
    let mut chars = part.chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
}

fn is_thousands(rest: &str) -> bool {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits == 3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut tokens = Vec::new();
        tokenize(text, 0, Language::English, &mut tokens);
        tokens.iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn elisions() {
        let romance = ["l", "d", "qu", "dell", "un"];
        for (word, kept) in [
            ("l'État", "État"),
            ("L’Assemblée", "Assemblée"),
            ("dell'anno", "anno"),
            ("qu'il", "il"),
            ("d'Alembert", "Alembert"),
            // Not an elided article: the whole word stays.
            ("aujourd'hui", "aujourd'hui"),
            ("O'Brien", "O'Brien"),
            ("l'", "l'"),
            ("plain", "plain"),
        ] {
            assert_eq!(&word[elided(word, &romance)..], kept, "{word}");
        }
        // Languages that do not elide keep the apostrophe's word whole.
        assert_eq!(elided("l'État", &[]), 0);
    }

    /// The old Dutch article before a hyphen is part of the place name; a quotation mark
    /// or the article before a lowercase word is not.
    #[test]
    fn dutch_names_keep_their_apostrophe() {
        assert_eq!(
            words("Den Bosch is 's-Hertogenbosch, Den Haag ’s-Gravenhage."),
            [
                "Den",
                "Bosch",
                "is",
                "'s-Hertogenbosch",
                "Den",
                "Haag",
                "’s-Gravenhage"
            ]
        );
        assert_eq!(
            words("'s avonds zei hij 'Kom-Binnen'"),
            ["s", "avonds", "zei", "hij", "Kom-Binnen"]
        );
    }

    #[cfg(feature = "languages")]
    #[test]
    fn french_and_italian_elisions() {
        for (lang, text, expected) in [
            (Language::French, "l'État d’Israël", vec!["État", "Israël"]),
            (
                Language::Italian,
                "dell'anno nell’Italia",
                vec!["anno", "Italia"],
            ),
            (Language::English, "l'État", vec!["l'État"]),
        ] {
            let mut tokens = Vec::new();
            tokenize(text, 0, lang, &mut tokens);
            let got: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
            assert_eq!(got, expected, "{text}");
        }
    }

    /// Korean particles are left out of the token, which then ends its phrase; nouns that
    /// end like a particle and verb forms keep their endings.
    #[cfg(feature = "languages")]
    #[test]
    fn korean_particles() {
        let text = "서울시는 도로를 넓혔다. 학생들에게 회의가 도로는 제도에서 국가가 하는 북한의";
        let mut tokens = Vec::new();
        tokenize(text, 0, Language::Korean, &mut tokens);
        let got: Vec<(&str, bool)> = tokens
            .iter()
            .map(|t| (&text[t.start..t.end], t.after_punct))
            .collect();
        assert_eq!(
            got,
            [
                ("서울시", false),
                ("도로", true),
                ("넓혔다", true),
                ("학생", true),
                ("회의", true),
                ("도로", true),
                ("제도", true),
                ("국가", true),
                ("하는", true),
                ("북한", false),
            ]
        );
        // Other languages keep their words whole.
        tokens.clear();
        tokenize("서울시는", 0, Language::English, &mut tokens);
        assert_eq!(tokens[0].end, "서울시는".len());
    }

    #[test]
    fn table() {
        for (input, expected) in [
            ("COVID-19 vaccines", vec!["COVID-19", "vaccines"]),
            ("the U.S. side", vec!["the", "U.S.", "side"]),
            ("U.S.-China relations", vec!["U.S.-China", "relations"]),
            ("a U.S.-led force", vec!["a", "U.S.-led", "force"]),
            ("China-U.S. ties", vec!["China-U.S.", "ties"]),
            ("the UK's NHS", vec!["the", "UK", "NHS"]),
            (
                "Anchorage's sister city",
                vec!["Anchorage", "sister", "city"],
            ),
            ("China’s rise", vec!["China", "rise"]),
            (
                "the countries' leaders",
                vec!["the", "countries", "leaders"],
            ),
            (
                "don't O'Brien rock 'n' roll",
                vec!["don't", "O'Brien", "rock", "n", "roll"],
            ),
            ("won’t", vec!["won’t"]),
            (
                "around 400,000 people, 1,2",
                vec!["around", "400,000", "people", "1", "2"],
            ),
            ("1,200.50 dollars", vec!["1,200.50", "dollars"]),
            ("grew 3.5% in 2021.", vec!["grew", "3.5", "in", "2021"]),
            ("cost $1.2bn or £5m", vec!["cost", "1.2bn", "or", "5m"]),
            (
                "the 1st and 22nd in the 1990s",
                vec!["the", "1st", "and", "22nd", "in", "the", "1990s"],
            ),
            ("won 6-3 6-0", vec!["won", "6-3", "6-0"]),
            ("a 24-year-old man", vec!["a", "24-year-old", "man"]),
            (
                "Washington, D.C. today",
                vec!["Washington", "D.C.", "today"],
            ),
            ("at 5 p.m. sharp", vec!["at", "5", "p.m.", "sharp"]),
            (
                "Mr. Yang and Inc. No. 5",
                vec!["Mr", "Yang", "and", "Inc", "No", "5"],
            ),
            ("end.Next", vec!["end", "Next"]),
            ("war—and peace", vec!["war", "and", "peace"]),
            ("“Quoted” words", vec!["Quoted", "words"]),
            (
                "the #climate crisis @user",
                vec!["the", "climate", "crisis", "user"],
            ),
            ("great 🎉 party", vec!["great", "party"]),
            (
                "mail opinions@cgtn.com or see https://news.cgtn.com/a?b=1. Done",
                vec!["mail", "or", "see", "Done"],
            ),
            ("visit www.bbc.co.uk, then", vec!["visit", "then"]),
            ("Yahoo! at 5", vec!["Yahoo", "at", "5"]),
            ("東京タワーへ", vec!["東京", "タワー"]),
            ("café naïve Straße", vec!["café", "naïve", "Straße"]),
            ("well - known", vec!["well", "known"]),
            ("e.g. this", vec!["e.g.", "this"]),
            ("U.S.中国", vec!["U.S.", "中国"]),
            (
                "Xi Jinping 习近平 said",
                vec!["Xi", "Jinping", "习近平", "said"],
            ),
            ("a.é.", vec!["a.é."]),
            // Acronym compounds go on word by word, a link ends them.
            ("U.S.-U.K.-EU talks", vec!["U.S.-U.K.-EU", "talks"]),
            ("U.S.-www.x.org now", vec!["U.S.", "now"]),
            // An address is found wherever its run of address characters starts, also
            // after a word that ended inside that run, and never inside one.
            ("write --bob@example.com now", vec!["write", "now"]),
            ("see don't.bob@x.com now", vec!["see", "don't", "now"]),
            ("a-b-c.d x@y.org", vec!["a-b-c", "d"]),
            ("ab-cd@ef", vec!["ab-cd", "ef"]),
        ] {
            assert_eq!(words(input), expected, "{input}");
        }
    }

    #[test]
    fn kinds() {
        for (input, kind) in [
            ("2021", TokenKind::Number),
            ("3.5", TokenKind::Number),
            ("1st", TokenKind::Number),
            ("1.2bn", TokenKind::Number),
            ("6-3", TokenKind::Number),
            ("COVID-19", TokenKind::Word),
            ("G7", TokenKind::Word),
            ("3D", TokenKind::Word),
            ("24-year-old", TokenKind::Word),
        ] {
            assert_eq!(token_kind(input), kind, "{input}");
        }
    }

    #[test]
    fn long_compounds_need_no_recursion() {
        // 100 000 characters of "U.S.-": one token, no recursion (a small stack holds).
        let chain = format!("{}talks", "U.S.-".repeat(20_000));
        let worker = std::thread::Builder::new().stack_size(64 * 1024);
        let tokens = worker
            .spawn(move || words(&chain).len())
            .unwrap()
            .join()
            .expect("no stack overflow");
        assert_eq!(tokens, 1);
    }

    #[test]
    fn links_break_phrases() {
        let mut tokens = Vec::new();
        tokenize("write to a@b.com today", 0, Language::English, &mut tokens);
        let breaks: Vec<bool> = tokens.iter().map(|t| t.after_punct).collect();
        assert_eq!(breaks, [false, false, true]);
    }

    #[test]
    fn cjk_function_words_break_phrases() {
        // "的" and "の" give no token, and no phrase spans them.
        for text in ["经济发展的速度", "経済成長の速度"] {
            let mut tokens = Vec::new();
            tokenize(text, 0, Language::Other, &mut tokens);
            let last = tokens.last().expect("tokens");
            assert_eq!(&text[last.start..last.end], "速度", "{text}");
            assert!(last.after_punct, "{text}");
            assert!(tokens
                .iter()
                .all(|t| !text[t.start..t.end].contains(['的', 'の'])));
        }
    }

    #[test]
    fn punctuation_marks_phrase_breaks() {
        let mut tokens = Vec::new();
        tokenize(
            "climate change, trade (and) tech",
            0,
            Language::English,
            &mut tokens,
        );
        let breaks: Vec<bool> = tokens.iter().map(|t| t.after_punct).collect();
        assert_eq!(breaks, [false, false, true, true, true]);
        assert_eq!(tokens[0].kind, TokenKind::Word);
    }
}
