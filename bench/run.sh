#!/usr/bin/env bash
# bench/run.sh [-n RUNS] [ROW...] — goro against gc and Lua. A report: it never fails.
#
# Each row is a program bench/NAME.go (size in a constant at its top) that prints a checksum.
# Implementations, each skipped when not installed:
#   goro         $GORO (default build/goro) NAME.go
#   gc           the binary of `go build NAME.go` (built once, not timed)
#   lua5.4       bench/lua/NAME.lua          (compute rows only)
#   luajit -joff bench/lua/NAME.lua          (compute rows only; interpreter, JIT off)
# Runs are interleaved (run 1 of every implementation, then run 2, ...) so that machine
# noise hits them alike. Concurrency rows run at GOMAXPROCS=1 and 2. For each cell: the
# median wall time over RUNS (default 5, env BENCH_RUNS) and the peak RSS of the last run.
# goro's output is compared with gc's: "fail" if goro exits non-zero or times out
# (BENCH_TIMEOUT seconds, default 120), "wrong" if its checksum differs.
# parked also reports bytes per goroutine: (peak RSS - peak RSS of hello) / N.
set -u
cd "$(dirname "$0")" || exit 0
ROOT=$(cd .. && pwd)
GORO=${GORO:-$ROOT/build/goro}
case "$GORO" in /*) ;; *) GORO=$ROOT/$GORO ;; esac
RUNS=${BENCH_RUNS:-5}
TIMEOUT=${BENCH_TIMEOUT:-120}
if [ "${1:-}" = "-n" ]; then RUNS=$2; shift 2; fi

COMPUTE=(hello fib loop sieve nbody strings structs maps)
CONC=(spawn pingpong buffered primesieve fanin mutex workerpool parked)
rows=("$@")
[ ${#rows[@]} -eq 0 ] && rows=("${COMPUTE[@]}" "${CONC[@]}")
is_conc() { local r; for r in "${CONC[@]}"; do [ "$r" = "$1" ] && return 0; done; return 1; }

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# The measurement wrapper: measure.c (wait4 rusage) if a C compiler is there, else
# /usr/bin/time, else bash's own clock with no memory figure.
MEASURE=""
if command -v cc >/dev/null && cc -O2 -o "$work/measure" measure.c 2>/dev/null; then
  MEASURE=$work/measure
fi
measure() { # OUT TIMEOUT cmd... -> "wall kib status"
  local out=$1 lim=$2; shift 2
  if [ -n "$MEASURE" ]; then "$MEASURE" "$out" "$lim" "$@"; return; fi
  local rc=0 s e
  if [ -x /usr/bin/time ]; then
    s=$(date +%s.%N)
    /usr/bin/time -f '%M' -o "$work/rss" timeout -s KILL "$lim" "$@" >"$out" 2>"$out.err" </dev/null || rc=$?
    e=$(date +%s.%N)
    [ $rc = 137 ] && rc=timeout
    echo "$(echo "$e - $s" | bc -l) $(tail -n 1 "$work/rss" 2>/dev/null || echo 0) $rc"
  else
    s=$(date +%s.%N)
    timeout -s KILL "$lim" "$@" >"$out" 2>"$out.err" </dev/null || rc=$?
    e=$(date +%s.%N)
    [ $rc = 137 ] && rc=timeout
    echo "$(echo "$e - $s" | bc -l) 0 $rc"
  fi
}

have_goro=0; [ -x "$GORO" ] && have_goro=1
have_go=0; command -v go >/dev/null && have_go=1
have_lua=0; command -v lua5.4 >/dev/null && have_lua=1
have_jit=0; command -v luajit >/dev/null && have_jit=1
echo "bench: $RUNS runs each; goro: $([ $have_goro = 1 ] && echo "$GORO" || echo "not built")," \
  "gc: $([ $have_go = 1 ] && go version | awk '{print $3}' || echo none)," \
  "lua5.4: $([ $have_lua = 1 ] && echo yes || echo no), luajit: $([ $have_jit = 1 ] && echo yes || echo no)," \
  "rss: $([ -n "$MEASURE" ] && echo wait4 || { [ -x /usr/bin/time ] && echo /usr/bin/time || echo none; })"

# Build the gc binaries (not timed).
declare -A gcbin
if [ $have_go = 1 ]; then
  for r in "${rows[@]}"; do
    if go build -o "$work/gc_$r" "$r.go" 2>"$work/build.err"; then gcbin[$r]=$work/gc_$r
    else echo "bench: go build $r.go failed: $(head -n 3 "$work/build.err")"; fi
  done
fi

median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print ""; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# cells: times in $work/t_<row>_<impl>, last rss in $work/m_<row>_<impl>, state in $work/s_...
run_cell() { # key impl procs cmd...
  local key=$1 impl=$2 procs=$3; shift 3
  local f=$work/x_${key}_$impl res wall kib st
  [ -f "$work/s_${key}_$impl" ] && [ "$(cat "$work/s_${key}_$impl")" != ok ] && return # failed before
  res=$(GOMAXPROCS=$procs measure "$f.out" "$TIMEOUT" "$@")
  read -r wall kib st <<<"$res"
  if [ "$st" != 0 ]; then
    echo fail >"$work/s_${key}_$impl"
    [ "$st" = timeout ] && echo timeout >"$work/s_${key}_$impl"
    return
  fi
  if [ "$impl" = goro ] && [ -f "$work/x_${key}_gc.out" ] && ! cmp -s "$f.out" "$work/x_${key}_gc.out"; then
    echo wrong >"$work/s_${key}_$impl"; return
  fi
  echo ok >"$work/s_${key}_$impl"
  echo "$wall" >>"$work/t_${key}_$impl"
  echo "$kib" >"$work/m_${key}_$impl"
}

keys=()
for r in "${rows[@]}"; do
  [ -f "$r.go" ] || { echo "bench: no $r.go"; continue; }
  if is_conc "$r"; then keys+=("$r:1" "$r:2"); else keys+=("$r:0"); fi
done

for ((i = 1; i <= RUNS; i++)); do
  for k in "${keys[@]}"; do
    r=${k%:*}; p=${k#*:}; key=$r; procs=2
    [ "$p" != 0 ] && { key=${r}_P$p; procs=$p; }
    [ -n "${gcbin[$r]:-}" ] && run_cell "$key" gc "$procs" "${gcbin[$r]}"
    [ $have_goro = 1 ] && run_cell "$key" goro "$procs" "$GORO" "$r.go"
    if [ "$p" = 0 ] && [ -f "lua/$r.lua" ]; then
      [ $have_lua = 1 ] && run_cell "$key" lua "$procs" lua5.4 "lua/$r.lua"
      [ $have_jit = 1 ] && run_cell "$key" jit "$procs" luajit -joff "lua/$r.lua"
    fi
  done
  echo "bench: run $i/$RUNS done" >&2
done

cell() { # key impl -> median seconds or state
  local s; s=$(cat "$work/s_$1_$2" 2>/dev/null || echo "-")
  if [ "$s" = ok ]; then median <"$work/t_$1_$2"; else echo "$s"; fi
}
ratio() { # a b
  if [[ $1 =~ ^[0-9.]+$ && $2 =~ ^[0-9.]+$ ]] && awk "BEGIN{exit !($2 > 0)}"; then
    awk "BEGIN{printf \"%.1fx\", $1 / $2}"; else echo "-"; fi
}
fmt_t() { if [[ $1 =~ ^[0-9.]+$ ]]; then awk "BEGIN{printf \"%.3f\", $1}"; else echo "$1"; fi; }
mb() { local m; m=$(cat "$work/m_$1_$2" 2>/dev/null) || { echo "-"; return; }; awk "BEGIN{printf \"%.1f\", $m / 1024}"; }

printf '\n%-14s %9s %9s %9s %9s %8s %8s %9s %9s\n' row goro_s gc_s lua_s jit_s goro/gc goro/lua goro_MB gc_MB
for k in "${keys[@]}"; do
  r=${k%:*}; p=${k#*:}; key=$r
  [ "$p" != 0 ] && key=${r}_P$p
  g=$(cell "$key" goro); c=$(cell "$key" gc); l=$(cell "$key" lua); j=$(cell "$key" jit)
  printf '%-14s %9s %9s %9s %9s %8s %8s %9s %9s\n' "$key" "$(fmt_t "$g")" "$(fmt_t "$c")" "$(fmt_t "$l")" "$(fmt_t "$j")" \
    "$(ratio "$g" "$c")" "$(ratio "$g" "$l")" "$(mb "$key" goro)" "$(mb "$key" gc)"
  if [ "$r" = parked ]; then
    n=$(sed -n 's/^const N = \([0-9]*\).*/\1/p' parked.go)
    for impl in goro gc; do
      m=$(cat "$work/m_${key}_$impl" 2>/dev/null) || continue
      base=$(cat "$work/m_hello_$impl" 2>/dev/null || echo 0)
      echo "  parked $impl: $(( (m - base) * 1024 / n )) bytes per goroutine (peak RSS delta over hello / $n)"
    done
  fi
done
exit 0
