#!/usr/bin/env python3
"""mkrandtables.py GOROOT — writes stdlib/rand_tables.c from Go's src/math/rand (rngCooked and
the ziggurat tables). Run from the repository root with Go 1.22's GOROOT."""
import re
import sys

src = sys.argv[1] + '/src/math/rand/'


def arr(fname, name):
    s = open(src + fname).read()
    m = re.search(r'\b' + name + r'\b[^=\n]*=\s*\[[^\]]*\]\w+\{(.*?)\n\s*\}', s, re.S)
    body = re.sub(r'//[^\n]*', '', m.group(1))
    return [v.strip() for v in body.replace('\n', ' ').split(',') if v.strip()]


out = ['/* rand_tables.c — GENERATED from Go 1.22 src/math/rand (rng.go, normal.go, exp.go; BSD',
       ' * licence) by stdlib/mkrandtables.py; do not edit. The cooked seed table of the additive',
       ' * lagged Fibonacci generator and the ziggurat tables of NormFloat64/ExpFloat64. */',
       '#include <stdint.h>', '#include "rand_tables.h"', '']


def emit(ctype, cname, vals, fix=lambda v: v):
    out.append('const %s %s[%d] = {' % (ctype, cname, len(vals)))
    line = '   '
    for v in vals:
        item = ' %s,' % fix(v)
        if len(line) + len(item) > 96:
            out.append(line)
            line = '   '
        line += item
    out.append(line)
    out.append('};')
    out.append('')


def fl(v):
    return v + 'f' if ('.' in v or 'e' in v) else v + '.0f'


cooked = arr('rng.go', 'rngCooked')
assert len(cooked) == 607
emit('int64_t', 'rand_rng_cooked', cooked,
     lambda v: 'INT64_MIN' if v == '-9223372036854775808' else v + 'LL')
for n, t, f, fix in [('kn', 'uint32_t', 'normal.go', str), ('wn', 'float', 'normal.go', fl),
                     ('fn', 'float', 'normal.go', fl), ('ke', 'uint32_t', 'exp.go', str),
                     ('we', 'float', 'exp.go', fl), ('fe', 'float', 'exp.go', fl)]:
    emit(t, 'rand_' + n, arr(f, n), fix)
open('stdlib/rand_tables.c', 'w').write('\n'.join(out))
