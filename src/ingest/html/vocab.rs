//! The HTML vocabulary, as data: the elements the reader knows ([`Tag`]) and what each
//! one is to it: a block that starts a paragraph, content that is never article text, an
//! element that closes an open `<p>`, a scope for end tags. The tree builder
//! ([`super::tree`]) and every later stage ask these tables; none of them knows a tag name.

use super::tokenize::padded;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tag {
    Root,
    Text,
    A,
    Address,
    Article,
    Aside,
    Audio,
    Blockquote,
    Body,
    Br,
    Button,
    Canvas,
    Caption,
    Center,
    Dd,
    Details,
    Dialog,
    Div,
    Dl,
    Dt,
    Embed,
    Fieldset,
    Figcaption,
    Figure,
    Footer,
    Form,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Head,
    Header,
    Hr,
    Html,
    Iframe,
    Img,
    Input,
    Li,
    Main,
    Math,
    Menu,
    Meta,
    Nav,
    Noscript,
    Object,
    Ol,
    Option,
    P,
    Pre,
    Script,
    Section,
    Select,
    Style,
    Summary,
    Svg,
    Table,
    Tbody,
    Td,
    Template,
    Textarea,
    Tfoot,
    Th,
    Thead,
    Title,
    Tr,
    Ul,
    Video,
    /// A void element with no behaviour of its own (`<link>`, `<source>`, `<wbr>`...).
    Void,
    Other,
}

/// Tag names, sorted for binary search (smaller in wasm than a `match`).
const TAGS: &[(&str, Tag)] = &[
    ("a", Tag::A),
    ("address", Tag::Address),
    ("area", Tag::Void),
    ("article", Tag::Article),
    ("aside", Tag::Aside),
    ("audio", Tag::Audio),
    ("base", Tag::Void),
    ("basefont", Tag::Void),
    ("bgsound", Tag::Void),
    ("blockquote", Tag::Blockquote),
    ("body", Tag::Body),
    ("br", Tag::Br),
    ("button", Tag::Button),
    ("canvas", Tag::Canvas),
    ("caption", Tag::Caption),
    ("center", Tag::Center),
    ("col", Tag::Void),
    ("datalist", Tag::Select),
    ("dd", Tag::Dd),
    ("details", Tag::Details),
    ("dialog", Tag::Dialog),
    ("div", Tag::Div),
    ("dl", Tag::Dl),
    ("dt", Tag::Dt),
    ("embed", Tag::Embed),
    ("fieldset", Tag::Fieldset),
    ("figcaption", Tag::Figcaption),
    ("figure", Tag::Figure),
    ("footer", Tag::Footer),
    ("form", Tag::Form),
    ("frame", Tag::Void),
    ("h1", Tag::H1),
    ("h2", Tag::H2),
    ("h3", Tag::H3),
    ("h4", Tag::H4),
    ("h5", Tag::H5),
    ("h6", Tag::H6),
    ("head", Tag::Head),
    ("header", Tag::Header),
    ("hr", Tag::Hr),
    ("html", Tag::Html),
    ("iframe", Tag::Iframe),
    ("image", Tag::Img),
    ("img", Tag::Img),
    ("input", Tag::Input),
    ("keygen", Tag::Void),
    ("li", Tag::Li),
    ("link", Tag::Void),
    ("listing", Tag::Pre),
    ("main", Tag::Main),
    ("math", Tag::Math),
    ("menu", Tag::Menu),
    ("meta", Tag::Meta),
    ("nav", Tag::Nav),
    // Fallbacks for what browsers support: never shown.
    ("noembed", Tag::Noscript),
    ("noframes", Tag::Noscript),
    ("noscript", Tag::Noscript),
    ("object", Tag::Object),
    ("ol", Tag::Ol),
    ("optgroup", Tag::Option),
    ("option", Tag::Option),
    ("p", Tag::P),
    ("param", Tag::Void),
    ("plaintext", Tag::Pre),
    ("pre", Tag::Pre),
    ("script", Tag::Script),
    ("section", Tag::Section),
    ("select", Tag::Select),
    ("source", Tag::Void),
    ("style", Tag::Style),
    ("summary", Tag::Summary),
    ("svg", Tag::Svg),
    ("table", Tag::Table),
    ("tbody", Tag::Tbody),
    ("td", Tag::Td),
    ("template", Tag::Template),
    ("textarea", Tag::Textarea),
    ("tfoot", Tag::Tfoot),
    ("th", Tag::Th),
    ("thead", Tag::Thead),
    ("title", Tag::Title),
    ("tr", Tag::Tr),
    ("track", Tag::Void),
    ("ul", Tag::Ul),
    ("video", Tag::Video),
    ("wbr", Tag::Void),
    ("xmp", Tag::Pre),
];

