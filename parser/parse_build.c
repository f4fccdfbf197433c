/* parse_build.c — the AST builders the grammar actions call (pb_*), with the checks gc's parser
 * makes while building: parameter grouping, type-parameter-or-array decisions, if/for/switch
 * header shapes, channel direction re-association, 3-index slices. */
#include <stdarg.h>
#include <string.h>
#include "parser_internal.h"

/* ---- lists ---- */

NodeList nl_empty(void) {
    NodeList l = {0};
    return l;
}

NodeList nl_one(Node *x) {
    NodeList l = {0};
    vec_push(&l, x);
    return l;
}

NodeList nl_push(NodeList l, Node *x) {
    vec_push(&l, x);
    return l;
}

NodeList pb_list1(ParseCtx *c, Node *x) {
    c->list_len = 1;
    return nl_one(x);
}

NodeList pb_list_push(ParseCtx *c, NodeList l, Node *x) {
    vec_push(&l, x);
    c->list_len = l.len;
    return l;
}

NodeList nl_prepend(Node *x, NodeList l) {
    NodeList r = {0};
    vec_push(&r, x);
    for (int i = 0; i < l.len; i++) vec_push(&r, l.items[i]);
    return r;
}

static char *copy_text(const char *s, size_t n) {
    char *t = mem_alloc_atomic(n + 1);
    memcpy(t, s, n);
    t[n] = 0;
    return t;
}

static Node *unparen(Node *n) {
    while (n && n->kind == N_PAREN) n = n->paren.x;
    return n;
}

/* ---- expressions ---- */

Node *pb_ident(ParseCtx *c, Token t) {
    Node *n = ast_new(N_IDENT, t.pos);
    n->ident.name = t.code == TK_IDENT ? t.text : ast_intern(t.text, t.len);
    return n;
}

Node *pb_basiclit(ParseCtx *c, Token t) {
    Node *n = ast_new(N_BASICLIT, t.pos);
    switch (t.code) {
    case TK_INT: n->lit.lit = LIT_INT; break;
    case TK_FLOAT: n->lit.lit = LIT_FLOAT; break;
    case TK_IMAG: n->lit.lit = LIT_IMAG; break;
    case TK_CHAR: n->lit.lit = LIT_RUNE; break;
    default: n->lit.lit = LIT_STRING; break;
    }
    n->lit.text = copy_text(t.text, t.len);
    if (n->lit.lit == LIT_STRING || n->lit.lit == LIT_RUNE) {
        n->lit.str = t.str;
        n->lit.len = t.slen;
        n->lit.rune = t.rune;
    }
    if (n->lit.lit == LIT_IMAG) diag_error(t.pos, "goro: unsupported: complex numbers");
    return n;
}

static GoOp binop(int code) {
    switch (code) {
    case TK_ADD: case TK_ADD_ASSIGN: return OP_ADD;
    case TK_SUB: case TK_SUB_ASSIGN: return OP_SUB;
    case TK_MUL: case TK_MUL_ASSIGN: return OP_MUL;
    case TK_QUO: case TK_QUO_ASSIGN: return OP_QUO;
    case TK_REM: case TK_REM_ASSIGN: return OP_REM;
    case TK_AND: case TK_AND_ASSIGN: return OP_AND;
    case TK_OR: case TK_OR_ASSIGN: return OP_OR;
    case TK_XOR: case TK_XOR_ASSIGN: return OP_XOR;
    case TK_SHL: case TK_SHL_ASSIGN: return OP_SHL;
    case TK_SHR: case TK_SHR_ASSIGN: return OP_SHR;
    case TK_AND_NOT: case TK_AND_NOT_ASSIGN: return OP_ANDNOT;
    case TK_LAND: return OP_LAND;
    case TK_LOR: return OP_LOR;
    case TK_ARROW: return OP_ARROW;
    case TK_EQL: return OP_EQL;
    case TK_NEQ: return OP_NEQ;
    case TK_LSS: return OP_LSS;
    case TK_LEQ: return OP_LEQ;
    case TK_GTR: return OP_GTR;
    case TK_GEQ: return OP_GEQ;
    case TK_NOT: return OP_NOT;
    case TK_TILDE: return OP_TILDE;
    case TK_DEFINE: return OP_DEFINE;
    case TK_ASSIGN: return OP_ASSIGN;
    }
    return OP_NONE;
}

