#!/usr/bin/env bash
# tests/stress/run.sh [-n RUNS] [-p "1 2 8"] [--gc] [PROG.go...] — goroutine runtime stress.
#
# Runs each tests/stress/*.go (or the ones named) RUNS times (default 20, env STRESS_RUNS)
# at each GOMAXPROCS in the list (default "1 2 8", env STRESS_PROCS) with goro
# ($GORO, default build/goro), and compares stdout with NAME.out (the final OK line, from
# gc). A run is a failure if it exits non-zero, prints something else, or hangs past
# STRESS_TIMEOUT seconds (default 300; reported as a hang). --gc runs the gc builds
# instead, to check the programs themselves. Not part of `make test`: these take minutes.
# Last line: "N passed, N failed".
set -u
cd "$(dirname "$0")" || exit 2
ROOT=$(cd ../.. && pwd)
GORO=${GORO:-$ROOT/build/goro}
case "$GORO" in /*) ;; *) GORO=$ROOT/$GORO ;; esac
RUNS=${STRESS_RUNS:-20}
PROCS=${STRESS_PROCS:-"1 2 8"}
TIMEOUT=${STRESS_TIMEOUT:-300}
use_gc=0
while [ $# -gt 0 ]; do
  case "$1" in
    -n) RUNS=$2; shift 2 ;;
    -p) PROCS=$2; shift 2 ;;
    --gc) use_gc=1; shift ;;
    *) break ;;
  esac
done
progs=("$@")
[ ${#progs[@]} -eq 0 ] && progs=(*.go)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
if [ $use_gc = 1 ]; then
  command -v go >/dev/null || { echo "stress: --gc needs go"; exit 2; }
else
  [ -x "$GORO" ] || { echo "stress: $GORO not built (make)"; exit 2; }
fi
pass=0; fail=0; report=()
for prog in "${progs[@]}"; do
  base=${prog%.go}
  cmd=("$GORO" "$prog")
  if [ $use_gc = 1 ]; then
    go build -o "$work/$base" "$prog" || { fail=$((fail + 1)); report+=("$prog: does not build with gc"); continue; }
    cmd=("$work/$base")
  fi
  for p in $PROCS; do
    ok=0; bad=0; hung=0; first=""; tsum=0
    for ((i = 1; i <= RUNS; i++)); do
      rc=0
      s=$(date +%s%N)
      GOMAXPROCS=$p timeout -k 5 "$TIMEOUT" "${cmd[@]}" >"$work/out" 2>"$work/err" </dev/null || rc=$?
      e=$(date +%s%N)
      tsum=$((tsum + (e - s) / 1000000))
      if [ $rc = 124 ] || [ $rc = 137 ]; then
        hung=$((hung + 1)); [ -z "$first" ] && first="run $i: hang (over ${TIMEOUT}s)"
      elif [ $rc != 0 ] || ! cmp -s "$work/out" "$base.out"; then
        bad=$((bad + 1))
        [ -z "$first" ] && first="run $i: exit $rc: $(head -c 300 "$work/out" "$work/err" 2>/dev/null | tr '\n' ' ')"
      else
        ok=$((ok + 1))
      fi
    done
    line=$(printf '%-26s GOMAXPROCS=%-2s %3d ok %3d failed %3d hung  avg %6d ms' "$prog" "$p" $ok $bad $hung $((tsum / RUNS)))
    echo "$line"
    if [ $((bad + hung)) -gt 0 ]; then
      fail=$((fail + 1)); report+=("$prog GOMAXPROCS=$p: $first")
    else
      pass=$((pass + 1))
    fi
  done
done
for r in "${report[@]+"${report[@]}"}"; do echo "FAIL $r"; done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
