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

# Also for small input, two Spark memory settings that must be set before the session starts (so here, as system
# properties, which a --conf/--set spark.k=v, a spark-defaults.conf or a -D in CROSSFACT_JAVA_OPTS overrides):
# spark.buffer.pageSize=1m (Spark sizes a task's memory pages from the heap: 64 MB with -Xmx6g, so every sort and
# hash aggregate of a few rows allocated and zeroed 64 MB, a humongous allocation that started a G1 cycle each
# time) and spark.broadcast.blockSize=256k (each broadcast, one per stage for the task binary, allocated a 4 MB
# first block). Neither changes a result; docs/benchmarks.md has the measurements.
CROSSFACT_SMALL_SPARK_FLAGS="-Dspark.buffer.pageSize=1m -Dspark.broadcast.blockSize=256k"

# JVM flags chosen by input size for check and nightly (empty for other commands, large or non-local input).
crossfact_size_flags() {
  case "${1:-}" in check|nightly) ;; *) return 0 ;; esac
  local bytes
  bytes="$(crossfact_input_bytes "$@")" || return 0
  if [ "$bytes" -le "$CROSSFACT_SMALL_INPUT_BYTES" ]; then
    echo "-XX:TieredStopAtLevel=1 $CROSSFACT_SMALL_SPARK_FLAGS"
  fi
}

# The class path of a run: the project jar (target/crossfact-*.jar, built by `mvn package` from the same sources as
# target/classes) when no source, conf or pom file is newer than it, else target/classes itself; then the
# dependencies. The same classes either way; only a class path of jars can use a class-data archive (below).
crossfact_classpath() {
  local jar="" j
  for j in "$ROOT"/target/crossfact-*.jar; do
    [ -f "$j" ] || continue
    case "$j" in *-spark.jar|*-sources.jar|*-javadoc.jar|*-tests.jar) continue ;; esac
    if [ -z "$jar" ] || [ "$j" -nt "$jar" ]; then jar="$j"; fi
  done
  if [ -n "$jar" ] && [ -z "$(find "$ROOT/src/main" "$ROOT/conf" "$ROOT/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]; then
    echo "$jar:$(cat "$ROOT/target/classpath.txt")"
  else
    echo "$ROOT/target/classes:$(cat "$ROOT/target/classpath.txt")"
  fi
}

# Class-data sharing (AppCDS) for check and nightly: the JVM maps the ~20,000 classes a run loads (Spark, Scala,
# Hadoop, crossfact) from an archive instead of reading, parsing and verifying them from the jars again, which took
# about a quarter of a small run's CPU (docs/benchmarks.md, "Small inputs"). The archive is
# target/cds/<key>.jsa, where the key is a hash of everything it depends on: the JVM (path, libjvm size and time),
# the JVM options, the command, and the class path with each entry's size and time. A changed jar, class path, JDK
# or option is a new key, so an archive is never used stale. The first run under a new key writes it
# (-XX:ArchiveClassesAtExit, to a temporary file; that run costs a few seconds more); it is put in place only when
# that run exited 0 and a probe JVM maps it (-Xshare:on), with its size and time recorded beside it
# (<key>.ok) and checked before each use. When the JVM cannot write one (e.g. no base archive in the JDK), <key>.none
# records it and runs go on without. With an archive the JVM still refuses (it checks the class path itself),
# it runs without it (-Xshare:auto, the default), the launcher says so in one line and deletes it, and the next run
# writes a new one. Only when the class path is all jars (a directory on it makes JDK 17 refuse to write one).
# CROSSFACT_CDS=0 turns it off.
crossfact_cds_dir() {
  echo "$ROOT/target/cds"
}

