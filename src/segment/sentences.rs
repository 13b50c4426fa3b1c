//! Sentence boundaries inside one block, in one pass. A terminator (. ! ? …) followed by
//! closing quotes or brackets and a space ends a sentence when the evidence on both sides
//! says so, cased or caseless text alike:
//!
//! - the left side: an abbreviation ("Mr.", "Jan.", "etc."), an initial, a dotted acronym
//!   ("U.S."), a clock time ("9 a.m."), or a word this document writes with a dot before a
//!   lowercase word and never without one (Punkt's type-based evidence, see [`Evidence`]);
//! - the right side: a word that usually opens a sentence ("The", "they"), a capital, a
//!   digit or a quote; a lowercase word is a new sentence unless the left side is one of
//!   the above; a short parenthesis followed by a dash (a wire dateline, "Ill. (AP) —") or
//!   by a full stop (a citation, `."  (Ruiz 14).`) belongs to the sentence before.
//!
//! A word glued to a capitalised word by a full stop ("Tuesday.The") is two sentences;
//! ellipses followed by a lowercase word go on; numbered or lettered lists written on one
//! line ("1) … 2) …", "a. … b. …") give one sentence per item, marker included. Run-ons
//! without terminators (captions and headlines glued together) are cut where a new
//! sentence visibly starts, and never run past [`MAX_WORDS`] (Chinese and Japanese counted
//! in words of three characters, cut between clauses).
//!
//! The methods follow Kiss & Strunk's Punkt (unsupervised abbreviation evidence from the
//! document itself) and the rule families of pySBD (Sadvilkar & Neumann, 2020).

use super::tokens::is_cjk;
use super::{line_label, next_label};
use crate::hash::WordMap;
use crate::lang::{Language, NAME_ABBREVIATIONS};

/// A sentence longer than this many words is a run-on and gets cut where a new sentence
/// visibly starts.
const RUN_ON_WORDS: usize = 40;
/// No sentence is longer than this: past it the run is cut at a clause break, or at a word.
const MAX_WORDS: usize = 80;
/// Pieces cut from a run-on keep at least this many words.
const MIN_PIECE_WORDS: usize = 6;
/// A parenthesis of at most this many words after a sentence end may be a dateline's
/// agency or a citation.
const SHORT_PARENTHESIS_WORDS: usize = 4;
/// … and at most this many characters.
const SHORT_PARENTHESIS_CHARS: usize = 60;

/// What the whole document says about its own writing, gathered once before splitting.
#[derive(Clone, Debug, Default)]
pub struct Evidence {
    /// Whether capitals carry information: at least one word in [`CASED_SHARE`] starts
    /// with one. Lowercased text (transcripts, chat, some feeds) has none.
    cased: bool,
    /// Lowercase words of at most [`MAX_ABBREVIATION_CHARS`] letters written with a final
    /// dot before a lowercase word, with those uses (0 once seen without the dot): the ones
    /// with [`MIN_ABBREVIATION_USES`] or more are this document's own abbreviations
    /// ("dept.", "assn."). Before a word that opens sentences ("the", "they") they still
    /// end one. A map looked up, not a sorted list: a sort of strings would cost the wasm
    /// its own copy of the sort code.
    dotted: WordMap<Box<str>, u32>,
    /// Capitalised words, lowercase, this document writes with a glued "!" inside a
    /// sentence (before a lowercase word, a comma or a possessive: "Yahoo! is", "Yahoo!'s"):
    /// names like [`EXCLAIMED_NAMES`].
    exclaimed: Vec<String>,
}

/// Names written with an exclamation mark, lowercase without it: before a capitalised word
/// that does not open sentences ("Yahoo! Research", "Jeopardy! Champion") the mark is
/// part of the name. With the ones the document itself shows ([`Evidence`]).
const EXCLAIMED_NAMES: &[&str] = &["jeopardy", "joomla", "panic", "wham", "yahoo"];

/// A word written so fewer times may just end two sentences ("we won the cup. fans sang.
/// they lifted the cup. people cried.").
const MIN_ABBREVIATION_USES: u32 = 3;
/// Longer words are not taken for this document's abbreviations.
const MAX_ABBREVIATION_CHARS: usize = 5;

/// One word in this many starting with a capital makes a text cased (news has about one
/// in six; caseless text only the odd "I" or name).
const CASED_SHARE: usize = 25;

impl Evidence {
    /// Reads `text` once (and the few candidate abbreviations a second time).
    pub fn of(text: &str) -> Evidence {
        let mut words = 0;
        let mut capitalised = 0;
        // word -> uses with a dot before a lowercase word, 0 once seen without a dot (the
        // vocabularies' map type: one copy of its code in the wasm)
        let mut dotted: WordMap<Box<str>, u32> = WordMap::default();
        let mut exclaimed = Vec::new();
        let mut iter = text.split_whitespace().peekable();
        while let Some(w) = iter.next() {
            let Some(first) = w.chars().find(|c| c.is_alphabetic()) else {
                continue;
            };
            words += 1;
            capitalised += usize::from(first.is_uppercase());
            if let Some((name, tail)) = w.split_once('!') {
                let inside = match tail {
                    "" => iter
                        .peek()
                        .is_some_and(|n| n.starts_with(char::is_lowercase)),
                    _ => matches!(tail, "," | ":" | "'s" | "’s"),
                };
                if inside
                    && name.starts_with(char::is_uppercase)
                    && name.chars().all(char::is_alphabetic)
                {
                    exclaimed.push(name.to_lowercase());
                }
            }
            if let Some(stem) = w.strip_suffix('.') {
                // Abbreviations are short (Punkt weighs length down exponentially).
                let short = stem.chars().count() <= MAX_ABBREVIATION_CHARS
                    && stem.chars().all(|c| c.is_alphabetic() || c == '.');
                let lower_next = iter
                    .peek()
                    .and_then(|n| n.chars().next())
                    .is_some_and(char::is_lowercase);
                if short && lower_next {
                    *dotted.entry(stem.to_lowercase().into()).or_default() += 1;
                }
            }
        }
        if dotted.values().any(|&n| n >= MIN_ABBREVIATION_USES) {
            for w in text.split_whitespace() {
                let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
                if bare.chars().count() <= MAX_ABBREVIATION_CHARS && !w.ends_with('.') {
                    if let Some(n) = dotted.get_mut(bare.to_lowercase().as_str()) {
                        *n = 0;
                    }
                }
            }
        }
        Evidence {
            cased: words > 0 && capitalised * CASED_SHARE >= words,
            dotted,
            exclaimed,
        }
    }

    /// Whether the "!" glued to the end of `before` belongs to a name ("Yahoo! Research"):
    /// a word known or shown to be written so before a word (`next`, without punctuation)
    /// that does not open sentences; in cased text both capitalised, in caseless text the
    /// next a function word ("yahoo! in the", "yahoo! and").
    fn exclaimed_name(&self, before: &str, next: &str, lang: Language) -> bool {
        let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
        let lower = word.to_lowercase();
        let known = EXCLAIMED_NAMES.contains(&lower.as_str()) || self.exclaimed.contains(&lower);
        known
            && if self.cased {
                word.starts_with(char::is_uppercase)
                    && next.starts_with(char::is_uppercase)
                    && !lang.is_sentence_starter(next)
            } else {
                lang.is_stopword(next) && !lang.rules().openers.contains(&next)
            }
    }

    fn is_abbreviation(&self, lower: &str) -> bool {
        self.dotted
            .get(lower)
            .is_some_and(|&n| n >= MIN_ABBREVIATION_USES)
    }
}

/// Closing punctuation that stays with the sentence before it.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '}')
}

const fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '。' | '．' | '！' | '？' | '؟' | '।'
    )
}

/// The ASCII terminators as a bit set, from [`is_terminator`].
const ASCII_TERMINATORS: u128 = {
    let mut set = 0;
    let mut b = 0u8;
    while b < 128 {
        if is_terminator(b as char) {
            set |= 1 << b;
        }
        b += 1;
    }
    set
};

/// Whether a byte of UTF-8 text may start a terminator: an ASCII terminator, or the lead byte
/// of any non-ASCII character ([`is_terminator`] decides). Lets [`split_run`] skip the bytes
/// between terminators without decoding characters, which the wasm build does slowly.
fn may_start_terminator(b: u8) -> bool {
    b >= 0xC0 || b < 0x80 && ASCII_TERMINATORS & (1 << b) != 0
}

fn is_opening_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '`' | '«' | '„')
}

fn is_dash(word: &str) -> bool {
    matches!(word, "-" | "–" | "—" | "--")
}

/// A list bullet standing alone as a word: "- ", "• ", "– ".
fn is_bullet(word: &str) -> bool {
    matches!(word, "-" | "–" | "—" | "•" | "*" | "·" | "▪")
}

/// Byte ranges of the sentences of `text`, trimmed, with the evidence of `text` itself.
///
/// ```
/// let text = "U.S. Secretary of State Antony Blinken met Mr. Yang. They talked in Anchorage, Alaska.";
/// let got: Vec<&str> = abridge::segment::split_sentences(text, abridge::lang::Language::English).into_iter().map(|(s, e)| &text[s..e]).collect();
/// assert_eq!(got, ["U.S. Secretary of State Antony Blinken met Mr. Yang.", "They talked in Anchorage, Alaska."]);
/// ```
pub fn split_sentences(text: &str, lang: Language) -> Vec<(usize, usize)> {
    split_with(text, &Evidence::of(text), lang)
}

/// Byte ranges of the sentences of `text` (one block), given the evidence of the whole
/// document. A chat line with several timestamped labels is cut before each, and a list
/// written on one line before each marker, first; a sentence's range leaves out the chat
/// or transcript label that opens it.
pub fn split_with(text: &str, evidence: &Evidence, lang: Language) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    loop {
        let until = next_label(text, from + 1).unwrap_or(text.len());
        let first = out.len();
        split_line(&text[from..until], evidence, lang, &mut out);
        for s in &mut out[first..] {
            (s.0, s.1) = (s.0 + from, s.1 + from);
        }
        if until == text.len() {
            return out;
        }
        from = until;
    }
}

