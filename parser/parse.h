/* parse.h — the front end's entry points: source text → tokens → AST. */
#ifndef GORO_PARSE_H
#define GORO_PARSE_H

#include "ast.h"

/* Parse one source file. Returns the N_FILE node, or NULL after reporting syntax errors to
 * diag (positioned, gc's wording). A first line starting with "#!" is skipped. Never crashes,
 * whatever the input; nesting deeper than PARSE_MAX_DEPTH is a positioned error. */
Node *parse_file(Source *src);

/* REPL support: parse src as a `;`-separated sequence of statements, imports and function
 * declarations (no package clause; methods are not accepted: `func (` also starts a function
 * literal). Returns an N_FILE with no package name, imports in file.imports, and everything
 * else in file.decls in source order: N_FUNCDECL, statements (N_DECLSTMT for const/var/type,
 * N_ASSIGN, N_EXPRSTMT, ...). NULL after an error; then *incomplete tells whether the input
 * merely stopped early (an open block, literal or comment at the end: read more lines). */
Node *parse_repl_input(Source *src, bool *incomplete);

#define PARSE_MAX_DEPTH 1000

#endif
