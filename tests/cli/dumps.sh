# The dump flags print and exit 0 without running the program.
"$GORO" --tokens hello.go >tokens.txt; echo "tokens exit=$?"
grep -c . tokens.txt >/dev/null && head -2 tokens.txt
"$GORO" run --ast hello.go >ast.txt; echo "ast exit=$?"
head -1 ast.txt
"$GORO" --bytecode hello.go >bc.txt; echo "bytecode exit=$?"
grep -q '^func main.main' bc.txt && echo "bytecode has main.main"
grep -q hello bc.txt || echo "the program did not run"
"$GORO" --ast compile_error.go >/dev/null; echo "ast of a file that parses: exit=$?"
