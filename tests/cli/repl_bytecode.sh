# :bytecode prints the disassembly of session functions, methods and inputs (the instructions
# themselves belong to the compiler: only the headers are checked here).
cat > in.txt <<'IN'
func compute() int { return 6 * 7 }
type T struct{}
func (T) M() string { return "m" }
compute()
:bytecode compute
:bytecode T.M
:bytecode
:bytecode input1
:bytecode nosuch
IN
"$GORO" repl <in.txt 2>&1 | grep -v '^ ' | grep -v '^$' | sed 's/  args=.*//'
echo "exit=${PIPESTATUS[0]}"
