/* compile.h — compile a type-checked program into VM code. */
#ifndef GORO_COMPILE_H
#define GORO_COMPILE_H

#include "check.h"
#include "../vm/vm.h"

/* Compile the program rooted at package main. Returns the entry closure (package
 * initialization then main.main), or NULL after reporting errors. If dump is set, prints the
 * bytecode of every user function to stdout. */
Closure *compile_program(Package *mainpkg, bool dump);

#endif
