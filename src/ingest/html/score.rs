//! Content scoring, after Mozilla Readability: every paragraph of 25 characters or more
//! scores by its commas and length, and passes that score up to its parent (in full),
//! grandparent (half) and three more ancestors (less); an ancestor's score starts from its
//! tag and class/id hints and is scaled down by its link density. The best-scoring element
//! is the article, joined by siblings that score nearly as well or read like prose.
//!
//! Every stage is a loop over the node array: linear in the page, whatever its depth.

use super::tree::{flag, Tag, Tree};

/// What a subtree holds, furniture left out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Stats {
    /// Characters, a run of whitespace counting as one.
    pub text: u32,
    /// Characters inside links.
    pub link: u32,
    pub commas: u32,
    /// Characters inside headings.
    pub heading: u32,
    /// Characters in paragraphs that read as prose: long enough, few links.
    pub prose: u32,
    /// Paragraphs: runs of text between block boundaries.
    pub p: u32,
    pub img: u32,
    pub li: u32,
    pub input: u32,
    pub embed: u32,
}

impl Stats {
    pub fn link_density(&self) -> f32 {
        if self.text == 0 {
            0.0
        } else {
            self.link as f32 / self.text as f32
        }
    }

    fn add(&mut self, o: &Stats) {
        self.text += o.text;
        self.link += o.link;
        self.commas += o.commas;
        self.heading += o.heading;
        self.prose += o.prose;
        self.p += o.p;
        self.img += o.img;
        self.li += o.li;
        self.input += o.input;
        self.embed += o.embed;
    }
}

/// Characters (a run of whitespace between words as one) and commas of a text.
pub(super) fn measure(s: &str) -> (u32, u32) {
    let (mut len, mut commas, mut space) = (0, 0, false);
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && len > 0 {
            len += 1;
        }
        space = false;
        len += 1;
        // The comma in Latin, Arabic, CJK and other scripts.
        if matches!(
            c,
            ',' | '\u{060C}'
                | '\u{FE50}'
                | '\u{FE10}'
                | '\u{FE11}'
                | '\u{2E41}'
                | '\u{2E34}'
                | '\u{2E32}'
                | '\u{FF0C}'
                | '\u{3001}'
        ) {
            commas += 1;
        }
    }
    (len, commas)
}

/// The stats and content scores of every node, subtrees whose flags meet `skip` left out.
pub(super) struct Analysis {
    pub stats: Vec<Stats>,
    /// Readability's content scores: `None` for elements that no paragraph reached.
    scores: Vec<Option<f32>>,
}

impl Analysis {
    pub fn new(tree: &Tree, skip: u16) -> Analysis {
        let mut a = Analysis {
            stats: vec![Stats::default(); tree.nodes.len()],
            scores: vec![None; tree.nodes.len()],
        };
        for_each_paragraph(tree, skip, |block, run| a.paragraph(tree, block, run));
        a.sum_up(tree, skip);
        // The page's own word for its article body counts whatever the body is made of
        // (lists, a recipe's ingredients, a table): its text scores as paragraphs would.
        for (i, node) in tree.nodes.iter().enumerate() {
            if node.flags & flag::ARTICLE != 0 && node.flags & skip == 0 {
                let s = a.stats[i];
                let words = (s.text - s.link) as f32;
                let base = initial(node.tag, node.weight, node.flags);
                *a.scores[i].get_or_insert(base) += (words / 100.0).min(50.0);
            }
        }
        a
    }

    /// A run of text inside `block`: counted, and, if long enough, scored up the ancestors.
    fn paragraph(&mut self, tree: &Tree, block: usize, run: Run) {
        if run.len == 0 {
            return;
        }
        let own = &mut self.stats[block];
        own.p += 1;
        if run.len >= PROSE && run.link * 4 < run.len {
            own.prose += run.len;
        }
        if run.len < MIN_PARAGRAPH || !holds_paragraphs(tree.node(block).tag) {
            return;
        }
        let score = 1.0 + run.commas as f32 + (run.len / 100).min(3) as f32;
        // Loose text beside blocks is a paragraph of its own inside `block`; a block of
        // inline content is the paragraph itself.
        let mut a = if tree.node(block).flags & flag::HAS_BLOCK != 0 {
            block
        } else {
            tree.node(block).parent as usize
        };
        for level in 0..LEVELS {
            if tree.node(a).tag == Tag::Root {
                break;
            }
            let share = match level {
                0 => score,
                1 => score / 2.0,
                _ => score / (level as f32 * 3.0),
            };
            let n = tree.node(a);
            *self.scores[a].get_or_insert_with(|| initial(n.tag, n.weight, n.flags)) += share;
            a = n.parent as usize;
        }
    }

