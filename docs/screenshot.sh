#!/usr/bin/env bash
# Regenerate docs/report.png: the HTML review of the seed articles, as headless
# Chromium renders it (apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
cargo run --quiet -- check seeds/ --format html --exit-zero > "$out/report.html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$out/profile" --window-size=1280,1800 --hide-scrollbars \
  --screenshot="$PWD/docs/report.png" "file://$out/report.html"
rm -rf "$out"
