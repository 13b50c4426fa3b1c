//! Word segmentation of Chinese and Japanese, which write no spaces between words.
//!
//! The tokenizer hands over each run of Han and kana characters; this module cuts it into
//! words and says which are function words (particles, auxiliaries, pronouns, conjunctions).
//! Function words give no token: like punctuation they only break phrases, so a keyphrase is
//! a run of content words and never a fragment glued to a particle ("的主动轮", "瀬ヶ原の").
//! What decides is the script, not the document's language:
//!
//! - A sentence with kana is Japanese. Its words follow the script changes: a katakana run is
//!   a word (loanwords, names), a kanji run is a word (compound nouns such as 退職金制度), a
//!   hiragana run is grammar (particles, okurigana, auxiliaries). A lone kanji followed by
//!   hiragana that is not a particle is the stem of a verb or adjective (学ぶ, 高い): not a word.
//! - Han text without kana is Chinese. With the `languages` feature it is segmented by a word
//!   list with frequencies (`cjk/zh.txt`, from jieba's dictionary: see
//!   `scripts/build_cjk_dict.py`), choosing the segmentation of least unigram cost (Viterbi).
//!   Without it (the core build) the run is cut at the commonest function characters and the
//!   pieces between them are words when short, single characters when long.
//!
//! Cost: one pass over the run, a bounded number of look-ups per character.

/// A word of a CJK run: byte offsets into the run, and whether it is a function word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
    pub function: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Han,
    Hiragana,
    Katakana,
}

fn script(c: char) -> Script {
    match c as u32 {
        0x3040..=0x309F => Script::Hiragana,
        // ヵ ヶ are counters and place-name links (尾瀬ヶ原) that read with the kanji around them.
        0x30F5 | 0x30F6 => Script::Han,
        0x30A0..=0x30FF | 0x31F0..=0x31FF => Script::Katakana,
        _ => Script::Han,
    }
}

/// Whether `text` has kana, which only Japanese writes.
pub(crate) fn has_kana(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c as u32, 0x3040..=0x309F | 0x30A1..=0x30FA | 0x31F0..=0x31FF))
}

/// Cuts `run` (Han and kana characters only) into words, appended to `out` in order and
/// covering the run without gaps. `japanese`: the sentence around the run has kana;
/// `after_number`: a digit stands right before the run, so a first word of one character is
/// a counter or unit (5日, 3个, 10年), no content word.
pub(crate) fn split(run: &str, japanese: bool, after_number: bool, out: &mut Vec<Word>) {
    let first = out.len();
    if japanese {
        split_japanese(run, out);
    } else {
        split_chinese(run, out);
    }
    if let Some(word) = out.get_mut(first).filter(|_| after_number) {
        word.function |= run[word.start..word.end].chars().nth(1).is_none();
    }
}

/// Hiragana that begin a particle: after them the kanji before is a noun, not a verb stem.
const PARTICLE_STARTS: &[char] = &[
    'の', 'は', 'を', 'に', 'が', 'で', 'と', 'も', 'へ', 'や', 'か', 'ま', 'よ',
];

fn split_japanese(run: &str, out: &mut Vec<Word>) {
    let pieces = script_runs(run);
    for (start, end, kind) in pieces {
        let next = run[end..].chars().next();
        let function = match kind {
            Script::Hiragana => true,
            Script::Katakana => false,
            Script::Han => {
                let lone = run[start..end].chars().nth(1).is_none();
                lone && next
                    .is_some_and(|n| script(n) == Script::Hiragana && !PARTICLE_STARTS.contains(&n))
            }
        };
        out.push(Word {
            start,
            end,
            function,
        });
    }
}

/// The maximal runs of one script in `run`: (start, end, script).
fn script_runs(run: &str) -> impl Iterator<Item = (usize, usize, Script)> + '_ {
    let mut chars = run.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, c) = chars.next()?;
        let kind = script(c);
        // The long-vowel mark ー continues a katakana word; 々 repeats the kanji before.
        let mut end = start + c.len_utf8();
        while let Some(&(i, n)) = chars.peek() {
            if script(n) != kind {
                break;
            }
            end = i + n.len_utf8();
            chars.next();
        }
        Some((start, end, kind))
    })
}

/// Chinese function words of one character: particles, prepositions, conjunctions, pronouns,
/// adverbs of degree and negation. Sorted.
const FUNCTION_CHARS: &[char] = &[
    '与', '也', '了', '于', '他', '以', '们', '但', '你', '使', '其', '则', '又', '及', '和', '在',
    '她', '它', '对', '将', '就', '已', '并', '很', '得', '我', '或', '把', '是', '更', '最', '有',
    '的', '而', '被', '该', '给', '让', '这', '还', '那', '都', '着', '等', '之', '从', '向', '由',
    '为', '即', '此', '过', '吗', '呢', '吧', '啊', '地', '个', '所',
];

