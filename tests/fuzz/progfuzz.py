#!/usr/bin/env python3
"""progfuzz.py — differential fuzzing of goro's VM with random well-typed Go programs.

    python3 tests/fuzz/progfuzz.py [-n COUNT] [-s SEED] [-t SECONDS] [--goro PATH] [--keep DIR]

Each program is generated from a seed by a small grammar of well-typed statements and
expressions (ints of several widths with wrapping arithmetic, shifts, division, floats,
strings, slices, arrays, maps, structs, pointers, closures, defer/recover, goroutines with
channels and WaitGroups), printed with fmt. Every generated function runs inside a recover()
wrapper, so run-time panics (index out of range, divide by zero, nil map writes, negative
shifts...) are part of the output; a program may end with an unrecovered panic.

The program runs with goro (timeout: --timeout, default 20 s; the VM has no step limit flag,
so the timeout is the step limit) and with gc (`go build`), and the two must agree on stdout,
exit status and the first line of stderr. A goro signal, timeout or sanitizer report is a
finding even when gc cannot build the program. Programs are made deterministic by
construction: loops have constant bounds, recursion only calls earlier functions, maps are
printed by fmt (sorted) or summed, goroutines hand results over channels.

Go 1.19 (the installed gc) and 1.22 differ on loop variables captured by closures: the
generator never captures loop variables. Findings are written to --keep (default
build/progfuzz) as seed-N.go with goro's and gc's outputs. Last line: "N programs, N agree,
N differ, N goro failures".
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile

INTS = ["int", "int64", "int32", "int8", "uint8", "uint16", "uint32", "uint", "uint64"]
SIGNED = {"int", "int64", "int32", "int8"}
BITS = {"int": 64, "int64": 64, "int32": 32, "int8": 8, "uint8": 8, "uint16": 16, "uint32": 32, "uint": 64, "uint64": 64}
SCALARS = INTS + ["float64", "string", "bool"]
COMPOSITES = ["[]int", "[]string", "map[string]int", "[4]int", "S", "*S"]


class Var:
    def __init__(self, name, typ, capturable=True, assignable=True):
        self.name, self.typ, self.capturable, self.assignable = name, typ, capturable, assignable


class Gen:
    def __init__(self, seed):
        self.budget = 1
        self.r = random.Random(seed)
        self.n = 0
        self.funcs = []  # (name, param types, result type)

    def fresh(self, p="v"):
        self.n += 1
        return "%s%d" % (p, self.n)

    def chance(self, p):
        return self.r.random() < p

    # ---- expressions: return (code, is_constant) ----

    def lit(self, t):
        r = self.r
        if t in INTS:
            b = BITS[t]
            if t in SIGNED:
                lo, hi = -(1 << (b - 1)), (1 << (b - 1)) - 1
            else:
                lo, hi = 0, (1 << b) - 1
            v = r.choice([0, 1, 2, 3, 7, -1, -2, 100, lo, hi, r.randint(lo, hi), r.randint(-50, 50)])
            v = min(max(v, lo), hi)
            return ("%s(%d)" % (t, v), True)
        if t == "float64":
            return (r.choice(["0.0", "1.5", "-2.25", "1e10", "3.0", "0.1", "-0.5", "1e-7", "123456.789"]), True)
        if t == "string":
            return ('"%s"' % r.choice(["", "a", "go", "héllo", "xyz", "0123456789", "\\t|", "日本"]), True)
        if t == "bool":
            return (r.choice(["true", "false"]), True)
        raise ValueError(t)

    def nonconst(self, t, code):
        """code as a non-constant expression (so constant folding cannot reject it)."""
        return "id_%s(%s)" % (self.tname(t), code)

    @staticmethod
    def tname(t):
        return t.replace("[]", "sl_").replace("[4]", "arr4").replace("map[string]int", "msi").replace("*", "p")

    def vars_of(self, scope, t, assign=False, capture=False):
        return [v for v in scope if v.typ == t and (not assign or v.assignable) and (not capture or v.capturable)]

    def expr(self, t, scope, d):
        r = self.r
        vs = self.vars_of(scope, t)
        if d <= 0 or self.chance(0.25):
            if vs and self.chance(0.7):
                return (r.choice(vs).name, False)
            if t in SCALARS:
                return self.lit(t)
        if t in INTS:
            return self.int_expr(t, scope, d)
        if t == "float64":
            k = r.randrange(5)
            if k == 0:
                a, ca = self.expr(r.choice(["int", "int32", "uint8"]), scope, d - 1)
                return ("float64(%s)" % a, ca)
            a, ca = self.expr(t, scope, d - 1)
            b, cb = self.expr(t, scope, d - 1)
            op = r.choice("+-*/")
            if op == "/" and cb:
                b, cb = self.nonconst(t, b), False  # constant division by zero is a compile error
            if ca and cb:
                a = self.nonconst(t, a)
            return ("(%s %s %s)" % (a, op, b), False)
        if t == "string":
            k = r.randrange(7)
            if k <= 2:
                a, ca = self.expr(t, scope, d - 1)
                b, cb = self.expr(t, scope, d - 1)
                return ("(%s + %s)" % (a, b), ca and cb)
            if k == 3:
                a, _ = self.expr("int", scope, d - 1)
                return ("strconv.Itoa(%s)" % a, False)
            if k == 4:
                s, _ = self.expr(t, scope, d - 1)
                i, _ = self.expr("int", scope, d - 1)
                return ("cut(%s, %s)" % (s, i), False)
            if k == 5:
                a, _ = self.expr(r.choice(SCALARS), scope, d - 1)
                return ('fmt.Sprint(%s)' % a, False)
            a, _ = self.expr(r.choice(["[]int", "S", "map[string]int", "[4]int"]), scope, d - 1)
            return ('fmt.Sprintf("%%v", %s)' % a, False)
        if t == "bool":
            k = r.randrange(4)
            if k == 0:
                a, ca = self.expr(t, scope, d - 1)
                b, cb = self.expr(t, scope, d - 1)
                return ("(%s %s %s)" % (a, r.choice(["&&", "||", "==", "!="]), b), ca and cb)
            if k == 1:
                a, ca = self.expr(t, scope, d - 1)
                return ("!%s" % a, ca)
            ct = r.choice(INTS + ["string", "float64"])
            a, ca = self.expr(ct, scope, d - 1)
            b, cb = self.expr(ct, scope, d - 1)
            if ca and cb:
                a = self.nonconst(ct, a)
            return ("(%s %s %s)" % (a, r.choice(["==", "!=", "<", "<=", ">", ">="]), b), False)
        if t == "[]int":
            k = r.randrange(4)
            if k == 0:
                elems = [self.expr("int", scope, d - 1)[0] for _ in range(r.randrange(5))]
                return ("[]int{%s}" % ", ".join(elems), False)
            if k == 1:
                n, c = self.expr("int", scope, d - 1)
                return ("make([]int, int(uint(%s) %% 5))" % (self.nonconst("int", n) if c else n), False)
            if k == 2 and vs and self.take():
                s = r.choice(vs).name
                return ("%s[:%s]" % (s, self.index(scope, d)), False)  # may panic: slice bounds
            a, _ = self.expr("[]int", scope, d - 1)
            e, _ = self.expr("int", scope, d - 1)
            return ("append(%s, %s)" % (a, e), False)
        if t == "[]string":
            elems = [self.expr("string", scope, d - 1)[0] for _ in range(r.randrange(4))]
            return ("[]string{%s}" % ", ".join(elems), False)
        if t == "map[string]int":
            if self.chance(0.2):
                return ("map[string]int(nil)", False)
            elems = ["%s: %s" % (self.lit("string")[0], self.expr("int", scope, d - 1)[0]) for _ in range(r.randrange(3))]
            keys = set()
            uniq = []
            for e in elems:  # duplicate constant keys are a compile error
                k = e.split(":")[0]
                if k not in keys:
                    keys.add(k)
                    uniq.append(e)
            return ("map[string]int{%s}" % ", ".join(uniq), False)
        if t == "[4]int":
            elems = [self.expr("int", scope, d - 1)[0] for _ in range(r.randrange(5))]
            return ("[4]int{%s}" % ", ".join(elems), False)
        if t == "S":
            a, _ = self.expr("int", scope, d - 1)
            b, _ = self.expr("string", scope, d - 1)
            return ("S{A: %s, B: %s, C: []int{%s}}" % (a, b, self.expr("int", scope, d - 1)[0]), False)
        if t == "*S":
            if self.chance(0.15):
                return ("(*S)(nil)", False)
            s, _ = self.expr("S", scope, d - 1)
            return ("(&%s)" % s, False)
        raise ValueError(t)

    def index(self, scope, d):
        """a non-constant index in 0..5 (constant indexes out of range are compile errors)"""
        i, c = self.expr("int", scope, d - 1)
        return "int(id_uint(uint(%s)) %% 6)" % (self.nonconst("int", i) if c else i)

    def int_expr(self, t, scope, d):
        r = self.r
        k = r.randrange(12)
        if k <= 4:
            op = r.choice(["+", "-", "*", "&", "|", "^", "&^", "/", "%", "+", "*"])
            may_panic = op in "/%" and self.take()
            a, ca = self.expr(t, scope, d - 1)
            b, cb = self.expr(t, scope, d - 1)
            if op in "/%":
                # a constant zero divisor is a compile error; without a panic budget, never zero
                b, cb = (self.nonconst(t, b) if may_panic else "(%s | 1)" % self.nonconst(t, b)), False
            if ca and cb:
                a = self.nonconst(t, a)
            return ("(%s %s %s)" % (a, op, b), False)
        if k == 5:
            may_panic = self.take()
            a, ca = self.expr(t, scope, d - 1)
            s, cs = self.expr(r.choice(["uint", "uint8", "int"] if may_panic else ["uint", "uint8"]), scope, d - 1)
            if ca or cs:
                a = self.nonconst(t, a)
                s = "(%s & 127)" % s if not cs else "%s(%d)" % ("uint", r.randrange(70))
            return ("(%s %s %s)" % (a, r.choice(["<<", ">>"]), s), False)  # negative count panics
        if k == 6:
            # (no float -> int: out of range, NaN and Inf conversions are implementation-defined)
            src = r.choice(INTS)
            a, ca = self.expr(src, scope, d - 1)
            if ca:
                a = self.nonconst(src, a)  # constant conversions may overflow at compile time
            return ("%s(%s)" % (t, a), False)
        if k == 7:
            src = r.choice(["string", "[]int", "map[string]int", "[]string"])
            a, ca = self.expr(src, scope, d - 1)
            if ca:
                a = self.nonconst(src, a)  # len of a constant string is a constant
            return ("%s(len(%s))" % (t, a), False)
        if k == 8:
            if not self.take():
                a, _ = self.expr("[4]int", scope, d - 1)
                return ("%s(%s[%s %% 4])" % (t, a, self.index(scope, d)), False)
            a, _ = self.expr(r.choice(["[]int", "[4]int"]), scope, d - 1)
            return ("%s(%s[%s])" % (t, a, self.index(scope, d)), False)  # may panic: index out of range
        if k == 9:
            m, _ = self.expr("map[string]int", scope, d - 1)
            return ("%s(%s[%s])" % (t, m, self.lit("string")[0]), False)
        if k == 10:
            p, _ = self.expr(r.choice(["S", "*S"] if self.take() else ["S"]), scope, d - 1)
            return ("%s(%s.A)" % (t, p), False)  # *S may be nil: nil dereference
        # no calls of the generated functions inside expressions: gc evaluates every call of an
        # expression before its other operations, so a panic in an operation left of a call
        # comes after the call's output in gc and (legitimately: the order is unspecified)
        # before it in goro. Calls are statements (stmt); helpers in expressions never panic.
        return self.lit(t)

    # ---- statements ----

    def block(self, scope, d, ind, n):
        out = []
        local = list(scope)
        for _ in range(n):
            out += self.stmt(local, d, ind)
        return out

    def take(self):
        """One operation that may panic per statement: gc orders the non-call operations of a
        statement its own way (the spec leaves it open), so two possible panics in one
        statement could legitimately be reported in either order."""
        if self.budget <= 0:
            return False
        self.budget -= 1
        return True

    def stmt(self, scope, d, ind):
        self.budget = 1
        r = self.r
        p = "\t" * ind
        k = r.randrange(20)
        if k <= 3 or not scope:
            t = r.choice(SCALARS + COMPOSITES)
            name = self.fresh()
            fs = [f for f in self.funcs if f[2] in INTS]
            if fs and self.chance(0.3):
                fname, params, res = r.choice(fs)
                args = [self.expr(q, scope, 2)[0] for q in params]
                scope.append(Var(name, res))
                return ["%s%s := %s(%s)" % (p, name, fname, ", ".join(args)), "%s_ = %s" % (p, name)]
            e, _ = self.expr(t, scope, 3)
            scope.append(Var(name, t))
            if t in ("int", "string", "float64", "bool") and self.chance(0.5):
                return ["%s%s := %s" % (p, name, e), "%s_ = %s" % (p, name)]
            return ["%svar %s %s = %s" % (p, name, t, e), "%s_ = %s" % (p, name)]
        if k <= 6:
            v = r.choice([v for v in scope if v.assignable] or [None])
            if v is None:
                return []
            if v.typ in INTS + ["float64", "string"] and self.chance(0.5):
                ops = ["+="] if v.typ == "string" else (["+=", "-=", "*="] if v.typ == "float64" else ["+=", "-=", "*=", "|=", "^=", "&="])
                e, ce = self.expr(v.typ, scope, 2)
                return ["%s%s %s %s" % (p, v.name, r.choice(ops), e)] + self.cap_len(v, p)
            # the assignments below may panic themselves (index out of range, nil map, nil
            # pointer): their right-hand sides get no panic budget
            if v.typ == "[]int" and self.chance(0.5):
                if self.chance(0.5):
                    e, _ = self.expr("int", scope, 2)
                    return ["%s%s = append(%s, %s)" % (p, v.name, v.name, e)]
                self.budget = 0
                i = self.index(scope, 2)
                e, _ = self.expr("int", scope, 2)
                return ["%s%s[%s] = %s" % (p, v.name, i, e)]
            if v.typ == "map[string]int" and self.chance(0.6):
                if self.chance(0.3):
                    return ["%sdelete(%s, %s)" % (p, v.name, self.lit("string")[0])]
                self.budget = 0
                e, _ = self.expr("int", scope, 2)
                return ["%s%s[%s] = %s" % (p, v.name, self.lit("string")[0], e)]
            if v.typ in ("S", "*S") and self.chance(0.6):
                self.budget = 0
                e, _ = self.expr("int", scope, 2)
                return ["%s%s.A = %s" % (p, v.name, e)]
            e, _ = self.expr(v.typ, scope, 2)
            return ["%s%s = %s" % (p, v.name, e)] + self.cap_len(v, p)
        if k <= 8:
            args = [self.expr(r.choice(SCALARS + COMPOSITES), scope, 2)[0] for _ in range(r.randrange(1, 4))]
            if self.chance(0.3):
                return ['%sfmt.Printf("%s\\n", %s)' % (p, " ".join(r.choice(["%v", "%d", "%x", "%q", "%5v", "%-4v|", "%T"]) for _ in args), ", ".join(args))]
            return ["%sfmt.Println(%s)" % (p, ", ".join(args))]
        if d <= 0:
            return []
        if k == 9:
            c, _ = self.expr("bool", scope, 2)
            out = ["%sif %s {" % (p, c)] + self.block(scope, d - 1, ind + 1, r.randrange(1, 4))
            if self.chance(0.5):
                out += ["%s} else {" % p] + self.block(scope, d - 1, ind + 1, r.randrange(1, 3))
            return out + ["%s}" % p]
        if k == 10:
            i = self.fresh("i")
            inner = scope + [Var(i, "int", capturable=False, assignable=False)]
            return ["%sfor %s := 0; %s < %d; %s++ {" % (p, i, i, r.randrange(1, 5), i)] + \
                self.block(inner, d - 1, ind + 1, r.randrange(1, 4)) + ["%s}" % p]
        if k == 11:
            sl = [v for v in scope if v.typ in ("[]int", "[]string", "[4]int", "string")]
            if not sl:
                return []
            v = r.choice(sl)
            i, x = self.fresh("k"), self.fresh("x")
            et = {"[]int": "int", "[4]int": "int", "[]string": "string", "string": "int32"}[v.typ]
            inner = scope + [Var(i, "int", False, False), Var(x, et, False, False)]
            return ["%sfor %s, %s := range %s {" % (p, i, x, v.name), "%s\t_, _ = %s, %s" % (p, i, x)] + \
                self.block(inner, d - 1, ind + 1, r.randrange(1, 3)) + ["%s}" % p]
        if k == 12:
            ms = [v for v in scope if v.typ == "map[string]int"]
            acc = [v for v in scope if v.typ == "int" and v.assignable]
            if not ms or not acc:
                return []
            kk, vv = self.fresh("k"), self.fresh("x")
            a = r.choice(acc).name
            return ["%sfor %s, %s := range %s {" % (p, kk, vv, r.choice(ms).name),
                    "%s\t%s += %s + len(%s)" % (p, a, vv, kk), "%s}" % p]  # order-independent
        if k == 13:
            t = r.choice(["int", "string", "uint8"])
            e, _ = self.expr(t, scope, 2)
            cases, seen = [], set()
            for _ in range(r.randrange(1, 4)):
                c, _ = self.lit(t)
                if c in seen:
                    continue
                seen.add(c)
                cases += ["%scase %s:" % (p, c)] + self.block(scope, d - 1, ind + 1, r.randrange(1, 3))
            if self.chance(0.5):
                cases += ["%sdefault:" % p] + self.block(scope, d - 1, ind + 1, 1)
            return ["%sswitch %s {" % (p, e)] + cases + ["%s}" % p]
        if k == 14:
            caps = [v for v in scope if v.capturable]
            e, _ = self.expr("int", caps, 2)
            return ["%sdefer func() { fmt.Println(\"deferred\", %s) }()" % (p, e)]
        if k == 15:
            caps = [v for v in scope if v.capturable]
            name, a = self.fresh("fn"), self.fresh("a")
            body, _ = self.expr("int", caps + [Var(a, "int", False, False)], 3)
            arg, _ = self.expr("int", scope, 2)
            return ["%s%s := func(%s int) int { return %s }" % (p, name, a, body),
                    "%sfmt.Println(\"closure\", %s(%s))" % (p, name, arg)]
        if k == 16:
            # goroutines: results handed over a channel, summed (order-independent)
            caps = [v for v in scope if v.capturable and v.typ in INTS + ["string", "float64", "bool"]]
            ch, wg, n, s = self.fresh("ch"), self.fresh("wg"), r.randrange(1, 5), self.fresh("sum")
            w = self.fresh("w")
            e, _ = self.expr("int", caps + [Var(w, "int", False, False)], 2)
            buf = r.choice([0, 1, n])
            return ["%s%s := make(chan int, %d)" % (p, ch, buf),
                    "%svar %s sync.WaitGroup" % (p, wg),
                    "%sfor %s := 0; %s < %d; %s++ {" % (p, w, w, n, w),
                    "%s\t%s.Add(1)" % (p, wg),
                    "%s\tgo func(%s int) { defer %s.Done(); %s <- %s }(%s)" % (p, w, wg, ch, "safe(func() int { return %s })" % e, w),
                    "%s}" % p,
                    "%sgo func() { %s.Wait(); close(%s) }()" % (p, wg, ch),
                    "%s%s := 0" % (p, s),
                    "%sfor x := range %s {" % (p, ch), "%s\t%s += x" % (p, s), "%s}" % p,
                    "%sfmt.Println(\"goroutines\", %s)" % (p, s)]
        if k == 17:
            sv = [v for v in scope if v.typ == "S" and v.assignable]
            if not sv:
                return []
            q = self.fresh("p")
            e, _ = self.expr("int", scope, 2)
            return ["%s%s := &%s" % (p, q, r.choice(sv).name), "%s%s.A += %s" % (p, q, e), "%s%s.C = append(%s.C, %s.A)" % (p, q, q, q)]
        if k == 18:
            a = [v for v in scope if v.typ == "[]int"]
            if len(a) < 1:
                return []
            return ["%sfmt.Println(\"copy\", copy(%s, %s))" % (p, r.choice(a).name, r.choice(a).name)]
        v = [v for v in scope if v.typ == "map[string]int"]
        if not v:
            return []
        x, ok = self.fresh("x"), self.fresh("ok")
        return ["%s%s, %s := %s[%s]" % (p, x, ok, r.choice(v).name, self.lit("string")[0]),
                "%sfmt.Println(\"lookup\", %s, %s)" % (p, x, ok)]

    def cap_len(self, v, p):
        """keep strings and slices from growing without bound in loops"""
        if v.typ == "string":
            return ["%sif len(%s) > 64 { %s = %s[:8] }" % (p, v.name, v.name, v.name)]
        if v.typ == "[]int":
            return ["%sif len(%s) > 64 { %s = %s[:8] }" % (p, v.name, v.name, v.name)]
        return []

    def func(self, idx):
        r = self.r
        name = "f%d" % idx
        params = [r.choice(SCALARS) for _ in range(r.randrange(0, 3))]
        res = r.choice(INTS)
        pnames = [self.fresh("a") for _ in params]
        scope = [Var(n, t) for n, t in zip(pnames, params)]
        body = self.block(scope, 2, 1, r.randrange(3, 9))
        self.budget = 1
        ret, _ = self.expr(res, scope + [], 2)
        # expressions in the return may use variables of the body only when declared at top
        # level; keep it to parameters and literals
        lines = ["func %s(%s) %s {" % (name, ", ".join("%s %s" % (n, t) for n, t in zip(pnames, params)), res)]
        lines += body + ["\treturn %s" % ret, "}", ""]
        self.funcs.append((name, params, res))
        return lines

    def program(self, nfuncs):
        out = ["package main", "", "import (", '\t"fmt"', '\t"math"', '\t"strconv"', '\t"sync"', ")", "",
               "type S struct {", "\tA int", "\tB string", "\tC []int", "}", ""]
        for t in SCALARS + COMPOSITES:
            out.append("//go:noinline\nfunc id_%s(x %s) %s { return x }" % (self.tname(t), t, t))
        out += ["", "func cut(s string, i int) string { return s[:int(uint(i)%uint(len(s)+1))] }",
                "", "func safe(f func() int) (r int) {",
                "\tdefer func() {", "\t\tif e := recover(); e != nil {", "\t\t\tr = -1", "\t\t}", "\t}()",
                "\treturn f()", "}", "",
                "func run(name string, f func()) {",
                "\tdefer func() {", "\t\tif e := recover(); e != nil {", '\t\t\tfmt.Println(name, "panic:", e)', "\t\t}", "\t}()",
                "\tf()", "}", "", "var _ = math.Pi", "var _ = strconv.Itoa", "var _ sync.Mutex", ""]
        for i in range(nfuncs):
            out += self.func(i)
        out.append("func main() {")
        for name, params, _ in self.funcs:
            self.budget = 1
            args = [self.expr(p, [], 2)[0] for p in params]
            out.append('\trun("%s", func() { fmt.Println("%s", %s(%s)) })' % (name, name, name, ", ".join(args)))
        if self.chance(0.2):
            name, params, _ = self.r.choice(self.funcs)
            self.budget = 1
            args = [self.expr(p, [], 2)[0] for p in params]
            out.append("\tfmt.Println(%s(%s))" % (name, ", ".join(args)))
            out.append('\tvar m map[string]int\n\tm["x"] = 1')
        out += ["}", ""]
        return "\n".join(out)


def run(cmd, cwd, timeout):
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        return "timeout", e.stdout or b"", e.stderr or b""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=100, help="programs to try")
    ap.add_argument("-s", type=int, default=1, help="first seed")
    ap.add_argument("-t", type=float, default=0, help="stop after this many seconds (0: no limit)")
    ap.add_argument("-f", type=int, default=12, help="functions per program")
    ap.add_argument("--goro", default="build/goro")
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("--keep", default="build/progfuzz")
    ap.add_argument("--print", action="store_true", help="print the program of seed -s and exit")
    a = ap.parse_args()
    if a.print:
        print(Gen(a.s).program(a.f))
        return 0
    goro = os.path.abspath(a.goro)
    os.makedirs(a.keep, exist_ok=True)
    work = tempfile.mkdtemp(prefix="progfuzz")
    with open(os.path.join(work, "go.mod"), "w") as f:
        f.write("module p\n\ngo 1.19\n")
    import time
    t0 = time.time()
    total = agree = differ = fails = nogc = 0
    try:
        for seed in range(a.s, a.s + a.n):
            if a.t and time.time() - t0 > a.t:
                break
            src = Gen(seed).program(a.f)
            path = os.path.join(work, "main.go")
            with open(path, "w") as f:
                f.write(src)
            total += 1
            grc, gout, gerr = run([goro, "main.go"], work, a.timeout)
            crash = grc == "timeout" or (isinstance(grc, int) and (grc < 0 or grc > 2)) or \
                b"Sanitizer" in gerr or b"GC Warning" in gerr
            brc, _, berr = run(["go", "build", "-o", "prog", "."], work, 120)
            if brc != 0:
                nogc += 1
                if crash or grc != 1:
                    # gc rejects the program: goro must reject it too (exit 1)
                    fails += 1
                    save(a.keep, seed, src, grc, gout, gerr, "gc build failed", b"", berr)
                continue
            crc, cout, cerr = run(["./prog"], work, 60)
            first = lambda b: b.split(b"\n", 1)[0]
            if crash:
                fails += 1
                save(a.keep, seed, src, grc, gout, gerr, crc, cout, cerr)
            elif grc != crc or gout != cout or (crc != 0 and first(gerr) != first(cerr)):
                differ += 1
                save(a.keep, seed, src, grc, gout, gerr, crc, cout, cerr)
            else:
                agree += 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("%d programs (%d rejected by gc), %d agree, %d differ, %d goro failures" % (total, nogc, agree, differ, fails))
    return 1 if differ or fails else 0


def save(keep, seed, src, grc, gout, gerr, crc, cout, cerr):
    base = os.path.join(keep, "seed-%d" % seed)
    with open(base + ".go", "w") as f:
        f.write(src)
    with open(base + ".txt", "wb") as f:
        f.write(b"goro exit %s\n--- stdout\n%s\n--- stderr\n%s\n" % (str(grc).encode(), gout[-4000:], gerr[:4000]))
        f.write(b"gc exit %s\n--- stdout\n%s\n--- stderr\n%s\n" % (str(crc).encode(), cout[-4000:], cerr[:4000]))
    print("seed %d: goro exit %s, gc %s -> %s.txt" % (seed, grc, crc, base), flush=True)


if __name__ == "__main__":
    sys.exit(main())