/// The sentences of one chat line or of a block without labels inside, into `out`.
fn split_line(text: &str, evidence: &Evidence, lang: Language, out: &mut Vec<(usize, usize)>) {
    let first = out.len();
    let markers = inline_list_markers(text, lang);
    for (i, &(marker, after)) in markers.iter().enumerate() {
        if i == 0 && marker > 0 {
            split_run(text, 0, marker, (evidence, lang), out);
        }
        let until = markers.get(i + 1).map_or(text.len(), |m| m.0);
        let item = out.len();
        split_run(text, after, until, (evidence, lang), out);
        // The marker opens the item's first sentence.
        match out.get_mut(item) {
            Some(s) => s.0 = marker,
            None => out.push((marker, trim_end(text, marker, until))),
        }
    }
    if markers.is_empty() {
        split_run(text, 0, text.len(), (evidence, lang), out);
    }
    // A chat or transcript label ("[10:02] alice:", "JOHN SMITH:") is not sentence text.
    for s in &mut out[first..] {
        s.0 += line_label(&text[s.0..s.1]);
    }
}

/// The markers of a list written inside one line ("Bring: 1) a coat 2) boots", "a. soup
/// b. bread", "• 9. rice • 10. beans"): (start, end after the marker's space) of each, when
/// they count 1, 2, … or a, b, … (or A, B, …) in order with the same delimiter, each item
/// has words, and the first marker opens the line, follows a colon, a dash or a sentence
/// end, or is bracketed on both sides ("(a)"); or when the line opens with a bullet that
/// comes back. A lone "1." or "a." is not a list, nor are numbers in a sentence ("He
/// scored 1. Then he scored 2.", "Pages 1) and 2) are torn"), nor initials joined by a
/// function word or a comma ("A. Smith and B. Jones", "A. Ruiz, B. Lee").
fn inline_list_markers(text: &str, lang: Language) -> Vec<(usize, usize)> {
    let bulleted = bullet_markers(text);
    if bulleted.len() >= 2 {
        return bulleted;
    }
    let mut found = Vec::new();
    let mut chain: Vec<(usize, usize)> = Vec::new();
    let mut expected: Option<(u32, Numbering, u8)> = None; // (value, numbering, delimiter)
    for (at, word) in words_with_offsets(text) {
        let Some(marker @ (value, _, delimiter)) = list_marker(word) else {
            continue;
        };
        let end = at + word.len() + 1;
        if end > text.len() {
            continue;
        }
        let empty_item = chain.last().is_some_and(|&(_, after)| after == at);
        if expected == Some(marker) && !empty_item {
            let prev = text[..at].trim_end();
            let prev_word = prev.rsplit(char::is_whitespace).next().unwrap_or("");
            if marker.1 == Numbering::Upper
                && delimiter == b'.'
                && (prev.ends_with([',', '&']) || lang.is_stopword(&prev_word.to_lowercase()))
            {
                (chain, expected) = (Vec::new(), None);
                continue;
            }
            chain.push((at, end));
        } else if value == 1 && (delimiter == b'(' || opens_list(&text[..at])) {
            if chain.len() >= 2 {
                found.append(&mut chain);
            }
            chain = vec![(at, end)];
        } else {
            continue;
        }
        expected = Some((value + 1, marker.1, delimiter));
    }
    if chain.len() >= 2 {
        found.append(&mut chain);
    }
    found
}

/// Whether a list may start after `before`: at the start of the line, or after a colon,
/// a dash or a sentence end ("Bring: 1) …", "Read this. 1. …").
fn opens_list(before: &str) -> bool {
    before.trim_end().chars().next_back().is_none_or(|c| {
        matches!(c, ':' | ';' | '—' | '–' | '-') || is_terminator(c) || is_closer(c)
    })
}

/// A line that opens with a bullet ("• ", "⁃") and uses the same bullet again as a word:
/// each bullet, with a number marker right after it ("• 9.", "⁃10."), opens an item.
fn bullet_markers(text: &str) -> Vec<(usize, usize)> {
    let bullet = match text.chars().next() {
        Some(c @ ('•' | '⁃' | '▪' | '◦' | '‣' | '·')) => c,
        _ => return Vec::new(),
    };
    let is_number = |word: &str| {
        list_marker(word).is_some_and(|(_, numbering, _)| numbering == Numbering::Digits)
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut bare = false; // whether the last word was a bullet alone
    for (at, word) in words_with_offsets(text) {
        let after = at + word.len() + 1;
        if std::mem::take(&mut bare) && is_number(word) {
            // "• 9.": the number is part of the marker.
            if let Some(last) = found.last_mut() {
                last.1 = after;
            }
            continue;
        }
        let Some(glued) = word.strip_prefix(bullet) else {
            continue;
        };
        if glued.is_empty() {
            bare = true;
        } else if !is_number(glued) {
            continue;
        }
        found.push((at, after));
    }
    // A marker must have words after it.
    found.retain(|&(_, after)| after <= text.len());
    found
}

/// How the items of a list are counted.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Digits,
    Lower,
    Upper,
    RomanLower,
    RomanUpper,
}

/// "1)", "12.", "3.)", "(4)", "a)", "b.", "C.": (its value from 1, how it counts, the
/// delimiter: '.', ')', ']' for ".)" or '(' for a bracket on both sides).
fn list_marker(word: &str) -> Option<(u32, Numbering, u8)> {
    let (body, delimiter) = match word.strip_suffix('.') {
        Some(body) => (body, b'.'),
        None => {
            let body = word.strip_suffix(')')?;
            match body.strip_suffix('.') {
                Some(body) => (body, b']'), // "1.)": a style of its own
                None => (body, b')'),
            }
        }
    };
    let (body, delimiter) = match body.strip_prefix('(') {
        Some(inner) if delimiter == b')' => (inner, b'('),
        _ => (body, delimiter),
    };
    let (value, numbering) = marker_value(body)?;
    Some((value, numbering, delimiter))
}

/// The value of a list marker without its delimiter ("12", "b", "IV") and how it counts.
fn marker_value(body: &str) -> Option<(u32, Numbering)> {
    if (1..=2).contains(&body.len()) && body.bytes().all(|b| b.is_ascii_digit()) {
        return Some((body.parse().ok()?, Numbering::Digits));
    }
    if let Some(value) = roman(body) {
        let numbering = if body.starts_with('i') {
            Numbering::RomanLower
        } else {
            Numbering::RomanUpper
        };
        return Some((value, numbering));
    }
    match body.as_bytes() {
        [b @ b'a'..=b'z'] => Some((u32::from(b - b'a') + 1, Numbering::Lower)),
        [b @ b'A'..=b'Z'] => Some((u32::from(b - b'A') + 1, Numbering::Upper)),
        _ => None,
    }
}

/// The value of a Roman numeral of the first items of a list, "i" to "xii" in one case
/// ("v" and "x" alone are letters).
fn roman(body: &str) -> Option<u32> {
    const NUMERALS: [&str; 12] = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
    ];
    let value = NUMERALS.iter().position(|n| n.eq_ignore_ascii_case(body))? as u32 + 1;
    let uniform = body.bytes().all(|b| b.is_ascii_lowercase())
        || body.bytes().all(|b| b.is_ascii_uppercase());
    (uniform && !matches!(value, 5 | 10)).then_some(value)
}

/// Whether the sentence so far is only a list marker ("1", "b", "IV", "• 9"): the full
/// stop after it belongs to the marker ("1. The first item", "a. Soup").
fn only_list_marker(before: &str) -> bool {
    // Markers are short: a long sentence so far is read no further.
    if before.len() > 16 {
        return false;
    }
    let word = before
        .trim()
        .trim_start_matches(['•', '⁃', '▪', '◦', '‣', '·', '-', '*']);
    marker_value(word).is_some()
}