    /// Adds every subtree's text and tags into its ancestors.
    fn sum_up(&mut self, tree: &Tree, skip: u16) {
        let nodes = &tree.nodes;
        let stats = &mut self.stats;
        // Children come after their parent: a reverse sweep sees every subtree whole.
        for i in (1..nodes.len()).rev() {
            let node = tree.node(i);
            let mut own = Stats::default();
            match node.tag {
                Tag::Text => {
                    let (len, commas) = measure(tree.text_of(node));
                    own.text = len;
                    own.commas = commas;
                    if node.flags & flag::IN_LINK != 0 {
                        own.link = len;
                    }
                }
                Tag::Img => own.img = 1,
                Tag::Li => own.li = 1,
                Tag::Input | Tag::Select | Tag::Textarea => own.input = 1,
                Tag::Embed | Tag::Iframe | Tag::Object => own.embed = 1,
                _ => {}
            }
            let mut s = stats[i];
            s.add(&own);
            if node.tag.is_heading() {
                s.heading = s.text;
            }
            stats[i] = s;
            let up = if node.flags & skip != 0 { own } else { s };
            stats[node.parent as usize].add(&up);
        }
    }

    /// The element left out as furniture by its class, id or role (an [`flag::UNLIKELY`]
    /// one) with the most text outside links, if that is more than `found` characters (the
    /// article found without it, at node `at`): the article, whatever its class list says
    /// ("category-social-media", "o-section--has-ads", a forum's "postComment"). Hints are
    /// evidence, never a veto over most of the prose. But comments after the article are
    /// its readers' and stay out, however long.
    pub fn hidden_article(&self, tree: &Tree, found: u32, at: usize) -> Option<usize> {
        let words = |s: &Stats| s.text - s.link;
        let mut best = None;
        let mut most = found.max(MIN_PARAGRAPH);
        for (i, node) in tree.nodes.iter().enumerate() {
            let s = &self.stats[i];
            if node.flags & flag::UNLIKELY != 0
                && node.flags & (flag::DROP | flag::IN_DROP) == 0
                && !matches!(node.tag, Tag::Header | Tag::Footer)
                && !(node.flags & flag::COMMENT != 0 && i > at && found > 0)
                && words(s) > most
                && s.link_density() < 0.5
            {
                best = Some(i);
                most = words(s);
            }
        }
        best
    }

    /// The final score: the content score scaled down by link density.
    pub fn score(&self, i: usize) -> Option<f32> {
        self.scores[i].map(|s| s * (1.0 - self.stats[i].link_density()))
    }
}

/// A run of text between block boundaries.
#[derive(Clone, Copy, Debug, Default)]
struct Run {
    len: u32,
    commas: u32,
    link: u32,
}

/// Calls `f(block, run)` for every run of text, in document order of their ends: a block
/// element's text before, between and after its child blocks and `<br>`s.
fn for_each_paragraph(tree: &Tree, skip: u16, mut f: impl FnMut(usize, Run)) {
    let nodes = &tree.nodes;
    // The open blocks, innermost last: (end, block, run so far).
    let mut open: Vec<(u32, usize, Run)> = vec![(nodes.len() as u32, 0, Run::default())];
    let mut i = 1;
    while i < nodes.len() {
        while open.len() > 1 && open[open.len() - 1].0 as usize <= i {
            if let Some((_, block, run)) = open.pop() {
                f(block, run);
            }
        }
        let node = tree.node(i);
        if node.flags & skip != 0 {
            i = node.end as usize;
            continue;
        }
        let top = open.len() - 1;
        match node.tag {
            Tag::Text => {
                let (len, commas) = measure(tree.text_of(node));
                let run = &mut open[top].2;
                run.len += len;
                run.commas += commas;
                if node.flags & flag::IN_LINK != 0 {
                    run.link += len;
                }
            }
            tag if tag == Tag::Br || tag.is_block() => {
                f(open[top].1, std::mem::take(&mut open[top].2));
                if tag != Tag::Br {
                    open.push((node.end, i, Run::default()));
                }
            }
            _ => {}
        }
        i += 1;
    }
    while let Some((_, block, run)) = open.pop() {
        f(block, run);
    }
}

/// The article: its best element and the siblings that join it, in document order.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Selection {
    pub top: usize,
    pub roots: Vec<usize>,
}