Node *pb_binary(ParseCtx *c, Node *x, Token op, Node *y) {
    Node *n = ast_new(N_BINARY, op.pos);
    n->binary.op = binop(op.code);
    n->binary.x = x;
    n->binary.y = y;
    return n;
}

/* `<-` applied to a channel type makes it receive-only, re-associating with the leftmost
 * `chan` as gc does: <-(chan E) => <-chan E, <-(chan<- E) => <-chan (<-E). */
static Node *recv_chan_type(ParseCtx *c, Token arrow, Node *x) {
    ChanDir dir = CHAN_SEND;
    Node *t = x;
    while (dir == CHAN_SEND) {
        if (!t || t->kind != N_CHANTYPE) break;
        dir = t->chantype.dir;
        if (dir == CHAN_RECV) pe_error(c, c->tok.pos, "unexpected <-, expected chan");
        t->chantype.dir = CHAN_RECV;
        t = t->chantype.elem;
    }
    if (dir == CHAN_SEND) pe_error(c, c->tok.pos, "unexpected %s, expected chan", ast_string(t));
    x->pos = arrow.pos;
    return x;
}

Node *pb_unary(ParseCtx *c, Token op, Node *x) {
    if (op.code == TK_MUL) return pb_star(c, op, x);
    if (op.code == TK_ARROW && x && x->kind == N_CHANTYPE) return recv_chan_type(c, op, x);
    Node *n = ast_new(N_UNARY, op.pos);
    n->unary.op = op.code == TK_ARROW ? OP_ARROW : op.code == TK_ADD ? OP_ADD : op.code == TK_SUB ? OP_SUB
                : op.code == TK_AND ? OP_AND : binop(op.code);
    /* gc drops parentheses around the operand of & (&(T{}) is &T{}) */
    n->unary.x = op.code == TK_AND ? unparen(x) : x;
    return n;
}

Node *pb_paren(ParseCtx *c, Token lp, Node *x) {
    Node *n = ast_new(N_PAREN, lp.pos);
    n->paren.x = x;
    return n;
}

Node *pb_selector(ParseCtx *c, Node *x, Token dot, Token sel) {
    Node *n = ast_new(N_SELECTOR, dot.pos);
    n->selector.x = x;
    n->selector.sel = sel.text;
    n->selector.selpos = sel.pos;
    return n;
}

Node *pb_assert(ParseCtx *c, Node *x, Token dot, Node *type) {
    Node *n = ast_new(N_TYPEASSERT, dot.pos);
    n->assert.x = x;
    n->assert.type = type;
    return n;
}

Node *pb_index(ParseCtx *c, Node *x, Token lb, NodeList idx) {
    Node *n = ast_new(N_INDEX, lb.pos);
    n->index.x = x;
    n->index.indices = idx;
    return n;
}

SliceParts pb_slice_parts(ParseCtx *c, Node *lo, Token colon, Node *hi, Token *colon2, Node *max,
                          bool three) {
    SliceParts s = {lo, hi, max, three, {0, 0, 0}};
    if (colon2) s.colon2 = colon2->pos;
    return s;
}

Node *pb_slice(ParseCtx *c, Node *x, Token lb, SliceParts s, Token rb) {
    Node *n = ast_new(N_SLICEEXPR, lb.pos);
    n->slice.x = x;
    n->slice.lo = s.lo;
    n->slice.hi = s.hi;
    n->slice.max = s.max;
    n->slice.slice3 = s.three;
    if (s.three && !s.hi) {
        diag_error(s.colon2, "middle index required in 3-index slice");
        n->slice.hi = ast_new(N_BAD, s.colon2);
    }
    if (s.three && !s.max) {
        diag_error(rb.pos, "final index required in 3-index slice");
        n->slice.max = ast_new(N_BAD, rb.pos);
    }
    return n;
}

Node *pb_call(ParseCtx *c, Node *fun, Token lp, NodeList args, bool dots, Token rp) {
    Node *n = ast_new(N_CALL, lp.pos);
    n->call.fun = fun;
    n->call.args = args;
    n->call.ellipsis = dots;
    n->call.rparen = rp.pos;
    return n;
}

Node *pb_complit_body(ParseCtx *c, Token lb, NodeList elts, Token rb) {
    Node *n = ast_new(N_COMPOSITE, lb.pos);
    n->composite.elts = elts;
    n->composite.lbrace = lb.pos;
    n->composite.rbrace = rb.pos;
    return n;
}

