//! Sentence boundaries inside one block. A terminator (. ! ? …) followed by closing
//! quotes or brackets, a space and an uppercase letter, digit or opening quote ends a
//! sentence, unless the dot belongs to an abbreviation ("Mr.", "Jan.", initials) or to
//! an acronym that the next word shows is mid-sentence ("U.S. Secretary" vs "the U.S. The").

/// Titles and other abbreviations that are never the end of a sentence.
const NEVER_FINAL: &[&str] = &[
    "adm", "apr", "aug", "capt", "cmdr", "col", "cpl", "dec", "dept", "dr", "e.g", "feb", "fig",
    "gen", "gov", "hon", "i.e", "jan", "jul", "jun", "lt", "maj", "messrs", "mr", "mrs", "ms",
    "mt", "nov", "oct", "pres", "prof", "rep", "rev", "sen", "sep", "sept", "sgt", "sr", "st",
    "supt", "vs",
];

/// Abbreviations that may end a sentence: they end it only before a word that usually
/// starts one ("... Inc. The company").
const MAYBE_FINAL: &[&str] = &[
    "al", "approx", "ave", "blvd", "co", "corp", "etc", "inc", "jr", "ltd", "no", "nos", "p", "pp",
    "rd", "vol",
];

/// Closing punctuation that stays with the sentence before it.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '}')
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '।')
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
        let next_start = end + (rest.len() - rest.trim_start().len());
        let cjk_stop = matches!(c, '。' | '！' | '？');
        if next_start == end && !cjk_stop {
            continue; // "3.5", "end.Next", "U.S.-China"
        }
        if next_start >= text.len() {
            break;
        }
        let next_word = next_word(&text[next_start..]);
        let opens = next_word.chars().next().is_some_and(|n| {
            n.is_uppercase()
                || n.is_numeric()
                || matches!(n, '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '¿' | '¡')
                || (n.is_alphabetic() && !n.is_lowercase())
        });
        if !opens && !cjk_stop {
            continue;
        }
        if c == '.' && end == i + 1 && !ends_sentence_after(&text[start..i], next_word) {
            continue;
        }
        out.push((start, trim_end(text, start, end)));
        start = next_start;
    }
    if start < text.len() {
        let end = trim_end(text, start, text.len());
        if end > start {
            out.push((start, end));
        }
    }
    out
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
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '\'' | '‘' | '['))
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    let next_clean = next.trim_start_matches(|c: char| !c.is_alphanumeric());
    let next_starts_sentence = crate::lang::is_sentence_starter(next_clean);
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        // An initial: "J. Smith", "George W. Bush".
        (Some(c), None) if c.is_uppercase() => return next_starts_sentence && next_clean.len() > 1,
        _ => {}
    }
    // An acronym with inner dots: "U.S", "D.C", "a.m".
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        return next_starts_sentence;
    }
    if NEVER_FINAL.contains(&lower.as_str()) {
        return false;
    }
    if MAYBE_FINAL.contains(&lower.as_str()) {
        return next_starts_sentence;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

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
                "It grew 3.5 percent. Wow!",
                vec!["It grew 3.5 percent.", "Wow!"],
            ),
            ("Wait... what? Yes!", vec!["Wait... what?", "Yes!"]),
            ("Wait... And then.", vec!["Wait...", "And then."]),
            (
                "\"I hope so,\" he said. \"We will.\" They left.",
                vec!["\"I hope so,\" he said.", "\"We will.\"", "They left."],
            ),
            (
                "(It was late.) Next came.",
                vec!["(It was late.)", "Next came."],
            ),
            (
                "Apple Inc. The company grew.",
                vec!["Apple Inc.", "The company grew."],
            ),
            ("Apple Inc. shares rose.", vec!["Apple Inc. shares rose."]),
            ("ends with e.g. this one.", vec!["ends with e.g. this one."]),
            (
                "Washington, D.C. Officials said.",
                vec!["Washington, D.C. Officials said."],
            ),
            ("No terminator", vec!["No terminator"]),
            ("它很好。我们走吧。", vec!["它很好。", "我们走吧。"]),
            ("", vec![]),
        ] {
            let got: Vec<&str> = split_sentences(input)
                .into_iter()
                .map(|(s, e)| &input[s..e])
                .collect();
            assert_eq!(got, expected, "{input}");
        }
    }
}
