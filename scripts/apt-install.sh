#!/usr/bin/env bash
# Install a Debian package when its command is missing (as root, with apt-get), else warn.
# Usage: scripts/apt-install.sh COMMAND PACKAGE WHAT-FAILS-WITHOUT-IT
set -euo pipefail
cmd=$1 pkg=$2 why=$3
command -v "$cmd" >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's $pkg ($why)..."
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null
else
  echo "warning: $pkg is not installed and cannot be installed here; $why will fail" >&2
fi
