#!/usr/bin/env bash
# Nightly entry for cron or any scheduler: one incremental crossfact run over a growing archive.
#   jobs/nightly.sh ARCHIVE STATE REPORTS [extra nightly options, e.g. --master spark://host:7077]
# Exit codes: 0 done; 2 bad arguments/config; 3 no input; 4 unwritable state/reports; 5 another run holds the
# state (try again later); 6 the state is damaged (restore manifest.json from a backup); 52 out of memory (more heap
# via CROSSFACT_JAVA_OPTS, or fewer cores); 7 no build, or a build older than the sources (this script never
# builds: run `mvn -B -DskipTests package` when deploying); 8 done, and --fail-on found new findings of that
# severity; 1 the run failed (the state is unchanged: rerun the same date).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=jobs/lib.sh
source "$ROOT/jobs/lib.sh"
if [ $# -lt 3 ]; then
  echo "usage: jobs/nightly.sh ARCHIVE STATE REPORTS [options]" >&2
  exit 2
fi
ARCHIVE="$1"; STATE="$2"; REPORTS="$3"; shift 3
crossfact_require_build
DATE="${CROSSFACT_DATE:-$(date -u +%F)}"
mkdir -p "$REPORTS"
LOG="$REPORTS/nightly-$DATE.log"
echo "crossfact nightly $DATE: archive $ARCHIVE, state $STATE, log $LOG" >&2
set +e
CROSSFACT_NO_BUILD=1 "$ROOT/jobs/crossfact" nightly --archive "$ARCHIVE" --state "$STATE" --reports "$REPORTS" --date "$DATE" "$@" \
  >> "$LOG" 2>&1
code=$?
set -e
tail -n 1 "$LOG" >&2
exit $code
