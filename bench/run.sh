#!/usr/bin/env bash
# Entente performance benchmark, side by side with ripgrep and Recoll (see docs/bench.md).
#
#   bench/run.sh [N]          N generated pages (default 5000); prints one table on stdout
#
# Environment: BENCH_WORK (default /tmp/entente-bench; corpora and indexes go to $BENCH_WORK/nN),
# SEED (1919), WORDS (query words given to every tool, 10), RUNS (runs per one-shot median, 7),
# HEAP (-Xmx of the indexing JVM, 512m: a build that fits is the heap target met), PROFILE=1 (JFR of
# the index build, hottest frames printed to $BENCH_WORK/nN/profile.txt), PEERS=0 (no rg or Recoll,
# for a run where only Entente's own figures are wanted).
# Peers come from Debian (apt-get install ripgrep recoll); a peer that cannot be had is reported n/a.
set -uo pipefail

N="${1:-5000}"
SEED="${SEED:-1919}"
WORDS="${WORDS:-10}"
RUNS="${RUNS:-7}"
HEAP="${HEAP:-512m}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_WORK:-/tmp/entente-bench}/n$N"
corpus="$work/corpus"
jar="$here/target/entente.jar"
log="$work/log"
mkdir -p "$work" "$log"

say() { echo "bench: $*" >&2; }
die() { echo "bench: $*" >&2; exit 2; }

# --- tools -------------------------------------------------------------------------------------------
[[ -x /usr/bin/time ]] || die "/usr/bin/time is needed for peak RSS (apt-get install time)"
want_pkg() { # command package
  command -v "$1" >/dev/null 2>&1 && return 0
  [[ $(id -u) == 0 ]] || return 1
  say "installing $2 (apt-get)"
  { apt-get install -y -qq "$2" || { apt-get update -qq && apt-get install -y -qq "$2"; }; } >"$log/apt-$2.log" 2>&1
  command -v "$1" >/dev/null 2>&1
}
have_rg=0 have_recoll=0
if [[ "${PEERS:-1}" != 0 ]]; then
  want_pkg rg ripgrep && have_rg=1
  want_pkg recollindex recoll && command -v recollq >/dev/null && have_recoll=1
fi

say "building the jar"
(cd "$here" && mvn -q -B -DskipTests package) >"$log/build.log" 2>&1 || die "build failed; see $log/build.log"
entente() { java ${ENTENTE_JAVA_OPTS:-} -jar "$jar" "$@"; }

# --- corpus ------------------------------------------------------------------------------------------
stamp="$corpus/.generated-$N-$SEED"
if [[ ! -f "$stamp" ]]; then
  rm -rf "$corpus"
  say "generating $N pages into $corpus"
  entente bench generate --docs "$N" --seed "$SEED" --out "$corpus" --from "$here/corpus" >"$log/generate.out" || die "generation failed"
  touch "$stamp"
