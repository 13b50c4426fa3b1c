//! # abridge
//!
//! Article summaries, keyphrases and tags from plain text, HTML or Markdown, small and fast
//! enough to run in the reader's browser (as WebAssembly) or natively.
//!
//! ```
//! let article = "The city council approved the new budget on Monday. The budget raises \
//!     school funding. Critics said the budget ignores public transit.";
//! let analysis = abridge::analyze(article, &abridge::Options::default()).unwrap();
//! assert_eq!(analysis.language, "en");
//! assert!(analysis.summary.len() <= 3);
//! ```
//!
//! The data path is one direction: [`ingest`] → [`segment`] → keyphrases → summary → tags.
//! Offsets in the [`Analysis`] are UTF-16 code units into [`Analysis::text`].

mod analysis;
mod analyze;
#[cfg(feature = "cli")]
pub mod cli;
pub mod document;
mod error;
mod hash;
pub mod ingest;
mod keyphrases;
pub mod lang;
mod options;
mod order;
pub mod segment;
mod summary;
mod tags;
mod urls;
/// The JS binding; public so `tests/wasm.rs` can call it as JS would.
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{Analysis, Keyphrase, Span, Stats, SummarySentence, Tag, TagKind};
pub use analyze::analyze;
pub use document::{Format, Metadata};
pub use error::Error;
pub use options::{
    Budget, Kind, OptionSpec, Options, MAX_COUNT, MAX_INPUT_BYTES, MAX_INPUT_CEILING, MAX_WORDS,
    OPTIONS,
};
pub use tags::slugify;