Node *pb_complit(ParseCtx *c, Node *type, Node *body) {
    body->composite.type = type;
    return body;
}

Node *pb_keyvalue(ParseCtx *c, Node *k, Token colon, Node *v) {
    Node *n = ast_new(N_KEYVALUE, colon.pos);
    n->kv.key = k;
    n->kv.value = v;
    return n;
}

Node *pb_funclit(ParseCtx *c, Token fn, Sig sig, Node *body) {
    Node *n = ast_new(N_FUNCLIT, fn.pos);
    n->funclit.type = pb_functype(c, fn, sig);
    n->funclit.body = body;
    return n;
}

/* ---- types ---- */

Node *pb_arraytype(ParseCtx *c, Token lb, Node *len, bool dots, Node *elem) {
    Node *n = ast_new(N_ARRAYTYPE, lb.pos);
    n->arraytype.len = len;
    n->arraytype.dots = dots;
    n->arraytype.elem = elem;
    return n;
}

Node *pb_star(ParseCtx *c, Token star, Node *x) {
    Node *n = ast_new(N_STAR, star.pos);
    n->star.x = x;
    return n;
}

Node *pb_maptype(ParseCtx *c, Token m, Node *k, Node *v) {
    Node *n = ast_new(N_MAPTYPE, m.pos);
    n->maptype.key = k;
    n->maptype.value = v;
    return n;
}

Node *pb_chantype(ParseCtx *c, Token t, ChanDir dir, Node *elem) {
    Node *n = ast_new(N_CHANTYPE, t.pos);
    n->chantype.dir = dir;
    n->chantype.elem = elem;
    return n;
}

Node *pb_functype(ParseCtx *c, Token fn, Sig sig) {
    Node *n = ast_new(N_FUNCTYPE, fn.pos);
    n->functype.params = sig.params;
    n->functype.results = sig.results;
    return n;
}

Node *pb_structtype(ParseCtx *c, Token s, NodeList fields) {
    Node *n = ast_new(N_STRUCTTYPE, s.pos);
    n->structtype.fields = fields;
    return n;
}

Node *pb_ifacetype(ParseCtx *c, Token i, NodeList elems) {
    Node *n = ast_new(N_INTERFACETYPE, i.pos);
    n->ifacetype.elems = elems;
    return n;
}

Node *pb_method(ParseCtx *c, Token name, Sig sig) {
    Node *ft = ast_new(N_FUNCTYPE, sig.open);
    ft->functype.params = sig.params;
    ft->functype.results = sig.results;
    return pb_field(c, nl_one(pb_ident(c, name)), ft, NULL);
}

Node *pb_ellipsis(ParseCtx *c, Token e, Node *elem) {
    Node *n = ast_new(N_ELLIPSIS, e.pos);
    n->ellipsis.elem = elem;
    return n;
}

Node *pb_field(ParseCtx *c, NodeList names, Node *type, Node *tag) {
    Pos pos = names.len ? names.items[0]->pos : type ? ast_start_pos(type) : c->tok.pos;
    Node *n = ast_new(N_FIELD, pos);
    n->field.names = names;
    n->field.type = type;
    n->field.tag = tag;
    return n;
}

/* `name [len...] elem` in a struct or parameter list: a named array only when the brackets
 * hold one expression and no comma (gc's arrayOrTArgs); otherwise the brackets instantiated
 * `name` and the type after them is unexpected. */
static bool named_array_ok(ParseCtx *c, NodeList len, int comma, Node *elem, const char *ctxname,
                           const char *sep) {
    if (len.len == 1 && !comma) return true;
    pe_error(c, ast_start_pos(elem), "unexpected %s in %s; possibly missing %s or %s",
             ast_string(elem), ctxname, sep, strcmp(sep, "comma") == 0 ? ")" : "}");
    return false;
}

Node *pb_field_array(ParseCtx *c, Token name, Token lb, NodeList len, int comma, Node *elem, Node *tag) {
    Node *id = pb_ident(c, name);
    if (!named_array_ok(c, len, comma, elem, "struct type", "semicolon or newline"))
        return pb_field(c, nl_empty(), pb_index(c, id, lb, len), tag);
    return pb_field(c, nl_one(id), pb_arraytype(c, lb, len.items[0], false, elem), tag);
}