fn is_function_char(c: char) -> bool {
    FUNCTION_CHARS.contains(&c)
}

#[cfg(not(feature = "languages"))]
fn split_chinese(run: &str, out: &mut Vec<Word>) {
    /// Pieces up to this many characters between function characters are read as one word.
    const MAX_PIECE: usize = 4;
    let mut piece = 0; // start of the current piece
    let push_piece = |start: usize, end: usize, out: &mut Vec<Word>| {
        if run[start..end].chars().count() <= MAX_PIECE {
            out.push(Word {
                start,
                end,
                function: false,
            });
        } else {
            for (i, c) in run[start..end].char_indices() {
                let at = start + i;
                out.push(Word {
                    start: at,
                    end: at + c.len_utf8(),
                    function: false,
                });
            }
        }
    };
    for (i, c) in run.char_indices() {
        if is_function_char(c) {
            if piece < i {
                push_piece(piece, i, out);
            }
            out.push(Word {
                start: i,
                end: i + c.len_utf8(),
                function: true,
            });
            piece = i + c.len_utf8();
        }
    }
    if piece < run.len() {
        push_piece(piece, run.len(), out);
    }
}

#[cfg(feature = "languages")]
fn split_chinese(run: &str, out: &mut Vec<Word>) {
    dictionary::split(run, out);
}

#[cfg(feature = "languages")]
mod dictionary {
    use super::{is_function_char, Word};
    use crate::hash::WordMap;
    use std::sync::OnceLock;

    /// `COST word word ...` lines: see `scripts/build_cjk_dict.py`.
    const DATA: &str = include_str!("cjk/zh.txt");
    /// The longest word of the list, in characters.
    const MAX_CHARS: usize = 4;
    /// The cost of a character the list does not have: rarer than its rarest word.
    const UNKNOWN: u32 = 40;

    /// A word of the list: its cost, and whether it breaks phrases (by its part of speech).
    #[derive(Clone, Copy)]
    struct Entry {
        cost: u8,
        breaks: bool,
    }

    /// Every word of the list (a hash look-up per candidate word: the Viterbi asks up to
    /// four per character, most of them for no word).
    fn words() -> &'static WordMap<&'static str, Entry> {
        static WORDS: OnceLock<WordMap<&'static str, Entry>> = OnceLock::new();
        WORDS.get_or_init(|| {
            let mut words = WordMap::default();
            for line in DATA.lines() {
                let mut parts = line.split(' ');
                let head = parts.next().unwrap_or_default();
                let breaks = head.starts_with('b');
                let cost = head.trim_start_matches('b').parse().unwrap_or(u8::MAX);
                words.extend(parts.map(|w| (w, Entry { cost, breaks })));
            }
            words
        })
    }

    fn entry(word: &str) -> Option<Entry> {
        words().get(word).copied()
    }

    /// Unigram Viterbi: the segmentation of `run` of least total cost.
    pub(super) fn split(run: &str, out: &mut Vec<Word>) {
        let bounds: Vec<usize> = run
            .char_indices()
            .map(|(i, _)| i)
            .chain([run.len()])
            .collect();
        let n = bounds.len() - 1;
        // best[i]: (least cost of the first i characters, start of its last word).
        let mut best = vec![(u32::MAX, 0usize); n + 1];
        best[0].0 = 0;
        for end in 1..=n {
            for len in 1..=MAX_CHARS.min(end) {
                let start = end - len;
                let word = &run[bounds[start]..bounds[end]];
                let cost = match entry(word) {
                    Some(e) => u32::from(e.cost),
                    None if len == 1 => UNKNOWN,
                    None => continue,
                };
                let total = best[start].0.saturating_add(cost);
                if total < best[end].0 {
                    best[end] = (total, start);
                }
            }
        }
        let first = out.len();
        let mut end = n;
        while end > 0 {
            let start = best[end].1;
            let word = &run[bounds[start]..bounds[end]];
            let single = word.chars().nth(1).is_none();
            let function = entry(word).is_some_and(|e| e.breaks)
                || single && word.chars().all(is_function_char);
            out.push(Word {
                start: bounds[start],
                end: bounds[end],
                function,
            });
            end = start;
        }
        out[first..].reverse();
        mark_measure_words(run, first, out);
        merge_unknown(run, first, out);
        join_surnames(run, first, out);
    }

