#!/usr/bin/env bash
# tests/fuzz/run.sh [TARGET...] — replay, then (FUZZ_SECONDS > 0) fuzz goro's front end.
#
# Targets (default: lex parse check compile) are $FUZZ_BUILD/fuzz_TARGET, built by `make fuzz`.
#  1. Replay: every file of tests/fuzz/corpus/TARGET/ and tests/fuzz/regressions/ runs
#     through the target once (libFuzzer -runs=0); any crash, sanitizer report or timeout
#     fails the run.
#  2. Fuzz (FUZZ_SECONDS > 0): each target runs FUZZ_SECONDS in total, FUZZ_JOBS targets at
#     a time, restarted every FUZZ_ROUND seconds (default 300) on the same corpus: the
#     process keeps some state per input (interned names, compiled protos; see
#     fuzz_common.h), so rounds bound it. The working corpus is $FUZZ_BUILD/work/TARGET
#     (new inputs), read together with the committed corpus and the seeds (every .go of
#     tests/golden, samples and stdlib). Findings go to $FUZZ_BUILD/artifacts/ (crash-*,
#     timeout-*, oom-*, leak-*) and the run fails; logs to $FUZZ_BUILD/logs/TARGET.log.
#  3. FUZZ_MERGE=1: after fuzzing, rewrite tests/fuzz/corpus/TARGET/ as the minimal set of
#     inputs (≤ FUZZ_MAX_LEN bytes) that keeps the coverage of committed + working corpus.
# Last line: "fuzz: N targets ok, N failed".
set -u
cd "$(dirname "$0")/../.." || exit 2
B=${FUZZ_BUILD:-build/fuzz}
SECS=${FUZZ_SECONDS:-0}
JOBS=${FUZZ_JOBS:-2}
ROUND=${FUZZ_ROUND:-300}
MAXLEN=${FUZZ_MAX_LEN:-8192}
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(lex parse check compile)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
opts=(-timeout=10 -rss_limit_mb=4096 -max_len="$MAXLEN" -dict=tests/fuzz/go.dict -print_final_stats=1)
mkdir -p "$B/logs" "$B/artifacts" "$B/seeds"
fail=0; ok=0

# seeds: flat copies (libFuzzer reads one level of each corpus folder)
if [ "$SECS" -gt 0 ] && [ -z "$(ls -A "$B/seeds")" ]; then
  find tests/golden samples stdlib -name '*.go' | while IFS= read -r f; do
    cp "$f" "$B/seeds/$(echo "$f" | tr '/' '_')"
  done
fi

replay() { # target
  local t=$1 dirs=()
  [ -d "tests/fuzz/corpus/$t" ] && dirs+=("tests/fuzz/corpus/$t")
  [ -d tests/fuzz/regressions ] && dirs+=(tests/fuzz/regressions)
  [ ${#dirs[@]} -eq 0 ] && { echo "INITED nothing to replay" >"$B/logs/$t.replay.log"; return 0; }
  "$B/fuzz_$t" "${opts[@]}" -runs=0 "${dirs[@]}" >"$B/logs/$t.replay.log" 2>&1
}

fuzz_one() { # target: FUZZ_SECONDS in rounds
  local t=$1 left=$SECS r
  mkdir -p "$B/work/$t"
  local dirs=("$B/work/$t")
  [ -d "tests/fuzz/corpus/$t" ] && dirs+=("tests/fuzz/corpus/$t")
  dirs+=("$B/seeds")
  : >"$B/logs/$t.log"
  while [ "$left" -gt 0 ]; do
    r=$ROUND; [ "$r" -gt "$left" ] && r=$left
    "$B/fuzz_$t" "${opts[@]}" -max_total_time="$r" -artifact_prefix="$B/artifacts/$t-" \
        "${dirs[@]}" >>"$B/logs/$t.log" 2>&1 || return 1
    left=$((left - r))
    # later rounds need not re-read the seeds: what they cover is in the working corpus
    dirs=("$B/work/$t"); [ -d "tests/fuzz/corpus/$t" ] && dirs+=("tests/fuzz/corpus/$t")
  done
  return 0
}

for t in "${targets[@]}"; do
  [ -x "$B/fuzz_$t" ] || { echo "fuzz: $B/fuzz_$t not built (make fuzz)"; exit 2; }
  if replay "$t"; then echo "fuzz_$t: replay ok ($(grep -o 'INITED.*' "$B/logs/$t.replay.log" | head -1))"
  else echo "fuzz_$t: REPLAY FAILED, see $B/logs/$t.replay.log"; tail -30 "$B/logs/$t.replay.log"; fail=$((fail + 1)); fi
done

if [ "$SECS" -gt 0 ] && [ $fail -eq 0 ]; then
  pids=(); names=()
  for t in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do sleep 2; done
    fuzz_one "$t" & pids+=($!); names+=("$t")
    echo "fuzz_$t: fuzzing ${SECS}s (log $B/logs/$t.log)"
  done
  for i in "${!pids[@]}"; do
    t=${names[$i]}
    if wait "${pids[$i]}"; then
      echo "fuzz_$t: ok, $(grep -c '^#.*NEW' "$B/logs/$t.log") new inputs, last: $(grep -E '^#[0-9]+' "$B/logs/$t.log" | tail -1 | cut -c1-100)"
      ok=$((ok + 1))
    else
      echo "fuzz_$t: FOUND A BUG, see $B/logs/$t.log and $B/artifacts/"; grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$B/logs/$t.log" | tail -5
      fail=$((fail + 1))
    fi
  done
  if [ "${FUZZ_MERGE:-0}" = 1 ]; then
    # Edges only (-use_counters=0): hit-count buckets would keep ~6,000 files per target;
    # edges keep ~1,500 (about 0.5 MB) with the same edge coverage.
    mkdir -p tests/fuzz/corpus
    for t in "${targets[@]}"; do
      new=$B/merge-$t; rm -rf "$new"; mkdir -p "$new"
      old=(); [ -d "tests/fuzz/corpus/$t" ] && old=("tests/fuzz/corpus/$t")
      "$B/fuzz_$t" "${opts[@]}" -use_counters=0 -merge=1 "$new" "${old[@]}" "$B/work/$t" >"$B/logs/$t.merge.log" 2>&1 &&
        rm -rf "tests/fuzz/corpus/$t" && mv "$new" "tests/fuzz/corpus/$t" &&
        echo "fuzz_$t: corpus merged: $(ls "tests/fuzz/corpus/$t" | wc -l) files, $(du -sh "tests/fuzz/corpus/$t" | cut -f1)"
    done
  fi
else
  ok=$(( ${#targets[@]} - fail ))
fi
echo "fuzz: $ok targets ok, $fail failed"
[ $fail -eq 0 ]