/* ---- parameters ---- */

/* A parameter entry: name-only (type NULL), name and type, or type only (no names). Entries
 * become real parameters in pb_params. */
Node *pb_param(ParseCtx *c, Node *name, Node *type) {
    return pb_field(c, name ? nl_one(name) : nl_empty(), type, NULL);
}

Node *pb_param_array(ParseCtx *c, Token name, Token lb, NodeList len, int comma, Node *elem) {
    Node *id = pb_ident(c, name);
    if (!named_array_ok(c, len, comma, elem, "parameter list", "comma"))
        return pb_param(c, NULL, pb_index(c, id, lb, len));
    return pb_param(c, id, pb_arraytype(c, lb, len.items[0], false, elem));
}

/* gc's paramList: if no entry has both a name and a type (and this is not a type parameter
 * list), the lone names are types: func(int, string). Otherwise types distribute right to
 * left over lone names: func(a, b int). Then consecutive entries sharing a distributed type
 * merge into one N_FIELD with several names. */
NodeList pb_params(ParseCtx *c, NodeList entries, Token close, bool tparams) {
    int named = 0, typed = 0;
    for (int i = 0; i < entries.len; i++) {
        Node *f = entries.items[i];
        if (f->field.names.len && f->field.type) named++;
        if (f->field.type) typed++;
    }
    if (named == 0 && !tparams) {
        for (int i = 0; i < entries.len; i++) {
            Node *f = entries.items[i];
            if (!f->field.type) {
                f->field.type = f->field.names.items[0];
                f->field.names = nl_empty();
            }
        }
        return entries;
    }
    if (named != entries.len) {
        Pos errpos = {0, 0, 0};
        Node *typ = NULL;
        for (int i = entries.len - 1; i >= 0; i--) {
            Node *f = entries.items[i];
            if (f->field.type) {
                typ = f->field.type;
                if (!f->field.names.len) {
                    errpos = ast_start_pos(typ);
                    Token u = {TK_IDENT, errpos, "_", 1, NULL, 0, 0, false};
                    u.text = ast_intern("_", 1);
                    f->field.names = nl_one(pb_ident(c, u));
                }
            } else if (typ) {
                f->field.type = typ;
            } else {
                errpos = f->field.names.items[0]->pos;
                f->field.type = ast_new(N_BAD, errpos);
            }
        }
        if (errpos.line) {
            if (tparams && named == typed) pe_error(c, close.pos, "missing type constraint");
            else if (tparams)
                pe_error(c, errpos, "missing type parameter name%s", entries.len == 1 ? " or invalid array length" : "");
            else pe_error(c, errpos, "mixed named and unnamed parameters");
        }
    }
    NodeList out = {0};
    for (int i = 0; i < entries.len; i++) {
        Node *f = entries.items[i];
        if (out.len) {
            Node *last = vec_last(&out);
            if (last->field.type == f->field.type && last->field.names.len && f->field.names.len) {
                vec_push(&last->field.names, f->field.names.items[0]);
                continue;
            }
        }
        vec_push(&out, f);
    }
    return out;
}

Params pb_paramlist(ParseCtx *c, Token lp, NodeList entries, Token rp) {
    Params p = {pb_params(c, entries, rp, false), lp.pos};
    c->params_len = 0;
    for (int i = 0; i < p.list.len; i++) c->params_len += p.list.items[i]->field.names.len ? p.list.items[i]->field.names.len : 1;
    return p;
}

Sig pb_sig(Params p, NodeList results) {
    Sig s = {p.list, results, p.open};
    return s;
}

/* ---- declarations ---- */

Node *pb_gendecl(ParseCtx *c, Token kw, DeclTok tok, NodeList specs, bool grouped) {
    Node *n = ast_new(N_GENDECL, kw.pos);
    n->gendecl.tok = tok;
    n->gendecl.specs = specs;
    n->gendecl.grouped = grouped;
    if (tok == DECL_CONST)
        for (int i = 0; i < specs.len; i++) specs.items[i]->valuespec.iota = i;
    c->last_func_nobody = false;
    return n;
}

Node *pb_import(ParseCtx *c, Node *name, Token path) {
    Node *lit = pb_basiclit(c, path);
    Node *n = ast_new(N_IMPORT, name ? name->pos : path.pos);
    n->import.name = name;
    n->import.pathlit = lit;
    n->import.path = copy_text(lit->lit.str, lit->lit.len);
    return n;
}

