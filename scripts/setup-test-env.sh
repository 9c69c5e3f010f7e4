#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: Node packages (npm ci), Debian's
# Chromium (Playwright cannot download browsers here) and a CJK font so Chinese text renders.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
fc-list 2>/dev/null | grep -qiE 'Noto Sans CJK|WenQuanYi|Source Han' || need+=(fonts-noto-cjk)
if [ "${#need[@]}" -gt 0 ]; then
  echo "Installing ${need[*]} from Debian..."
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