/// How many ancestors a paragraph's score reaches.
const LEVELS: usize = 5;
/// Paragraphs shorter than this say nothing about where the article is.
const MIN_PARAGRAPH: u32 = 25;
/// A paragraph this long, with few links, is prose.
const PROSE: u32 = 80;

/// Finds the article, or `None` when no paragraph is long enough to tell.
pub(super) fn select(tree: &Tree, analysis: &Analysis, skip: u16) -> Option<Selection> {
    let nodes = &tree.nodes;
    let stats = &analysis.stats;
    let score_of = |i: usize| analysis.score(i);
    // The five best candidates, best first (earlier in the page on a tie).
    let mut best: Vec<(usize, f32)> = Vec::with_capacity(6);
    for i in 0..nodes.len() {
        if let Some(s) = score_of(i) {
            let at = best.iter().position(|b| s > b.1).unwrap_or(best.len());
            if at < 5 {
                best.insert(at, (i, s));
                best.truncate(5);
            }
        }
    }
    let (mut top, top_score) = *best.first()?;
    let stop = |i: usize| matches!(tree.node(i).tag, Tag::Body | Tag::Html | Tag::Root);

    // Several near-best candidates inside one ancestor: the article is that ancestor.
    let near: Vec<usize> = best[1..]
        .iter()
        .filter(|c| c.1 >= 0.75 * top_score)
        .map(|c| c.0)
        .collect();
    if near.len() >= 3 {
        let mut a = tree.node(top).parent as usize;
        while !stop(a) {
            if near.iter().filter(|&&c| tree.contains(a, c)).count() >= 3 {
                top = a;
                break;
            }
            a = tree.node(a).parent as usize;
        }
    }

    // Climb while the parent scores better, or as long as it is no much worse.
    let mut last = score_of(top).unwrap_or(0.0);
    let threshold = last / 3.0;
    let mut a = tree.node(top).parent as usize;
    while !stop(a) {
        if let Some(s) = score_of(a) {
            if s < threshold {
                break;
            }
            if s > last {
                top = a;
                break;
            }
            last = s;
        }
        a = tree.node(a).parent as usize;
    }
    // An only child stands for its parent: siblings are then found one level up.
    loop {
        let parent = tree.node(top).parent as usize;
        if stop(parent) || element_children(tree, parent).nth(1).is_some() {
            break;
        }
        top = parent;
    }

    let top_score = score_of(top).unwrap_or(0.0);
    let threshold = (top_score * 0.2).max(10.0);
    let parent = tree.node(top).parent as usize;
    let mut roots = Vec::new();
    for sibling in element_children(tree, parent) {
        let node = tree.node(sibling);
        if node.flags & skip != 0 {
            continue;
        }
        let same_class = node.class != 0 && node.class == tree.node(top).class;
        let bonus = if same_class { top_score * 0.2 } else { 0.0 };
        let s = &stats[sibling];
        let joins = sibling == top
            || score_of(sibling).is_some_and(|v| v + bonus >= threshold)
            || node.tag == Tag::P
                && (s.text > 80 && s.link_density() < 0.25
                    || s.text > 0 && s.link == 0 && ends_sentence(tree, sibling));
        if joins {
            roots.push(sibling);
        }
    }
    Some(Selection { top, roots })
}

fn element_children(tree: &Tree, i: usize) -> impl Iterator<Item = usize> + '_ {
    tree.children(i).filter(|&c| tree.node(c).tag != Tag::Text)
}

/// Does the text of `i` hold a sentence end ("." then a space, or a final ".")?
fn ends_sentence(tree: &Tree, i: usize) -> bool {
    let nodes = &tree.nodes;
    let mut last = ' ';
    for node in &nodes[i..nodes[i].end as usize] {
        if node.tag == Tag::Text {
            for c in tree.text_of(node).chars() {
                if last == '.' && c.is_whitespace() {
                    return true;
                }
                if !c.is_whitespace() {
                    last = c;
                }
            }
        }
    }
    last == '.'
}

/// Elements whose own text may be a paragraph of the article (not list items, headings
/// or captions).
fn holds_paragraphs(tag: Tag) -> bool {
    use Tag::*;
    matches!(
        tag,
        P | Pre
            | Td
            | Blockquote
            | Div
            | Section
            | Article
            | Main
            | Center
            | Body
            | Html
            | Root
            | Form
            | Fieldset
            | Details
            | Header
            | Footer
    )
}

