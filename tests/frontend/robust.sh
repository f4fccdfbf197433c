#!/usr/bin/env bash
# robust.sh — the front end never crashes or hangs, whatever the input.
#
# Every .go file under tests/ and samples/ (tests/frontend/inputs/ included) is cut after every
# 7th byte and, separately, has a few bytes replaced by pseudo-random ones (fixed seed, so runs
# repeat); each variant goes through `goro --ast`, which must exit 0 or 1: never a signal (exit
# >= 128) nor a timeout. Variants are passed 400 files per goro run to keep this fast; a failing
# batch is rerun file by file to name the culprit. Last line: "N passed, N failed".
#
#   GORO=path/to/goro tests/frontend/robust.sh      (default build/goro)
set -u
cd "$(dirname "$0")/../.."
GORO=${GORO:-build/goro}
SEED=${ROBUST_SEED:-1}
TIMEOUT=${ROBUST_TIMEOUT:-30}
[ -x "$GORO" ] || { echo "robust.sh: $GORO not built" >&2; exit 2; }
# tens of thousands of small files: a memory file system when there is one
tmp=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d); trap 'rm -rf "$tmp"' EXIT
${CC:-cc} -O2 -o "$tmp/mutate" tests/frontend/mutate.c || exit 2
mkdir "$tmp/in"
find tests samples -name '*.go' ! -path '*/_*' | sort > "$tmp/files"
"$tmp/mutate" "$SEED" "$tmp/in" < "$tmp/files" || exit 2
find "$tmp/in" -name '*.go' | sort > "$tmp/variants"
total=$(wc -l < "$tmp/variants")
pass=0; fail=0
run() { # FILE... -> exit status of goro --ast on them
  timeout -k 2 "$TIMEOUT" "$GORO" --ast "$@" >/dev/null 2>&1
}
while mapfile -t -n 400 batch && [ ${#batch[@]} -gt 0 ]; do
  rc=0; run "${batch[@]}" || rc=$?
  if [ "$rc" -le 1 ]; then pass=$((pass + ${#batch[@]})); continue; fi
  for f in "${batch[@]}"; do
    rc=0; run "$f" || rc=$?
    if [ "$rc" -le 1 ]; then pass=$((pass+1)); continue; fi
    fail=$((fail+1))
    n=$(basename "$f"); n=${n%%_*}
    echo "FAIL exit $rc: $f (from $(sed -n "${n}p" "$tmp/files"))"
    mkdir -p /tmp/goro-robust-failures && cp "$f" /tmp/goro-robust-failures/
  done
done < "$tmp/variants"
echo "$total variants of $(wc -l < "$tmp/files") files"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
