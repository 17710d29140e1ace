#!/usr/bin/env bash
# Installs what the browser checks need and a fresh machine lacks: Debian's `chromium`
# (driven headless through its DevTools pipe, so no Python package is needed) and `tidy`
# (the HTML validator). Does nothing when they are already there.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v tidy >/dev/null 2>&1 || missing+=(tidy)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
[ ${#missing[@]} -eq 0 ] && exit 0

exec "$(dirname "$0")/apt-install.sh" --no-recommends "${missing[@]}" fonts-dejavu-core