Node *pb_valuespec(ParseCtx *c, NodeList names, Node *type, NodeList values) {
    Node *n = ast_new(N_VALUESPEC, names.items[0]->pos);
    n->valuespec.names = names;
    n->valuespec.type = type;
    n->valuespec.values = values;
    return n;
}

TypeAlias pb_ta(Node *type, bool alias) {
    TypeAlias t = {type, alias};
    return t;
}

Node *pb_typespec(ParseCtx *c, Token name, NodeList tparams, TypeAlias ta) {
    Node *n = ast_new(N_TYPESPEC, name.pos);
    n->typespec.name = pb_ident(c, name);
    n->typespec.tparams = tparams;
    n->typespec.type = ta.type;
    n->typespec.alias = ta.alias;
    return n;
}

/* gc's isTypeElem: x is syntactically a type element (not possibly a value). */
static bool is_type_elem(Node *x) {
    if (!x) return false;
    switch (x->kind) {
    case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE:
    case N_MAPTYPE: case N_CHANTYPE:
        return true;
    case N_STAR: return is_type_elem(x->star.x);
    case N_UNARY: return x->unary.op == OP_TILDE || is_type_elem(x->unary.x);
    case N_BINARY: return is_type_elem(x->binary.x) || is_type_elem(x->binary.y);
    case N_PAREN: return is_type_elem(x->paren.x);
    default: return false;
    }
}

/* gc's extractName: split x into a type parameter name and its constraint if x can be
 * written as `name constraint` (P *C, P(C), P *C|D ...); *type gets the constraint or NULL. */
static Node *extract_name(Node *x, bool force, Node **type) {
    *type = NULL;
    switch (x->kind) {
    case N_IDENT:
        return x;
    case N_BINARY:
        if (x->binary.op == OP_MUL && x->binary.x->kind == N_IDENT &&
            (force || is_type_elem(x->binary.y))) {
            Node *star = ast_new(N_STAR, x->pos);
            star->star.x = x->binary.y;
            *type = star;
            return x->binary.x;
        }
        if (x->binary.op == OP_OR) {
            Node *lhs;
            Node *name = extract_name(x->binary.x, force || is_type_elem(x->binary.y), &lhs);
            if (name && lhs) {
                Node *u = ast_new(N_BINARY, x->pos);
                u->binary.op = OP_OR;
                u->binary.x = lhs;
                u->binary.y = x->binary.y;
                *type = u;
                return name;
            }
        }
        break;
    case N_CALL:
        if (x->call.fun->kind == N_IDENT && x->call.args.len == 1 && !x->call.ellipsis &&
            (force || is_type_elem(x->call.args.items[0]))) {
            *type = unparen(x->call.args.items[0]);
            return x->call.fun;
        }
        break;
    default:
        break;
    }
    return NULL;
}

Node *pb_typespec_brackets(ParseCtx *c, Token name, Token lb, Node *x, Node *constraint, Token *comma,
                           NodeList rest, Token rb, TypeAlias ta) {
    Node *ptype = NULL;
    Node *pname = extract_name(x, comma != NULL, &ptype);
    bool generic = pname && (ptype || constraint || comma);
    if (!generic) {
        if (constraint) {
            pe_error(c, ast_start_pos(constraint), "unexpected %s, expected ]", ast_string(constraint));
        } else if (comma) {
            pe_error(c, comma->pos, "unexpected comma; expected ]");
        } else if (ta.alias) {
            pe_error(c, rb.pos, "unexpected =, expected type");
        }
        return pb_typespec(c, name, nl_empty(), pb_ta(pb_arraytype(c, lb, x, false, ta.type), false));
    }
    if (ptype && constraint)
        pe_error(c, ast_start_pos(constraint), "unexpected %s, expected ]", ast_string(constraint));
    NodeList all = nl_prepend(pb_param(c, pname, constraint ? constraint : ptype), rest);
    return pb_typespec(c, name, pb_params(c, all, rb, true), ta);
}

