//! Sentence boundaries inside one block, in one pass. A terminator (. ! ? …) followed by
//! closing quotes or brackets, a space and an uppercase letter, digit, opening quote or
//! bullet ends a sentence, unless the dot belongs to an abbreviation ("Mr.", "Jan.",
//! initials) or to an acronym that the next word shows is mid-sentence ("U.S. Secretary"
//! vs "the U.S. The"). Run-ons without terminators (captions and headlines glued together)
//! are cut where a new sentence visibly starts, and never run past [`MAX_WORDS`].

use crate::lang::{is_sentence_starter, Language};

/// Titles and other abbreviations that are never the end of a sentence.
const NEVER_FINAL: &[&str] = &[
    "adm", "apr", "aug", "capt", "cllr", "cmdr", "col", "cpl", "dec", "dept", "det", "dr", "e.g",
    "feb", "fig", "gen", "gov", "hon", "i.e", "insp", "jan", "jul", "jun", "lt", "maj", "messrs",
    "mr", "mrs", "ms", "mt", "nov", "oct", "pres", "prof", "rep", "rev", "sen", "sep", "sept",
    "sgt", "supt", "vs",
];

/// Abbreviations that may end a sentence: they end it only before a word that usually
/// starts one ("... Inc. The company") or a bracket. US state abbreviations are not here:
/// in AP style a comma follows them mid-sentence ("Newark, N.J., has").
const MAYBE_FINAL: &[&str] = &[
    "al", "approx", "ave", "blvd", "bros", "co", "corp", "est", "etc", "ft", "inc", "jr", "ltd",
    "no", "nos", "p", "plc", "pp", "rd", "sr", "st", "vol",
];

/// A sentence longer than this many words is a run-on and gets cut where a new sentence
/// visibly starts.
const RUN_ON_WORDS: usize = 40;
/// No sentence is longer than this: past it the run is cut at a clause break, or at a word.
const MAX_WORDS: usize = 80;
/// Pieces cut from a run-on keep at least this many words.
const MIN_PIECE_WORDS: usize = 6;

/// Closing punctuation that stays with the sentence before it.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '}')
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '।')
}

fn is_opening_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '`' | '«' | '„')
}

/// A list bullet standing alone as a word: "- ", "• ", "– ".
fn is_bullet(word: &str) -> bool {
    matches!(word, "-" | "–" | "—" | "•" | "*" | "·" | "▪")
}

/// Byte ranges of the sentences of `text`, trimmed.
///
/// ```
/// let text = "U.S. Secretary of State Antony Blinken met Mr. Yang. They talked in Anchorage, Alaska.";
/// let got: Vec<&str> = abridge::segment::split_sentences(text).into_iter().map(|(s, e)| &text[s..e]).collect();
/// assert_eq!(got, ["U.S. Secretary of State Antony Blinken met Mr. Yang.", "They talked in Anchorage, Alaska."]);
/// ```
pub fn split_sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_terminator(c) {
            continue;
        }
        // Act on the last of a run ("?!", "...").
        let mut end = i + c.len_utf8();
        while let Some(&(j, n)) = iter.peek() {
            if is_terminator(n) || is_closer(n) {
                end = j + n.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        let rest = &text[end..];
        let mut next_start = end + (rest.len() - rest.trim_start().len());
        let cjk_stop = matches!(c, '。' | '！' | '？');
        if next_start == end && !cjk_stop {
            continue; // "3.5", "end.Next", "U.S.-China"
        }
        if next_start >= text.len() {
            break;
        }
        let mut next = next_word(&text[next_start..]);
        if is_bullet(next) {
            // "... evidence. - The government should ...": an inline list; the bullet is
            // not part of the next sentence.
            let after = &text[next_start + next.len()..];
            let skip = next.len() + (after.len() - after.trim_start().len());
            if next_start + skip >= text.len() {
                break;
            }
            next_start += skip;
            next = next_word(&text[next_start..]);
        }
        if !opens_sentence(next) && !cjk_stop {
            continue;
        }
        if c == '.' && end == i + 1 && !ends_sentence_after(&text[start..i], next) {
            continue;
        }
        push_bounded(text, start, trim_end(text, start, end), &mut out);
        start = next_start;
    }
    if start < text.len() {
        let end = trim_end(text, start, text.len());
        if end > start {
            push_bounded(text, start, end, &mut out);
        }
    }
    out
}

