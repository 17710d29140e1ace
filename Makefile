# The two commands of the README: `make site` and `make test`.
SWIFT ?= swift

.PHONY: site test deps lint format asan clean browser-deps browser-test bench bench-deps
.PHONY: publish-deps publish-test

deps:
	@scripts/install-deps.sh

# Build the dossier binary (release) and the seed dossier into Public/.
site: deps
	$(SWIFT) build -c release --product dossier
	.build/release/dossier build --root .

# The whole test suite, then the house formatting rules. CI runs exactly this.
# Last, the short fuzz run (fuzz-smoke below: ~4 minutes on a fresh clone, build included).
test: deps
	$(SWIFT) test
	$(SWIFT) format lint --strict -r Sources Tests Plugins Package.swift
	$(MAKE) --no-print-directory browser-test
	$(MAKE) --no-print-directory publish-test
	$(MAKE) --no-print-directory fuzz-smoke

lint:
	$(SWIFT) format lint --strict -r Sources Tests Plugins Package.swift

format:
	$(SWIFT) format format -i -r Sources Tests Plugins Package.swift

# The reader's checks: every page through tidy, every page type in headless Chromium at
# phone and desktop widths (screenshots in .artifacts/screenshots/). Installs chromium and
# tidy (Debian packages) when missing.
browser-deps:
	@scripts/install-browser-deps.sh

browser-test: deps browser-deps
	$(SWIFT) build --build-tests
	SWIFT=$(SWIFT) scripts/browser-test.sh

# The site published anywhere: Debian's linkchecker follows every link and #anchor of the
# seed dossier opened from disk and served from a sub-path on 127.0.0.1, `dossier check`
# agrees, feed.xml must be Atom and sitemap.xml a sitemap. Installs linkchecker and
# python3-feedparser (Debian packages) when missing.
publish-deps:
	@scripts/install-publish-deps.sh

publish-test: deps publish-deps
	SWIFT=$(SWIFT) scripts/publish-test.sh

# The test suite under the address sanitizer (memory safety of the cmark wrapper), with
# LeakSanitizer on: a leak fails it (scripts/lsan-suppressions.txt: XCTest's own).
asan: deps
	ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan-suppressions.txt \
		$(SWIFT) test --scratch-path .build-asan -Xswiftc -sanitize=address

# The benchmark (release build): `make bench ARTICLES=10000 RUNS=5`. It compares with Hugo
# when one is installed (`make bench-deps` installs Debian's package); HUGO=0 skips it.
ARTICLES ?= 1000
RUNS ?= 5
WARMUP ?= 1
HUGO ?= $(shell command -v hugo >/dev/null 2>&1 && echo 1 || echo 0)

bench: deps
	$(SWIFT) run -c release dossier-bench --articles $(ARTICLES) --runs $(RUNS) --warmup $(WARMUP) \
		$(if $(filter 1,$(HUGO)),--compare-hugo)

bench-deps: deps
	@scripts/install-hugo.sh

# Fuzzing (fuzz/README.md): every libFuzzer target of Sources/Fuzz/ in turn, under the
# address sanitizer, for FUZZ_SECONDS each (release build); crashes in .artifacts/fuzz/.
# `make fuzz-smoke` is the short run: a debug build (quicker to compile), 30 s a target from
# the committed seeds only, results in .artifacts/fuzz-smoke/.
FUZZ_SECONDS ?= 600
.PHONY: fuzz fuzz-smoke

fuzz: deps
	SWIFT=$(SWIFT) FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

fuzz-smoke: deps
	SWIFT=$(SWIFT) FUZZ_SECONDS=30 FUZZ_CONFIG=debug FUZZ_FRESH=1 FUZZ_OUT=.artifacts/fuzz-smoke scripts/fuzz.sh

clean:
	rm -rf .build .build-asan .build-fuzz .artifacts