Node *pb_funcdecl(ParseCtx *c, Params *recv, Token name, NodeList tparams, Sig sig, Node *body) {
    Node *n = ast_new(N_FUNCDECL, name.pos);
    if (recv) {
        if (recv->list.len == 0) diag_error(name.pos, "method has no receiver");
        else if (recv->list.len > 1 || recv->list.items[0]->field.names.len > 1)
            diag_error(name.pos, "method has multiple receivers");
        if (recv->list.len) n->funcdecl.recv = recv->list.items[0];
    }
    n->funcdecl.name = pb_ident(c, name);
    Node *ft = ast_new(N_FUNCTYPE, sig.open);
    ft->functype.typeparams = tparams;
    ft->functype.params = sig.params;
    ft->functype.results = sig.results;
    n->funcdecl.type = ft;
    n->funcdecl.body = body;
    c->last_func_nobody = body == NULL;
    return n;
}

NodeList pb_topdecl(ParseCtx *c, NodeList decls, Node *d) {
    if (d->kind == N_GENDECL && d->gendecl.tok == DECL_IMPORT) {
        for (int i = 0; i < decls.len; i++) {
            Node *e = decls.items[i];
            if (e->kind != N_GENDECL || e->gendecl.tok != DECL_IMPORT) {
                pe_error(c, d->pos, "imports must appear before other declarations");
                break;
            }
        }
    }
    return nl_push(decls, d);
}

void pb_file(ParseCtx *c, Token pkg, Token name, NodeList decls) {
    Node *f = ast_new(N_FILE, pkg.pos);
    f->file.pkgname = pb_ident(c, name);
    f->file.src = c->src;
    for (int i = 0; i < decls.len; i++) {
        Node *d = decls.items[i];
        if (d->kind == N_GENDECL && d->gendecl.tok == DECL_IMPORT) {
            for (int j = 0; j < d->gendecl.specs.len; j++) vec_push(&f->file.imports, d->gendecl.specs.items[j]);
        } else {
            vec_push(&f->file.decls, d);
        }
    }
    c->result = f;
}

void pb_repl(ParseCtx *c, NodeList items) {
    Pos p = {c->src->index, 1, 1};
    Node *f = ast_new(N_FILE, p);
    f->file.src = c->src;
    for (int i = 0; i < items.len; i++) {
        Node *d = items.items[i];
        if (d->kind == N_GENDECL && d->gendecl.tok == DECL_IMPORT) {
            for (int j = 0; j < d->gendecl.specs.len; j++) vec_push(&f->file.imports, d->gendecl.specs.items[j]);
        } else if (d->kind != N_EMPTY) {
            vec_push(&f->file.decls, d);
        }
    }
    c->result = f;
}

/* ---- statements ---- */

Node *pb_block(ParseCtx *c, Token lb, NodeList stmts, Token rb) {
    Node *n = ast_new(N_BLOCK, lb.pos);
    n->block.stmts = stmts;
    n->block.rbrace = rb.pos;
    return n;
}

NodeList pb_stmt_append(ParseCtx *c, NodeList l, Node *s, Token semi) {
    /* a ';' where a statement starts is an empty statement, as in gc */
    return nl_push(l, s ? s : ast_new(N_EMPTY, semi.pos));
}

Node *pb_declstmt(ParseCtx *c, Node *decl) {
    Node *n = ast_new(N_DECLSTMT, decl->pos);
    n->declstmt.decl = decl;
    return n;
}

Node *pb_labeled(ParseCtx *c, Token label, Token colon, Node *s) {
    Node *n = ast_new(N_LABELED, label.pos);
    n->labeled.label = label.text;
    n->labeled.stmt = s ? s : ast_new(N_EMPTY, c->tok.pos);
    return n;
}

Node *pb_gostmt(ParseCtx *c, Token kw, Node *x) {
    Node *n = ast_new(kw.code == TK_GO ? N_GO : N_DEFER, kw.pos);
    if (x->kind == N_PAREN) {
        diag_error(x->pos, "expression in %s must not be parenthesized", kw.code == TK_GO ? "go" : "defer");
        x = unparen(x);
    }
    n->gostmt.call = x;
    return n;
}

Node *pb_return(ParseCtx *c, Token kw, NodeList results) {
    Node *n = ast_new(N_RETURN, kw.pos);
    n->ret.results = results;
    return n;
}

