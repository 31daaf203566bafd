#!/usr/bin/env bash
# Converts a report to PDF with LibreOffice, then renders page 1 and the appendix's first page
# (the first landscape page) to PNG, to look at the layout.
# Usage: scripts/render-report.sh <report.docx> <outdir>
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "Cách dùng: $0 <báo-cáo.docx> <thư-mục-ra>" >&2
  exit 2
fi
docx="$1"
outdir="$2"
mkdir -p "$outdir"
profile="$(mktemp -d /tmp/lo-XXXXXX)"
trap 'rm -rf "$profile"' EXIT
soffice --headless "-env:UserInstallation=file://$profile" --convert-to pdf --outdir "$outdir" "$docx" >/dev/null
pdf="$outdir/$(basename "${docx%.*}").pdf"
base="${pdf%.pdf}"
pdftoppm -png -r 80 -f 1 -l 1 "$pdf" "$base-trang-1"
# The appendix starts on the first landscape page (width > height in pdfinfo's page sizes).
pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
appendix=""
for ((i = 1; i <= pages; i++)); do
  size="$(pdfinfo -f "$i" -l "$i" "$pdf" | awk '/^Page.*size:/ {print $4, $6; exit}')"
  w="${size%% *}"
  h="${size##* }"
  if awk "BEGIN {exit !($w > $h)}"; then appendix="$i"; break; fi
done
if [ -n "$appendix" ]; then
  pdftoppm -png -r 80 -f "$appendix" -l "$appendix" "$pdf" "$base-phu-luc"
fi
ls "$outdir"
