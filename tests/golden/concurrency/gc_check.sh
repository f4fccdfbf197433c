#!/usr/bin/env bash
# gc_check.sh [-w] [-n RUNS] PROG.go...  — expected results of concurrency programs, from gc.
#
# Builds each program with the real Go toolchain and runs it RUNS times (default 5) at
# GOMAXPROCS=1 and at GOMAXPROCS=2, checking the results the way tests/run_golden.sh checks
# goro's: NAME.out byte for byte (or NAME.outpat line by line), NAME.exit, the first lines of
# stderr against NAME.err. A program whose output changes from run to run is reported: golden
# programs must be deterministic.
#
#   -w   first (re)write NAME.out / NAME.exit / NAME.err from one gc run at GOMAXPROCS=2.
#        NAME.out is not written when NAME.outpat exists (timing-dependent output: the
#        pattern file is written by hand and only checked here).
#        NAME.err keeps the first N lines of stderr, N from a line `// stderr-lines: N` in the
#        program (default 1): only lines gc prints identically on every run, GOMAXPROCS and Go
#        version (goroutine ids of non-main goroutines and wait reasons of sync primitives vary).
#
# Programs whose first line is `// go1.22: expected output written by hand` use Go 1.22
# semantics (per-iteration loop variables, range over int, newer APIs): they are skipped.
# Programs importing golang.org/x/sync need XSYNC=/path/to/x/sync v0.9.0 source
# (e.g. `git archive v0.9.0` of github.com/golang/sync).
set -u
write=0; runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    -w) write=1; shift ;;
    -n) runs=$2; shift 2 ;;
    *) break ;;
  esac
done
command -v go >/dev/null || { echo "gc_check: needs go" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
printf 'module golden\n\ngo 1.19\n' >"$work/go.mod"
if [ -n "${XSYNC:-}" ]; then
  printf 'require golang.org/x/sync v0.9.0\nreplace golang.org/x/sync => %s\n' "$XSYNC" >>"$work/go.mod"
fi
bad=0; n=0
check_run() { # base procs -> sets why
  local base=$1 procs=$2 rc=0 want_exit=0
  [ -f "$base.exit" ] && want_exit=$(cat "$base.exit")
  (cd "$(dirname "$base")" && GOMAXPROCS=$procs timeout 60 "$work/bin") </dev/null >"$work/out" 2>"$work/err" || rc=$?
  why=""
  [ "$rc" != "$want_exit" ] && { why="exit $rc, want $want_exit"; return; }
  if [ -f "$base.outpat" ]; then
    if [ "$(wc -l <"$work/out")" != "$(wc -l <"$base.outpat")" ]; then why="line count differs from .outpat"; return; fi
    local k=0
    while IFS= read -r pat <&3 && IFS= read -r line <&4; do
      k=$((k+1))
      [[ $line =~ ^($pat)$ ]] || { why="line $k '$line' !~ /$pat/"; return; }
    done 3<"$base.outpat" 4<"$work/out"
  elif [ -f "$base.out" ]; then
    cmp -s "$work/out" "$base.out" || { why="stdout differs: $(diff "$base.out" "$work/out" | head -5 | tr '\n' '|')"; return; }
  else
    [ -s "$work/out" ] && { why="unexpected stdout"; return; }
  fi
  if [ -f "$base.err" ]; then
    local k; k=$(wc -l <"$base.err"); [ "$k" -eq 0 ] && k=1
    head -n "$k" "$work/err" | cmp -s - "$base.err" || { why="stderr differs: $(head -n "$k" "$work/err" | tr '\n' '|')"; return; }
  elif [ "$want_exit" = 0 ] && [ -s "$work/err" ]; then
    why="unexpected stderr: $(head -c 200 "$work/err")"
  fi
}
for prog in "$@"; do
  base=${prog%.go}
  if head -n 1 "$prog" | grep -q '^// go1.22: expected output written by hand'; then
    echo "skip $prog (Go 1.22 semantics, hand-written expectations)"; continue
  fi
  n=$((n+1))
  rm -rf "$work/p" && mkdir "$work/p" && cp "$prog" "$work/p/main.go"
  if ! (cd "$work" && GOFLAGS=-mod=mod GOPROXY=off go build -o "$work/bin" ./p) 2>"$work/build.err"; then
    echo "FAIL $prog: does not build with gc:"; sed 's/^/  /' "$work/build.err"; bad=$((bad+1)); continue
  fi
  if [ $write = 1 ]; then
    rc=0
    (cd "$(dirname "$prog")" && GOMAXPROCS=2 timeout 60 "$work/bin") </dev/null >"$work/out" 2>"$work/err" || rc=$?
    [ -f "$base.outpat" ] || cp "$work/out" "$base.out"
    rm -f "$base.exit" "$base.err"
    if [ $rc != 0 ]; then
      echo $rc >"$base.exit"
      lines=$(sed -n 's|^// stderr-lines: \([0-9]*\).*|\1|p' "$prog" | head -n 1)
      head -n "${lines:-1}" "$work/err" >"$base.err"
    fi
  fi
  fails=""
  for procs in 1 2; do
    for ((i = 0; i < runs; i++)); do
      check_run "$base" $procs
      [ -n "$why" ] && { fails="GOMAXPROCS=$procs run $i: $why"; break 2; }
    done
  done
  if [ -n "$fails" ]; then echo "FAIL $prog: $fails"; bad=$((bad+1)); else echo "ok   $prog"; fi
done
echo "gc_check: $n checked, $bad failed"
[ $bad = 0 ]
