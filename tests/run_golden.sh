#!/usr/bin/env bash
# run_golden.sh [DIR...] — golden program tests.
#
# For each tests/golden/**/NAME.go (or under the given folders; samples/ too):
#   NAME.out     expected stdout, byte for byte (absent: stdout must be empty)
#   NAME.outpat  instead of .out: one extended regex per line, each output line must match it
#   NAME.err     expected first lines of stderr (absent: not checked when exit is 0)
#   NAME.exit    expected exit status (absent: 0)
#   NAME.args    command-line arguments (one line, split by the shell)
#   NAME.in      stdin (absent: /dev/null)
#   NAME.flags   extra goro flags placed before the file (e.g. --ast)
# Programs under a folder named concurrency/ or samples/ run at GOMAXPROCS=1 and 2; others at 2.
# Last line: "N passed, N failed".
set -u
GORO=${GORO:-build/goro}
case "$GORO" in /*) ;; *) GORO="$PWD/$GORO" ;; esac
TIMEOUT=${GOLDEN_TIMEOUT:-20}
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=(tests/golden samples)
pass=0; fail=0; failed=()
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

check_one() { # prog procs
  local prog=$1 procs=$2 base=${1%.go}
  local want_exit=0 args="" flags="" in=/dev/null
  [ -f "$base.exit" ] && want_exit=$(cat "$base.exit")
  [ -f "$base.args" ] && args=$(cat "$base.args")
  [ -f "$base.flags" ] && flags=$(cat "$base.flags")
  [ -f "$base.in" ] && in=$base.in
  local dir; dir=$(dirname "$prog")
  local rc=0
  # shellcheck disable=SC2086
  (cd "$dir" && GOMAXPROCS=$procs timeout -k 2 "$TIMEOUT" "$GORO" $flags "$(basename "$prog")" $args) \
      <"$in" >"$tmp/out" 2>"$tmp/err" || rc=$?
  local why=""
  if [ "$rc" != "$want_exit" ]; then why="exit $rc, want $want_exit"; fi
  if [ -z "$why" ]; then
    if [ -f "$base.outpat" ]; then
      if [ "$(wc -l <"$tmp/out")" != "$(wc -l <"$base.outpat")" ]; then why="stdout line count differs from .outpat";
      else
        local n=0
        while IFS= read -r pat <&3 && IFS= read -r line <&4; do
          n=$((n+1))
          if ! [[ $line =~ ^($pat)$ ]]; then why="stdout line $n '$line' does not match /$pat/"; break; fi
        done 3<"$base.outpat" 4<"$tmp/out"
      fi
    elif [ -f "$base.out" ]; then
      cmp -s "$tmp/out" "$base.out" || why="stdout differs"
    else
      [ -s "$tmp/out" ] && why="unexpected stdout"
    fi
  fi
  if [ -z "$why" ] && [ -f "$base.err" ]; then
    local k; k=$(wc -l <"$base.err")
    [ "$k" -eq 0 ] && k=1
    head -n "$k" "$tmp/err" | cmp -s - "$base.err" || why="stderr differs"
  fi
  if [ -z "$why" ] && [ "$want_exit" = 0 ] && [ ! -f "$base.err" ] && [ -s "$tmp/err" ] && [ ! -f "$base.stderr-ok" ]; then
    why="unexpected stderr"
  fi
  if [ -n "$why" ]; then
    fail=$((fail+1)); failed+=("$prog (GOMAXPROCS=$procs): $why")
    if [ -n "${GOLDEN_VERBOSE:-}" ]; then
      echo "--- $prog: $why"; head -c 2000 "$tmp/err"; 
      [ -f "$base.out" ] && diff "$base.out" "$tmp/out" | head -20
    fi
  else
    pass=$((pass+1))
  fi
}

while IFS= read -r prog; do
  case "$prog" in
    */concurrency/*|samples/*) check_one "$prog" 1; check_one "$prog" 2 ;;
    *) check_one "$prog" 2 ;;
  esac
done < <(for d in "${dirs[@]}"; do [ -e "$d" ] && find "$d" -name '*.go' ! -path '*/_*' | sort; done)

for f in "${failed[@]+"${failed[@]}"}"; do echo "FAIL $f"; done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