/// The sentences of `text[from..until]`, pushed to `out`.
fn split_run(
    text: &str,
    from: usize,
    until: usize,
    (evidence, lang): (&Evidence, Language),
    out: &mut Vec<(usize, usize)>,
) {
    let mut start = from + (text[from..until].len() - text[from..until].trim_start().len());
    // Greek writes its question mark as a semicolon.
    let question_semicolon = lang.rules().question_semicolon;
    let mut scan = from; // where the search for the next terminator goes on
    while let Some(k) = text.as_bytes()[scan..until]
        .iter()
        .position(|&b| may_start_terminator(b) || b == b';' && question_semicolon)
    {
        let i = scan + k; // a char boundary: an ASCII byte or a lead byte
        let Some(c) = text[i..until].chars().next() else {
            break;
        };
        scan = i + c.len_utf8();
        if !(is_terminator(c) || c == ';' && question_semicolon) {
            continue;
        }
        // Act on the last of a run ("?!", "...", and spaced ". . .").
        let mut end = i + c.len_utf8();
        let mut ellipsis = c == '…';
        let mut spaced_dots = 0;
        // Where the spaced dots begin: after the stop and any marks or closers against it
        // ("yes.” . . . Then"), which may be several bytes long.
        let mut stop_end = end;
        let mut iter = text[scan..until]
            .char_indices()
            .map(|(j, n)| (scan + j, n))
            .peekable();
        loop {
            match iter.peek() {
                Some(&(j, n)) if is_terminator(n) || is_closer(n) => {
                    // Dots in a row, not a full stop after a bracket ("years.).").
                    ellipsis |= n == '.' && text.as_bytes()[j - 1] == b'.';
                    end = j + n.len_utf8();
                    iter.next();
                }
                Some(&(j, ' ')) if text[j..until].starts_with(" .") && c == '.' => {
                    // ". . ." written with spaces.
                    if text[j + 2..until].starts_with(|n: char| n.is_alphanumeric()) {
                        break;
                    }
                    if spaced_dots == 0 {
                        stop_end = j;
                    }
                    ellipsis = true;
                    spaced_dots += 1;
                    end = j + 2;
                    iter.nth(1); // the space and the dot
                }
                _ => break,
            }
        }
        scan = end;
        let closed = text[i..end].contains(is_closer);
        let rest = &text[end..until];
        let mut next_start = end + (rest.len() - rest.trim_start().len());
        if spaced_dots > 0 && next_start < until {
            // Spaced dots are the formal ellipsis: three mark an omission inside a
            // sentence ("the thing is . . . I didn't"); a full stop written against the
            // word before them ends the sentence, and the ellipsis opens the next
            // ("compounds. . . . The practice"); four spaced dots end it as one.
            let after_word =
                text[start..i].ends_with(|p: char| p.is_alphanumeric() || is_closer(p));
            if after_word && spaced_dots >= 3 {
                push_bounded(text, start, stop_end, lang, out);
                start = stop_end + 1; // after the space (ASCII)
                continue;
            }
            if spaced_dots < 3 {
                continue;
            }
        }
        // A CJK full stop ends a sentence wherever it stands; so does "!", "?" or an
        // ellipsis run straight into Chinese or Japanese text ("楽しい!明日は"), which
        // puts no space after them (a plain "." there is rather "U.S.中国").
        let mark = &text[i..end];
        let cjk_stop = mark.contains(['。', '！', '？'])
            || rest.starts_with(is_cjk) && (ellipsis || mark.contains(['!', '?', '…', '．']));
        if next_start == end && !cjk_stop {
            // "3.5", "U.S.-China", "cgtn.com"; but "on Tuesday.The changes" (or with the
            // full-width stop some Japanese and Chinese text uses, "．").
            if matches!(c, '.' | '．' | '!' | '?')
                && glued_sentences(&text[start..i], rest, evidence.cased, lang)
            {
                push_bounded(text, start, end, lang, out);
                start = end;
            }
            continue;
        }
        if next_start >= until {
            break;
        }
        let mut next = next_word(&text[next_start..until]);
        if c == '.' && is_dash(next) && is_dateline(&text[start..i], evidence.cased) {
            continue; // "LITTLE ROCK, Ark. — The governor"
        }
        if is_bullet(next) {
            // "... evidence. - The government should ...": an inline list; the bullet is
            // not part of the next sentence.
            let after = &text[next_start + next.len()..until];
            let skip = next.len() + (after.len() - after.trim_start().len());
            if next_start + skip >= until {
                break;
            }
            next_start += skip;
            next = next_word(&text[next_start..until]);
        }
        // Four dots are a full stop and an ellipsis ("never called.... we gave up").
        let ellipsis = ellipsis && text[i..end].matches('.').count() < 4;
        // A full stop after a closed quotation ends the sentence as any full stop does:
        // "screaming 'Robber!'. the man ran".
        let c = if closed && text[i..end].ends_with('.') {
            '.'
        } else {
            c
        };
        if !cjk_stop
            && !boundary(
                &text[start..i],
                c,
                ellipsis,
                closed,
                &text[next_start..until],
                next,
                (evidence, lang),
            )
        {
            continue;
        }
        push_bounded(text, start, trim_end(text, start, end), lang, out);
        start = next_start;
    }
    if start < until {
        let end = trim_end(text, start, until);
        if end > start {
            push_bounded(text, start, end, lang, out);
        }
    }
}

/// A dateline's place is never longer ("SALT LAKE CITY, Utah").
const MAX_DATELINE_BYTES: usize = 64;

/// Whether `before` (a sentence so far, up to a full stop) is a wire dateline's place: a
/// city of at most four words, a comma and a state or country abbreviation ("LITTLE ROCK,
/// Ark", "Trenton, N.J"), capitalised in cased text.
fn is_dateline(before: &str, cased: bool) -> bool {
    if before.len() > MAX_DATELINE_BYTES {
        return false;
    }
    let Some((city, state)) = before.split_once(',') else {
        return false;
    };
    let capitalised = |w: &str| !cased || w.starts_with(char::is_uppercase);
    let state = state.trim();
    let mut words = city.split_whitespace();
    (1..=6).contains(&state.chars().count())
        && state.chars().all(|c| c.is_alphabetic() || c == '.')
        && capitalised(state)
        && words.clone().count() <= 4
        && words.all(|w| capitalised(w) && w.chars().all(|c| c.is_alphabetic() || c == '.'))
        && !city.trim().is_empty()
}

/// "… on Tuesday.The changes start", "done!Both", "7%.Analysts", "1,000.That", `"no."Then`:
/// a word of two or more letters ending in a lowercase one (or a number, not a list
/// marker), a terminator (and closing quotes) and a capitalised word with no space between.
/// Not web addresses, file names, acronyms or titles ("cgtn.com", "report.PDF", "U.S.",
/// "Mr.Smith"), nor names written with an inner full stop ("One.Tel", "Dot.Net"): a right
/// part of at most [`NAME_PART_CHARS`] letters that is not a function word. In caseless
/// text (not `cased`) a lowercase word that opens sentences will do ("2019.the team").
fn glued_sentences(before: &str, rest: &str, cased: bool, lang: Language) -> bool {
    let rules = lang.rules();
    // Only the last few characters are looked at, so a long unbroken run ("a.a.a.…") costs
    // the same at each of its full stops: no real word is longer.
    let tail_len: usize = before
        .chars()
        .rev()
        .take(WORD_REACH)
        .map(char::len_utf8)
        .sum();
    let tail = &before[before.len() - tail_len..];
    if tail_len < before.len() && !tail.contains(char::is_whitespace) {
        return false;
    }
    let left = tail.rsplit(char::is_whitespace).next().unwrap_or("");
    let word = left.trim_start_matches(|c: char| !c.is_alphanumeric());
    let lower = word.to_lowercase();
    // "7%", "$12.99", "1,000"; not "1" of "1.The first item".
    let number = word
        .trim_end_matches('%')
        .trim_start_matches(['$', '£', '€'])
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && word.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '£' | '€'))
        && !only_list_marker(before);
    let right_word = &rest[..rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len())];
    let right_lower = right_word.to_lowercase();
    // "Tuesday.Mr. Smith": a title opens the next sentence.
    let title = rest[right_word.len()..].starts_with('.')
        && rules.abbreviations.contains(&right_lower.as_str());
    let name_part =
        right_word.chars().count() <= NAME_PART_CHARS && !lang.is_stopword(&right_lower) && !title;
    let left_ends = number
        || word.chars().count() >= 2
            && word.chars().all(char::is_alphabetic)
            && word.chars().next_back().is_some_and(char::is_lowercase)
            && !rules.abbreviations.contains(&lower.as_str())
            && !rules.maybe_final.contains(&lower.as_str())
            && !NAME_ABBREVIATIONS.contains(&lower.as_str());
    // Caseless: a word that opens sentences, whole ("2019.the team", "ended.they"); after a
    // word, not one of two letters, which may be a web domain ("site.it"); or a title
    // ("tuesday.mr. smith").
    if !cased
        && left_ends
        && (rules.openers.contains(&right_lower.as_str())
            && (number || right_word.len() > 2)
            && rest[right_word.len()..].starts_with(char::is_whitespace)
            || title)
    {
        return true;
    }
    let mut right = rest.chars();
    !name_part
        && left_ends
        && right.next().is_some_and(char::is_uppercase)
        && right.next().is_some_and(char::is_lowercase)
        && right
            .take(WORD_REACH)
            .take_while(|c| !c.is_whitespace())
            // The word may end in punctuation: "Outside,", "Done."
            .skip_while(|c| c.is_alphabetic())
            .all(|c| c.is_ascii_punctuation() || is_closer(c))
}

/// How many characters of a word next to a glued full stop are read.
const WORD_REACH: usize = 64;
/// A capitalised word this short glued after a full stop is part of a name ("One.Tel").
const NAME_PART_CHARS: usize = 3;

/// Whether a terminator `c` after `before` ends a sentence, given what follows (`after`,
/// starting with the word `next`).
fn boundary(
    before: &str,
    c: char,
    ellipsis: bool,
    closed: bool,
    after: &str,
    next: &str,
    (evidence, lang): (&Evidence, Language),
) -> bool {
    if next.starts_with(|n: char| is_terminator(n) && n != '¿') {
        return false;
    }
    if c == '.' && !ellipsis && only_list_marker(before) {
        return false;
    }
    if next.starts_with('(') && parenthesis_belongs_before(after) {
        return false;
    }
    let bare = next.trim_start_matches(|c: char| !c.is_alphanumeric());
    // A name written with an inner capital opens a sentence as a capital does ("eBay",
    // "iPhone").
    let camel = evidence.cased
        && bare.starts_with(char::is_lowercase)
        && bare.chars().any(char::is_uppercase);
    let lower =
        bare.starts_with(char::is_lowercase) && !camel && !next.starts_with(['(', '[', '¿', '¡']);
    if !lower {
        if !(camel || opens_sentence(next)) {
            return false;
        }
        if c == '!'
            && !(ellipsis || closed)
            && evidence.exclaimed_name(
                before,
                bare.trim_end_matches(|c: char| !c.is_alphanumeric()),
                lang,
            )
        {
            return false;
        }
        return c != '.'
            || ellipsis
            || closed
            || ends_sentence_after(before, after, (evidence, lang));
    }
    // A lowercase word follows. In cased text that alone says the sentence goes on
    // ("Yahoo! is", "the 13. century" in German or Turkish, "Calif. officials").
    if evidence.cased || ellipsis {
        return false; // also "We waited ... and then"
    }
    let bare = bare.trim_end_matches(|c: char| !c.is_alphanumeric());
    if c == '!' && !closed && evidence.exclaimed_name(before, bare, lang) {
        return false;
    }
    // "(she opened it after leaving banking.) on the high street": a parenthesis opened
    // inside the sentence closes with its own full stop; only an opener starts a new one.
    if closed && opened_inside(before) {
        return lang.rules().openers.contains(&bare);
    }
    if closed && c != '.' {
        // "“why?” she asked", "“fire!” and ran"; but "“is it true?” he nodded", "“why?”
        // “because.”".
        return next.starts_with(is_opening_quote)
            || lang.rules().openers.contains(&bare) && !reports_speech(after, lang, false);
    }
    if closed && reports_speech(after, lang, true) {
        return false;
    }
    c != '.' || ends_sentence_after(before, after, (evidence, lang))
}

