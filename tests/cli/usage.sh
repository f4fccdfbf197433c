# goro version / help / -h / --help, and usage errors (exit 2, naming the culprit).
"$GORO" version; echo "exit=$?"
"$GORO" help >help.txt; echo "help exit=$?"
# the usage text lists every command and flag, and the limit exit codes
for w in 'goro repl' 'goro run' 'goro version' 'goro help' -- --timeout --max-memory --tokens --ast --bytecode 124 125 'os.Exit'; do
  grep -q -- "$w" help.txt && echo "help mentions $w" || echo "help lacks $w"
done
"$GORO" -h | cmp -s - help.txt && echo "-h is help"
"$GORO" --help | cmp -s - help.txt && echo "--help is help"
"$GORO" frobnicate; echo "exit=$?"
"$GORO" run --frobnicate hello.go; echo "exit=$?"
"$GORO" --frobnicate=3 hello.go; echo "exit=$?"
"$GORO" run --timeout=soon hello.go; echo "exit=$?"
"$GORO" run --max-memory=lots hello.go; echo "exit=$?"
"$GORO" run --timeout; echo "exit=$?"
"$GORO" run; echo "exit=$?"
"$GORO" version extra; echo "exit=$?"
"$GORO" repl extra; echo "exit=$?"
