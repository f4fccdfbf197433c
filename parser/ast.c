/* ast.c — node construction, name interning, leftmost positions, `goro --ast` dumps and the
 * Go-syntax printer used in messages (gc's syntax.String short form). */
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include "ast.h"
#include "../util/mem.h"

const char *const ast_kind_names[N__COUNT] = {
#define X(name, doc) #name,
#include "ast.def"
#undef X
};

const char *const ast_op_text[OP__COUNT] = {
#define X(name, text) text,
    OP_TABLE(X)
#undef X
};

Node *ast_new(NodeKind kind, Pos pos) {
    Node *n = NEW(Node);
    n->kind = kind;
    n->pos = pos;
    return n;
}

/* ---- interning: an open-addressing hash set of NUL-terminated names, guarded by intern_mu.
 * The table is GC memory reachable from a static pointer, so interned names live forever. */

static pthread_mutex_t intern_mu = PTHREAD_MUTEX_INITIALIZER;
static const char **intern_tab; /* intern_cap slots, NULL = empty; protected by intern_mu */
static size_t intern_cap, intern_len;

static uint64_t hash_bytes(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static void intern_grow(void) {
    size_t ncap = intern_cap ? intern_cap * 2 : 1024;
    const char **nt = mem_alloc(sizeof *nt * ncap);
    for (size_t i = 0; i < intern_cap; i++) {
        const char *s = intern_tab[i];
        if (!s) continue;
        size_t j = hash_bytes(s, strlen(s)) & (ncap - 1);
        while (nt[j]) j = (j + 1) & (ncap - 1);
        nt[j] = s;
    }
    intern_tab = nt;
    intern_cap = ncap;
}

const char *ast_intern(const char *s, size_t len) {
    pthread_mutex_lock(&intern_mu);
    if ((intern_len + 1) * 2 > intern_cap) intern_grow();
    size_t j = hash_bytes(s, len) & (intern_cap - 1);
    const char *found;
    while ((found = intern_tab[j]) != NULL) {
        if (strncmp(found, s, len) == 0 && found[len] == 0) break;
        j = (j + 1) & (intern_cap - 1);
    }
    if (!found) {
        char *copy = mem_alloc_atomic(len + 1);
        memcpy(copy, s, len);
        copy[len] = 0;
        intern_tab[j] = found = copy;
        intern_len++;
    }
    pthread_mutex_unlock(&intern_mu);
    return found;
}

/* ---- leftmost positions (types2's syntax.StartPos) ---- */

Pos ast_start_pos(Node *n) {
    while (n) {
        switch (n->kind) {
        case N_COMPOSITE:
            if (!n->composite.type) return n->pos;
            n = n->composite.type;
            break;
        case N_KEYVALUE: n = n->kv.key; break;
        case N_SELECTOR: n = n->selector.x; break;
        case N_INDEX: n = n->index.x; break;
        case N_SLICEEXPR: n = n->slice.x; break;
        case N_TYPEASSERT: n = n->assert.x; break;
        case N_BINARY: n = n->binary.x; break;
        case N_CALL: n = n->call.fun; break;
        case N_FIELD:
            if (n->field.names.len) return n->field.names.items[0]->pos;
            if (!n->field.type) return n->pos;
            n = n->field.type;
            break;
        case N_SEND: n = n->send.ch; break;
        case N_INCDEC: n = n->incdec.x; break;
        case N_ASSIGN:
            if (!n->assign.lhs.len) return n->pos;
            n = n->assign.lhs.items[0];
            break;
        case N_EXPRSTMT: n = n->exprstmt.x; break;
        case N_FILE: {
            Pos p = {n->pos.file, 1, 1};
            return p;
        }
        default:
            return n->pos;
        }
    }
    Pos none = {0, 0, 0};
    return none;
}

/* ---- Go-syntax printing, short form: function bodies and composite literal contents are
 * elided as "…" (gc's syntax.String, used by the type checker's messages). ---- */

static void print_node(Node *n, StrBuf *b);

static void print_list(NodeList *l, StrBuf *b) {
    for (int i = 0; i < l->len; i++) {
        if (i) sb_puts(b, ", ");
        print_node(l->items[i], b);
    }
}

static Node *unparen(Node *n) {
    while (n && n->kind == N_PAREN) n = n->paren.x;
    return n;
}

static void print_params(NodeList *l, StrBuf *b, bool brackets) {
    sb_putc(b, brackets ? '[' : '(');
    for (int i = 0; i < l->len; i++) {
        Node *f = l->items[i];
        if (i) sb_puts(b, ", ");
        if (f->field.names.len) {
            print_list(&f->field.names, b);
            sb_putc(b, ' ');
        }
        print_node(unparen(f->field.type), b);
    }
    sb_putc(b, brackets ? ']' : ')');
}

static void print_signature(Node *ft, StrBuf *b) {
    print_params(&ft->functype.params, b, false);
    NodeList *r = &ft->functype.results;
    if (r->len) {
        sb_putc(b, ' ');
        if (r->len == 1 && !r->items[0]->field.names.len) print_node(r->items[0]->field.type, b);
        else print_params(r, b, false);
    }
}

static void print_node(Node *n, StrBuf *b) {
    if (!n) return;
    switch (n->kind) {
    case N_BAD: sb_puts(b, "<bad expr>"); break;
    case N_IDENT: sb_puts(b, n->ident.name); break;
    case N_BASICLIT: sb_puts(b, n->lit.text); break;
    case N_FUNCLIT:
        print_node(n->funclit.type, b);
        sb_puts(b, n->funclit.body && n->funclit.body->block.stmts.len ? " {…}" : " {}");
        break;
    case N_COMPOSITE:
        print_node(n->composite.type, b);
        sb_puts(b, n->composite.elts.len ? "{…}" : "{}");
        break;
    case N_PAREN: sb_putc(b, '('); print_node(n->paren.x, b); sb_putc(b, ')'); break;
    case N_SELECTOR: print_node(n->selector.x, b); sb_putc(b, '.'); sb_puts(b, n->selector.sel); break;
    case N_INDEX:
        print_node(n->index.x, b);
        sb_putc(b, '[');
        print_list(&n->index.indices, b);
        sb_putc(b, ']');
        break;
    case N_SLICEEXPR:
        print_node(n->slice.x, b);
        sb_putc(b, '[');
        print_node(n->slice.lo, b);
        sb_putc(b, ':');
        print_node(n->slice.hi, b);
        if (n->slice.max) { sb_putc(b, ':'); print_node(n->slice.max, b); }
        sb_putc(b, ']');
        break;
    case N_TYPEASSERT:
        print_node(n->assert.x, b);
        sb_puts(b, ".(");
        if (n->assert.type) print_node(n->assert.type, b);
        else sb_puts(b, "type");
        sb_putc(b, ')');
        break;
    case N_CALL:
        print_node(n->call.fun, b);
        sb_putc(b, '(');
        print_list(&n->call.args, b);
        if (n->call.ellipsis) sb_puts(b, "...");
        sb_putc(b, ')');
        break;
    case N_STAR: sb_putc(b, '*'); print_node(n->star.x, b); break;
    case N_UNARY: sb_puts(b, ast_op_text[n->unary.op]); print_node(n->unary.x, b); break;
    case N_BINARY:
        print_node(n->binary.x, b);
        sb_printf(b, " %s ", ast_op_text[n->binary.op]);
        print_node(n->binary.y, b);
        break;
    case N_KEYVALUE: print_node(n->kv.key, b); sb_puts(b, ": "); print_node(n->kv.value, b); break;
    case N_ARRAYTYPE:
        sb_putc(b, '[');
        if (n->arraytype.dots) sb_puts(b, "...");
        else print_node(n->arraytype.len, b);
        sb_putc(b, ']');
        print_node(n->arraytype.elem, b);
        break;
    case N_ELLIPSIS: sb_puts(b, "..."); print_node(n->ellipsis.elem, b); break;
    case N_STRUCTTYPE:
        sb_puts(b, "struct{");
        for (int i = 0; i < n->structtype.fields.len; i++) {
            Node *f = n->structtype.fields.items[i];
            if (i) sb_puts(b, "; ");
            if (f->field.names.len) { print_list(&f->field.names, b); sb_putc(b, ' '); }
            print_node(f->field.type, b);
            if (f->field.tag) { sb_putc(b, ' '); print_node(f->field.tag, b); }
        }
        sb_putc(b, '}');
        break;
    case N_FUNCTYPE: sb_puts(b, "func"); print_signature(n, b); break;
    case N_INTERFACETYPE:
        sb_puts(b, "interface{");
        for (int i = 0; i < n->ifacetype.elems.len; i++) {
            Node *f = n->ifacetype.elems.items[i];
            if (i) sb_puts(b, "; ");
            if (f->field.names.len) {
                print_node(f->field.names.items[0], b);
                print_signature(f->field.type, b);
            } else {
                print_node(f->field.type, b);
            }
        }
        sb_putc(b, '}');
        break;
    case N_MAPTYPE:
        sb_puts(b, "map[");
        print_node(n->maptype.key, b);
        sb_putc(b, ']');
        print_node(n->maptype.value, b);
        break;
    case N_CHANTYPE: {
        Node *e = n->chantype.elem;
        if (n->chantype.dir == CHAN_RECV) sb_puts(b, "<-");
        sb_puts(b, "chan");
        if (n->chantype.dir == CHAN_SEND) sb_puts(b, "<-");
        sb_putc(b, ' ');
        bool paren = n->chantype.dir == CHAN_BOTH && e && e->kind == N_CHANTYPE &&
                     e->chantype.dir == CHAN_RECV;
        if (paren) sb_putc(b, '(');
        print_node(e, b);
        if (paren) sb_putc(b, ')');
        break;
    }
    case N_FIELD:
        if (n->field.names.len) { print_list(&n->field.names, b); sb_putc(b, ' '); }
        print_node(n->field.type, b);
        break;
    /* statements, as they appear in "cannot use ... as value" */
    case N_EXPRSTMT: print_node(n->exprstmt.x, b); break;
    case N_SEND: print_node(n->send.ch, b); sb_puts(b, " <- "); print_node(n->send.value, b); break;
    case N_INCDEC: print_node(n->incdec.x, b); sb_puts(b, n->incdec.inc ? "++" : "--"); break;
    case N_ASSIGN:
        print_list(&n->assign.lhs, b);
        if (n->assign.op == OP_DEFINE || n->assign.op == OP_ASSIGN)
            sb_printf(b, " %s ", ast_op_text[n->assign.op]);
        else
            sb_printf(b, " %s= ", ast_op_text[n->assign.op]);
        print_list(&n->assign.rhs, b);
        break;
    default:
        sb_printf(b, "<%s>", ast_kind_names[n->kind] + 2);
        break;
    }
}

void ast_print(Node *n, StrBuf *out) { print_node(n, out); }

char *ast_string(Node *n) {
    StrBuf b;
    sb_init(&b);
    print_node(n, &b);
    return sb_cstr(&b);
}

/* ---- goro --ast ---- */

typedef struct Dumper {
    StrBuf *out;
    int depth;
} Dumper;

static void dump_node(Dumper *d, const char *role, Node *n);

static void dump_quoted(StrBuf *out, const char *s, size_t n) {
    sb_putc(out, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') { sb_putc(out, '\\'); sb_putc(out, (char)c); }
        else if (c == '\n') sb_puts(out, "\\n");
        else if (c == '\t') sb_puts(out, "\\t");
        else if (c == '\r') sb_puts(out, "\\r");
        else if (c < 0x20 || c == 0x7F) sb_printf(out, "\\x%02x", c);
        else sb_putc(out, (char)c);
    }
    sb_putc(out, '"');
}

static void put_pos(StrBuf *out, const char *key, Pos p) {
    if (key) sb_printf(out, " %s=", key);
    else sb_putc(out, ' ');
    sb_printf(out, "%d:%d", p.line, p.col);
}

static void dump_list(Dumper *d, const char *role, NodeList *l) {
    for (int i = 0; i < l->len; i++) dump_node(d, role, l->items[i]);
}

static const char *const lit_names[] = {"INT", "FLOAT", "IMAG", "CHAR", "STRING"};
static const char *const dir_names[] = {"both", "send", "recv"};
static const char *const branch_names[] = {"break", "continue", "goto", "fallthrough"};
static const char *const decl_names[] = {"import", "const", "var", "type"};

static void dump_node(Dumper *d, const char *role, Node *n) {
    if (!n) return;
    StrBuf *o = d->out;
    for (int i = 0; i < d->depth; i++) sb_puts(o, "  ");
    if (role) sb_printf(o, "%s: ", role);
    sb_puts(o, ast_kind_names[n->kind] + 2);
    put_pos(o, NULL, n->pos);
    d->depth++;
    switch (n->kind) {
    case N_BAD: case N_EMPTY:
        sb_putc(o, '\n');
        break;
    case N_IDENT:
        sb_printf(o, " %s\n", n->ident.name);
        break;
    case N_BASICLIT:
        sb_printf(o, " %s ", lit_names[n->lit.lit]);
        dump_quoted(o, n->lit.text, strlen(n->lit.text));
        if (n->lit.lit == LIT_RUNE) sb_printf(o, " rune=%d", n->lit.rune);
        sb_putc(o, '\n');
        break;
    case N_COMPOSITE:
        put_pos(o, "rbrace", n->composite.rbrace);
        sb_putc(o, '\n');
        dump_node(d, "type", n->composite.type);
        dump_list(d, "elt", &n->composite.elts);
        break;
    case N_KEYVALUE:
        sb_putc(o, '\n');
        dump_node(d, "key", n->kv.key);
        dump_node(d, "value", n->kv.value);
        break;
    case N_FUNCLIT:
        sb_putc(o, '\n');
        dump_node(d, "type", n->funclit.type);
        dump_node(d, "body", n->funclit.body);
        break;
    case N_PAREN:
        sb_putc(o, '\n');
        dump_node(d, "x", n->paren.x);
        break;
    case N_SELECTOR:
        sb_printf(o, " sel=%s", n->selector.sel);
        put_pos(o, "selpos", n->selector.selpos);
        sb_putc(o, '\n');
        dump_node(d, "x", n->selector.x);
        break;
    case N_INDEX:
        sb_putc(o, '\n');
        dump_node(d, "x", n->index.x);
        dump_list(d, "index", &n->index.indices);
        break;
    case N_SLICEEXPR:
        sb_puts(o, n->slice.slice3 ? " slice3\n" : "\n");
        dump_node(d, "x", n->slice.x);
        dump_node(d, "lo", n->slice.lo);
        dump_node(d, "hi", n->slice.hi);
        dump_node(d, "max", n->slice.max);
        break;
    case N_TYPEASSERT:
        sb_puts(o, n->assert.type ? "\n" : " (type)\n");
        dump_node(d, "x", n->assert.x);
        dump_node(d, "type", n->assert.type);
        break;
    case N_CALL:
        if (n->call.ellipsis) sb_puts(o, " ...");
        put_pos(o, "rparen", n->call.rparen);
        sb_putc(o, '\n');
        dump_node(d, "fun", n->call.fun);
        dump_list(d, "arg", &n->call.args);
        break;
    case N_STAR:
        sb_putc(o, '\n');
        dump_node(d, "x", n->star.x);
        break;
    case N_UNARY:
        sb_printf(o, " op=%s\n", ast_op_text[n->unary.op]);
        dump_node(d, "x", n->unary.x);
        break;
    case N_BINARY:
        sb_printf(o, " op=%s\n", ast_op_text[n->binary.op]);
        dump_node(d, "x", n->binary.x);
        dump_node(d, "y", n->binary.y);
        break;
    case N_ARRAYTYPE:
        sb_puts(o, n->arraytype.dots ? " [...]\n" : n->arraytype.len ? "\n" : " slice\n");
        dump_node(d, "len", n->arraytype.len);
        dump_node(d, "elem", n->arraytype.elem);
        break;
    case N_STRUCTTYPE:
        sb_putc(o, '\n');
        dump_list(d, "field", &n->structtype.fields);
        break;
    case N_FUNCTYPE:
        sb_putc(o, '\n');
        dump_list(d, "tparam", &n->functype.typeparams);
        dump_list(d, "param", &n->functype.params);
        dump_list(d, "result", &n->functype.results);
        break;
    case N_INTERFACETYPE:
        sb_putc(o, '\n');
        dump_list(d, "elem", &n->ifacetype.elems);
        break;
    case N_MAPTYPE:
        sb_putc(o, '\n');
        dump_node(d, "key", n->maptype.key);
        dump_node(d, "value", n->maptype.value);
        break;
    case N_CHANTYPE:
        sb_printf(o, " dir=%s\n", dir_names[n->chantype.dir]);
        dump_node(d, "elem", n->chantype.elem);
        break;
    case N_ELLIPSIS:
        sb_putc(o, '\n');
        dump_node(d, "elem", n->ellipsis.elem);
        break;
    case N_FIELD:
        sb_putc(o, '\n');
        dump_list(d, "name", &n->field.names);
        dump_node(d, "type", n->field.type);
        dump_node(d, "tag", n->field.tag);
        break;
    case N_DECLSTMT:
        sb_putc(o, '\n');
        dump_node(d, "decl", n->declstmt.decl);
        break;
    case N_LABELED:
        sb_printf(o, " label=%s\n", n->labeled.label);
        dump_node(d, "stmt", n->labeled.stmt);
        break;
    case N_EXPRSTMT:
        sb_putc(o, '\n');
        dump_node(d, "x", n->exprstmt.x);
        break;
    case N_SEND:
        sb_putc(o, '\n');
        dump_node(d, "ch", n->send.ch);
        dump_node(d, "value", n->send.value);
        break;
    case N_INCDEC:
        sb_puts(o, n->incdec.inc ? " ++\n" : " --\n");
        dump_node(d, "x", n->incdec.x);
        break;
    case N_ASSIGN:
        if (n->assign.op == OP_ASSIGN || n->assign.op == OP_DEFINE)
            sb_printf(o, " op=%s\n", ast_op_text[n->assign.op]);
        else
            sb_printf(o, " op=%s=\n", ast_op_text[n->assign.op]);
        dump_list(d, "lhs", &n->assign.lhs);
        dump_list(d, "rhs", &n->assign.rhs);
        break;
    case N_GO: case N_DEFER:
        sb_putc(o, '\n');
        dump_node(d, "call", n->gostmt.call);
        break;
    case N_RETURN:
        sb_putc(o, '\n');
        dump_list(d, "result", &n->ret.results);
        break;
    case N_BRANCH:
        sb_printf(o, " %s", branch_names[n->branch.tok]);
        if (n->branch.label) {
            sb_printf(o, " label=%s", n->branch.label);
            put_pos(o, "labelpos", n->branch.labelpos);
        }
        sb_putc(o, '\n');
        break;
    case N_BLOCK:
        put_pos(o, "rbrace", n->block.rbrace);
        sb_putc(o, '\n');
        dump_list(d, "stmt", &n->block.stmts);
        break;
    case N_IF:
        sb_putc(o, '\n');
        dump_node(d, "init", n->ifstmt.init);
        dump_node(d, "cond", n->ifstmt.cond);
        dump_node(d, "then", n->ifstmt.then);
        dump_node(d, "else", n->ifstmt.els);
        break;
    case N_CASECLAUSE:
        if (n->caseclause.isdefault) sb_puts(o, " default");
        put_pos(o, "colon", n->caseclause.colon);
        sb_putc(o, '\n');
        dump_list(d, "case", &n->caseclause.list);
        dump_list(d, "stmt", &n->caseclause.body);
        break;
    case N_SWITCH:
        put_pos(o, "lbrace", n->switchstmt.lbrace);
        put_pos(o, "rbrace", n->switchstmt.rbrace);
        sb_putc(o, '\n');
        dump_node(d, "init", n->switchstmt.init);
        dump_node(d, "tag", n->switchstmt.tag);
        dump_list(d, "clause", &n->switchstmt.clauses);
        break;
    case N_TYPESWITCH:
        put_pos(o, "lbrace", n->typeswitch.lbrace);
        put_pos(o, "rbrace", n->typeswitch.rbrace);
        sb_putc(o, '\n');
        dump_node(d, "init", n->typeswitch.init);
        dump_node(d, "bind", n->typeswitch.bind);
        dump_node(d, "x", n->typeswitch.x);
        dump_list(d, "clause", &n->typeswitch.clauses);
        break;
    case N_COMMCLAUSE:
        if (!n->commclause.comm) sb_puts(o, " default");
        put_pos(o, "colon", n->commclause.colon);
        sb_putc(o, '\n');
        dump_node(d, "comm", n->commclause.comm);
        dump_list(d, "stmt", &n->commclause.body);
        break;
    case N_SELECT:
        put_pos(o, "rbrace", n->selectstmt.rbrace);
        sb_putc(o, '\n');
        dump_list(d, "clause", &n->selectstmt.clauses);
        break;
    case N_FOR:
        sb_putc(o, '\n');
        dump_node(d, "init", n->forstmt.init);
        dump_node(d, "cond", n->forstmt.cond);
        dump_node(d, "post", n->forstmt.post);
        dump_node(d, "body", n->forstmt.body);
        break;
    case N_RANGE:
        if (n->rangestmt.key || n->rangestmt.value) {
            sb_puts(o, n->rangestmt.define ? " :=" : " =");
            put_pos(o, "oppos", n->rangestmt.oppos);
        }
        sb_putc(o, '\n');
        dump_node(d, "key", n->rangestmt.key);
        dump_node(d, "value", n->rangestmt.value);
        dump_node(d, "x", n->rangestmt.x);
        dump_node(d, "body", n->rangestmt.body);
        break;
    case N_IMPORT:
        sb_putc(o, ' ');
        dump_quoted(o, n->import.path, strlen(n->import.path));
        sb_putc(o, '\n');
        dump_node(d, "name", n->import.name);
        break;
    case N_VALUESPEC:
        sb_printf(o, " iota=%d\n", n->valuespec.iota);
        dump_list(d, "name", &n->valuespec.names);
        dump_node(d, "type", n->valuespec.type);
        dump_list(d, "value", &n->valuespec.values);
        break;
    case N_TYPESPEC:
        sb_puts(o, n->typespec.alias ? " alias\n" : "\n");
        dump_node(d, "name", n->typespec.name);
        dump_list(d, "tparam", &n->typespec.tparams);
        dump_node(d, "type", n->typespec.type);
        break;
    case N_GENDECL:
        sb_printf(o, " %s%s\n", decl_names[n->gendecl.tok], n->gendecl.grouped ? " grouped" : "");
        dump_list(d, "spec", &n->gendecl.specs);
        break;
    case N_FUNCDECL:
        sb_puts(o, n->funcdecl.body ? "\n" : " nobody\n");
        dump_node(d, "recv", n->funcdecl.recv);
        dump_node(d, "name", n->funcdecl.name);
        dump_node(d, "type", n->funcdecl.type);
        dump_node(d, "body", n->funcdecl.body);
        break;
    case N_FILE:
        sb_putc(o, '\n');
        dump_node(d, "package", n->file.pkgname);
        dump_list(d, "import", &n->file.imports);
        dump_list(d, "decl", &n->file.decls);
        break;
    default:
        sb_putc(o, '\n');
        break;
    }
    d->depth--;
}

void ast_dump(Node *n, StrBuf *out) {
    Dumper d = {out, 0};
    dump_node(&d, NULL, n);
}
