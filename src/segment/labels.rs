//! Chat and transcript labels: the timestamp and speaker name that open a line of a chat
//! export or a log ("[10:02] alice: ", "12/01/24, 10:02 - Bob: ") or a turn of a transcript
//! ("JOHN SMITH: ", "Q: "). They are not part of the sentence after them, and each one
//! starts a line of its own, never the continuation of a wrapped paragraph.

use crate::document::floor_char_boundary;

/// A speaker's name has at most this many words ("MARY ANN LEE:").
const MAX_NAME_WORDS: usize = 3;
/// … each of at most this many bytes.
const MAX_NAME_WORD_BYTES: usize = 24;
/// A bracketed timestamp is no longer ("[2024-01-05 10:02:33 PM]").
const MAX_STAMP_BYTES: usize = 28;

/// The byte length of the label that opens `line`, with the spaces after it; 0 when there
/// is none, or nothing follows it. A label is a timestamp (a clock time, bracketed or
/// with a date before it) optionally followed by a dash and a speaker ("alice:", "<bob>"),
/// or, without a timestamp, a speaker written in capitals ("ANNA:", "MR. O'NEIL:") or the
/// "Q:" and "A:" of an interview. A log line's clock time alone is its label too ("7:30 PM
/// server restarted"); "Note: the bridge" (not in capitals) and "B: the" are not labels.
pub(crate) fn line_label(line: &str) -> usize {
    let stamp = timestamp(line);
    let rest = &line[stamp..];
    let after_dash = rest
        .strip_prefix(['-', '–', '—', '|'])
        .map_or(rest, str::trim_start);
    let speaker = speaker(after_dash, stamp > 0);
    let end = if speaker > 0 {
        line.len() - after_dash.len() + speaker
    } else {
        stamp
    };
    let text = line[end..].trim_start();
    if end == 0 || text.is_empty() {
        return 0;
    }
    line.len() - text.len()
}

/// The length of a leading timestamp with the spaces after it: "[10:02] ", "(10:02:33) ",
/// "[2024-01-05 10:02] ", "10:02 ", "10:02 PM ", "12/01/2024, 10:02 ".
fn timestamp(line: &str) -> usize {
    let spaces = |s: &str| s.len() - s.trim_start().len();
    if let Some(inner) = line.strip_prefix(['[', '(']) {
        let Some(close) = inner[..floor_char_boundary(inner, MAX_STAMP_BYTES)].find([']', ')'])
        else {
            return 0;
        };
        let stamp = &inner[..close];
        let clock = stamp
            .split([' ', 'T'])
            .any(|w| clock_len(w) == w.len() && !w.is_empty());
        let plain = stamp
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b" :/.,-".contains(&b));
        if !(clock && plain) {
            return 0;
        }
        let after = &inner[close + 1..];
        return 1 + close + 1 + spaces(after);
    }
    // An optional date first: "12/01/2024, " or "2024-01-05 ".
    let date = line
        .bytes()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'/' | b'.' | b'-'))
        .count();
    let date = if date >= 6 && line[..date].bytes().filter(|b| !b.is_ascii_digit()).count() == 2 {
        let after = line[date..].strip_prefix(',').unwrap_or(&line[date..]);
        line.len() - after.trim_start().len()
    } else {
        0
    };
    let n = clock_len(&line[date..]);
    if n == 0 {
        return 0;
    }
    let mut end = date + n;
    let after = &line[end..];
    let trimmed = after.trim_start();
    for mark in ["AM", "PM", "am", "pm"] {
        if trimmed
            .strip_prefix(mark)
            .is_some_and(|r| r.starts_with(' '))
        {
            end += after.len() - trimmed.len() + mark.len();
            break;
        }
    }
    end + spaces(&line[end..])
}

/// The length of a clock time opening `s`: "9:05", "10:02", "10:02:33" (not "3:1" or "10:2").
fn clock_len(s: &str) -> usize {
    let b = s.as_bytes();
    let digits = |from: usize| {
        b[from.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let h = digits(0);
    if !(1..=2).contains(&h) || b.get(h) != Some(&b':') || digits(h + 1) != 2 {
        return 0;
    }
    let mut end = h + 3;
    if b.get(end) == Some(&b':') && digits(end + 1) == 2 {
        end += 3;
    }
    if b.get(end).is_some_and(u8::is_ascii_alphanumeric) {
        return 0;
    }
    end
}

/// The length of a speaker label opening `s`, up to its colon (or IRC's "<nick>"): any
/// short name after a timestamp (`stamped`), else a name in capitals or "Q:" / "A:".
fn speaker(s: &str, stamped: bool) -> usize {
    if stamped {
        if let Some(inner) = s.strip_prefix('<') {
            if let Some(close) = inner.find('>') {
                let nick = &inner[..close];
                if !nick.is_empty() && nick.len() <= MAX_NAME_WORD_BYTES && !nick.contains(' ') {
                    return close + 2;
                }
            }
        }
    }
    let Some(colon) =
        s[..floor_char_boundary(s, MAX_NAME_WORDS * (MAX_NAME_WORD_BYTES + 1))].find(':')
    else {
        return 0;
    };
    let name = &s[..colon];
    if !s[colon + 1..].starts_with(' ') {
        return 0; // "10:02", "http://"
    }
    let words: Vec<&str> = name.split(' ').collect();
    let word_ok = |w: &str| {
        !w.is_empty()
            && w.len() <= MAX_NAME_WORD_BYTES
            && w.chars().next().is_some_and(char::is_alphabetic)
            && w.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '\'' | '’' | '-' | '_'))
    };
    if words.len() > MAX_NAME_WORDS || !words.iter().all(|w| word_ok(w)) {
        return 0;
    }
    let capitals = name.chars().all(|c| !c.is_lowercase())
        && name.chars().filter(|c| c.is_uppercase()).count() >= 2;
    if stamped || capitals || matches!(name, "Q" | "A") {
        colon + 1
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::line_label;

    #[test]
    fn labels_and_lines_without_one() {
        for (line, label) in [
            ("[10:02] alice: see you at six", "[10:02] alice: "),
            ("(9:41:07) <dan> back in five", "(9:41:07) <dan> "),
            (
                "[2024-03-09 18:20] Rosa Diaz: running late",
                "[2024-03-09 18:20] Rosa Diaz: ",
            ),
            ("10:02 - Bob: ok", "10:02 - Bob: "),
            (
                "14/02/2023, 21:15 - Mum: call me",
                "14/02/2023, 21:15 - Mum: ",
            ),
            ("7:30 PM server restarted", "7:30 PM "),
            ("JOHN SMITH: We looked at it.", "JOHN SMITH: "),
            ("MS. O'NEIL: No comment.", "MS. O'NEIL: "),
            ("Q: Where were you?", "Q: "),
            ("A: At home.", "A: "),
            // Not labels.
            ("Note: the bridge is closed.", ""),
            ("Ingredients: flour, eggs", ""),
            ("B: the second option", ""),
            ("The score was 10:02 at the break.", ""),
            ("10:2 is not a time", ""),
            ("See https://example.org for more", ""),
            ("ANNA:", ""),
            ("[citation needed] as usual", ""),
            ("USA:3 in the final", ""),
            // Multi-byte text where the label's search window ends.
            ("[10:0’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’", ""),
            (
                "ＡｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚＡＢＣＤＥＦＧＨＩＪＫＬＭ: x",
                "",
            ),
        ] {
            assert_eq!(&line[..line_label(line)], label, "{line}");
        }
    }
}