/// The longest name in [`TAGS`].
const LONGEST: usize = 10;

// [`TAGS`] as the wasm carries it, built at compile time like the entity table of
// `tokenize`: a table of `&str` and `Tag` costs a pointer and a length per entry.
/// The names of [`TAGS`], [`padded`], in the same (sorted) order.
static NAMES: [[u8; LONGEST]; TAGS.len()] = {
    let mut out = [[0; LONGEST]; TAGS.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = match padded(TAGS[i].0.as_bytes()) {
            Some(name) => name,
            None => panic!("a tag name longer than LONGEST"),
        };
        i += 1;
    }
    out
};

/// The [`Tag`]s of [`TAGS`], in the same order.
static KINDS: [Tag; TAGS.len()] = {
    let mut out = [Tag::Other; TAGS.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = TAGS[i].1;
        i += 1;
    }
    out
};

impl Tag {
    /// The tag of a lowercase name; [`Tag::Other`] for a name the tables lack (one with a
    /// NUL too, which padding would confuse with a shorter name).
    pub(super) fn of(name: &[u8]) -> Tag {
        if name.contains(&0) {
            return Tag::Other;
        }
        padded(name)
            .and_then(|name| NAMES.binary_search(&name).ok())
            .map_or(Tag::Other, |at| KINDS[at])
    }

    pub(super) fn is_void(self) -> bool {
        use Tag::*;
        matches!(self, Br | Embed | Hr | Img | Input | Meta | Void)
    }

    pub(super) fn is_heading(self) -> bool {
        use Tag::*;
        matches!(self, H1 | H2 | H3 | H4 | H5 | H6)
    }

    /// Elements that start and end a paragraph of text.
    pub(super) fn is_block(self) -> bool {
        use Tag::*;
        matches!(
            self,
            Root | Address
                | Article
                | Aside
                | Blockquote
                | Body
                | Caption
                | Center
                | Dd
                | Details
                | Dialog
                | Div
                | Dl
                | Dt
                | Fieldset
                | Figcaption
                | Figure
                | Footer
                | Form
                | H1
                | H2
                | H3
                | H4
                | H5
                | H6
                | Header
                | Hr
                | Html
                | Li
                | Main
                | Menu
                | Nav
                | Ol
                | P
                | Pre
                | Section
                | Summary
                | Table
                | Tbody
                | Td
                | Tfoot
                | Th
                | Thead
                | Tr
                | Ul
        )
    }

    /// Elements whose content is never article text.
    pub(super) fn is_dropped(self) -> bool {
        use Tag::*;
        matches!(
            self,
            Aside
                | Audio
                | Button
                | Canvas
                | Dialog
                | Embed
                | Head
                | Iframe
                | Input
                | Math
                | Menu
                | Nav
                | Noscript
                | Object
                | Option
                | Script
                | Select
                | Style
                | Svg
                | Template
                | Textarea
                | Title
                | Video
        )
    }

    /// Start tags that close an open `<p>` (WHATWG "close a p element").
    pub(super) fn closes_p(self) -> bool {
        self.is_block()
            && !matches!(
                self,
                Tag::Root
                    | Tag::Html
                    | Tag::Body
                    | Tag::Caption
                    | Tag::Td
                    | Tag::Th
                    | Tag::Tr
                    | Tag::Tbody
                    | Tag::Thead
                    | Tag::Tfoot
                    | Tag::Table
            )
    }

    /// Where searches for an open element stop: an end tag inside a table cell does not
    /// close an element outside it. (Unlike WHATWG, `<svg>` and `<object>` are no scope: an
    /// unclosed one must not swallow the article.)
    pub(super) fn is_scope(self) -> bool {
        use Tag::*;
        matches!(self, Root | Html | Body | Table | Td | Th | Caption)
    }

    pub(super) fn is_table_part(self) -> bool {
        use Tag::*;
        matches!(self, Table | Tbody | Thead | Tfoot | Tr | Td | Th | Caption)
    }

    /// What may stay open inside `<head>`; anything else starts the body.
    pub(super) fn belongs_in_head(self) -> bool {
        use Tag::*;
        matches!(
            self,
            Meta | Title | Script | Style | Noscript | Template | Void | Other
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_table_is_sorted() {
        assert!(TAGS.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(Tag::of(b"blockquote"), Tag::Blockquote);
        assert_eq!(Tag::of(b"custom-element"), Tag::Other);
        for &(name, tag) in TAGS {
            assert_eq!(Tag::of(name.as_bytes()), tag, "{name}");
        }
        // Neither a prefix nor a name with a NUL after it is the name.
        for name in [&b"blockquot"[..], b"p\0", b"b\0\0", b"", b"blockquotes"] {
            assert_eq!(Tag::of(name), Tag::Other, "{name:?}");
        }
    }
}
