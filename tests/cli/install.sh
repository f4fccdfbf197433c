# make install PREFIX=... puts goro on PATH.
make -s -C "$ROOT" install PREFIX="$PWD/prefix" BUILD="$(dirname "$GORO")" >make.txt 2>&1; echo "make install exit=$?"
test -x prefix/bin/goro && echo "prefix/bin/goro installed"
PATH=$PWD/prefix/bin:/usr/bin:/bin goro version | sed 's/ .*//'
PATH=$PWD/prefix/bin:/usr/bin:/bin ./script installed; echo "exit=$?"
