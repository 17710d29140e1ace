#!/usr/bin/env bash
# Installs Hugo from Debian's `hugo` package, for `dossier-bench --compare-hugo` only
# (building dossier never needs it). Does nothing when a `hugo` is already on PATH.
set -euo pipefail

command -v hugo >/dev/null 2>&1 && exit 0

exec "$(dirname "$0")/apt-install.sh" hugo
