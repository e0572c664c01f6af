#!/usr/bin/env bash
# Regenerates docs/report-html.png and docs/report-xlsx.png from the bundled example's
# November 月报: the HTML as headless Chromium shows it, the XLSX as LibreOffice prints it
# (first page of each sheet holding a chart, 重点项目). Needs chromium and poppler-utils
# (scripts/install-deps); the XLSX picture also needs LibreOffice (soffice), installed by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${DONGMAO:-build/cli/dongmao}
export DONGMAO_TODAY=${DONGMAO_TODAY:-2026-11-27}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

EXAMPLE_WORKSPACE="$work/ws" DONGMAO="$bin" examples/run.sh >/dev/null 2>&1
report() { "$bin" -w "$work/ws" -q report monthly --month 2026-11 "$@"; }
report --format html -o "$work/report.html"
report --format xlsx -o "$work/report.xlsx"

# The top of the page at a reading width; the PNG is re-encoded to a few colours to stay small.
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/chromium" \
  --window-size=1280,1500 --screenshot="$work/html.png" "file://$work/report.html" 2>/dev/null
pdf_to_png() { # PDF PAGE OUT: one page at 80 dpi
  pdftoppm -png -r 80 -f "$2" -l "$2" -singlefile "$1" "${3%.png}"
}
if command -v pngquant >/dev/null; then
  pngquant --force --quality 60-90 --output docs/report-html.png "$work/html.png"
else
  cp "$work/html.png" docs/report-html.png
fi

if command -v soffice >/dev/null; then
  # Only the 重点项目 sheet, as its own workbook would print: LibreOffice prints every sheet,
  # so the page is picked by its title in the PDF's text.
  soffice --headless -env:UserInstallation="file://$work/lo" --convert-to pdf --outdir "$work" \
    "$work/report.xlsx" >/dev/null 2>&1
  page=1
  pages=$(pdfinfo "$work/report.pdf" | awk '/^Pages:/ {print $2}')
  for ((p = 1; p <= pages; p++)); do
    if pdftotext -f "$p" -l "$p" "$work/report.pdf" - | grep -q "月报·重点项目"; then
      page=$p
      break
    fi
  done
  pdf_to_png "$work/report.pdf" "$page" "$work/xlsx.png"
  cp "$work/xlsx.png" docs/report-xlsx.png
else
  echo "screenshots: soffice not found, docs/report-xlsx.png left as it was" >&2
fi
ls -l docs/report-*.png
