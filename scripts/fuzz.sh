#!/usr/bin/env bash
# The libFuzzer targets (Sources/Fuzz/, fuzz/README.md): builds them into .build-fuzz and
# fuzzes each one for FUZZ_SECONDS (default 600), one after the other.
#
#   scripts/fuzz.sh                    build, then fuzz every target
#   scripts/fuzz.sh build              build only
#   scripts/fuzz.sh fuzz-dates         build, then fuzz the targets named
#   FUZZ_SECONDS=30 scripts/fuzz.sh    the short run of `make fuzz-smoke`
#   FUZZ_FLAGS="-fork=1 -ignore_crashes=1" scripts/fuzz.sh   keep going after a crash
#
# Each target starts from its committed seeds (fuzz/seeds/<target>/, read only) and the
# inputs earlier runs found (.artifacts/fuzz/corpus/<target>/, git-ignored), with its
# dictionary (fuzz/<target>.dict). A crash, a broken law (the target traps), a leak, a
# timeout or a memory blow-up writes the input to .artifacts/fuzz/<target>/ and makes the
# script exit 1 after the other targets ran. Logs: .artifacts/fuzz/<target>.log.
# (FUZZ_OUT moves all of it: make fuzz-smoke uses .artifacts/fuzz-smoke.)
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
FUZZ_SECONDS=${FUZZ_SECONDS:-600}
# Seconds one input may take before libFuzzer calls it a hang; generous, since the machine
# may be busy with other builds (an 8 KB import takes ~0.2 s in the release build).
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-60}
SCRATCH=${FUZZ_SCRATCH:-.build-fuzz}
# Release: optimised code runs the importer ~10 times faster than debug under the sanitizer
# (bounds and overflow checks stay; only `assert` goes). FUZZ_CONFIG=debug for debugging.
CONFIG=${FUZZ_CONFIG:-release}
OUT=${FUZZ_OUT:-.artifacts/fuzz}
# FUZZ_FRESH=1 (make fuzz-smoke): start from the committed seeds only, in an emptied corpus
# folder, so a short run does not first replay everything long runs kept.
FUZZ_FRESH=${FUZZ_FRESH:-0}
# A fixed seed in fresh mode: the smoke run then tries the same inputs in the same order on
# every machine (a slower one just gets less far), so CI does not turn red by chance.
seed_flag=()
[ "$FUZZ_FRESH" = 1 ] && seed_flag=(-seed=1)
ALL_TARGETS=(fuzz-import fuzz-front-matter fuzz-dates)

mode=fuzz
targets=()
for arg in "$@"; do
  case "$arg" in
    build) mode=build ;;
    fuzz-*) targets+=("$arg") ;;
    *) echo "fuzz.sh: unknown argument $arg (build, or target names: ${ALL_TARGETS[*]})" >&2; exit 2 ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${ALL_TARGETS[@]}")

# libFuzzer's driver without its main, from the toolchain's compiler-rt.
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v "$SWIFT")")")")
driver=$(ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-"$(uname -m)".a 2>/dev/null | head -n 1)
if [ -z "$driver" ]; then
  echo "fuzz.sh: libclang_rt.fuzzer_no_main not found under $toolchain/lib/clang" >&2
  exit 2
fi

# -sanitize=fuzzer would also reach the EmbedTemplates build tool and give it libFuzzer's
# main; so: the address sanitizer, libFuzzer's coverage instrumentation, and the driver
# linked in (only the fuzz targets call it). lld: gold fails on the sanitizer's symbols.
flags=(
  --scratch-path "$SCRATCH" -c "$CONFIG"
  -Xswiftc -sanitize=address
  -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,pc-table,inline-8bit-counters
  -Xswiftc -DFUZZING
  -Xswiftc -use-ld=lld
  -Xlinker "$driver" -Xlinker -lstdc++
)
for target in "${targets[@]}"; do
  echo "fuzz.sh: building $target"
  "$SWIFT" build "${flags[@]}" --product "$target" 2>&1 | grep -v "Cannot export local symbol" || true
  [ -x "$SCRATCH/$CONFIG/$target" ] || { echo "fuzz.sh: build of $target failed" >&2; exit 2; }
done
# The binaries are only fresh if the last build succeeded: check it really did.
"$SWIFT" build "${flags[@]}" --product "${targets[-1]}" >/dev/null 2>&1 || {
  echo "fuzz.sh: build failed" >&2
  exit 2
}
[ "$mode" = build ] && exit 0

mkdir -p "$OUT"
failed=()
for target in "${targets[@]}"; do
  corpus="$OUT/corpus/$target"
  artifacts="$OUT/$target/"
  [ "$FUZZ_FRESH" = 1 ] && rm -rf "$corpus"
  mkdir -p "$corpus" "$artifacts"
  max_len=4096
  [ "$target" = fuzz-import ] && max_len=16384
  echo "fuzz.sh: $target for ${FUZZ_SECONDS}s (log: $OUT/$target.log)"
  status=0
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} "$SCRATCH/$CONFIG/$target" \
    "$corpus" "fuzz/seeds/$target" \
    -dict="fuzz/$target.dict" \
    -max_total_time="$FUZZ_SECONDS" \
    -max_len="$max_len" \
    -timeout="$FUZZ_TIMEOUT" \
    -rss_limit_mb=3072 \
    -artifact_prefix="$artifacts" \
    -print_final_stats=1 \
    "${seed_flag[@]}" \
    ${FUZZ_FLAGS:-} \
    >"$OUT/$target.log" 2>&1 || status=$?
  grep -E "^#[0-9]+.*(DONE|INITED)|^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)" \
    "$OUT/$target.log" | tail -n 5 || true
  if [ "$status" -ne 0 ]; then
    echo "fuzz.sh: $target FAILED (exit $status); input(s) in $artifacts:" >&2
    ls "$artifacts" >&2 || true
    grep -m 3 -E "ERROR: |law broken|Fatal error|deadly signal" "$OUT/$target.log" >&2 || true
    failed+=("$target")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: failures in ${failed[*]} (replay: $SCRATCH/$CONFIG/<target> <input>)" >&2
  exit 1
fi
echo "fuzz.sh: no failure in ${targets[*]}"
