#!/usr/bin/env bash
# terminal.sh — the REPL in a real terminal (a tmux pane): typing, multi-line input, output of
# a background goroutine printed above the line being edited, tab completion, Ctrl-C on a
# running input, :goroutines, Ctrl-D, history. Self-checking: exit 0 = pass, 77 = skipped.
set -u
GORO=${GORO:-build/goro}
case "$GORO" in /*) ;; *) GORO="$PWD/$GORO" ;; esac
command -v tmux >/dev/null || { echo "tmux not installed"; exit 77; }
home=$(mktemp -d)
sock=goro-test-$$
T() { tmux -L "$sock" -f /dev/null "$@"; }
cleanup() { T kill-server 2>/dev/null; rm -rf "$home"; }
trap cleanup EXIT

screen() { T capture-pane -p -t repl; }
fail() {
  echo "FAIL: $*"
  echo "---- screen ----"
  screen
  exit 1
}
# wait_for REGEX [SECONDS]: until some screen line matches
wait_for() {
  local re=$1 secs=${2:-5} i
  for ((i = 0; i < secs * 20; i++)); do
    screen | grep -Eq -- "$re" && return 0
    sleep 0.05
  done
  fail "timed out waiting for /$re/"
}
count() { screen | grep -Ec -- "$1"; }
keys() { T send-keys -t repl "$@"; }
line() { keys -l "$1"; keys Enter; }

T new-session -d -s repl -x 110 -y 45 "env HOME=$home TERM=xterm $GORO; echo goro-exit=\$?; sleep 60"
wait_for '^goro>$'

# x := 21, then x * 2
line 'x := 21'
line 'x * 2'
wait_for '^42 // int$'

# a function typed over three lines (continuation prompt), called by the next input
line 'func sq(n int) int {'
wait_for '^  \.\.\.$'
line '	return n * n'
line '}'
line 'sq(12)'
wait_for '^144 // int$'

# a goroutine that keeps printing while further inputs are edited and evaluated
line 'go func() { for { time.Sleep(250 * time.Millisecond); fmt.Println("tick") } }()'
wait_for '^tick$'
keys -l 'sq(3'
n=$(count '^tick$')
for ((i = 0; i < 60; i++)); do [ "$(count '^tick$')" -gt "$n" ] && break; sleep 0.05; done
[ "$(count '^tick$')" -gt "$n" ] || fail "no tick while editing"
# the line being edited is redrawn below the output, intact
for ((i = 0; i < 40; i++)); do
  last=$(screen | grep -v '^$' | tail -1)
  [ "$last" = 'goro> sq(3' ] && break
  sleep 0.05
done
[ "$last" = 'goro> sq(3' ] || fail "edit line garbled: '$last'"
screen | grep -Eq 'sq\(3.*tick|tick.*sq\(3' && fail "tick printed into the edit line"
keys -l ')'
keys Enter
wait_for '^9 // int$'

# tab completion: package members and commands
keys -l 'strings.Repe'
keys Tab
wait_for '^goro> strings\.Repeat$'
line '("ab", 2)'
wait_for '^abab // string$'

# Ctrl-C interrupts a running input; the prompt works afterwards
line 'for {}'
sleep 0.5
keys C-c
wait_for '^interrupted$'
line '1 + 1'
wait_for '^2 // int$'

# :goroutines lists the ticker goroutine
keys -l ':gorou'
keys Tab
wait_for '^goro> :goroutines$'
keys Enter
wait_for '^goroutine [0-9]+ \[sleep'
wait_for 'created by main\.input[0-9]+'

# Ctrl-D leaves (status 0) and the history was saved
keys C-d
wait_for '^goro-exit=[0-9]+$'
screen | grep -q '^goro-exit=0$' || fail "Ctrl-D: exit status not 0"
grep -q 'sq(12)' "$home/.goro_history" || fail "history not saved"
echo "ok"