fn opens_sentence(word: &str) -> bool {
    let Some(first) = word.chars().next() else {
        return false;
    };
    first.is_uppercase()
        || first.is_numeric()
        || (first.is_alphabetic() && !first.is_lowercase()) // scripts without case
        || is_opening_quote(first)
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

/// Whether the dot after `before` ends a sentence, given the word that follows.
fn ends_sentence_after(before: &str, next: &str) -> bool {
    let word = before
        .rsplit(|c: char| {
            c.is_whitespace() || matches!(c, '(' | '"' | '“' | '\'' | '‘' | '[' | '`' | '/')
        })
        .next()
        .unwrap_or("");
    let next_clean = next.trim_start_matches(|c: char| !c.is_alphanumeric());
    let next_starts_sentence = is_sentence_starter(next_clean);
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        // An initial: "J. Smith", "George W. Bush"; but "Plan B. The".
        (Some(c), None) if c.is_uppercase() => return next_starts_sentence && next_clean.len() > 1,
        _ => {}
    }
    // An all-caps word is an acronym ("LA", "US"), not one of the abbreviations below.
    if word.chars().all(|c| !c.is_lowercase()) && !word.contains('.') {
        return true;
    }
    let lower = word.to_lowercase();
    // Clock times: "at 5 p.m. Police said" is two sentences more often than not; "5 p.m.
    // EDT" is not.
    if matches!(lower.as_str(), "a.m" | "p.m") {
        return next_clean.starts_with(char::is_uppercase)
            && next_clean.contains(char::is_lowercase);
    }
    if NEVER_FINAL.contains(&lower.as_str()) {
        return false;
    }
    // An acronym with inner dots: "U.S", "D.C", "Ph.D".
    if word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic))
    {
        return next_starts_sentence;
    }
    if MAYBE_FINAL.contains(&lower.as_str()) {
        return next_starts_sentence || next.starts_with(['(', '[']);
    }
    true
}

/// Pushes the sentence `start..end`, first cutting it if it is a run-on. Only sentences
/// longer than [`RUN_ON_WORDS`] are looked at, each word once.
fn push_bounded(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let s = &text[start..end];
    // More than RUN_ON_WORDS words take more than 2 * RUN_ON_WORDS bytes (a letter and a space
    // each): most sentences are shorter, and need no counting.
    if s.len() <= 2 * RUN_ON_WORDS || s.split_whitespace().nth(RUN_ON_WORDS).is_none() {
        out.push((start, end));
        return;
    }
    let mut piece = 0; // start of the current piece, relative to `s`
    let mut words = 0; // words in the current piece so far
    let mut clause_break = None; // where a piece may start after the last ";" or ":"
    let mut prev = ""; // the previous word that is not a bullet
    let mut seam = 0; // where a piece starting at this word would start: before any bullet
    for (at, word) in words_with_offsets(s) {
        if is_bullet(word) {
            if !is_bullet(prev) {
                seam = at;
            }
            continue;
        }
        if words >= MIN_PIECE_WORDS && starts_run_on_piece(prev, word) {
            out.push((start + piece, start + trim_end(s, piece, seam)));
            (piece, words, clause_break) = (at, 0, None);
        } else if words >= MAX_WORDS {
            let cut = clause_break.unwrap_or(at);
            out.push((start + piece, start + trim_end(s, piece, cut)));
            words = s[cut..at].split_whitespace().count();
            (piece, clause_break) = (cut, None);
        }
        if words >= MIN_PIECE_WORDS && word.ends_with([';', ':']) {
            let after = &s[at + word.len()..];
            clause_break = Some(s.len() - after.trim_start().len()).filter(|&c| c < s.len());
        }
        words += 1;
        prev = word;
        seam = at + word.len();
    }
    out.push((start + piece, end));
}

/// Whether `word` visibly starts a new sentence after `prev` inside a run-on: a caption
/// or headline that lost its full stop ("... a hole in his trousers The Bayern boss ...",
/// "... a trophy 'For me, it's ..."). Not after a function word ("a role in The
/// Godfather"), nor at an acronym ("the fictional US state").
fn starts_run_on_piece(prev: &str, word: &str) -> bool {
    let prev = prev.trim_end_matches(')');
    let content_word = prev.chars().next().is_some_and(char::is_lowercase)
        && prev.chars().all(char::is_alphanumeric)
        && !Language::English.is_stopword(prev);
    if !content_word && !prev.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let word = word.trim_start_matches(is_opening_quote);
    let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    let mut chars = bare.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.any(char::is_lowercase)
        // Capitalised, these are a number sign, a name and a month more often than not.
        && !matches!(bare, "No" | "Nos" | "Will" | "May")
        && is_sentence_starter(bare)
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
        split_sentences(input)
            .into_iter()
            .map(|(s, e)| &input[s..e])
            .collect()
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
}