fi
html_bytes=$(find "$corpus" -name '*.html' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
pages=$(find "$corpus" -name '*.html' | wc -l)
find "$corpus" -name '*.html' -exec cat {} + >/dev/null  # every tool starts from a warm page cache

# --- helpers -----------------------------------------------------------------------------------------
# timed NAME CMD...: runs CMD under /usr/bin/time; sets T_WALL (s), T_CPU (user+sys s), T_RSS (MB), T_RC.
timed() {
  local name="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$log/$name.time" "$@" >"$log/$name.out" 2>"$log/$name.err"
  T_RC=$?
  read -r T_WALL u s kb < <(tail -1 "$log/$name.time")
  T_CPU=$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.1f", u + s}')
  T_RSS=$(awk -v k="$kb" 'BEGIN {printf "%.0f", k / 1024}')
}
# stamp: sets T to the time in µs, read without starting a process where bash has EPOCHREALTIME
# (bash 5): timing with $(date) would add a process start (~5 ms on a small VM) to every command.
stamp() {
  if [[ -n ${EPOCHREALTIME:-} ]]; then T=$((10#${EPOCHREALTIME//[!0-9]/})); else T=$(($(date +%s%N) / 1000)); fi
}
# median_ms CMD...: median wall time of RUNS runs of CMD (output discarded), after one warm-up run.
median_ms() {
  "$@" >/dev/null 2>&1
  local i t0
  for ((i = 0; i < RUNS; i++)); do
    stamp; t0=$T; "$@" >/dev/null 2>&1; stamp
    echo $((T - t0)) # µs
  done | sort -n | awk '{a[NR] = $1} END {printf "%.1f", a[int((NR + 1) / 2)] / 1000}'
}
# per_word_ms CMD...: median over the query words of the wall time of "CMD WORD".
per_word_ms() {
  local w t0
  while read -r w; do
    "$@" "$w" >/dev/null 2>&1
    stamp; t0=$T; "$@" "$w" >/dev/null 2>&1; stamp
    echo $((T - t0))
  done <"$work/words.txt" | sort -n | awk '{a[NR] = $1} END {printf "%.1f", a[int((NR + 1) / 2)] / 1000}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "n/a" || b == "n/a" || b + 0 == 0) print "n/a"; else printf "%.2f", a / b}'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN {if (s + 0 == 0) print "n/a"; else printf "%.0f", n / s}'; }
mbs() { awk -v b="$1" -v s="$2" 'BEGIN {if (s + 0 == 0) print "n/a"; else printf "%.1f", b / 1e6 / s}'; }
load() { cut -d' ' -f1 /proc/loadavg; }

load_before=$(load)

# --- index build vs parse floor vs recollindex -------------------------------------------------------
say "parse floor (Jsoup parse + body text, 2 threads)"
timed parse-floor java -Xmx"$HEAP" -jar "$jar" bench parse-floor "$corpus" --threads 2
pf_wall=$T_WALL pf_cpu=$T_CPU pf_rss=$T_RSS

say "entente index (-Xmx$HEAP)"
rm -rf "$work/index"
jfr=()
[[ "${PROFILE:-0}" == 1 ]] && jfr=(-XX:StartFlightRecording=filename="$work/index.jfr",settings=profile)
timed index java -Xmx"$HEAP" "${jfr[@]}" -jar "$jar" index --corpus "$corpus" --index "$work/index" --rebuild
ix_wall=$T_WALL ix_cpu=$T_CPU ix_rss=$T_RSS
if [[ $T_RC != 0 ]]; then
  say "the index build failed (exit $T_RC; see $log/index.err): with -Xmx$HEAP it does not fit"
  ix_wall=n/a
fi
ix_bytes=$(du -sb "$work/index" | cut -f1)
if [[ -f "$work/index.jfr" ]]; then
  {
    echo "Samples by stage (a sample counts for the first stage its stack shows, top frame first):"
    jfr print --stack-depth 64 --events jdk.ExecutionSample "$work/index.jfr" | awk '
      /stackTrace = \[/ {inside = 1; stage = ""; next}
      inside && /^[[:space:]]*\]/ {inside = 0; n[stage == "" ? "other" : stage]++; total++; next}
      inside && stage == "" {
        if ($0 ~ /org\.apache\.lucene\.index\.(IndexWriter\.merge|SegmentMerger|ConcurrentMergeScheduler)/) stage = "lucene merges";
        else if ($0 ~ /org\.apache\.lucene\.analysis/) stage = "lucene analysis (tokenize, fold, stem)";
        else if ($0 ~ /org\.apache\.lucene\.(index|codecs|util|store)/) stage = "lucene inversion, stored fields, flush";
        else if ($0 ~ /org\.jsoup\.(parser|helper|internal\.StringUtil|nodes\.Document\.parse)/) stage = "jsoup parse";
        else if ($0 ~ /org\.jsoup/) stage = "jsoup text/select";
        else if ($0 ~ /org\.entente\.index/) stage = "entente documents";
        else if ($0 ~ /org\.entente/) stage = "entente other";
        else if ($0 ~ /(Files\.read|CRC32C|FileChannel|readString)/) stage = "file read + hash";
      }
      END {for (k in n) printf "%6d  %5.1f%%  %s\n", n[k], 100 * n[k] / total, k}' | sort -rn
    echo; echo "Hottest top frames:"
    jfr print --events jdk.ExecutionSample "$work/index.jfr" | grep -A1 'stackTrace = \[' | grep -v -e 'stackTrace' -e '^--' \
      | sed 's/line:.*//' | sort | uniq -c | sort -rn | head -25
  } >"$work/profile.txt"
fi

rc_wall=n/a rc_cpu=n/a rc_rss=n/a rc_bytes=n/a
conf="$work/recoll-conf"
if [[ $have_recoll == 1 ]]; then
  say "recollindex"
  rm -rf "$conf"; mkdir -p "$conf"
  printf 'topdirs = %s\ndbdir = %s\nnoaspell = 1\nloglevel = 1\nindexedmimetypes = text/html\nskippedNames = .*\n' \
    "$corpus" "$conf/xapiandb" >"$conf/recoll.conf"
  timed recollindex recollindex -c "$conf" -z
  if [[ $T_RC == 0 ]]; then
    rc_wall=$T_WALL rc_cpu=$T_CPU rc_rss=$T_RSS
    rc_bytes=$(du -sb "$conf/xapiandb" | cut -f1)
  else
    say "recollindex failed (see $log/recollindex.err)"; have_recoll=0
  fi
fi

# --- queries -----------------------------------------------------------------------------------------
entente bench words "$corpus" --count "$WORDS" --seed "$SEED" >"$work/words.txt"
say "in-process query latency"
timed queries java -jar "$jar" bench queries --index "$work/index" --corpus "$corpus" --eval "$here/../shared/eval/queries.tsv"
q_line=$(grep '^queries' "$log/queries.out")
q_p50=$(sed -n 's/.*p50_ms=\([0-9.]*\).*/\1/p' <<<"$q_line"); q_p99=$(sed -n 's/.*p99_ms=\([0-9.]*\).*/\1/p' <<<"$q_line")
q_n=$(sed -n 's/.* queries=\([0-9]*\).*/\1/p' <<<"$q_line"); q_distinct=$(sed -n 's/.*distinct=\([0-9]*\).*/\1/p' <<<"$q_line")
[[ -z "$q_p50" ]] && q_p50=n/a q_p99=n/a

say "one-shot search on the starter corpus vs a JVM printing a line"
starter_index="$work/starter-index"
# Rebuilt every run: an index left by an older Entente (another schema) would make the search an error.
entente index --corpus "$here/corpus" --index "$starter_index" --rebuild >/dev/null 2>&1 || die "indexing the starter corpus failed"
first_word=$(head -1 "$work/words.txt")
os_ms=$(ENTENTE_DAEMON=0 median_ms "$here/entente" search --corpus "$here/corpus" --index "$starter_index" --color never "$first_word")
hello_ms=$(median_ms java -cp "$jar" org.entente.bench.Hello)

say "terminal searches on the $N pages: entente (fresh JVM each), rg -l -i, recollq -A"
e_ms=$(ENTENTE_DAEMON=0 per_word_ms "$here/entente" search --corpus "$corpus" --index "$work/index" --color never)
say "terminal searches through the resident search process (docs/daemon.md)"
card="$work/index"; card=${card//%/%25}; card="${XDG_RUNTIME_DIR:-/tmp}/entente-$UID/${card//\//%2F}.daemon"
dlog="${card%.daemon}.log"
seen=$(cat "$dlog" 2>/dev/null | wc -l)
ENTENTE_DAEMON=1 "$here/entente" search --index "$work/index" x >/dev/null 2>&1  # starts it
for ((i = 0; i < 300; i++)); do [[ -f $card ]] && break; sleep 0.1; done
# Repeated searches are the steady state: wait (up to a minute) for the process's own warm-up to end.
for ((i = 0; i < 600; i++)); do tail -n +"$((seen + 1))" "$dlog" 2>/dev/null | grep -q 'warmed up' && break; sleep 0.1; done
d_ms=$(ENTENTE_DAEMON=1 per_word_ms "$here/entente" search --corpus "$corpus" --index "$work/index" --color never)
java -jar "$jar" serve --stop --index "$work/index" >/dev/null 2>&1
rgq() { rg -l -i -- "$1" "$corpus"; }
rg_ms=n/a; [[ $have_rg == 1 ]] && rg_ms=$(per_word_ms rgq)
recq() { recollq -c "$conf" -n 0-9 -A "$1"; }
rq_ms=n/a; [[ $have_recoll == 1 ]] && rq_ms=$(per_word_ms recq)

load_after=$(load)

# --- the table ---------------------------------------------------------------------------------------
mb=$(awk -v b="$html_bytes" 'BEGIN {printf "%.0f", b / 1e6}')
echo
echo "Entente benchmark: N=$pages pages, $mb MB of HTML, seed $SEED, $(nproc) cores, index heap -Xmx$HEAP, load average $load_before -> $load_after"
echo
printf '| %-44s | %12s | %-22s | %12s | %9s |\n' "measure" "Entente" "peer" "peer value" "Ent/peer"
printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..46})" "$(printf -- '-%.0s' {1..14})" "$(printf -- '-%.0s' {1..24})" "$(printf -- '-%.0s' {1..14})" "$(printf -- '-%.0s' {1..11})"
row() { printf '| %-44s | %12s | %-22s | %12s | %9s |\n' "$1" "$2" "$3" "$4" "$5"; }
row "index build, wall s" "$ix_wall" "parse floor" "$pf_wall" "$(ratio "$ix_wall" "$pf_wall")"
row "index build, wall s" "$ix_wall" "recollindex" "$rc_wall" "$(ratio "$ix_wall" "$rc_wall")"
row "index build, CPU s (user+sys)" "$ix_cpu" "parse floor" "$pf_cpu" "$(ratio "$ix_cpu" "$pf_cpu")"
row "index build, CPU s (user+sys)" "$ix_cpu" "recollindex" "$rc_cpu" "$(ratio "$ix_cpu" "$rc_cpu")"
row "index build, pages/s" "$(rate "$pages" "$ix_wall")" "parse floor" "$(rate "$pages" "$pf_wall")" ""
row "index build, pages/s" "$(rate "$pages" "$ix_wall")" "recollindex" "$(rate "$pages" "$rc_wall")" ""
row "index build, MB/s of HTML" "$(mbs "$html_bytes" "$ix_wall")" "parse floor" "$(mbs "$html_bytes" "$pf_wall")" ""
row "index build, MB/s of HTML" "$(mbs "$html_bytes" "$ix_wall")" "recollindex" "$(mbs "$html_bytes" "$rc_wall")" ""
row "index build, peak RSS MB" "$ix_rss" "parse floor" "$pf_rss" "$(ratio "$ix_rss" "$pf_rss")"
row "index build, peak RSS MB" "$ix_rss" "recollindex" "$rc_rss" "$(ratio "$ix_rss" "$rc_rss")"
row "index size / HTML bytes" "$(ratio "$ix_bytes" "$html_bytes")" "recoll xapiandb / HTML" "$(ratio "$rc_bytes" "$html_bytes")" "$(ratio "$ix_bytes" "$rc_bytes")"
row "in-process query p50 ms ($q_n timed)" "$q_p50" "" "" ""
row "in-process query p99 ms ($q_distinct distinct)" "$q_p99" "" "" ""
row "one-shot ./entente search, starter, ms" "$os_ms" "JVM printing a line" "$hello_ms" "$(ratio "$os_ms" "$hello_ms")"
row "search from terminal, $N pages, ms/query" "$e_ms" "rg -l -i" "$rg_ms" "$(ratio "$e_ms" "$rg_ms")"
row "search from terminal, $N pages, ms/query" "$e_ms" "recollq -A (top 10)" "$rq_ms" "$(ratio "$e_ms" "$rq_ms")"
row "search via resident process, ms/query" "$d_ms" "rg -l -i" "$rg_ms" "$(ratio "$d_ms" "$rg_ms")"
row "search via resident process, ms/query" "$d_ms" "recollq -A (top 10)" "$rq_ms" "$(ratio "$d_ms" "$rq_ms")"
echo
echo "Medians over $WORDS words (in $work/words.txt) and $RUNS runs; logs in $log; $q_line"
[[ -f "$work/profile.txt" ]] && echo "Index-build profile (top frames): $work/profile.txt"
exit 0