/// Whether `after` (the text after a closed quotation) opens with who said it: a reporting
/// verb in its first three words ("she asked him"), or, when `strict` (after the
/// quotation's own full stop), the verb first with its subject ("said the mayor", not
/// "asked if") or ending the clause ("'this is great.' she said."; "he added:" opens
/// another quotation).
fn reports_speech(after: &str, lang: Language, strict: bool) -> bool {
    let rules = lang.rules();
    let mut words = after.split_whitespace().take(3).map(|w| {
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        (
            bare,
            rules.speech_verbs.contains(&bare),
            w.ends_with([',', '.']),
        )
    });
    if !strict {
        return words.any(|(_, verb, _)| verb);
    }
    let Some((_, verb_first, _)) = words.next() else {
        return false;
    };
    let mut rest = words.peekable();
    let subject = rest.peek().is_some_and(|&(w, _, _)| {
        !lang.is_stopword(w) || rules.subjects.contains(&w) || rules.pronouns.contains(&w)
    });
    verb_first && subject || rest.any(|(_, verb, clause_end)| verb && clause_end)
}

/// Whether `before` (a sentence so far) has a parenthesis still open that it did not open
/// with, in its last [`PARENTHESIS_REACH`] bytes (so a long sentence costs no more at each
/// of its quotations).
fn opened_inside(before: &str) -> bool {
    let mut from = before.len().saturating_sub(PARENTHESIS_REACH);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    before[from..]
        .rfind(['(', ')'])
        .is_some_and(|at| from + at > 0 && before[from + at..].starts_with('('))
}

/// How far back a parenthesis inside a sentence is looked for.
const PARENTHESIS_REACH: usize = 512;

/// A short parenthesis that is part of the sentence before: a wire dateline's agency
/// ("SPRINGFIELD, Ill. (AP) — The mayor") or a citation after a quotation (`…line." (Ruiz
/// 14).`).
fn parenthesis_belongs_before(after: &str) -> bool {
    // Only a short parenthesis counts: the search for its end stops early, so a text of
    // many unclosed brackets costs no more than any other.
    let window = after
        .char_indices()
        .nth(SHORT_PARENTHESIS_CHARS)
        .map_or(after, |(i, _)| &after[..i]);
    let Some(close) = window.find(')') else {
        return false;
    };
    let inside = &after[1..close];
    if inside.contains('(')
        || inside.trim_end().ends_with(is_terminator)
        || inside
            .split_whitespace()
            .nth(SHORT_PARENTHESIS_WORDS)
            .is_some()
    {
        return false;
    }
    let rest = &after[close + 1..];
    rest.starts_with(['.', ','])
        || is_dash(next_word(rest.trim_start()))
        || rest.trim_start().starts_with(['—', '–'])
}
/// Whether `word` may open a sentence: a capital, a digit, a quote, a symbol.
fn opens_sentence(word: &str) -> bool {
    let Some(first) = word.chars().next() else {
        return false;
    };
    first.is_uppercase()
        || first.is_numeric()
        || (first.is_alphabetic() && !first.is_lowercase()) // scripts without case
        || is_opening_quote(first)
        // Danish and German open a quotation with "»", Swedish and Finnish with "”": glued
        // to a capital, the mark opens ("byen. »Nu", "centrum. ”Nu"), whatever it closes
        // elsewhere.
        || matches!(first, '»' | '”')
            && word[first.len_utf8()..].starts_with(|c: char| c.is_uppercase() || c.is_numeric())
        || matches!(first, '(' | '[' | '¿' | '¡' | '$' | '£' | '€')
        // Emoji and other symbols.
        || !(first.is_alphanumeric()
            || first.is_ascii()
            || is_closer(first)
            || is_terminator(first)
            || matches!(first, '–' | '—' | '…'))
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

fn next_word(rest: &str) -> &str {
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    &rest[..end]
}

/// Whether the full stop after `before` ends a sentence, given what follows (`after`,
/// starting with the next word).
fn ends_sentence_after(before: &str, after: &str, (evidence, lang): (&Evidence, Language)) -> bool {
    let next = next_word(after);
    let word = before
        .rsplit(|c: char| {
            c.is_whitespace() || matches!(c, '(' | '"' | '“' | '\'' | '‘' | '[' | '`' | '/')
        })
        .next()
        .unwrap_or("");
    let next_clean = next.trim_start_matches(|c: char| !c.is_alphanumeric());
    let next_bare = next_clean.trim_end_matches(|c: char| !c.is_alphanumeric());
    let lower_next = next_clean.starts_with(char::is_lowercase);
    // Whether the next word opens a sentence even right after an abbreviation.
    let rules = lang.rules();
    let opener = if lower_next {
        // A pronoun with its verb contracted opens as the pronoun does ("p.m. i'm
        // going", "u.s. they'll"). Or, in caseless text, a sentence adverb that a subject
        // follows ("the u.s. still the rules differ", "5 p.m. tomorrow they vote"; not
        // "the u.s. still holds").
        let pronoun = next_bare.split(['\'', '’']).next().unwrap_or(next_bare);
        rules.openers.contains(&next_bare)
            || rules.openers.contains(&pronoun)
            || (rules.connectives.contains(&next_bare)
                || rules.clock.followers.contains(&next_bare))
                && rules
                    .subjects
                    .contains(&next_word(after[next.len()..].trim_start()))
    } else {
        lang.is_sentence_starter(next_clean)
    };
    // A bracket after an abbreviation opens a sentence ("Co. (The firm declined.)") unless,
    // in cased text, a lowercase word opens it ("Co. (cited from the filing)").
    let bracket = next.starts_with(['(', '[']) && !(evidence.cased && lower_next);
    if !(rules.abbreviations.is_empty() && rules.maybe_final.is_empty()) {
        // The language's own abbreviations: one word ("Nr.", "z.B."), or two, read from
        // either part ("z. B.", "v. Chr.", "EE. UU.").
        let lower = word.to_lowercase();
        let prev = before[..before.len() - word.len()]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        let pair = format!("{} {lower}", prev.to_lowercase());
        let with_next = format!("{lower}. {}", next_bare.to_lowercase());
        let ends = |list: &[&str]| list.contains(&lower.as_str()) || list.contains(&pair.as_str());
        if ends(rules.abbreviations)
            || rules.abbreviations.contains(&with_next.as_str())
            || rules.maybe_final.contains(&with_next.as_str())
        {
            return false;
        }
        if ends(rules.maybe_final) {
            // Only a word that opens sentences tells where a capital is as often a name
            // ("Co. Smith") or a noun as a new sentence.
            return if rules.names_after_abbreviations || rules.capitalised_nouns {
                // "etc." closes an enumeration: no name follows it inside a sentence.
                opener || bracket || lower == "etc" && !lower_next
            } else {
                !lower_next
            };
        }
    }
    #[cfg(feature = "languages")]
    if rules.initial.is_some_and(|initial| initial(word)) {
        return false;
    }
    // "am 3. Oktober", "der 2. Weltkrieg": an ordinal, unless a sentence visibly starts.
    if rules.ordinal_dot
        && (1..=3).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_digit())
    {
        return opener;
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        let prev = before[..before.len() - word.len()]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        // A unit after its number ("fell to -5 C. Roads froze"; not an era, "700 a. C."),
        // the pronoun after a function word ("you and I. Nobody came", "so do I. then"):
        // not initials.
        let unit = c.is_uppercase() || !evidence.cased && next_bare.chars().nth(1).is_some();
        if prev.ends_with(|c: char| c.is_ascii_digit()) && unit
            || matches!(c, 'I' | 'i') && rules.before_pronoun_i.contains(&prev)
        {
            return true;
        }
        // An initial: "J. Smith", "George W. Bush"; but "Plan B. The". In cased text a
        // lowercase letter is a word ("ele já é. A", "н. э. Греция") unless an abbreviation
        // follows ("8. Jh. n. Chr.", "año 700 a. C.").
        if c.is_uppercase() || c.is_alphabetic() && !evidence.cased {
            return opener && next_clean.len() > 1;
        }
        if c.is_alphabetic() {
            // "p. 12", "c. 1900": a one-letter abbreviation before its number.
            return !(next_clean.ends_with('.') && next_bare.chars().count() <= 4
                || next_clean.starts_with(|n: char| n.is_ascii_digit()));
        }
    }
    let lower = word.to_lowercase();
    // A number sign before its number: "No. 10", "N°. 1026".
    if (matches!(lower.as_str(), "n°" | "nº") || rules.number_signs.contains(&lower.as_str()))
        && next_clean.starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    // An all-caps word is an acronym ("LA", "US"), not one of the abbreviations below;
    // in a run of capitals ("ST. PAUL, Minn.") it may be either.
    let capitals = |w: &str| w.chars().all(|c| !c.is_lowercase());
    let run_of_capitals = next_bare.chars().nth(1).is_some() && capitals(next_bare);
    if !lower_next && capitals(word) && !word.contains('.') && !run_of_capitals {
        return true;
    }
    // Clock times: "at 5 p.m. Police said" is two sentences more often than not; "5 p.m.
    // EDT", "9 a.m. Monday" are not.
    let clock = &rules.clock;
    if clock.marks.contains(&lower.as_str()) {
        // A sentence cannot be just the time it opens with: "At 5 a.m. Mr. Smith went".
        if opens_with_time(before, clock.prepositions) {
            return false;
        }
        let rest = after[next.len()..].trim_start();
        let then = next_word(rest);
        let then_bare = then.trim_end_matches(|c: char| !c.is_alphanumeric());
        // "6 a.m. Sydney time", "7 p.m. Eastern time": a zone.
        if then_bare.eq_ignore_ascii_case("time") {
            return false;
        }
        // A possessive is a new subject: "at 8 p.m. Tomorrow's count", "5 p.m. monday's".
        if next_bare.ends_with("'s") || next_bare.ends_with("’s") {
            return true;
        }
        let next_lower = next_bare.to_lowercase();
        if clock.followers.contains(&next_lower.as_str()) {
            // A day that opens a clause of its own ("3 p.m. Tomorrow the judge will
            // rule"), not one that goes on ("9 a.m. Monday, the clerk said", "Monday
            // the 5th").
            let number_follows = next_word(rest[then.len()..].trim_start())
                .starts_with(|c: char| c.is_ascii_digit());
            return next_bare.len() == next.len()
                && rules.subjects.contains(&then.to_lowercase().as_str())
                && !number_follows;
        }
        // A title opens a new subject ("at 9 p.m. mr. ward closed it"); a month goes on
        // to its date ("9 a.m. Jan. 5").
        let title = next_clean
            .strip_suffix('.')
            .is_some_and(|t| rules.abbreviations.contains(&t.to_lowercase().as_str()));
        if title && then.starts_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        return if lower_next {
            opener || title
        } else {
            next_clean.contains(char::is_lowercase)
        };
    }
    // An acronym with inner dots: "U.S", "D.C", "Ph.D".
    if word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic))
    {
        return opener;
    }
    // English names quoted in any language ("St. Michael", "Acme Inc. shares"), unless the
    // language writes a function word so.
    if NAME_ABBREVIATIONS.contains(&lower.as_str()) && !lang.is_stopword(&lower) {
        return opener || bracket;
    }
    // After an ordinary word, a new sentence; after a word this document writes as an
    // abbreviation ("Assn. of", "assn. members"), only a word that opens sentences starts
    // one ("the Assn. President spoke" goes on).
    opener || !evidence.is_abbreviation(&lower)
}

