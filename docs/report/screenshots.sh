#!/usr/bin/env bash
# Screenshots of report.html, one per finding type at 1400x1000 and 390x844, taken by headless Chromium
# (/usr/bin/chromium; .ci/install-browser installs it) through BrowserReportTest. By default the bundled examples'
# report is shot; pass a report.html to shoot another. Writes docs/report/<type>-<width>x<height>.png.
set -euo pipefail
cd "$(dirname "$0")/../.."
report="${1:-}"
if [ -z "$report" ]; then
  out="${TMPDIR:-/tmp}/crossfact-report-examples"
  CROSSFACT_JAVA_OPTS="${CROSSFACT_JAVA_OPTS:--Xmx2500m}" jobs/crossfact check --input examples/articles --out "$out"
  report="$out/report.html"
fi
mvn -B -q -o test -Dtest='BrowserReportTest#everyFindingTypeLaysOutAtDesktopAndPhoneWidth' \
  -Dcrossfact.screenshotReport="$(realpath "$report")" -Dcrossfact.screenshots="$(pwd)/docs/report"
ls -1 docs/report/*.png
