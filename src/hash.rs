//! The hash of every map keyed by the article's words (or by ids made from them): foldhash,
//! keyed once per process with a random seed. An unkeyed hash lets an article choose words
//! that all land in one bucket (rustc's FxHash collides by construction, and clusters on
//! ids like "w12x3" by itself), making each look-up a scan of all of them; with a secret
//! key the article cannot aim. Output never depends on the seed: no stage iterates over
//! these maps, they are only looked up.

use foldhash::fast::SeedableRandomState;
use foldhash::SharedSeed;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::sync::OnceLock;

pub(crate) type WordMap<K, V> = HashMap<K, V, Keyed>;

/// A [`BuildHasher`] keyed with the process's seed.
#[derive(Clone)]
pub(crate) struct Keyed(SeedableRandomState);

impl Default for Keyed {
    fn default() -> Keyed {
        static SEED: OnceLock<(u64, SharedSeed)> = OnceLock::new();
        let (seed, shared) = SEED.get_or_init(|| {
            let seed = entropy();
            (seed, SharedSeed::from_u64(seed.rotate_left(32)))
        });
        Keyed(SeedableRandomState::with_seed(*seed, shared))
    }
}

impl BuildHasher for Keyed {
    type Hasher = foldhash::fast::FoldHasher<'static>;

    fn build_hasher(&self) -> Self::Hasher {
        self.0.build_hasher()
    }
}

/// 64 unpredictable bits: the operating system's, through std's SipHash keys.
#[cfg(not(target_arch = "wasm32"))]
fn entropy() -> u64 {
    std::hash::RandomState::new().hash_one(0u8)
}

/// 64 unpredictable bits: in wasm std has no randomness, the JS engine's `Math.random`
/// (seeded by the browser or Node from the operating system) gives 52 per call.
#[cfg(target_arch = "wasm32")]
fn entropy() -> u64 {
    let draw = || (js_sys::Math::random() * (1u64 << 52) as f64) as u64;
    draw() ^ draw().rotate_left(32)
}
