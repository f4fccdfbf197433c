# Exit statuses: compile error 1, panic 2, deadlock 2, os.Exit(n) n; stdout is flushed first.
"$GORO" run compile_error.go 2>err.txt; echo "exit=$?"
echo "stderr: $(cut -d: -f1-3 err.txt)"
"$GORO" run panics.go >out.txt 2>err.txt; echo "exit=$?"
echo "stdout: $(cat out.txt)"
echo "stderr: $(head -1 err.txt)"
"$GORO" run exits.go >out.txt; echo "exit=$?"
echo "stdout: $(cat out.txt)"
"$GORO" run deadlock.go 2>err.txt; echo "exit=$?"
echo "stderr: $(head -1 err.txt)"
# both streams into one pipe: stdout is block-buffered there, but flushed before stderr writes
"$GORO" run order.go 2>&1 | head -6
