# abridge: `make demo` builds everything and serves the demo; `make test` runs every test.
# Both install what a fresh machine lacks (wasm32 target, wasm-bindgen-cli, Chromium, npm
# packages) and skip what is present.

WASM_BINDGEN_VERSION := 0.2.130
TARGET := wasm32-unknown-unknown
WASM := target/$(TARGET)/wasm/abridge.wasm
PORT ?= 8080
export PATH := $(HOME)/.cargo/bin:$(PATH)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Shorter panic locations in the shipped wasm (a few KB of file paths otherwise).
# opt-level "z" inlines almost nothing (threshold 5), so hot loops call out for every char
# and string compare: threshold 25 runs ~1.2x faster for +0.5 KB brotli. Measured on the 250
# summaries-dev texts in Node; 35 and 75 were slower than 25, so re-measure before changing it.
# Other settings of the core wasm, measured against this one (CPU time in Node, interleaved
# in one process, median of the per-round ratios; wasm brotli 116.4 KB):
#   whole crate "s"                         0.67-0.69x time  127.6 KB  (over the budget)
#   "s", dependencies "z"                   0.69x            127.9 KB
#   "s", inline threshold 5, no unrolling   0.72x            126.8 KB
#   "s", inline threshold 10 instead of 25  0.68x            127.6 KB
#   wasm-opt -O3 instead of -Oz             ~1.0x (noise)    +0.3 KB;  -Os: ~1.0x, +0.1 KB
# The core's budget leaves ~9 KB for the wasm beside the JS, so "s" (+11 KB) does not fit.
WASM_RUSTFLAGS := --remap-path-prefix=$(HOME)/.cargo/registry/src= --remap-path-prefix=$(CURDIR)= \
	-C llvm-args=-inline-threshold=25
# wasm-opt's --low-memory-unused folds constant offsets into loads and stores (0.3 KB brotli),
# assuming no address below 1 KB is used: rustc puts the 1 MB stack first (growing down to 0)
# and the data above it, so only a stack 1 KB short of overflowing could reach there.
# Measured without gain: --flatten --rereloop, -Oz twice, -O3 -Oz, --gufa,
# --merge-similar-functions.
# The features rustc's wasm32 target emits; wasm-opt must accept them all.
WASM_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	--enable-mutable-globals --enable-reference-types --enable-multivalue

# $(call wasm,NAME,CARGO FLAGS): the crate built for the browser as pkg/NAME.js + NAME_bg.wasm.
define wasm
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(WASM_RUSTFLAGS)" \
		cargo build --profile wasm --target $(TARGET) --lib $(2)
	wasm-bindgen --target web --out-dir pkg --out-name $(1) $(WASM)
	node_modules/.bin/wasm-opt --low-memory-unused -Oz --converge --strip-producers $(WASM_FEATURES) \
		pkg/$(1)_bg.wasm -o pkg/$(1)_bg.wasm
endef

.PHONY: demo test pkg sizes eval setup setup-rust setup-node setup-chromium \
	test-native test-wasm test-js

demo: pkg
	node scripts/serve.mjs . $(PORT)

test: test-native test-wasm test-js

# The cost suite also runs optimised, at the full sizes (10 MB article, ...).
test-native:
	cargo test -q --features cli
	cargo test -q --release --test adversarial

test-wasm: setup-rust
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
		cargo test --target $(TARGET) --test wasm

# Consumers of the packed package (Node ESM/CJS, tsc, Vite, React TSX, Next.js), element, demo.
# The timeout is per test file: tests/node/next.test.mjs builds a Next.js app twice.
test-js: pkg setup-chromium
	node --test --test-concurrency=1 --test-timeout=600000 tests/node/*.test.mjs tests/browser/*.test.mjs

# Two builds of the crate: the core every reader downloads (English, language detection) and
# the languages build (--features languages), which the package loads only for an article in
# another language. Cargo keeps both in target/ (features are part of an artifact's identity).
pkg: setup-rust setup-node
	rm -rf pkg
	$(call wasm,abridge,)
	$(call wasm,abridge_languages,--features languages)
	node scripts/pkg.mjs pkg
	node scripts/sizes.mjs pkg

sizes:
	node scripts/sizes.mjs pkg

# Quality on the shared dev sets (../shared/eval), with the shared scorers.
eval:
	cargo build --release --features cli
	@test -x .eval-venv/bin/python || { python3 -m venv .eval-venv && \
		.eval-venv/bin/pip install -q -r ../shared/eval/requirements.txt; }
	python3 scripts/eval.py summaries
	python3 scripts/eval.py caseless
	python3 scripts/eval.py keyphrases
	python3 scripts/eval.py html
	python3 scripts/eval.py entities
	python3 scripts/eval.py segmentation

setup: setup-rust setup-node setup-chromium

setup-rust:
	@rustup target list --installed | grep -qx $(TARGET) || rustup target add $(TARGET)
	@wasm-bindgen --version 2>/dev/null | grep -q ' $(WASM_BINDGEN_VERSION)$$' || \
		cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

# npm ci only when package-lock.json is newer than the last install.
setup-node: node_modules/.package-lock.json
node_modules/.package-lock.json: package.json package-lock.json
	npm ci
	@touch $@

setup-chromium:
	@test -x /usr/bin/chromium || \
		{ $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver; }
