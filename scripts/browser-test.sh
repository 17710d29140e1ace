#!/usr/bin/env bash
# The reader's checks in a real browser (`make browser-test`).
#
# Builds sites into .artifacts/sites/: the seed dossier (the repository's own dossier,
# when it has a dossier.yml), the same with its timeline split into month pages (as a large
# dossier's is), and the SYNTHETIC showcase dossier from the test suite (invented
# articles with prepared entities and events, so every page type exists even before the
# entity and date engines find any). Then checks every page of them with tidy, and loads
# each page type in headless Chromium at 375 px and 1280 px: no console errors, no failed
# requests, one h1, landmarks, no sideways scrolling, labelled controls, search by alias.
# Screenshots go to .artifacts/screenshots/ (CI artefacts; git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
ARTIFACTS=.artifacts
rm -rf "$ARTIFACTS/screenshots" "$ARTIFACTS/sites/showcase" "$ARTIFACTS/sites/seed-split" \
  "$ARTIFACTS/seed-split"
mkdir -p "$ARTIFACTS/sites" "$ARTIFACTS/screenshots"

"$SWIFT" build --product dossier
BIN="$("$SWIFT" build --show-bin-path)/dossier"

failures=0
step() {
  echo "== $1"
  shift
  if ! "$@"; then failures=$((failures + 1)); fi
}

sites=()
if [ -f dossier.yml ]; then
  step "build the seed dossier" "$BIN" build --root . --output "$ARTIFACTS/sites/seed" --quiet
  sites+=("$ARTIFACTS/sites/seed")
  mkdir -p "$ARTIFACTS/seed-split"
  cp -R dossier.yml Content "$ARTIFACTS/seed-split/"
  printf '\ntimeline_split: 5\n' >>"$ARTIFACTS/seed-split/dossier.yml"
  step "build the seed dossier with its timeline in pages" "$BIN" build --root "$ARTIFACTS/seed-split" \
    --output "$ARTIFACTS/sites/seed-split" --quiet --full
  sites+=("$ARTIFACTS/sites/seed-split")
else
  echo "note: no dossier.yml at the repository root, so no seed dossier to check (showcase only)"
fi
step "build the synthetic showcase dossier" env DOSSIER_SHOWCASE_OUTPUT="$ARTIFACTS/sites/showcase" \
  "$SWIFT" test --skip-build --filter ReaderPagesTests/showcaseSiteHasEveryPageType
sites+=("$ARTIFACTS/sites/showcase")

step "validate every page with tidy" python3 scripts/validate_html.py "${sites[@]}"
if [ -d "$ARTIFACTS/sites/seed" ]; then
  required=home,entities,timeline,404
  if compgen -G "Content/articles/*.md" >/dev/null; then
    required=$required,article
  else
    echo "note: Content/articles/ holds no article yet (import the seeds): no seed article page to check"
  fi
  step "seed dossier in Chromium" python3 scripts/browser_check.py "$ARTIFACTS/sites/seed" --name seed \
    --screenshots "$ARTIFACTS/screenshots" --require "$required"
fi
if [ -d "$ARTIFACTS/sites/seed-split" ]; then
  step "seed dossier, timeline in pages, in Chromium" python3 scripts/browser_check.py \
    "$ARTIFACTS/sites/seed-split" --name seed-split --screenshots "$ARTIFACTS/screenshots" \
    --require timeline,timeline-period
fi
step "showcase dossier in Chromium" python3 scripts/browser_check.py "$ARTIFACTS/sites/showcase" \
  --name showcase --screenshots "$ARTIFACTS/screenshots" \
  --require home,entities,timeline,article,entity,story,404

echo "screenshots: $(ls "$ARTIFACTS/screenshots" | wc -l) files in $ARTIFACTS/screenshots/"
if [ "$failures" -ne 0 ]; then
  echo "browser-test: $failures step(s) failed" >&2
  exit 1
fi
