# A #!/usr/bin/env goro script runs when goro is on PATH (the #! line is skipped), with or
# without a .go name, and `goro script args` runs it too.
mkdir -p bin && ln -s "$GORO" bin/goro
PATH=$PWD/bin:$PATH ./script one two; echo "exit=$?"
cp script script.go
PATH=$PWD/bin:$PATH ./script.go three; echo "exit=$?"
"$GORO" script four; echo "exit=$?"
"$GORO" run script five; echo "exit=$?"
