//! The word lists of ingest's rules (page chrome, class hints, `<meta>` keys) as data in one
//! format.

/// A list of words or phrases, kept as one string with an entry a line: a `&[&str]` costs
/// the wasm a pointer and a length per entry besides the text (~0.3 KB brotli over the
/// page-chrome lists alone). No entry holds a line break (it would read as two).
#[derive(Clone, Copy)]
pub(crate) struct List(&'static str);

impl List {
    /// For [`list!`]: `entries` ends each entry with a line break.
    pub(crate) const fn new(entries: &'static str) -> List {
        List(entries)
    }

    pub(crate) fn iter(self) -> std::str::SplitTerminator<'static, char> {
        self.0.split_terminator('\n')
    }

    /// One substring search over the whole list, rather than a comparison per entry:
    /// lists are looked up for every short line of a page.
    pub(crate) fn contains(self, entry: &str) -> bool {
        let list = self.0.as_bytes();
        !entry.is_empty()
            && !entry.contains('\n')
            && self.0.match_indices(entry).any(|(at, _)| {
                (at == 0 || list[at - 1] == b'\n') && list.get(at + entry.len()) == Some(&b'\n')
            })
    }
}

/// A [`List`] of string literals.
macro_rules! list {
    ($($entry:literal),* $(,)?) => {
        $crate::ingest::list::List::new(concat!($($entry, "\n"),*))
    };
}
pub(crate) use list;

#[cfg(test)]
mod tests {
    #[test]
    fn lists_hold_whole_entries() {
        let list = list!["share on ", "close", "a.m"];
        assert_eq!(
            list.iter().collect::<Vec<_>>(),
            ["share on ", "close", "a.m"]
        );
        assert!(list.contains("close") && list.contains("share on ") && list.contains("a.m"));
        for absent in ["clos", "closed", "share on", "", "a.m\nclose"] {
            assert!(!list.contains(absent), "{absent:?}");
        }
        assert_eq!(list![].iter().count(), 0);
    }
}