Node *pb_branch(ParseCtx *c, Token kw, Token *label) {
    Node *n = ast_new(N_BRANCH, kw.pos);
    switch (kw.code) {
    case TK_BREAK: n->branch.tok = BR_BREAK; break;
    case TK_CONTINUE: n->branch.tok = BR_CONTINUE; break;
    case TK_GOTO: n->branch.tok = BR_GOTO; break;
    default: n->branch.tok = BR_FALLTHROUGH; break;
    }
    if (label) {
        n->branch.label = label->text;
        n->branch.labelpos = label->pos;
    }
    return n;
}

Node *pb_exprstmt(ParseCtx *c, Node *x) {
    Node *n = ast_new(N_EXPRSTMT, ast_start_pos(x));
    n->exprstmt.x = x;
    return n;
}

Node *pb_send(ParseCtx *c, Node *ch, Token arrow, Node *v) {
    Node *n = ast_new(N_SEND, arrow.pos);
    n->send.ch = ch;
    n->send.value = v;
    return n;
}

Node *pb_incdec(ParseCtx *c, Node *x, Token op) {
    Node *n = ast_new(N_INCDEC, op.pos);
    n->incdec.x = x;
    n->incdec.inc = op.code == TK_INC;
    return n;
}

Node *pb_assign(ParseCtx *c, NodeList lhs, Token op, NodeList rhs) {
    Node *n = ast_new(N_ASSIGN, op.pos);
    n->assign.lhs = lhs;
    n->assign.rhs = rhs;
    n->assign.op = binop(op.code);
    return n;
}

/* gc's header(): the condition must be an expression statement; anything else is reported
 * as "cannot use ... as value" (with "assignment" spelled out for `=`). */
static Node *header_cond(ParseCtx *c, Node *s) {
    if (!s) return NULL;
    if (s->kind == N_EXPRSTMT) return s->exprstmt.x;
    StrBuf b;
    sb_init(&b);
    if (s->kind == N_ASSIGN && s->assign.op == OP_ASSIGN) {
        sb_puts(&b, "assignment ");
        for (int side = 0; side < 2; side++) {
            NodeList *l = side ? &s->assign.rhs : &s->assign.lhs;
            if (side) sb_puts(&b, " = ");
            bool paren = l->len == 1 && l->items[0]->kind == N_BINARY;
            if (paren) sb_putc(&b, '(');
            for (int i = 0; i < l->len; i++) {
                if (i) sb_puts(&b, ", ");
                ast_print(l->items[i], &b);
            }
            if (paren) sb_putc(&b, ')');
        }
    } else {
        ast_print(s, &b);
    }
    pe_error(c, s->pos, "cannot use %s as value", sb_cstr(&b));
    return ast_new(N_BAD, s->pos);
}

Node *pb_if_head(ParseCtx *c, Token kw, Node *init, Token *semi, Node *cond) {
    Node *n = ast_new(N_IF, kw.pos);
    c->head_semis = semi ? 1 : 0;
    n->ifstmt.init = init;
    if (c->tok.code != TK_LBRACE) return n; /* reduced on a bad token: the syntax error says it */
    if (!cond) {
        /* the lookahead is the '{' of the body */
        if (semi && semi->implicit)
            pe_error(c, semi->pos, "unexpected %s, expected { after if clause", semi->text);
        else
            pe_error(c, semi ? semi->pos : c->tok.pos, "missing condition in if statement");
        n->ifstmt.cond = ast_new(N_BAD, semi ? semi->pos : c->tok.pos);
    } else {
        n->ifstmt.cond = header_cond(c, cond);
    }
    return n;
}

Node *pb_if(ParseCtx *c, Node *head, Node *then, Node *els) {
    head->ifstmt.then = then;
    head->ifstmt.els = els;
    return head;
}

Node *pb_for_head(ParseCtx *c, Token kw, Node *init, Node *cond, Node *post, bool clauses) {
    Node *n = ast_new(N_FOR, kw.pos);
    c->head_semis = clauses ? 2 : 0;
    n->forstmt.init = init;
    if (c->tok.code != TK_LBRACE) return n; /* reduced on a bad token: the syntax error says it */
    n->forstmt.cond = header_cond(c, cond);
    if (post && post->kind == N_ASSIGN && post->assign.op == OP_DEFINE)
        pe_error(c, post->pos, "cannot declare in post statement of for loop");
    n->forstmt.post = post;
    return n;
}

