#!/usr/bin/env bash
# run_golden.sh [DIR...] — golden program tests.
#
# For each tests/golden/**/NAME.go (or under the given folders; samples/ too):
#   NAME.out     expected stdout, byte for byte (absent: stdout must be empty)
#   NAME.outpat  instead of .out: one extended regex per line, each output line must match it
#   NAME.out.alt another accepted stdout, for programs whose output legitimately depends on timing
#                (e.g. a ticker and a context deadline expiring at the same instant)
#   NAME.err     expected first lines of stderr (absent: not checked when exit is 0)
#   NAME.exit    expected exit status (absent: 0)
#   NAME.args    command-line arguments (one line, split by the shell)
#   NAME.in      stdin (absent: /dev/null)
#   NAME.flags   extra goro flags placed before the file (e.g. --ast)
#   NAME.stderr-ok  marker: stderr output is allowed and not checked
# Programs under a folder named concurrency/ or samples/ run at GOMAXPROCS=1 and 2; others at 2.
# Tests run in parallel (GOLDEN_JOBS, default 2 x CPUs). Last line: "N passed, N failed".
set -u
GORO=${GORO:-build/goro}
case "$GORO" in /*) ;; *) GORO="$PWD/$GORO" ;; esac
export GORO
export TIMEOUT=${GOLDEN_TIMEOUT:-30}
JOBS=${GOLDEN_JOBS:-$(( $(nproc) * 2 ))}
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=(tests/golden samples)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export RESULTS=$tmp/results
mkdir -p "$RESULTS"

# check_one PROG PROCS: writes "PASS" or "FAIL reason" into $RESULTS/<id>
check_one() {
  local prog=$1 procs=$2 base=${1%.go}
  local id; id=$(echo "$prog.$procs" | tr '/' '_')
  local work; work=$(mktemp -d)
  local want_exit=0 args="" flags="" in=/dev/null
  [ -f "$base.exit" ] && want_exit=$(cat "$base.exit")
  [ -f "$base.args" ] && args=$(cat "$base.args")
  [ -f "$base.flags" ] && flags=$(cat "$base.flags")
  [ -f "$base.in" ] && in=$PWD/$base.in
  local dir; dir=$(dirname "$prog")
  local rc=0
  # shellcheck disable=SC2086
  (cd "$dir" && GOMAXPROCS=$procs timeout -k 2 "$TIMEOUT" "$GORO" $flags "$(basename "$prog")" $args) \
      <"$in" >"$work/out" 2>"$work/err" || rc=$?
  local why=""
  if [ "$rc" != "$want_exit" ]; then why="exit $rc, want $want_exit"; fi
  if [ -z "$why" ]; then
    if [ -f "$base.outpat" ]; then
      if [ "$(wc -l <"$work/out")" != "$(wc -l <"$base.outpat")" ]; then why="stdout line count differs from .outpat";
      else
        local n=0 pat line
        while IFS= read -r pat <&3 && IFS= read -r line <&4; do
          n=$((n+1))
          if ! [[ $line =~ ^($pat)$ ]]; then why="stdout line $n '$line' does not match /$pat/"; break; fi
        done 3<"$base.outpat" 4<"$work/out"
      fi
    elif [ -f "$base.out" ]; then
      cmp -s "$work/out" "$base.out" || { [ -f "$base.out.alt" ] && cmp -s "$work/out" "$base.out.alt"; } || why="stdout differs"
    else
      [ -s "$work/out" ] && why="unexpected stdout"
    fi
  fi
  if [ -z "$why" ] && [ -f "$base.err" ]; then
    local k; k=$(wc -l <"$base.err")
    [ "$k" -eq 0 ] && k=1
    head -n "$k" "$work/err" | cmp -s - "$base.err" || why="stderr differs"
  fi
  if [ -z "$why" ] && [ "$want_exit" = 0 ] && [ ! -f "$base.err" ] && [ -s "$work/err" ] && [ ! -f "$base.stderr-ok" ]; then
    why="unexpected stderr"
  fi
  if [ -n "$why" ]; then
    { echo "FAIL $prog (GOMAXPROCS=$procs): $why"
      if [ -n "${GOLDEN_VERBOSE:-}" ]; then
        head -c 2000 "$work/err" | sed 's/^/    /'
        [ -f "$base.out" ] && diff "$base.out" "$work/out" | head -20 | sed 's/^/    /'
      fi; } >"$RESULTS/$id"
  else
    echo PASS >"$RESULTS/$id"
  fi
  rm -rf "$work"
}
export -f check_one

for d in "${dirs[@]}"; do [ -e "$d" ] && find "$d" -name '*.go' ! -path '*/_*' ! -path '*/testdata/*'; done | sort |
while IFS= read -r prog; do
  case "$prog" in
    */concurrency/*|samples/*) echo "$prog 1"; echo "$prog 2" ;;
    *) echo "$prog 2" ;;
  esac
done | xargs -P "$JOBS" -L 1 bash -c 'check_one "$0" "$1"'

# Programs whose meaning involves real time (timers, timeouts) can miss a deadline when the
# machine is overloaded: a failure under concurrency/, stdlib/time/ or samples/ is run once
# more, alone, and reported as FLAKY if it then passes (it still counts as passed).
for r in "$RESULTS"/*; do
  grep -q '^PASS' "$r" && continue
  line=$(head -1 "$r")
  prog=$(echo "$line" | sed -E 's/^FAIL ([^ ]+) \(GOMAXPROCS=([0-9]+)\).*/\1/')
  procs=$(echo "$line" | sed -E 's/^FAIL ([^ ]+) \(GOMAXPROCS=([0-9]+)\).*/\2/')
  case "$prog" in */concurrency/*|*/stdlib/time/*|samples/*) ;; *) continue ;; esac
  saved=$(cat "$r")
  check_one "$prog" "$procs"
  if grep -q '^PASS' "$r"; then echo "FLAKY $prog (GOMAXPROCS=$procs) passed on retry; first run: ${saved#FAIL }"; fi
done

pass=$(grep -l '^PASS' "$RESULTS"/* 2>/dev/null | wc -l)
fail=$(grep -L '^PASS' "$RESULTS"/* 2>/dev/null | wc -l)
grep -h -A30 '^FAIL' "$RESULTS"/* 2>/dev/null | sort -s -k2,2 || true
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
