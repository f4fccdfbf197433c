#!/usr/bin/env bash
# run.sh — command-line and REPL tests (make cli-test).
#
#   tests/cli/NAME.sh     a scenario: bash runs it in a scratch copy of tests/cli/data with $GORO
#                         (absolute path of goro) and $ROOT (the repository); its stdout and stderr
#                         together must equal NAME.out. Scenarios print what they observe
#                         (output, "exit=N").
#   tests/repl/NAME.in    REPL input piped to `goro repl` (in tests/repl); stdout and stderr
#                         together must equal NAME.out, or match NAME.outpat (one extended regex
#                         per line); NAME.exit: expected exit status (absent: 0).
#   tests/repl/NAME.sh    self-checking scenarios (terminal sessions driven through tmux): pass
#                         when they exit 0; exit 77 means skipped (no tmux).
# Arguments: names (or globs) of tests to run, e.g. `run.sh limits 'repl/*'`. Last line:
# "N passed, N failed".
set -u
cd "$(dirname "$0")/../.." || exit 2
ROOT=$PWD
GORO=${GORO:-build/goro}
case "$GORO" in /*) ;; *) GORO="$ROOT/$GORO" ;; esac
export GORO ROOT
# races inherent to the REPL, for goro built with -fsanitize=thread (see the file)
export TSAN_OPTIONS="suppressions=$ROOT/tests/repl/tsan.supp ${TSAN_OPTIONS:-}"
TIMEOUT=${CLI_TIMEOUT:-60}
pass=0; fail=0; skip=0; failed=()
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

filters=("$@")
selected() { # name
  [ ${#filters[@]} -eq 0 ] && return 0
  local f
  for f in "${filters[@]}"; do
    # shellcheck disable=SC2053
    [[ $1 == $f || $1 == */$f ]] && return 0
  done
  return 1
}

report() { # name ok why
  if [ "$2" = ok ]; then pass=$((pass+1)); else fail=$((fail+1)); failed+=("$1: $3"); fi
}

# ---- command-line scenarios ----
for t in tests/cli/*.sh; do
  [ "$t" = tests/cli/run.sh ] && continue
  name=cli/$(basename "$t" .sh)
  selected "$name" || continue
  work=$tmp/work; rm -rf "$work"; cp -r tests/cli/data "$work"
  (cd "$work" && timeout -k 5 "$TIMEOUT" bash "$ROOT/$t") >"$tmp/out" 2>&1
  rc=$?
  want=${t%.sh}.out
  if [ "$rc" -ne 0 ]; then report "$name" fail "scenario exited $rc: $(tail -c 300 "$tmp/out")"
  elif ! cmp -s "$tmp/out" "$want"; then report "$name" fail "output differs: diff <(bash $t) $want"$'\n'"$(diff "$tmp/out" "$want" | head -20)"
  else report "$name" ok ""; fi
done

# ---- REPL transcripts ----
for t in tests/repl/*.in; do
  [ -e "$t" ] || continue
  name=repl/$(basename "$t" .in)
  selected "$name" || continue
  base=${t%.in}
  want_exit=0; [ -f "$base.exit" ] && want_exit=$(cat "$base.exit")
  (cd tests/repl && timeout -k 5 "$TIMEOUT" "$GORO" repl) <"$t" >"$tmp/out" 2>&1
  rc=$?
  why=""
  if [ "$rc" != "$want_exit" ]; then why="exit $rc, want $want_exit"
  elif [ -f "$base.outpat" ]; then
    if [ "$(wc -l <"$tmp/out")" != "$(wc -l <"$base.outpat")" ]; then
      why="line count differs from .outpat"$'\n'"$(head -40 "$tmp/out")"
    else
      n=0
      while IFS= read -r pat <&3 && IFS= read -r line <&4; do
        n=$((n+1))
        if ! [[ $line =~ ^($pat)$ ]]; then why="line $n '$line' does not match /$pat/"; break; fi
      done 3<"$base.outpat" 4<"$tmp/out"
    fi
  elif ! cmp -s "$tmp/out" "$base.out"; then
    why="output differs"$'\n'"$(diff "$tmp/out" "$base.out" | head -20)"
  fi
  if [ -z "$why" ]; then report "$name" ok ""; else report "$name" fail "$why"; fi
done

# ---- terminal scenarios ----
for t in tests/repl/*.sh; do
  [ -e "$t" ] || continue
  name=repl/$(basename "$t" .sh)
  selected "$name" || continue
  timeout -k 5 "$TIMEOUT" bash "$t" >"$tmp/out" 2>&1
  rc=$?
  if [ "$rc" -eq 77 ]; then skip=$((skip+1)); echo "skipped $name: $(tail -1 "$tmp/out")"
  elif [ "$rc" -eq 0 ]; then report "$name" ok ""
  else report "$name" fail "exit $rc"$'\n'"$(tail -40 "$tmp/out")"; fi
done

for f in "${failed[@]+"${failed[@]}"}"; do echo "FAIL $f"; done
[ "$skip" -gt 0 ] && echo "$skip skipped"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