/// Whether `before` (a sentence so far, ending in a clock time) is only a preposition and
/// the time: "At 5 a.m", "By 10.30 p.m", "until 9 a.m".
fn opens_with_time(before: &str, prepositions: &[&str]) -> bool {
    let mut words = before.split_whitespace();
    let first = words.next().unwrap_or("");
    prepositions.iter().any(|p| p.eq_ignore_ascii_case(first))
        && words
            .next()
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
        && words.next().is_some()
        && words.next().is_none()
}

/// Pushes the sentence `start..end`, first cutting it if it is a run-on. Only sentences
/// longer than [`RUN_ON_WORDS`] are looked at, each word once.
fn push_bounded(
    text: &str,
    start: usize,
    end: usize,
    lang: Language,
    out: &mut Vec<(usize, usize)>,
) {
    let s = &text[start..end];
    // More than RUN_ON_WORDS words take more than 2 * RUN_ON_WORDS bytes (a letter and a space
    // each), and RUN_ON_WORDS whitespace characters, which are ASCII or start with a byte of
    // 0xC2 or more: most sentences have fewer, and need no counting by words (a byte scan
    // costs a fraction of the char decoding in the wasm build).
    if s.len() <= 2 * RUN_ON_WORDS
        || s.bytes()
            .filter(|&b| matches!(b, b'\t'..=b'\r' | b' ' | 0xC2..=0xFF))
            .count()
            < RUN_ON_WORDS
        || if s.bytes().any(|b| b >= 0xE3) {
            // Chinese or Japanese may be in it (their characters' lead bytes): weigh them.
            !bounded_words(s)
                .scan(0, |n, (_, _, weight)| {
                    *n += weight;
                    Some(*n)
                })
                .any(|n| n > RUN_ON_WORDS)
        } else {
            s.split_whitespace().nth(RUN_ON_WORDS).is_none()
        }
    {
        out.push((start, end));
        return;
    }
    let mut piece = 0; // start of the current piece, relative to `s`
    let mut words = 0; // words in the current piece so far
    let mut clause_break = None; // where a piece may start after the last ";" or ":"
    let mut prev = ""; // the previous word that is not a bullet
    let mut seam = 0; // where a piece starting at this word would start: before any bullet
    for (at, word, weight) in bounded_words(s) {
        if is_bullet(word) {
            if !is_bullet(prev) {
                seam = at;
            }
            continue;
        }
        if words >= MIN_PIECE_WORDS && starts_run_on_piece(prev, word, &s[at + word.len()..], lang)
        {
            out.push((start + piece, start + trim_end(s, piece, seam)));
            (piece, words, clause_break) = (at, 0, None);
        } else if words >= MAX_WORDS {
            let cut = clause_break.unwrap_or(at);
            out.push((start + piece, start + trim_end(s, piece, cut)));
            words = bounded_words(&s[cut..at]).map(|w| w.2).sum();
            (piece, clause_break) = (cut, None);
        }
        if words >= MIN_PIECE_WORDS && word.ends_with([';', ':', '；', '：']) {
            let after = &s[at + word.len()..];
            clause_break = Some(s.len() - after.trim_start().len()).filter(|&c| c < s.len());
        }
        words += weight;
        prev = word;
        seam = at + word.len();
    }
    out.push((start + piece, end));
}

/// Whether `word` visibly starts a new sentence after `prev` inside a run-on, `after`
/// following it: a caption or headline that lost its full stop ("... a hole in his trousers
/// The Bayern boss ...", "... in January A Texas teacher ...", "... a trophy 'For me, it's
/// ..."). Only where the left side may end a sentence: not after a function word ("a role
/// in The Godfather") or a capitalised word other than a day or month ("Vitamin A",
/// "Part A") or a reporting verb ("told The Guardian that"); not at an acronym ("the
/// fictional US state"), nor at a title ("anthem The Show Must Go On"). A one-letter opener ("A") is a seam only before a
/// name ("A Texas teacher"), never before a lowercase word ("type A blood", "the car I
/// drove").
fn starts_run_on_piece(prev: &str, word: &str, after: &str, lang: Language) -> bool {
    let rules = lang.rules();
    let prev = prev.trim_end_matches(')');
    // A reporting verb takes its object or clause next ("told The Guardian that").
    let content_word = prev.chars().next().is_some_and(char::is_lowercase)
        && prev.chars().all(char::is_alphanumeric)
        && !lang.is_stopword(prev)
        && !rules.speech_verbs.contains(&prev);
    let date = prev.starts_with(char::is_uppercase)
        && rules
            .clock
            .followers
            .contains(&prev.to_lowercase().as_str());
    if !content_word && !date && !prev.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let word = word.trim_start_matches(is_opening_quote);
    let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    let lower = bare.to_lowercase();
    let mut chars = bare.chars();
    if !chars.next().is_some_and(char::is_uppercase)
        || rules.capitalised_inside.contains(&lower.as_str())
        || !lang.is_sentence_starter(bare)
    {
        return false;
    }
    // Capitalised as a name or title is ("Times", "10th").
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let mut next = after.split_whitespace();
    let first = next.next().unwrap_or("");
    let title = capital(first)
        && (first.ends_with(|c: char| !c.is_alphanumeric()) || next.next().is_none_or(capital));
    let one_letter = chars.next().is_none();
    !title
        && if one_letter {
            // Not an initial ("A. Smith").
            bare == word && capital(first) && rules.openers.contains(&lower.as_str())
        } else {
            bare.chars().any(char::is_lowercase)
        }
}

/// The words of `s` as the run-on bound counts them: (byte offset, word, weight in words).
/// A whitespace-separated word weighs one. Chinese and Japanese, written without spaces, are
/// cut after each full-width comma or clause mark and weigh one word per three CJK
/// characters (a word is shorter, but their prose sentences run past 200 characters), so
/// the bound holds in those scripts too and a run-on is cut between clauses, never inside
/// a word.
fn bounded_words(s: &str) -> impl Iterator<Item = (usize, &str, usize)> {
    words_with_offsets(s).flat_map(move |(at, word)| {
        word.split_inclusive(['，', '、', '；', '：'])
            .map(move |part| {
                let cjk = if part.is_ascii() {
                    0
                } else {
                    part.chars().filter(|&c| is_cjk(c)).count()
                };
                let offset = at + (part.as_ptr() as usize - word.as_ptr() as usize);
                (offset, part, cjk.div_ceil(3).max(1))
            })
    })
}

