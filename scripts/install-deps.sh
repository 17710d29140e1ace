#!/usr/bin/env bash
# Installs what building dossier needs and a fresh machine lacks: libcmark-dev and pkg-config
# (Debian packages). Does nothing when they are already there.
set -euo pipefail

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if ! pkg-config --exists libcmark 2>/dev/null; then missing+=(libcmark-dev); fi
[ ${#missing[@]} -eq 0 ] && exit 0

exec "$(dirname "$0")/apt-install.sh" "${missing[@]}"
