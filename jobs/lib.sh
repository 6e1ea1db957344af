# Shared by the scripts in jobs/: Java 17 selection, the JVM flags Spark needs, build-if-needed.

# Spark 3.5 runs on Java 17 only (../shared/stack-notes.md): prefer JAVA_HOME if it is 17, else a 17 JDK on disk.
crossfact_java() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk* /usr/lib/jvm/*17*; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] \
       && "$candidate/bin/java" -version 2>&1 | grep -q 'version "17'; then
      export JAVA_HOME="$candidate"
      JAVA="$candidate/bin/java"
      return 0
    fi
  done
  if command -v java >/dev/null && java -version 2>&1 | grep -q 'version "17'; then
    JAVA="$(command -v java)"
    return 0
  fi
  echo "crossfact: Java 17 is required (Spark 3.5 does not run on newer Java); set JAVA_HOME to a JDK 17" >&2
  exit 2
}

CROSSFACT_JVM_FLAGS="-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false -Duser.timezone=UTC -Dfile.encoding=UTF-8"

# Builds (without tests) when there is no build yet or a source, conf or pom file is newer than it.
crossfact_build_if_needed() {
  local stamp="$ROOT/target/classpath.txt"
  if [ ! -f "$stamp" ] || [ -n "$(find "$ROOT/src/main" "$ROOT/conf" "$ROOT/pom.xml" -newer "$stamp" -print -quit 2>/dev/null)" ]; then
    echo "crossfact: building (mvn package -DskipTests) ..." >&2
    (cd "$ROOT" && JAVA_HOME="$JAVA_HOME" mvn -q -B -DskipTests package >&2)
    touch "$stamp"
  fi
}

# For scheduled runs (jobs/nightly.sh): never builds. Fails at once, with one line, when there is no build or a
# source, conf or pom file is newer than it (a stale build would run yesterday's rules under today's config).
crossfact_require_build() {
  local stamp="$ROOT/target/classpath.txt" newer
  if [ ! -f "$stamp" ] || [ ! -d "$ROOT/target/classes/io/crossfact" ]; then
    echo "crossfact: no build in $ROOT/target (a scheduled run never builds); next: run 'mvn -B -DskipTests package' in $ROOT once, then rerun" >&2
    exit 7
  fi
  newer="$(find "$ROOT/src/main" "$ROOT/conf" "$ROOT/pom.xml" -newer "$stamp" -print -quit 2>/dev/null)"
  if [ -n "$newer" ]; then
    echo "crossfact: the build in $ROOT/target is older than ${newer#"$ROOT"/} (a scheduled run never builds); next: run 'mvn -B -DskipTests package' in $ROOT, then rerun" >&2
    exit 7
  fi
}

# Bytes of the local files a run reads (each --input and --archive, files or folders), or nothing (status 1) when a
# path is not local (s3a://, hdfs://, ...), does not exist, or none is given.
crossfact_input_bytes() {
  local prev="" total=0 seen=0 p b
  for a in "$@"; do
    p=""
    case "$prev" in --input|--archive) p="$a" ;; esac
    case "$a" in --input=*|--archive=*) p="${a#*=}" ;; esac
    prev="$a"
    [ -z "$p" ] && continue
    case "$p" in file://*) p="${p#file://}" ;; *://*) return 1 ;; esac
    [ -e "$p" ] || return 1
    b="$(find -L "$p" -type f -printf '%s\n' 2>/dev/null | awk '{s += $1} END {printf "%d", s}')"
    total=$((total + b))
    seen=1
  done
  [ "$seen" = 1 ] || return 1
  echo "$total"
}

# Input up to this many bytes is small: such a run is over in seconds, too soon for the optimizing JIT compiler (C2)
# to pay back its compile time, so the JVM stops at C1 (-XX:TieredStopAtLevel=1; CROSSFACT_JAVA_OPTS comes later on
# the command line and wins, e.g. CROSSFACT_JAVA_OPTS='-Xmx6g -XX:TieredStopAtLevel=4'). The same threshold as the
# Spark settings chosen in io.crossfact.spark.InputSizing (docs/benchmarks.md, "Small inputs").
CROSSFACT_SMALL_INPUT_BYTES=$((8 * 1024 * 1024))

# JVM flags chosen by input size for check and nightly (empty for other commands, large or non-local input).
crossfact_size_flags() {
  case "${1:-}" in check|nightly) ;; *) return 0 ;; esac
  local bytes
  bytes="$(crossfact_input_bytes "$@")" || return 0
  if [ "$bytes" -le "$CROSSFACT_SMALL_INPUT_BYTES" ]; then
    echo "-XX:TieredStopAtLevel=1"
  fi
}
