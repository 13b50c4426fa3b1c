//! Chat and transcript labels: the timestamp and speaker name that open a line of a chat
//! export or a log ("[10:02] alice: ", "12/01/24, 10:02 - Bob: ") or a turn of a transcript
//! ("JOHN SMITH: ", "Q: "). They are not part of the sentence after them, and each one
//! starts a line of its own, never the continuation of a wrapped paragraph.

/// A speaker's name has at most this many words ("MARY ANN LEE:").
const MAX_NAME_WORDS: usize = 3;
/// A speaker label or a bracketed timestamp is no longer ("[2024-01-05 10:02:33 PM]").
const MAX_LABEL_BYTES: usize = 40;

/// The byte length of the label that opens `line`, with the spaces after it; 0 when there
/// is none, or nothing follows it. A label is a timestamp (a clock time, bracketed or
/// with a date before it) optionally followed by a dash and a speaker ("alice:", "<bob>"),
/// or, without a timestamp, a speaker written in capitals ("ANNA:", "MR. O'NEIL:") or the
/// "Q:" and "A:" of an interview. A log line's clock time alone is its label too ("7:30 PM
/// server restarted"); "Note: the bridge" (not in capitals) and "B: the" are not labels.
/// Read as bytes: every mark of a label is ASCII.
// Called from ingest and segment: one copy in the wasm.
#[inline(never)]
pub(crate) fn line_label(line: &str) -> usize {
    let b = line.as_bytes();
    let stamp = timestamp(b);
    let mut at = stamp;
    if stamp > 0 && b.get(at) == Some(&b'-') {
        at = skip_spaces(b, at + 1);
    }
    let speaker = speaker(&b[at..], stamp > 0);
    let end = if speaker > 0 {
        skip_spaces(b, at + speaker)
    } else {
        stamp
    };
    // Something follows, and the label ends on a character boundary (ASCII).
    if end == 0 || end >= b.len() || !line.is_char_boundary(end) {
        return 0;
    }
    end
}

/// Where the next label of a chat line whose line breaks were lost starts ("[10:02] ana:
/// on my way [10:03] tom: ok"), at or after byte `from`: a timestamp after a space written
/// as the one that opens `text` (the same bracket, with a speaker after it or without, as
/// there), so a time inside a message ("[10:02] ana: meet at [10:30] sharp") stays text.
pub(crate) fn next_label(text: &str, from: usize) -> Option<usize> {
    let b = text.as_bytes();
    let stamp = timestamp(b);
    if stamp == 0 || !matches!(b[0], b'[' | b'(') {
        return None;
    }
    let spoken = line_label(text) > stamp;
    let mut i = from.max(1);
    while i < b.len() {
        if b[i] == b[0] && b[i - 1] == b' ' {
            let label = line_label(&text[i..]);
            if label > 0 && timestamp(&b[i..]) > 0 && (label > timestamp(&b[i..])) == spoken {
                return Some(i);
            }
        }
        i += 1;
    }
    None
}

fn skip_spaces(b: &[u8], from: usize) -> usize {
    from + b[from.min(b.len())..]
        .iter()
        .take_while(|&&c| c == b' ')
        .count()
}

/// The length of a leading timestamp with the spaces after it: "[10:02] ", "(10:02:33) ",
/// "[2024-01-05 10:02] ", "10:02 ", "10:02 PM ", "12/01/2024, 10:02 ".
fn timestamp(b: &[u8]) -> usize {
    if let [b'[' | b'(', inner @ ..] = b {
        let window = &inner[..inner.len().min(MAX_LABEL_BYTES)];
        let Some(close) = window.iter().position(|&c| c == b']' || c == b')') else {
            return 0;
        };
        let stamp = &inner[..close];
        let plain = stamp
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || b" :/.,-".contains(c));
        let clock = (0..close)
            .any(|i| (i == 0 || matches!(stamp[i - 1], b' ' | b'T')) && clock_len(&stamp[i..]) > 0);
        return if plain && clock {
            skip_spaces(b, close + 2)
        } else {
            0
        };
    }
    // An optional date first: "12/01/2024, " or "2024-01-05 ".
    let date = b
        .iter()
        .take_while(|c| c.is_ascii_digit() || b"/.-".contains(c))
        .count();
    let separators = b[..date].iter().filter(|c| !c.is_ascii_digit()).count();
    let mut at = 0;
    if date >= 6 && separators == 2 {
        at = skip_spaces(b, date + usize::from(b.get(date) == Some(&b',')));
    }
    let n = clock_len(&b[at..]);
    if n == 0 {
        return 0;
    }
    at = skip_spaces(b, at + n);
    if let [b'A' | b'P' | b'a' | b'p', b'M' | b'm', b' ', ..] = b[at..] {
        at = skip_spaces(b, at + 2);
    }
    at
}

/// The length of a clock time opening `b`: "9:05", "10:02", "10:02:33" (not "3:1" or
/// "10:2"), ending at a space, a bracket or the end.
fn clock_len(b: &[u8]) -> usize {
    let digits = |from: usize| {
        b.iter()
            .skip(from)
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

/// The length of a speaker label opening `b`, with its colon (or IRC's "<nick>"): any short
/// name after a timestamp (`stamped`), else a name in capitals or "Q:" / "A:".
fn speaker(b: &[u8], stamped: bool) -> usize {
    let window = &b[..b.len().min(MAX_LABEL_BYTES)];
    if stamped && window.first() == Some(&b'<') {
        return window
            .iter()
            .position(|&c| c == b'>')
            .map_or(0, |close| close + 1);
    }
    let Some(colon) = window.iter().position(|&c| c == b':') else {
        return 0;
    };
    let name = &b[..colon];
    // A space follows ("10:02", "http://" are no labels); letters start each word.
    let words_ok = name.split(|&c| c == b' ').all(|w| {
        w.first()
            .is_some_and(|c| c.is_ascii_alphabetic() || *c >= 0x80)
    });
    let words = name.iter().filter(|&&c| c == b' ').count() + 1;
    if b.get(colon + 1) != Some(&b' ') || !words_ok || words > MAX_NAME_WORDS {
        return 0;
    }
    let name_byte = |c: &u8| c.is_ascii_alphanumeric() || b" .'-_".contains(c) || *c >= 0x80;
    let capitals = name
        .iter()
        .all(|c| c.is_ascii_uppercase() || b" .'-".contains(c))
        && name.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2;
    let ok = name.iter().all(name_byte) && (stamped || capitals || name == b"Q" || name == b"A");
    if ok {
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

    #[test]
    fn labels_later_in_a_line() {
        for (line, starts) in [
            ("[10:02] ana: on my way [10:03] tom: ok", &[23][..]),
            ("(9:41) back soon (9:55) back (10:01) sorry", &[17, 29]),
            // The line must open with a bracketed timestamp; the later ones are written
            // alike, with a clock time.
            ("we met at [10:03] tom: ok", &[]),
            ("10:02 - ana: see you [10:03] tom: ok", &[]),
            ("[10:02] ana: see [note 4] and (page 10) here", &[]),
            ("[10:02] ana: meet at [10:30] sharp", &[]),
            ("[10:02] back soon (10:03) tom: ok", &[]),
            ("[10:02] ana: it ended [10:03]", &[]),
        ] {
            let mut got = Vec::new();
            while let Some(at) = super::next_label(line, got.last().map_or(0, |&a| a + 1)) {
                got.push(at);
            }
            assert_eq!(got, starts, "{line}");
        }
    }
}
