# --timeout and --max-memory stop a runaway program with a message and a distinct status;
# what it printed before is not lost (stdout is a file here: block-buffered).
"$GORO" run --timeout=300ms spin.go >out.txt 2>err.txt; echo "exit=$?"
cat out.txt; echo
cat err.txt
"$GORO" --timeout 0.3s sleeper.go >out.txt 2>err.txt; echo "exit=$?"
cat out.txt err.txt
"$GORO" run --max-memory=64MB hog.go >out.txt 2>err.txt; echo "exit=$?"
cat out.txt err.txt
"$GORO" run --max-memory=16MB --timeout=20s small.go; echo "exit=$?"