/// A candidate's score before any paragraph: its tag, its class and id, what the page
/// says about it.
fn initial(tag: Tag, weight: i16, flags: u16) -> f32 {
    use Tag::*;
    let base = match tag {
        Div | Article => 5.0,
        Pre | Td | Blockquote => 3.0,
        Address | Ol | Ul | Dl | Dd | Dt | Li | Form => -3.0,
        H1 | H2 | H3 | H4 | H5 | H6 | Th => -5.0,
        _ => 0.0,
    };
    let article = if flags & flag::ARTICLE != 0 {
        25.0
    } else {
        0.0
    };
    base + f32::from(weight) + article
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures() {
        for (text, want) in [
            ("", (0, 0)),
            ("abc", (3, 0)),
            ("  a  b  ", (3, 0)),
            (" \n\t ", (0, 0)),
            ("a, b, c", (7, 2)),
            ("東京，大阪、京都", (8, 2)),
        ] {
            assert_eq!(measure(text), want, "{text:?}");
        }
    }

    #[test]
    fn link_density_and_counts() {
        let tree = Tree::parse(
            "<div><p>Some text <a href=x>link</a></p><ul><li><a href=n>nav one</a><li><a href=t>two</a></ul>\
             <img src=a><nav>skipped words</nav><h2>Head</h2></div>",
        );
        let stats = Analysis::new(&tree, flag::DROP).stats;
        let div = &stats[1];
        // Paragraphs are runs of text: the p, both items and the heading.
        assert_eq!((div.p, div.li, div.img), (4, 2, 1));
        // "Some text" (the space before the link is not between words of one text) + "link" +
        // "nav one" + "two" + "Head"; nothing of the nav.
        assert_eq!(div.text, 9 + 4 + 7 + 3 + 4);
        assert_eq!(div.link, 4 + 7 + 3);
        assert_eq!(div.heading, 4);
        let p = &stats[2];
        assert!((p.link_density() - 4.0 / 13.0).abs() < 1e-6);
    }

    fn para(words: usize) -> String {
        format!("<p>{}</p>", "Word, and more words here. ".repeat(words))
    }

    /// The text of the selected roots.
    fn selected(html: &str) -> Option<Vec<String>> {
        let tree = Tree::parse(html);
        let analysis = Analysis::new(&tree, flag::DROP | flag::UNLIKELY);
        let sel = select(&tree, &analysis, flag::DROP | flag::UNLIKELY)?;
        Some(
            sel.roots
                .iter()
                .map(|&r| {
                    let n = tree.node(r);
                    let text: String = tree.nodes[r..n.end as usize]
                        .iter()
                        .filter(|n| n.tag == Tag::Text)
                        .map(|n| tree.text_of(n))
                        .collect();
                    text.chars().take(12).collect()
                })
                .collect(),
        )
    }

    #[test]
    fn picks_the_article() {
        let article = format!("<div class=entry-content>{}{}</div>", para(8), para(6));
        let links = "<div class=links><p><a href=a>One link</a> <a href=b>Another link here</a> <a href=c>And more of them</a></p></div>";
        for (html, want) in [
            // The prose wins over link lists and sidebars, whatever the order.
            (
                format!("<body>{links}{article}</body>"),
                Some(vec!["Word, and mo"]),
            ),
            (
                format!(
                    "<body>{article}<div class=sidebar>{}</div></body>",
                    para(20)
                ),
                Some(vec!["Word, and mo"]),
            ),
            // A sibling paragraph of prose joins the article.
            (
                format!(
                    "<body><div><div>{}{}</div><p>{}</p></div></body>",
                    para(9),
                    para(9),
                    "A closing line of real prose, long enough to count as one by itself here."
                ),
                Some(vec!["Word, and mo", "A closing li"]),
            ),
            // Nothing long enough to score.
            ("<body><p>Short.</p></body>".to_string(), None),
        ] {
            let want = want.map(|w| w.into_iter().map(String::from).collect::<Vec<_>>());
            assert_eq!(selected(&html), want, "{html}");
        }
    }

    #[test]
    fn near_candidates_lift_the_article_to_their_ancestor() {
        // Four sections of equal weight: the article is all of them, not the first.
        let section = format!("<div>{}</div>", para(6));
        let html = format!(
            "<body><div id=story>{}</div><div class=x>{}</div></body>",
            section.repeat(4),
            para(1)
        );
        let tree = Tree::parse(&html);
        let analysis = Analysis::new(&tree, flag::DROP);
        let sel = select(&tree, &analysis, flag::DROP).unwrap();
        assert_eq!(sel.top, 2, "the #story div");
    }
}