Node *pb_range_head(ParseCtx *c, Token kw, NodeList *lhs, Token op, Node *x) {
    Node *n = ast_new(N_RANGE, kw.pos);
    c->head_semis = 2;
    if (lhs) {
        n->rangestmt.key = lhs->items[0];
        if (lhs->len > 1) n->rangestmt.value = lhs->items[1];
        if (lhs->len > 2) diag_error(lhs->items[2]->pos, "range clause permits at most two iteration variables");
        n->rangestmt.define = op.code == TK_DEFINE;
        n->rangestmt.oppos = op.pos;
    }
    n->rangestmt.x = x;
    return n;
}

Node *pb_for(ParseCtx *c, Node *head, Node *body) {
    if (head->kind == N_RANGE) head->rangestmt.body = body;
    else head->forstmt.body = body;
    return head;
}

Node *pb_clauses(ParseCtx *c, Token lb, NodeList clauses, Token rb) {
    Node *n = ast_new(N_SWITCH, lb.pos);
    n->switchstmt.clauses = clauses;
    n->switchstmt.lbrace = lb.pos;
    n->switchstmt.rbrace = rb.pos;
    return n;
}

/* A switch is a type switch when its tag is `x.(type)` or `v := x.(type)`. */
Node *pb_switch_head(ParseCtx *c, Token kw, Node *init, bool semi, Node *tag) {
    c->head_semis = semi ? 1 : 0;
    Node *guard = NULL, *bind = NULL;
    bool check = c->tok.code == TK_LBRACE; /* else reduced on a bad token: the syntax error says it */
    if (tag && tag->kind == N_EXPRSTMT && tag->exprstmt.x->kind == N_TYPEASSERT &&
        !tag->exprstmt.x->assert.type) {
        guard = tag->exprstmt.x;
    } else if (tag && tag->kind == N_ASSIGN && tag->assign.op == OP_DEFINE && tag->assign.lhs.len == 1 &&
               tag->assign.rhs.len == 1 && tag->assign.lhs.items[0]->kind == N_IDENT &&
               tag->assign.rhs.items[0]->kind == N_TYPEASSERT && !tag->assign.rhs.items[0]->assert.type) {
        guard = tag->assign.rhs.items[0];
        bind = tag->assign.lhs.items[0];
    }
    if (guard) {
        Node *n = ast_new(N_TYPESWITCH, kw.pos);
        n->typeswitch.init = init;
        n->typeswitch.bind = bind;
        n->typeswitch.x = guard->assert.x;
        return n;
    }
    Node *n = ast_new(N_SWITCH, kw.pos);
    n->switchstmt.init = init;
    n->switchstmt.tag = check ? header_cond(c, tag) : tag;
    return n;
}

Node *pb_switch(ParseCtx *c, Node *head, Node *body) {
    if (head->kind == N_TYPESWITCH) {
        head->typeswitch.clauses = body->switchstmt.clauses;
        head->typeswitch.lbrace = body->switchstmt.lbrace;
        head->typeswitch.rbrace = body->switchstmt.rbrace;
    } else {
        head->switchstmt.clauses = body->switchstmt.clauses;
        head->switchstmt.lbrace = body->switchstmt.lbrace;
        head->switchstmt.rbrace = body->switchstmt.rbrace;
    }
    return head;
}

Node *pb_case_head(ParseCtx *c, Token kw, NodeList *list, Token colon) {
    Node *n = ast_new(N_CASECLAUSE, kw.pos);
    if (list) n->caseclause.list = *list;
    n->caseclause.isdefault = list == NULL;
    n->caseclause.colon = colon.pos;
    return n;
}

Node *pb_clause(ParseCtx *c, Node *head, NodeList body) {
    head->caseclause.body = body;
    return head;
}

Node *pb_select(ParseCtx *c, Token kw, NodeList clauses, Token rb) {
    Node *n = ast_new(N_SELECT, kw.pos);
    n->selectstmt.clauses = clauses;
    n->selectstmt.rbrace = rb.pos;
    return n;
}

Node *pb_comm_head(ParseCtx *c, Token kw, Node *comm, Token colon) {
    Node *n = ast_new(N_COMMCLAUSE, kw.pos);
    n->commclause.comm = comm;
    n->commclause.colon = colon.pos;
    return n;
}

Node *pb_comm_clause(ParseCtx *c, Node *head, NodeList body) {
    head->commclause.body = body;
    return head;
}
