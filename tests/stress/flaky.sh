#!/usr/bin/env bash
# tests/stress/flaky.sh [-n ROUNDS] [-p PROCS] [DIR|PROG.go...] — flakiness hunt.
#
# Runs every golden program under the given folders (default tests/golden/concurrency)
# ROUNDS times in a row (default 50, env FLAKY_ROUNDS) at GOMAXPROCS=PROCS (default 2), each
# run checked as tests/run_golden.sh checks it (.out or .outpat, .err first lines, .exit,
# .args, .in, .flags; timeout FLAKY_TIMEOUT, default 60 s). A program that fails in some
# rounds but not all is flaky; one that always fails is broken. Each failing program is
# reported with its failure count and the first failing run's reason and output (stdout
# diff, stderr head). Last line: "N programs, N runs, N flaky, N broken".
set -u
cd "$(dirname "$0")/../.." || exit 2
GORO=${GORO:-build/goro}
case "$GORO" in /*) ;; *) GORO="$PWD/$GORO" ;; esac
ROUNDS=${FLAKY_ROUNDS:-50}
PROCS=2
TIMEOUT=${FLAKY_TIMEOUT:-60}
while [ $# -gt 0 ]; do
  case "$1" in
    -n) ROUNDS=$2; shift 2 ;;
    -p) PROCS=$2; shift 2 ;;
    *) break ;;
  esac
done
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(tests/golden/concurrency)
[ -x "$GORO" ] || { echo "flaky: $GORO not built (make)"; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mapfile -t progs < <(for d in "${targets[@]}"; do find "$d" -name '*.go' ! -path '*/_*'; done | sort)

# check PROG: 0 when the run matches, else the reason in $tmp/why and the output kept
check() {
  local prog=$1 base=${1%.go} want_exit=0 args="" flags="" in=/dev/null rc=0 why=""
  [ -f "$base.exit" ] && want_exit=$(cat "$base.exit")
  [ -f "$base.args" ] && args=$(cat "$base.args")
  [ -f "$base.flags" ] && flags=$(cat "$base.flags")
  [ -f "$base.in" ] && in=$base.in
  # shellcheck disable=SC2086
  (cd "$(dirname "$prog")" && GOMAXPROCS=$PROCS timeout -k 2 "$TIMEOUT" "$GORO" $flags "$(basename "$prog")" $args) \
      <"$in" >"$tmp/out" 2>"$tmp/err" || rc=$?
  if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then why="hang (over ${TIMEOUT}s)"
  elif [ "$rc" != "$want_exit" ]; then why="exit $rc, want $want_exit"; fi
  if [ -z "$why" ]; then
    if [ -f "$base.outpat" ]; then
      if [ "$(wc -l <"$tmp/out")" != "$(wc -l <"$base.outpat")" ]; then why="stdout line count differs from .outpat"
      else
        local n=0 pat line
        while IFS= read -r pat <&3 && IFS= read -r line <&4; do
          n=$((n + 1))
          if ! [[ $line =~ ^($pat)$ ]]; then why="stdout line $n '$line' does not match /$pat/"; break; fi
        done 3<"$base.outpat" 4<"$tmp/out"
      fi
    elif [ -f "$base.out" ]; then cmp -s "$tmp/out" "$base.out" || why="stdout differs"
    elif [ -s "$tmp/out" ]; then why="unexpected stdout"; fi
  fi
  if [ -z "$why" ] && [ -f "$base.err" ]; then
    local k; k=$(wc -l <"$base.err"); [ "$k" -eq 0 ] && k=1
    head -n "$k" "$tmp/err" | cmp -s - "$base.err" || why="stderr differs"
  fi
  if [ -z "$why" ] && [ "$want_exit" = 0 ] && [ ! -f "$base.err" ] && [ -s "$tmp/err" ] && [ ! -f "$base.stderr-ok" ]; then
    why="unexpected stderr"
  fi
  echo "$why" >"$tmp/why"
  [ -z "$why" ]
}

declare -A nfail first
runs=0; nprogfail=0 # (${#nfail[@]} is an unbound-variable error under set -u while empty)
for ((r = 1; r <= ROUNDS; r++)); do
  for prog in "${progs[@]}"; do
    runs=$((runs + 1))
    if ! check "$prog"; then
      [ -z "${nfail[$prog]:-}" ] && nprogfail=$((nprogfail + 1))
      nfail[$prog]=$(( ${nfail[$prog]:-0} + 1 ))
      if [ -z "${first[$prog]:-}" ]; then
        base=${prog%.go}
        first[$prog]="round $r: $(cat "$tmp/why")
$( [ -f "$base.out" ] && diff "$base.out" "$tmp/out" | head -n 10 | sed 's/^/    stdout: /')
$(head -n 8 "$tmp/err" | sed 's/^/    stderr: /')"
        echo "round $r: FAIL $prog: $(cat "$tmp/why")"
      fi
    fi
  done
  [ $((r % 10)) = 0 ] && echo "round $r done: $nprogfail programs failed so far"
done
flaky=0; broken=0
for prog in ${nfail[@]+"${!nfail[@]}"}; do
  if [ "${nfail[$prog]}" -lt "$ROUNDS" ]; then flaky=$((flaky + 1)); kind=FLAKY; else broken=$((broken + 1)); kind=BROKEN; fi
  echo "$kind $prog: failed ${nfail[$prog]}/$ROUNDS"
  echo "${first[$prog]}" | sed '/^$/d; s/^/  /'
done
echo "${#progs[@]} programs, $runs runs, $flaky flaky, $broken broken"
[ $((flaky + broken)) -eq 0 ]