    /// Common surnames that are also function words (何 "what", 于 "at", 曾 "once", 任
    /// "any", 向 "towards"), which the list cuts off a name the list lacks (何立峰 → 何 + 立峰).
    /// The first [`NOT_PREPOSITIONS`] of them seldom stand before a name as anything else;
    /// 于, 向, 和 and 从 often do, as prepositions and conjunctions (向王明表示).
    const SURNAMES: [char; 11] = [
        '何', '曾', '任', '常', '莫', '尚', '尤', '于', '向', '和', '从',
    ];
    const NOT_PREPOSITIONS: usize = 7;

    /// Joins a surname of [`SURNAMES`] to the given name of one or two characters after it:
    /// where the name is the whole run (a Chinese name in text in another script, or
    /// between punctuation), and, for the surnames that are seldom prepositions, inside
    /// a run where the two characters after it are no word of the list and end the run or
    /// stand before a function word (副总理何立峰表示).
    fn join_surnames(run: &str, first: usize, out: &mut Vec<Word>) {
        let text = |w: &Word| &run[w.start..w.end];
        let mut kept = first;
        let mut i = first;
        while i < out.len() {
            let word = out[i];
            let joined = out.get(i + 1).copied().filter(|name| {
                let mut chars = text(&word).chars();
                let Some(rank) = chars
                    .next()
                    .filter(|_| word.function && chars.next().is_none())
                    .and_then(|c| SURNAMES.iter().position(|&s| s == c))
                else {
                    return false;
                };
                let given = text(name).chars().count();
                let whole = i == first && i + 2 == out.len() && given <= 2;
                let inside = rank < NOT_PREPOSITIONS
                    && given == 2
                    && entry(text(name)).is_none()
                    && out.get(i + 2).is_none_or(|w| w.function);
                !name.function && (whole || inside)
            });
            out[kept] = match joined {
                Some(name) => Word {
                    start: word.start,
                    end: name.end,
                    function: false,
                },
                None => word,
            };
            kept += 1;
            i += if joined.is_some() { 2 } else { 1 };
        }
        out.truncate(kept);
    }

    /// Numerals and the determiners that take a measure word: "三", "五十", "这", "每".
    const DETERMINERS: &[char] = &[
        '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿',
        '零', '半', '几', '多', '数', '第', '这', '那', '每', '各', '该', '此', '某', '哪',
    ];

    /// Measure words (classifiers) of news: "条" of "三条线路", "座" of "这座大桥".
    const MEASURES: &[char] = &[
        '个', '条', '座', '家', '位', '名', '只', '件', '项', '张', '台', '辆', '架', '艘', '间',
        '本', '部', '片', '块', '批', '套', '种', '类', '支', '根', '棵', '头', '匹', '份', '篇',
        '封', '届', '次', '场', '轮', '层', '栋', '幢', '颗', '枚', '双', '起', '例', '处', '笔',
        '股', '款', '门', '期', '节', '段', '群', '组',
    ];

    /// Marks a number or determiner and its measure word as function words ("这座大桥" →
    /// 大桥, "每条线路" → 线路), one word of the list ("三条") or two ("每" + "条"): counting,
    /// not naming, and glued to the noun after them (or to each other, as characters the
    /// list lacks) they would make fragments of keyphrases.
    fn mark_measure_words(run: &str, first: usize, out: &mut [Word]) {
        let determiner = |w: &str| !w.is_empty() && w.chars().all(|c| DETERMINERS.contains(&c));
        for i in first..out.len() {
            let word = &run[out[i].start..out[i].end];
            let Some(measure) = word.chars().next_back().filter(|c| MEASURES.contains(c)) else {
                continue;
            };
            let before = &word[..word.len() - measure.len_utf8()];
            if determiner(before) {
                out[i].function = true;
            } else if before.is_empty()
                && i > first
                && determiner(&run[out[i - 1].start..out[i - 1].end])
            {
                out[i - 1].function = true;
                out[i].function = true;
            }
        }
    }