/// The whitespace-separated words of `s` with their byte offsets.
fn words_with_offsets(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(input: &str) -> Vec<&str> {
        split_sentences(input, Language::English)
            .into_iter()
            .map(|(s, e)| &input[s..e])
            .collect()
    }

    /// Sentences of `input` read by the rules of `lang`.
    #[cfg(feature = "languages")]
    fn split_in(lang: Language, input: &str) -> Vec<&str> {
        split_with(input, &Evidence::of(input), lang)
            .into_iter()
            .map(|(s, e)| &input[s..e])
            .collect()
    }

    /// "»" and "”" glued to a capital open a quotation (Danish, Swedish, Finnish news), and
    /// a new sentence with it; after a sentence's last word they close one.
    #[test]
    fn quotation_marks_that_open_as_they_close_elsewhere() {
        for (input, expected) in [
            (
                "Hun takkede byen. »Vi svømmer hele året,« sagde hun.",
                vec!["Hun takkede byen.", "»Vi svømmer hele året,« sagde hun."],
            ),
            (
                "Hallen öppnade i juni. ”Nu kan alla simma”, säger hon.",
                vec!["Hallen öppnade i juni.", "”Nu kan alla simma”, säger hon."],
            ),
            (
                "She said: ”We are done.” Then she left.",
                vec!["She said: ”We are done.”", "Then she left."],
            ),
        ] {
            assert_eq!(split(input), expected, "{input}");
        }
    }

    #[cfg(feature = "languages")]
    #[test]
    fn language_rules() {
        use Language::*;
        for (lang, input, expected) in [
            // German ordinals: a day, a century, a rank go on; a sentence opener ends.
            (
                German,
                "Wir reisen am 12. März ab. Dann sehen wir weiter.",
                vec!["Wir reisen am 12. März ab.", "Dann sehen wir weiter."],
            ),
            (
                German,
                "Im 18. Jahrhundert wuchs die Stadt stark.",
                vec!["Im 18. Jahrhundert wuchs die Stadt stark."],
            ),
            (
                German,
                "Sie wurde beim Rennen 2. Die Siegerin kam aus Polen.",
                vec!["Sie wurde beim Rennen 2.", "Die Siegerin kam aus Polen."],
            ),
            // German abbreviations, spaced or not, and eras.
            (
                German,
                "Viele Tiere, z. B. Füchse und Dachse, leben hier.",
                vec!["Viele Tiere, z. B. Füchse und Dachse, leben hier."],
            ),
            (
                German,
                "Er wohnt in Haus Nr. 7 am Markt.",
                vec!["Er wohnt in Haus Nr. 7 am Markt."],
            ),
            (
                German,
                "Die Mauer entstand um 300 v. Chr., sagen Forscher.",
                vec!["Die Mauer entstand um 300 v. Chr., sagen Forscher."],
            ),
            (
                German,
                "Die Mauer entstand um 300 v. Chr. Die Burg ist jünger.",
                vec!["Die Mauer entstand um 300 v. Chr.", "Die Burg ist jünger."],
            ),
            // French titles.
            (
                French,
                "Nous avons rencontré M. Martin et Mme Durand hier soir.",
                vec!["Nous avons rencontré M. Martin et Mme Durand hier soir."],
            ),
            // Russian: "т. е." goes on; an era ends before a capital.
            (
                Russian,
                "Это важно, т. е. Совет решит сам.",
                vec!["Это важно, т. е. Совет решит сам."],
            ),
            (
                Russian,
                "Храм построили в 500 г. до н. э. Позже его разрушили.",
                vec!["Храм построили в 500 г. до н. э.", "Позже его разрушили."],
            ),
            // Spanish: ¿ and ¡ open a sentence even before a lowercase word; eras; EE. UU.
            (
                Spanish,
                "Lo dijo ayer. ¿y ahora qué haremos?",
                vec!["Lo dijo ayer.", "¿y ahora qué haremos?"],
            ),
            (
                Spanish,
                "Viajó a EE. UU. en mayo. Volvió en junio.",
                vec!["Viajó a EE. UU. en mayo.", "Volvió en junio."],
            ),
            (
                Spanish,
                "La torre es de ca. 1200 a. C. y sigue en pie.",
                vec!["La torre es de ca. 1200 a. C. y sigue en pie."],
            ),
            (
                Spanish,
                "Le dije que no. Mañana lo veremos.",
                vec!["Le dije que no.", "Mañana lo veremos."],
            ),
            // Greek: the semicolon asks a question; Arabic: its own question mark.
            (
                Greek,
                "Πού πήγες χθες; Έμεινα σπίτι.",
                vec!["Πού πήγες χθες;", "Έμεινα σπίτι."],
            ),
            (
                Arabic,
                "هل جاء المدير؟ نعم جاء صباحا.",
                vec!["هل جاء المدير؟", "نعم جاء صباحا."],
            ),
            // English titles that are function words elsewhere end sentences there.
            (
                Norwegian,
                "Vi så det. Han kom hjem.",
                vec!["Vi så det.", "Han kom hjem."],
            ),
            (
                Turkish,
                "Bunu bilen sen. Ben bilmem.",
                vec!["Bunu bilen sen.", "Ben bilmem."],
            ),
            (
                German,
                "Er traf Dr. Weber gestern.",
                vec!["Er traf Dr. Weber gestern."],
            ),
            // Other languages keep ";" inside the sentence.
            (
                French,
                "Il pleut; Marie reste.",
                vec!["Il pleut; Marie reste."],
            ),
            // Korean: caseless, ends on ". ? !" after a predicate ("-다."); a quotation
            // closed by its particle ("...오겠다."라고) and a decimal stay inside.
            (
                Korean,
                "시는 예산을 늘렸다. 주민들은 환영했다! 그런데 왜 늦었을까? 시장은 답하지 않았다.",
                vec![
                    "시는 예산을 늘렸다.",
                    "주민들은 환영했다!",
                    "그런데 왜 늦었을까?",
                    "시장은 답하지 않았다.",
                ],
            ),
            (
                Korean,
                "그는 \"내일 다시 오겠다.\"라고 말했다. 물가는 3.5% 올랐다.",
                vec![
                    "그는 \"내일 다시 오겠다.\"라고 말했다.",
                    "물가는 3.5% 올랐다.",
                ],
            ),
            (
                Korean,
                "회의는 워싱턴 D.C.에서 열렸다. 다음 회의는 서울에서 열린다.",
                vec![
                    "회의는 워싱턴 D.C.에서 열렸다.",
                    "다음 회의는 서울에서 열린다.",
                ],
            ),
        ] {
            assert_eq!(split_in(lang, input), expected, "{input}");
        }
    }

    #[test]
    fn table() {
        for (input, expected) in [
            ("One. Two.", vec!["One.", "Two."]),
            (
                "He met the U.S. Secretary of State. Then left.",
                vec!["He met the U.S. Secretary of State.", "Then left."],
            ),
            (
                "Talks with the U.S. The meeting ended.",
                vec!["Talks with the U.S.", "The meeting ended."],
            ),
            (
                "Mr. Yang and Dr. Wang met on Jan. 5. It rained.",
                vec!["Mr. Yang and Dr. Wang met on Jan. 5.", "It rained."],
            ),
            (
                "George W. Bush spoke. He left.",
                vec!["George W. Bush spoke.", "He left."],
            ),
            (
                "J. R. R. Tolkien wrote it.",
                vec!["J. R. R. Tolkien wrote it."],
            ),
            (
                "She wrote the letter x. Then she slept.",
                vec!["She wrote the letter x.", "Then she slept."],
            ),
            (
                "The wall dates from 700 a. C. and still stands.",
                vec!["The wall dates from 700 a. C. and still stands."],
            ),
            (
                "They chose Plan B. The rest failed.",
                vec!["They chose Plan B.", "The rest failed."],
            ),
            (
                "It grew 3.5 percent. Wow!",
                vec!["It grew 3.5 percent.", "Wow!"],
            ),
            ("Wait... what? Yes!", vec!["Wait... what?", "Yes!"]),
            ("Wait... And then.", vec!["Wait...", "And then."]),
            ("Wait… And then.", vec!["Wait…", "And then."]),
            ("It was . . . odd.", vec!["It was . . . odd."]),
            (
                "\"I hope so,\" he said. \"We will.\" They left.",
                vec!["\"I hope so,\" he said.", "\"We will.\"", "They left."],
            ),
            (
                "“Why?” she asked. “Because.” He left.",
                vec!["“Why?” she asked.", "“Because.”", "He left."],
            ),
            (
                "He said: ‘Go home.’ ‘Now?’ she said.",
                vec!["He said: ‘Go home.’", "‘Now?’ she said."],
            ),
            (
                "It was ``catastrophic.'' ``We knew,'' she said.",
                vec!["It was ``catastrophic.''", "``We knew,'' she said."],
            ),
            (
                "(It was late.) Next came.",
                vec!["(It was late.)", "Next came."],
            ),
            (
                "Talks resumed (the third round). Both sides [were tired.] Then rain.",
                vec![
                    "Talks resumed (the third round).",
                    "Both sides [were tired.]",
                    "Then rain.",
                ],
            ),
            (
                "Apple Inc. The company grew.",
                vec!["Apple Inc.", "The company grew."],
            ),
            ("Apple Inc. shares rose.", vec!["Apple Inc. shares rose."]),
            (
                "Apple Inc. Chief Tim Cook spoke.",
                vec!["Apple Inc. Chief Tim Cook spoke."],
            ),
            (
                "He is No. 5 in the world.",
                vec!["He is No. 5 in the world."],
            ),
            ("He said no. The end.", vec!["He said no.", "The end."]),
            (
                "It starts at 5 p.m. The doors open at 4 p.m. sharp.",
                vec!["It starts at 5 p.m.", "The doors open at 4 p.m. sharp."],
            ),
            (
                "It ends at 9 a.m. Police said.",
                vec!["It ends at 9 a.m.", "Police said."],
            ),
            (
                "It ends at 9 a.m. EDT today.",
                vec!["It ends at 9 a.m. EDT today."],
            ),
            ("ends with e.g. this one.", vec!["ends with e.g. this one."]),
            (
                "Use tools, i.e. Rust. Fine.",
                vec!["Use tools, i.e. Rust.", "Fine."],
            ),
            (
                "Washington, D.C. Officials said.",
                vec!["Washington, D.C. Officials said."],
            ),
            (
                "A U.S.-led force moved. It won.",
                vec!["A U.S.-led force moved.", "It won."],
            ),
            ("She has a Ph.D. in math.", vec!["She has a Ph.D. in math."]),
            (
                "He lives in Newark, N.J. The city is big.",
                vec!["He lives in Newark, N.J.", "The city is big."],
            ),
            (
                "He was born in Miami, Fla. He moved.",
                vec!["He was born in Miami, Fla.", "He moved."],
            ),
            (
                "Gov. Bill Walker met St. Louis officials.",
                vec!["Gov. Bill Walker met St. Louis officials."],
            ),
            (
                "It rose 3.5%. Shares fell.",
                vec!["It rose 3.5%.", "Shares fell."],
            ),
            (
                "It cost $1.2bn. $5m was left.",
                vec!["It cost $1.2bn.", "$5m was left."],
            ),
            (
                "He came 1st. 2nd was Bo.",
                vec!["He came 1st.", "2nd was Bo."],
            ),
            (
                "Mail opinions@cgtn.com. Or visit www.cgtn.com. Thanks.",
                vec![
                    "Mail opinions@cgtn.com.",
                    "Or visit www.cgtn.com.",
                    "Thanks.",
                ],
            ),
            (
                "See https://a.b/c.html. Next.",
                vec!["See https://a.b/c.html.", "Next."],
            ),
            ("Miss it? #sad #fail", vec!["Miss it? #sad #fail"]),
            (
                "It reached critical mass. Maybe not.",
                vec!["It reached critical mass.", "Maybe not."],
            ),
            (
                "They wed in LA. Emily came.",
                vec!["They wed in LA.", "Emily came."],
            ),
            (
                "It hit Kent County, Md., and Hockessin, Del. The police came.",
                vec![
                    "It hit Kent County, Md., and Hockessin, Del.",
                    "The police came.",
                ],
            ),
            (
                "It was great. 🎉 Party!",
                vec!["It was great.", "🎉 Party!"],
            ),
            (
                "The war ended — finally. — Then peace came.",
                vec!["The war ended — finally.", "Then peace came."],
            ),
            (
                "New rules. - The state must act. - Firms must pay.",
                vec!["New rules.", "The state must act.", "Firms must pay."],
            ),
            ("Yahoo! is a firm.", vec!["Yahoo! is a firm."]),
            // "!", "?" and an ellipsis end a sentence when Chinese or Japanese follows unspaced,
            // after a closing quote too; a plain "." there does not ("U.S.中国").
            (
                "楽しかった!明日も行く。",
                vec!["楽しかった!", "明日も行く。"],
            ),
            ("本当ですか?”そうです。", vec!["本当ですか?”", "そうです。"]),
            ("これは何???。次の話。", vec!["これは何???。", "次の話。"]),
            (
                "考えている...次に進む。",
                vec!["考えている...", "次に進む。"],
            ),
            ("他去了U.S.中国也去了。", vec!["他去了U.S.中国也去了。"]),
            ("\"Really?\" he asked.", vec!["\"Really?\" he asked."]),
            ("World War II. The end.", vec!["World War II.", "The end."]),
            ("No terminator", vec!["No terminator"]),
            ("它很好。我们走吧。", vec!["它很好。", "我们走吧。"]),
            ("", vec![]),
            ("   ", vec![]),
            ("...", vec!["..."]),
        ] {
            assert_eq!(split(input), expected, "{input}");
        }
    }

    /// One table per kind of boundary: (input, expected sentences).
    fn check(kind: &str, cases: &[(&str, &[&str])]) {
        for (input, expected) in cases {
            assert_eq!(split(input), *expected, "{kind}: {input}");
        }
    }

    #[test]
    fn no_space_after_the_full_stop() {
        check(
            "glued",
            &[
                (
                    "The shop shut on Friday.Staff were told by email.",
                    &["The shop shut on Friday.", "Staff were told by email."],
                ),
                (
                    "we lost the match.Next week is the final.",
                    &["we lost the match.", "Next week is the final."],
                ),
                (
                    "Prices rose again.Analysts had expected it!",
                    &["Prices rose again.", "Analysts had expected it!"],
                ),
                // Not sentences: addresses, decimals, acronyms, file names.
                ("Visit example.com today.", &["Visit example.com today."]),
                ("The rate is 2.5 now.", &["The rate is 2.5 now."]),
                (
                    "A U.S.-Mexico deal was signed.",
                    &["A U.S.-Mexico deal was signed."],
                ),
                ("Open report.PDF first.", &["Open report.PDF first."]),
            ],
        );
    }

    #[test]
    fn caseless_text() {
        check(
            "caseless",
            &[
                (
                    "the vote was close. the council meets again in may.",
                    &["the vote was close.", "the council meets again in may."],
                ),
                (
                    "prices went up. shoppers were not happy. some stayed home.",
                    &[
                        "prices went up.",
                        "shoppers were not happy.",
                        "some stayed home.",
                    ],
                ),
                (
                    "is it open? nobody knew! we went anyway.",
                    &["is it open?", "nobody knew!", "we went anyway."],
                ),
                // Left-side evidence keeps these whole.
                (
                    "mr. green met dr. brown at the clinic.",
                    &["mr. green met dr. brown at the clinic."],
                ),
                (
                    "troops from the u.s. and canada arrived. the talks began.",
                    &[
                        "troops from the u.s. and canada arrived.",
                        "the talks began.",
                    ],
                ),
                (
                    "bring pens, paper, etc. and a snack.",
                    &["bring pens, paper, etc. and a snack."],
                ),
                (
                    "the talks with the u.s. the mayor was not invited.",
                    &["the talks with the u.s.", "the mayor was not invited."],
                ),
                (
                    "it costs approx. ten pounds. it weighs approx. two kilos.",
                    &[
                        "it costs approx. ten pounds.",
                        "it weighs approx. two kilos.",
                    ],
                ),
                // A full stop after the closing quote: the sentence ends there.
                (
                    "she kept shouting 'help!'. a neighbour heard her.",
                    &["she kept shouting 'help!'.", "a neighbour heard her."],
                ),
                (
                    "he asked \"why not?\". nobody answered.",
                    &["he asked \"why not?\".", "nobody answered."],
                ),
            ],
        );
        // Punkt-style evidence: a word written twice with a dot before a lowercase word
        // and never without it is this document's abbreviation.
        check(
            "document abbreviations",
            &[
                (
                    "the assn. of nurses met. our assn. has ten members. an assn. needs rules.",
                    &[
                        "the assn. of nurses met.",
                        "our assn. has ten members.",
                        "an assn. needs rules.",
                    ],
                ),
                (
                    "the bldg. was old. a new bldg. went up. the bldg. is tall.",
                    &[
                        "the bldg. was old.",
                        "a new bldg. went up.",
                        "the bldg. is tall.",
                    ],
                ),
                (
                    // Seen once, or also without a dot: an ordinary word.
                    "they fixed the pump. workers cheered.",
                    &["they fixed the pump.", "workers cheered."],
                ),
                (
                    "i saw the boss. the boss smiled. we thanked the boss. she left.",
                    &[
                        "i saw the boss.",
                        "the boss smiled.",
                        "we thanked the boss.",
                        "she left.",
                    ],
                ),
                (
                    "we won the cup. fans sang. they lifted the cup. people cried.",
                    &[
                        "we won the cup.",
                        "fans sang.",
                        "they lifted the cup.",
                        "people cried.",
                    ],
                ),
            ],
        );
    }

    /// In cased text a lowercase word after a full stop is the evidence that the sentence
    /// goes on, whatever the abbreviation.
    #[test]
    fn abbreviations_before_a_lowercase_word_in_cased_text() {
        check(
            "cased",
            &[
                (
                    "Residents of Calif. towns were warned.",
                    &["Residents of Calif. towns were warned."],
                ),
                (
                    "Sen. Ann Roe, R-Wis. said no.",
                    &["Sen. Ann Roe, R-Wis. said no."],
                ),
                (
                    "He owns 3 Bros. stores and one Co. plant.",
                    &["He owns 3 Bros. stores and one Co. plant."],
                ),
                (
                    "In Germany the 13. century is written so.",
                    &["In Germany the 13. century is written so."],
                ),
                (
                    "“Why?” she asked. “Go!” he cried.",
                    &["“Why?” she asked.", "“Go!” he cried."],
                ),
                (
                    "“Run!” he shouted. “Now?” she asked.",
                    &["“Run!” he shouted.", "“Now?” she asked."],
                ),
            ],
        );
    }

    #[test]
    fn wire_datelines() {
        check(
            "dateline",
            &[
                (
                    "BOISE, Idaho (AP) — Snow closed the pass. Crews worked all night.",
                    &[
                        "BOISE, Idaho (AP) — Snow closed the pass.",
                        "Crews worked all night.",
                    ],
                ),
                (
                    "TRENTON, N.J. (Reuters) - The governor signed the bill.",
                    &["TRENTON, N.J. (Reuters) - The governor signed the bill."],
                ),
                (
                    "AUSTIN, Tex. (AP) — A judge ruled on Friday.",
                    &["AUSTIN, Tex. (AP) — A judge ruled on Friday."],
                ),
                (
                    "dayton, ohio. (ap) — the plant closed.",
                    &["dayton, ohio. (ap) — the plant closed."],
                ),
            ],
        );
    }

    #[test]
    fn clock_times() {
        check(
            "clock",
            &[
                (
                    "The train leaves at 7 a.m. Tuesday from platform two.",
                    &["The train leaves at 7 a.m. Tuesday from platform two."],
                ),
                (
                    "Doors open at 6 p.m. local time.",
                    &["Doors open at 6 p.m. local time."],
                ),
                (
                    "We met at 10 a.m. on the pier.",
                    &["We met at 10 a.m. on the pier."],
                ),
                (
                    "the bus came at 8 a.m. the driver was late.",
                    &["the bus came at 8 a.m.", "the driver was late."],
                ),
                (
                    "It closed at 4 p.m. The staff left.",
                    &["It closed at 4 p.m.", "The staff left."],
                ),
                // A sentence is never only the time phrase it opens with.
                (
                    "At 6 a.m. Dr. Lee opened the clinic. It was busy.",
                    &["At 6 a.m. Dr. Lee opened the clinic.", "It was busy."],
                ),
                (
                    "By 11 p.m. The crowd had gone home.",
                    &["By 11 p.m. The crowd had gone home."],
                ),
                (
                    "until 9 a.m. the road stays shut.",
                    &["until 9 a.m. the road stays shut."],
                ),
                (
                    "The ferry sails at 8 P.M. Mrs. Ward will be on it.",
                    &["The ferry sails at 8 P.M.", "Mrs. Ward will be on it."],
                ),
            ],
        );
    }

    #[test]
    fn lists_on_one_line() {
        check(
            "inline list",
            &[
                (
                    "Pack: 1) a tent 2) a stove 3) matches.",
                    &["Pack:", "1) a tent", "2) a stove", "3) matches."],
                ),
                (
                    "Steps: 1. mix the flour 2. add eggs 3. bake it.",
                    &["Steps:", "1. mix the flour", "2. add eggs", "3. bake it."],
                ),
                (
                    "a. rice b. beans c. corn",
                    &["a. rice", "b. beans", "c. corn"],
                ),
                (
                    "Options are (a) stay (b) go.",
                    &["Options are", "(a) stay", "(b) go."],
                ),
                // Not a list: a lone number or letter, numbers out of order.
                (
                    "He scored 1. Then nothing.",
                    &["He scored 1.", "Then nothing."],
                ),
                ("Rooms 2) and 3) are shut.", &["Rooms 2) and 3) are shut."]),
                (
                    "Take route a) north or route c) south.",
                    &["Take route a) north or route c) south."],
                ),
                // A full stop and a bracket together: "1.)".
                (
                    "1.) Lock the door 2.) Close the windows",
                    &["1.) Lock the door", "2.) Close the windows"],
                ),
                (
                    "1.) Call home. 2.) Buy milk. 3.) Rest.",
                    &["1.) Call home.", "2.) Buy milk.", "3.) Rest."],
                ),
                // A bullet that comes back opens each item, with any number after it.
                (
                    "• 4. Salt the water • 5. Boil the pasta",
                    &["• 4. Salt the water", "• 5. Boil the pasta"],
                ),
                (
                    "⁃7. North gate ⁃8. South gate",
                    &["⁃7. North gate", "⁃8. South gate"],
                ),
                (
                    "• apples • pears • plums",
                    &["• apples", "• pears", "• plums"],
                ),
                // A lone bullet is no list.
                ("• Keep calm. Carry on.", &["• Keep calm.", "Carry on."]),
            ],
        );
    }

    #[test]
    fn number_signs() {
        check(
            "number sign",
            &[
                (
                    "The box is at No. 12 on the shelf.",
                    &["The box is at No. 12 on the shelf."],
                ),
                (
                    "Send it to N°. 48 Rue Haute. They expect it.",
                    &["Send it to N°. 48 Rue Haute.", "They expect it."],
                ),
                (
                    "The tune reached NO. 3 in May.",
                    &["The tune reached NO. 3 in May."],
                ),
                ("Nos. 4 and 5 were sold.", &["Nos. 4 and 5 were sold."]),
                // One-letter abbreviations before their number: page, circa.
                ("Read p. 30 first.", &["Read p. 30 first."]),
                (
                    "The church was built c. 1150 by monks.",
                    &["The church was built c. 1150 by monks."],
                ),
            ],
        );
    }

    #[test]
    fn ellipses() {
        check(
            "ellipsis",
            &[
                (
                    "She paused ... and then she laughed.",
                    &["She paused ... and then she laughed."],
                ),
                (
                    "She paused… and then she laughed.",
                    &["She paused… and then she laughed."],
                ),
                (
                    "She paused . . . and then she laughed.",
                    &["She paused . . . and then she laughed."],
                ),
                // Three spaced dots leave words out inside a sentence; a fourth dot, or a
                // full stop against the word before them, ends it.
                (
                    "The road . . . Then the river came into view.",
                    &["The road . . . Then the river came into view."],
                ),
                (
                    "It never ended . . . . Then it did.",
                    &["It never ended . . . .", "Then it did."],
                ),
                (
                    "The storm passed. . . . Roofs were mended.",
                    &["The storm passed.", ". . . Roofs were mended."],
                ),
                ("All was quiet. . . .", &["All was quiet. . . ."]),
                (
                    "We hoped... We were wrong.",
                    &["We hoped...", "We were wrong."],
                ),
                ("and so it went…", &["and so it went…"]),
            ],
        );
    }

    #[test]
    fn quotations_with_a_citation() {
        check(
            "citation",
            &[
                (
                    "She calls it \"a quiet revolution.\" (Lee 42). Others disagree.",
                    &[
                        "She calls it \"a quiet revolution.\" (Lee 42).",
                        "Others disagree.",
                    ],
                ),
                (
                    "He wrote, “we must go on.” (Grant, p. 7). The war went on.",
                    &[
                        "He wrote, “we must go on.” (Grant, p. 7).",
                        "The war went on.",
                    ],
                ),
                // A whole sentence in brackets stands alone.
                (
                    "It rained. (Nobody had an umbrella.) We ran.",
                    &["It rained.", "(Nobody had an umbrella.)", "We ran."],
                ),
            ],
        );
    }

    #[test]
    fn regressions_from_the_issue() {
        check(
            "issue",
            &[
                (
                    "The rules were published on Tuesday.The changes start in May.",
                    &[
                        "The rules were published on Tuesday.",
                        "The changes start in May.",
                    ],
                ),
                (
                    "SPRINGFIELD, Ill. (AP) — The mayor resigned on Friday.",
                    &["SPRINGFIELD, Ill. (AP) — The mayor resigned on Friday."],
                ),
                (
                    "They meet at 9 a.m. Monday in the town hall.",
                    &["They meet at 9 a.m. Monday in the town hall."],
                ),
                (
                    "Bring: 1) a coat 2) boots 3) water.",
                    &["Bring:", "1) a coat", "2) boots", "3) water."],
                ),
                ("a. soup b. bread", &["a. soup", "b. bread"]),
                (
                    "We waited ... and then the bus came.",
                    &["We waited ... and then the bus came."],
                ),
                (
                    "It was \"the end of the line.\" (Ruiz 14). Then silence.",
                    &[
                        "It was \"the end of the line.\" (Ruiz 14).",
                        "Then silence.",
                    ],
                ),
                (
                    "said the mayor. the council will vote on friday",
                    &["said the mayor.", "the council will vote on friday"],
                ),
            ],
        );
    }

    #[test]
    fn run_ons_are_cut_where_a_sentence_starts() {
        let caption = "Bayern Munich manager Pep Guardiola ripped a hole during the Champions League \
            match in Germany on a cold and windy night in the south of the country with fans watching \
            his every move from the stands behind the dugout The Bayern boss managed to rip a small hole \
            in his trousers 'It was fine,' he said.";
        assert_eq!(
            split(caption),
            [
                "Bayern Munich manager Pep Guardiola ripped a hole during the Champions League match \
                 in Germany on a cold and windy night in the south of the country with fans watching \
                 his every move from the stands behind the dugout",
                "The Bayern boss managed to rip a small hole in his trousers",
                "'It was fine,' he said.",
            ]
        );
        // A long sentence without such a seam stays whole: titles after a function word,
        // acronyms and names that look like function words are not seams.
        let long = "He was asked to screen test for the role in The Godfather as executives were \
            said to be reluctant after problems on the set of his film set in the fictional US state \
            of San Andreas, sung by star Will Smith, and certainly NOT the best song of the last \
            twenty five years of the rock and pop charts in the land.";
        assert_eq!(split(long), [long]);
    }

    #[test]
    fn no_sentence_is_longer_than_the_bound() {
        let list = "alpha beta gamma delta epsilon; ".repeat(40);
        let pieces = split(&list);
        assert!(pieces.len() >= 3, "{pieces:?}");
        for p in &pieces {
            assert!(p.split_whitespace().count() <= MAX_WORDS, "{p}");
        }
        // Cut after a clause break, not mid-clause.
        assert!(pieces[0].ends_with(';'), "{}", pieces[0]);
        // Words are neither lost nor repeated.
        let words: usize = pieces.iter().map(|p| p.split_whitespace().count()).sum();
        assert_eq!(words, 200);
        let flat = "x ".repeat(1000);
        let pieces = split(&flat);
        assert_eq!(pieces.len(), 13);
        assert!(pieces
            .iter()
            .all(|p| p.split_whitespace().count() <= MAX_WORDS));
    }

    #[test]
    fn chinese_and_japanese_run_ons_are_bounded_between_clauses() {
        // No spaces: the bound counts CJK characters (three to a word), and cuts after a
        // full-width comma, never inside a word.
        for clause in ["市民在公园里散步，", "住民が公園を散歩し、"] {
            let run = clause.repeat(90);
            let pieces = split(&run);
            assert!(pieces.len() >= 3, "{pieces:?}");
            for p in &pieces {
                // The bound is checked between clauses: a piece may pass it by one clause.
                let cjk = p.chars().filter(|&c| is_cjk(c)).count();
                assert!(cjk <= 3 * MAX_WORDS + clause.chars().count(), "{p}");
                assert!(p.ends_with(['，', '、']), "{p}");
            }
            assert_eq!(pieces.concat(), run);
        }
        // A long sentence of ordinary length stays whole.
        let sentence = "市交通局局长表示，新线路开通后，从市中心到机场的时间将从一个多小时缩短到四十分钟左右，\
            早高峰期间的列车间隔也将缩短。";
        assert_eq!(split(sentence), [sentence]);
    }
}
