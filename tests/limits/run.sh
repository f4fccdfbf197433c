#!/usr/bin/env bash
# tests/limits/run.sh [CASE...] — goro at its limits: it never crashes, never hangs, and
# reports each limit the way gc does (or, for goro's own compile-time limits, as a positioned
# error naming the limit).
#
# Each case runs goro ($GORO, default build/goro) on a program, under a time limit and (unless
# LIMITS_NO_VMEM=1, as sanitizer builds need) an address-space limit, and checks:
#   - the exit status (never a signal, never a timeout);
#   - stderr: each expected pattern (an extended regex) matches a line of stderr, in order;
#     and stderr has no "GC Warning" or sanitizer report;
#   - stdout, when the case gives one.
# Committed programs: NAME.go here (comments say what gc does). Generated programs (deep
# nesting, a 100 MB string literal, a million lines, 10,000 locals) are written to a
# temporary folder by the gen_* functions below. LIMITS_QUICK=1 skips the two heavy
# generated cases (100 MB literal, a million lines). Last line: "N passed, N failed".
set -u
cd "$(dirname "$0")" || exit 2
ROOT=$(cd ../.. && pwd)
GORO=${GORO:-$ROOT/build/goro}
case "$GORO" in /*) ;; *) GORO=$ROOT/$GORO ;; esac
[ -x "$GORO" ] || { echo "limits: $GORO not built (make)"; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
pass=0; fail=0; failed=(); last=""
only=("$@")

# rep N STRING: STRING repeated N times
rep() { awk -v n="$1" -v s="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'; }

# check NAME FILE EXIT TIMEOUT_S VMEM_MB STDOUT|- PATTERN...
check() {
  local name=$1 file=$2 want=$3 tmo=$4 vmem=$5 want_out=$6; shift 6
  if [ ${#only[@]} -gt 0 ] && [[ " ${only[*]} " != *" $name "* ]]; then return; fi
  local rc=0 t0 t1 why=""
  last=$name
  t0=$(date +%s%N)
  (
    [ "${LIMITS_NO_VMEM:-0}" = 1 ] || ulimit -v $((vmem * 1024))
    cd "$(dirname "$file")" && exec timeout -k 5 "$tmo" "$GORO" "$(basename "$file")"
  ) >"$work/out" 2>"$work/err" </dev/null || rc=$?
  t1=$(date +%s%N)
  local secs; secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
  if [ $rc = 124 ] || [ $rc = 137 ]; then why="timeout (over ${tmo}s)"
  elif [ $rc -gt 128 ]; then why="killed by signal $((rc - 128))"
  elif [ "$rc" != "$want" ]; then why="exit $rc, want $want"
  fi
  if [ -z "$why" ] && grep -qE '^GC Warning|AddressSanitizer|UndefinedBehaviorSanitizer|ThreadSanitizer|runtime error: .*\.c:[0-9]' "$work/err"; then
    why="collector or sanitizer output on stderr"
  fi
  if [ -z "$why" ] && [ "$want_out" != - ] && [ "$(cat "$work/out")" != "$want_out" ]; then
    why="stdout '$(head -c 200 "$work/out")', want '$want_out'"
  fi
  if [ -z "$why" ]; then
    local line=0 pat n
    for pat in "$@"; do
      n=$(tail -n +$((line + 1)) "$work/err" | grep -nE -m1 -- "$pat" | cut -d: -f1)
      if [ -z "$n" ]; then why="stderr has no line matching /$pat/ (after line $line)"; break; fi
      line=$((line + n))
    done
  fi
  if [ -n "$why" ]; then
    fail=$((fail + 1)); failed+=("$name: $why")
    printf 'FAIL %-28s %6ss  %s\n' "$name" "$secs" "$why"
    head -c 600 "$work/err" | sed 's/^/    | /'
  else
    pass=$((pass + 1))
    printf 'ok   %-28s %6ss  %s\n' "$name" "$secs" "$(head -n 1 "$work/err" | cut -c1-90)"
  fi
}

# ---- run-time limits, as gc reports them ----
check stack_overflow "$PWD/stack_overflow.go" 2 120 4096 start \
  '^runtime: goroutine stack exceeds 1000000000-byte limit$' '^fatal error: stack overflow$'
check stack_overflow_goroutine "$PWD/stack_overflow_goroutine.go" 2 120 4096 "" \
  '^runtime: goroutine stack exceeds 1000000000-byte limit$' '^fatal error: stack overflow$'
check makeslice "$PWD/makeslice.go" 2 30 4096 "$(printf '%s\n' \
  'negative len runtime error: makeslice: len out of range' \
  'negative cap runtime error: makeslice: cap out of range' \
  'cap < len runtime error: makeslice: cap out of range' \
  'huge len runtime error: makeslice: len out of range' \
  'len*size > maxAlloc runtime error: makeslice: len out of range' \
  'negative chan makechan: size out of range' 0 'map hint <nil>')" \
  '^panic: runtime error: makeslice: len out of range$' '^goroutine 1 \[running\]:$'
if [ "${LIMITS_NO_VMEM:-0}" != 1 ]; then
  check out_of_memory "$PWD/out_of_memory.go" 2 120 3072 allocating '^fatal error: runtime: out of memory$'
fi

# ---- source nested 100,000 levels deep: a positioned compile error, not a crash ----
N=100000
gen() { cat >"$work/$1.go"; echo "$work/$1.go"; }
limit_err='goro: [a-z ]*nesting too deep \(limit [0-9]+\)$'
f=$(printf 'package main\n\nfunc main() {\n\tx := %s1%s\n\tprintln(x)\n}\n' "$(rep $N '(')" "$(rep $N ')')" | gen nest_paren)
check nest_paren "$f" 1 30 2048 - "^nest_paren.go:4:[0-9]+: $limit_err"
f=$(printf 'package main\n\nfunc main() {\n%s\n%s\n}\n' "$(rep $N '{')" "$(rep $N '}')" | gen nest_block)
check nest_block "$f" 1 30 2048 - "^nest_block.go:4:[0-9]+: $limit_err"
f=$(printf 'package main\n\ntype T []any\n\nfunc main() {\n\tx := %s%s\n\tprintln(len(x))\n}\n' "$(rep $N 'T{')" "$(rep $N '}')" | gen nest_complit)
check nest_complit "$f" 1 30 2048 - "^nest_complit.go:6:[0-9]+: $limit_err"
f=$(printf 'package main\n\nfunc main() {\n\tx := 1\n%s\tx++\n%s\tprintln(x)\n}\n' "$(rep $N $'if x > 0 {\n')" "$(rep $N $'}\n')" | gen nest_if)
check nest_if "$f" 1 30 2048 - "^nest_if.go:[0-9]+:[0-9]+: $limit_err"
f=$(printf 'package main\n\nfunc main() {\n\tf := %s%s\n\t_ = f\n}\n' "$(rep $N 'func() {')" "$(rep $N '}')" | gen nest_funclit)
check nest_funclit "$f" 1 30 2048 - "^nest_funclit.go:4:[0-9]+: $limit_err"
f=$(printf 'package main\n\nfunc main() {\n\tx := 1\n\ty := x%s\n\tprintln(y)\n}\n' "$(rep $N '+x')" | gen chain_binary)
check chain_binary "$f" 1 30 2048 - "^chain_binary.go:5:[0-9]+: $limit_err"
f=$(printf 'package main\n\nconst c = 1%s\n\nfunc main() {\n\tprintln(c)\n}\n' "$(rep $N '+1')" | gen chain_const)
check chain_const "$f" 1 30 2048 - "^chain_const.go:3:[0-9]+: $limit_err"
f=$(printf 'package main\n\ntype T struct {\n\tt *T\n\tx int\n}\n\nfunc main() {\n\tv := &T{}\n\tv.t = v\n\tprintln(v%s.x)\n}\n' "$(rep $N '.t')" | gen chain_selector)
check chain_selector "$f" 1 30 2048 - "^chain_selector.go:11:[0-9]+: $limit_err"
f=$(printf 'package main\n\ntype B struct{ n int }\n\nfunc (b *B) Add(k int) *B {\n\tb.n += k\n\treturn b\n}\n\nvar b = &B{}\n\nfunc main() {\n\tprintln(b%s.n)\n}\n' "$(rep $N '.Add(1)')" | gen chain_method)
check chain_method "$f" 1 30 2048 - "^chain_method.go:13:[0-9]+: $limit_err"
f=$(printf 'package main\n\nfunc main() {\n\tx := true\n\tprintln(%sx)\n}\n' "$(rep $N '!')" | gen chain_unary)
check chain_unary "$f" 1 30 2048 - "^chain_unary.go:5:[0-9]+: $limit_err"
f=$(printf 'package main\n\nfunc main() {\n\tvar p %sint\n\tprintln(p == nil)\n}\n' "$(rep $N '*')" | gen chain_pointer_type)
check chain_pointer_type "$f" 1 30 2048 - "^chain_pointer_type.go:4:[0-9]+: $limit_err"
f=$(printf 'package main\n\nfunc main() {\n\tvar c %sint\n\tprintln(c == nil)\n}\n' "$(rep $N 'chan ')" | gen chain_chan_type)
check chain_chan_type "$f" 1 30 2048 - "^chain_chan_type.go:4:[0-9]+: $limit_err"

# ---- megabytes of errors: gc prints a repeated text once per line, and stops after 10;
# goro must not take quadratic time ----
f=$({ printf 'package main\n\nfunc main() {\n'; head -c 3000000 /dev/zero | tr '\0' '@'; printf '\n}\n'; } | gen stray_bytes)
check stray_bytes "$f" 1 20 2048 - "^stray_bytes.go:4:1: invalid character U\+0040 '@'$"
f=$({ printf 'package main\n\nfunc main() {\n'; awk 'BEGIN { for (i = 0; i < 200000; i++) printf "\tx%d := 1\n", i }'; printf '}\n'; } | gen unused_vars)
check unused_vars "$f" 1 60 2048 - '^unused_vars.go:4:2: (x0 declared and not used|declared and not used: x0)$' '^unused_vars.go:13:2: too many errors$'

# ---- big sources: they work (as in gc) ----
f=$({ printf 'package main\n\nfunc main() {\n'
      awk 'BEGIN { for (i = 0; i < 10000; i++) printf "\tv%d := %d\n", i, i }'
      printf '\ts := 0\n'
      awk 'BEGIN { for (i = 0; i < 10000; i++) printf "\ts += v%d\n", i }'
      printf '\tprintln(s)\n}\n'; } | gen locals_10000)
check locals_10000 "$f" 0 60 2048 - '^49995000$'
# 30,000 string locals need 60,000 register words: goro's limit, reported once, positioned
f=$({ printf 'package main\n\nfunc main() {\n'
      awk 'BEGIN { for (i = 0; i < 30001; i++) printf "\tv%d := \"%d\"\n", i, i }'
      printf '\tn := 0\n'
      awk 'BEGIN { for (i = 0; i < 30001; i++) printf "\tn += len(v%d)\n", i }'
      printf '\tprintln(n)\n}\n'; } | gen locals_too_many)
check locals_too_many "$f" 1 60 2048 - \
  '^locals_too_many.go:[0-9]+:1: goro: function main.main needs too many registers \(limit 60000 words\)$'
if [ "$last" = locals_too_many ] && [ "$(wc -l <"$work/err")" != 1 ]; then fail=$((fail + 1)); failed+=("locals_too_many: error not reported once"); echo "FAIL locals_too_many: error not reported once"; fi
if [ "${LIMITS_QUICK:-0}" != 1 ]; then
  f=$({ printf 'package main\n\nvar s = "'; head -c 100000000 /dev/zero | tr '\0' a
        printf '"\n\nfunc main() {\n\tprintln(len(s), s[99999999])\n}\n'; } | gen string_100mb)
  check string_100mb "$f" 0 120 4096 - '^100000000 97$'
  # a million lines: 1,000 functions of 1,000 lines (gc: 60 s and 3 GB to build)
  f=$({ printf 'package main\n\n'
        awk 'BEGIN { for (i = 0; i < 1000; i++) { printf "func f%d(x int) int {\n", i
                       for (j = 0; j < 997; j++) printf "\tx = x*31 + %d\n", j
                       printf "\treturn x\n}\n" } }'
        printf 'func main() {\n\ts := 0\n'
        awk 'BEGIN { for (i = 0; i < 1000; i++) printf "\ts += f%d(%d)\n", i, i }'
        printf '\tprintln(s)\n}\n'; } | gen lines_1m)
  check lines_1m "$f" 0 240 4096 - '^-5964938299287310428$'
fi

for f in "${failed[@]+"${failed[@]}"}"; do echo "FAIL $f"; done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