# Sets CROSSFACT_CDS_FLAGS (JVM flags for this run) and CROSSFACT_CDS_STATE (use|dump|"") for the command $1 with
# class path $2 and JVM options $3; CROSSFACT_CDS_KEY and CROSSFACT_CDS_TMP for crossfact_cds_finish.
crossfact_cds_prepare() {
  local command="$1" cp="$2" opts="$3" dir key
  CROSSFACT_CDS_FLAGS=""
  CROSSFACT_CDS_STATE=""
  [ "${CROSSFACT_CDS:-1}" = "0" ] && return 0
  case "$command" in check|nightly) ;; *) return 0 ;; esac
  case ":$cp:" in *"$ROOT/target/classes:"*) return 0 ;; esac
  # A flight recording (-XX:StartFlightRecording, docs/benchmarks.md) with a dynamic archive crashed JDK 17.0.15 in
  # KlassFactory::check_shared_class_file_load_hook (SIGSEGV at start), and JFR is off while one is written: a
  # recorded run goes without.
  case " $opts " in *FlightRecord*) return 0 ;; esac
  dir="$(crossfact_cds_dir)"
  case "$dir" in *[[:space:]]*) return 0 ;; esac # the flags below are split on spaces
  mkdir -p "$dir" 2>/dev/null && [ -w "$dir" ] || return 0
  key="$( {
    echo "$JAVA"
    stat -L -c '%s %Y' "$JAVA_HOME/lib/server/libjvm.so" 2>/dev/null
    echo "$opts"
    echo "$command"
    # one stat for all entries (a stat per entry forked ~150 processes: 2 s of a 7 s run); the same lines
    echo "$cp" | tr ':' '\n' | grep -v '^$' | xargs -d '\n' stat -L -c '%n %s %Y' 2>/dev/null || true
  } | sha1sum | cut -c1-16)"
  CROSSFACT_CDS_KEY="$key"
  local jsa="$dir/$key.jsa"
  if [ -f "$dir/$key.none" ]; then
    return 0
  fi
  if [ -f "$jsa" ] && [ -f "$dir/$key.ok" ] && [ "$(stat -c '%s %Y' "$jsa")" = "$(cat "$dir/$key.ok")" ]; then
    CROSSFACT_CDS_STATE=use
    CROSSFACT_CDS_FLAGS="-XX:SharedArchiveFile=$jsa -Xlog:cds*=off -Xlog:cds*=warning:file=$dir/$key.$$.log"
    return 0
  fi
  CROSSFACT_CDS_STATE=dump
  CROSSFACT_CDS_TMP="$dir/$key.jsa.$$.tmp"
  CROSSFACT_CDS_FLAGS="-XX:ArchiveClassesAtExit=$CROSSFACT_CDS_TMP -Xlog:cds*=off -Xlog:cds*=warning:file=$dir/$key.dump.log"
}

# After the run: puts a written archive in place (exit code $1 is 0 and a probe JVM with the class path $2 and
# JVM options $3 maps it), or drops an archive the JVM refused. Never changes the run's exit code.
crossfact_cds_finish() {
  local code="$1" cp="$2" opts="$3" dir key jsa log
  dir="$(crossfact_cds_dir)"
  key="${CROSSFACT_CDS_KEY:-}"
  jsa="$dir/$key.jsa"
  case "$CROSSFACT_CDS_STATE" in
    use)
      log="$dir/$key.$$.log"
      if grep -q "Unable to use shared archive" "$log" 2>/dev/null; then
        echo "crossfact: note: the JVM did not use the class-data archive $jsa ($(grep -m1 'Unable to use' "$log" \
          | sed 's/^\[[^]]*\]\[[^]]*\]\[[^]]*\] *//')); it is written again on the next run" >&2
        rm -f "$jsa" "$dir/$key.ok"
      fi
      rm -f "$log"
      ;;
    dump)
      if [ "$code" -eq 0 ] && [ -s "$CROSSFACT_CDS_TMP" ]; then
        # A probe JVM maps it (a damaged archive can crash a JVM instead of being refused): the flags that decide
        # how classes are laid out, not the run's agents, recordings or logs.
        local probe=() o
        for o in $opts; do
          case "$o" in -Xmx*|-XX:[+-]UseCompressed*|-XX:[+-]Use*GC|-XX:ObjectAlignmentInBytes=*) probe+=("$o") ;; esac
        done
        if ( "$JAVA" "${probe[@]}" -XX:SharedArchiveFile="$CROSSFACT_CDS_TMP" -Xshare:on -Xlog:all=off \
               -XX:ErrorFile="$dir/probe-$$.err" -XX:-CreateCoredumpOnCrash -cp "$cp" -version ) >/dev/null 2>&1; then
          mv -f "$CROSSFACT_CDS_TMP" "$jsa"
          stat -c '%s %Y' "$jsa" > "$dir/$key.ok"
          # keep the four newest archives (other JVM options, commands or builds)
          ls -t "$dir"/*.jsa 2>/dev/null | tail -n +5 | while read -r old; do rm -f "$old" "${old%.jsa}.ok"; done
        else
          echo "crossfact: note: the JVM wrote a class-data archive it cannot map; runs go on without one" \
            "($dir/$key.none)" >&2
          echo "the probe JVM could not map it" > "$dir/$key.none"
        fi
      elif [ "$code" -eq 0 ]; then
        echo "the run wrote no archive; $key.dump.log says why" > "$dir/$key.none"
      fi
      rm -f "$CROSSFACT_CDS_TMP" "$dir/probe-$$.err"
      ;;
  esac
  return 0
}
