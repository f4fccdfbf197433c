/* parse.h — the front end's entry points: source text → tokens → AST. */
#ifndef GORO_PARSE_H
#define GORO_PARSE_H

#include "ast.h"

/* Parse one source file. Returns the N_FILE node, or NULL after reporting syntax errors to
 * diag (positioned, gc's wording). A first line starting with "#!" is skipped. Never crashes,
 * whatever the input; nesting deeper than PARSE_MAX_DEPTH is a positioned error. */
Node *parse_file(Source *src);

/* REPL support: parse src as a sequence of statements / declarations (no package clause).
 * Returns an N_FILE whose decls hold declarations and whose ... see repl/. */
Node *parse_repl_input(Source *src, bool *incomplete);

#define PARSE_MAX_DEPTH 1000

#endif