    /// Joins single characters in a row that are no function words into one word: what the
    /// list does not know (a name, 习近平; a new term) falls apart into characters, and read
    /// one by one they would be fragments (jieba gives such runs to its HMM instead).
    fn merge_unknown(run: &str, first: usize, out: &mut Vec<Word>) {
        let single = |w: &Word| !w.function && run[w.start..w.end].chars().nth(1).is_none();
        let mut kept = first;
        let mut i = first;
        while i < out.len() {
            let mut j = i + 1;
            if single(&out[i]) {
                while j < out.len() && single(&out[j]) {
                    j += 1;
                }
            }
            if j - i > 1 {
                out[kept] = Word {
                    start: out[i].start,
                    end: out[j - 1].end,
                    function: false,
                };
                kept += 1;
            } else {
                out.copy_within(i..j, kept);
                kept += j - i;
            }
            i = j;
        }
        out.truncate(kept);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The content words of `text` (one CJK run) and, in brackets, its function words.
    fn words(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        split(text, has_kana(text), false, &mut out);
        out.iter()
            .map(|w| {
                let s = &text[w.start..w.end];
                if w.function {
                    format!("({s})")
                } else {
                    s.to_string()
                }
            })
            .collect()
    }

    #[test]
    fn japanese_by_script() {
        for (text, expected) in [
            // Particles between nouns: every noun whole, every particle a break.
            (
                "図書館で本を借りた",
                vec!["図書館", "(で)", "本", "(を)", "(借)", "(りた)"],
            ),
            // A katakana loanword next to kanji stays a word of its own.
            (
                "京都タワーに登る",
                vec!["京都", "タワー", "(に)", "(登)", "(る)"],
            ),
            // The long-vowel mark belongs to the katakana word.
            ("コーヒーが好き", vec!["コーヒー", "(が)", "(好)", "(き)"]),
            // A kanji compound before a particle is a noun, however long.
            ("年金制度改革の議論", vec!["年金制度改革", "(の)", "議論"]),
            // ヶ joins the kanji of a place name.
            ("霞ヶ関から", vec!["霞ヶ関", "(から)"]),
        ] {
            assert_eq!(words(text), expected, "{text}");
        }
    }

    /// A number or determiner and its measure word count; they are no part of the noun.
    #[cfg(feature = "languages")]
    #[test]
    fn measure_words_are_function_words() {
        for (text, noun) in [
            ("这座大桥", "大桥"),
            ("每条线路", "线路"),
            ("两个项目", "项目"),
            ("五十家医院", "医院"),
            ("这项工程", "工程"),
        ] {
            let content: Vec<String> = words(text)
                .into_iter()
                .filter(|w| !w.starts_with('('))
                .collect();
            assert_eq!(content, [noun], "{text}");
        }
        // A measure character after no number or determiner is left alone.
        assert!(words("国家项目").iter().all(|w| !w.starts_with('(')));
    }

    #[test]
    fn runs_cover_the_text() {
        for text in [
            "図書館で本を借りた",
            "今天天气很好我们去公园散步",
            "ソフトウェア開発者の会議",
        ] {
            let mut out = Vec::new();
            split(text, has_kana(text), false, &mut out);
            let mut at = 0;
            for w in &out {
                assert_eq!(w.start, at, "{text}");
                assert!(w.end > w.start);
                at = w.end;
            }
            assert_eq!(at, text.len(), "{text}");
        }
    }

    #[test]
    fn counters_after_numbers_break() {
        for (text, expected) in [
            ("日に出発", "(日)"),
            ("个国家", "(个)"),
            ("年度予算を", "年度予算"),
        ] {
            let mut out = Vec::new();
            split(text, has_kana(text), true, &mut out);
            let w = out[0];
            let first = &text[w.start..w.end];
            let got = if w.function {
                format!("({first})")
            } else {
                first.to_string()
            };
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn chinese_function_characters_break() {
        // Whatever the build, 的 and 在 are never part of a content word here.
        for text in ["我的朋友在北京工作", "政府的新政策在农村"] {
            let out = words(text);
            assert!(out.contains(&"(的)".to_string()), "{text}: {out:?}");
            assert!(out.contains(&"(在)".to_string()), "{text}: {out:?}");
        }
    }

    #[cfg(feature = "languages")]
    #[test]
    fn chinese_by_dictionary() {
        for (text, expected) in [
            ("我们在北京大学", vec!["(我们)", "(在)", "北京大学"]),
            ("经济发展的速度", vec!["经济", "发展", "(的)", "速度"]),
            ("研究生命起源", vec!["研究", "生命", "起源"]),
        ] {
            assert_eq!(words(text), expected, "{text}");
        }
    }

    /// A surname that is also a function word keeps its name: alone in a run (a name quoted
    /// in text of another script), or before a given name the list lacks; as a preposition
    /// before a word, or inside a word of the list, it stays what it was.
    #[cfg(feature = "languages")]
    #[test]
    fn surnames_that_are_function_words() {
        for (text, expected) in [
            ("何振东", vec!["何振东"]),
            ("于晓", vec!["于晓"]),
            ("向海岚", vec!["向海岚"]),
            ("曾振东表示", vec!["曾振东", "(表示)"]),
            ("公司向银行贷款", vec!["公司", "(向)", "银行", "贷款"]),
            ("任何", vec!["(任何)"]),
        ] {
            assert_eq!(words(text), expected, "{text}");
        }
        // A preposition before a name inside a sentence is no surname.
        assert!(words("他向振东表示").contains(&"(向)".to_string()));
    }
}
