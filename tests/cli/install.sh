# make install PREFIX=... puts goro on PATH (the goro under test is installed as it is: -o
# keeps make from rebuilding it).
make -s -C "$ROOT" -o "$GORO" install PREFIX="$PWD/prefix" GORO="$GORO" >make.txt 2>&1; echo "make install exit=$?"
test -x prefix/bin/goro && echo "prefix/bin/goro installed"
PATH=$PWD/prefix/bin:/usr/bin:/bin goro version | sed 's/ .*//'
PATH=$PWD/prefix/bin:/usr/bin:/bin ./script installed; echo "exit=$?"
