//! Tokens: Unicode words with their offsets. Hyphenated compounds ("COVID-19",
//! "China-U.S."), acronyms with dots ("U.S."), decimals and grouped numbers ("3.5",
//! "400,000") and contractions stay whole; a possessive "'s" is left out of the token
//! ("China's" → "China"); each CJK ideograph or kana is a token of its own.

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
/// abridge::segment::tokenize(text, 0, &mut tokens);
/// let words: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
/// assert_eq!(words, ["China", "U.S.-China", "talks", "cost", "3.5", "billion"]);
/// ```
pub fn tokenize(text: &str, base: usize, out: &mut Vec<Token>) {
    let at = |i: usize| text.get(i..).and_then(|s| s.chars().next());
    let mut i = 0;
    let mut after_punct = false;
    while let Some(c) = at(i) {
        if !is_word_char(c) {
            if !c.is_whitespace() {
                after_punct = true;
            }
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        if !is_cjk(c) {
            let mut part_start = start; // start of the current dot- or hyphen-separated part
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
                                && at(end + 2) == Some('.'))
                    }
                    ',' => prev.is_ascii_digit() && is_thousands(&text[end + 1..]),
                    '\'' | '’' => {
                        let rest = &text[end + c.len_utf8()..];
                        // "China's" → China; "don't", "O'Brien" stay whole.
                        next_is_word
                            && !(rest.starts_with(['s', 'S'])
                                && !rest[1..].starts_with(is_word_char))
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
            // "U.S." keeps its final dot, and may go on as a compound ("U.S.-China").
            if at(end) == Some('.')
                && single_letter(&text[part_start..end])
                && text[start..end].contains('.')
            {
                end += 1;
                if at(end) == Some('-') && at(end + 1).is_some_and(is_word_char) {
                    let mut rest = Vec::new();
                    tokenize(&text[end + 1..], 0, &mut rest);
                    if let Some(t) = rest.first().filter(|t| t.start == 0) {
                        end += 1 + t.end;
                    }
                }
            }
        }
        let kind = if text[start..end].chars().any(char::is_alphabetic) {
            TokenKind::Word
        } else {
            TokenKind::Number
        };
        out.push(Token {
            start: base + start,
            end: base + end,
            kind,
            after_punct,
        });
        after_punct = false;
        i = end;
        // Skip a possessive 's so it does not become a token.
        let rest = &text[i..];
        for apostrophe in ['\'', '’'] {
            if let Some(r) = rest.strip_prefix(apostrophe) {
                if r.starts_with(['s', 'S']) && !r[1..].starts_with(is_word_char) {
                    i += apostrophe.len_utf8() + 1;
                }
            }
        }
    }
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
        tokenize(text, 0, &mut tokens);
        tokens.iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn table() {
        for (input, expected) in [
            ("COVID-19 vaccines", vec!["COVID-19", "vaccines"]),
            ("the U.S. side", vec!["the", "U.S.", "side"]),
            ("U.S.-China relations", vec!["U.S.-China", "relations"]),
            ("China-U.S. ties", vec!["China-U.S.", "ties"]),
            (
                "Anchorage's sister city",
                vec!["Anchorage", "sister", "city"],
            ),
            (
                "the countries' leaders",
                vec!["the", "countries", "leaders"],
            ),
            ("don't O'Brien", vec!["don't", "O'Brien"]),
            (
                "around 400,000 people, 1,2",
                vec!["around", "400,000", "people", "1", "2"],
            ),
            ("grew 3.5% in 2021.", vec!["grew", "3.5", "in", "2021"]),
            (
                "Washington, D.C. today",
                vec!["Washington", "D.C.", "today"],
            ),
            ("end.Next", vec!["end", "Next"]),
            ("中国外交部", vec!["中", "国", "外", "交", "部"]),
            ("café naïve", vec!["café", "naïve"]),
            ("well - known", vec!["well", "known"]),
            ("e.g. this", vec!["e.g.", "this"]),
        ] {
            assert_eq!(words(input), expected, "{input}");
        }
    }

    #[test]
    fn punctuation_marks_phrase_breaks() {
        let mut tokens = Vec::new();
        tokenize("climate change, trade (and) tech", 0, &mut tokens);
        let breaks: Vec<bool> = tokens.iter().map(|t| t.after_punct).collect();
        assert_eq!(breaks, [false, false, true, true, true]);
        assert_eq!(tokens[0].kind, TokenKind::Word);
    }
}
