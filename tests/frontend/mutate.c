/* mutate.c — input generator for robust.sh.
 *
 *   mutate SEED OUTDIR < LIST
 *
 * For each file named in LIST (one per line, numbered i from 1) writes into OUTDIR:
 *   i_cut_N.go   the first N bytes, for N = 7, 14, 21, ... < size   (truncations)
 *   i_flip_K.go  K = 0..3: a copy with a few bytes replaced by pseudo-random ones (a fixed
 *                xorshift generator seeded with SEED and i, so runs are reproducible)
 * and prints nothing. Exit status 2 on an unreadable file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long rng;

static unsigned long long next(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static void write_file(const char *dir, int i, const char *kind, long n, const unsigned char *buf, long len) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%d_%s_%ld.go", dir, i, kind, n);
    FILE *f = fopen(path, "wb");
    if (!f) { perror(path); exit(2); }
    fwrite(buf, 1, (size_t)len, f);
    fclose(f);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: mutate SEED OUTDIR < LIST\n");
        return 2;
    }
    unsigned long long seed = strtoull(argv[1], NULL, 10);
    char name[4096];
    for (int i = 1; fgets(name, sizeof name, stdin); i++) {
        name[strcspn(name, "\n")] = 0;
        FILE *f = fopen(name, "rb");
        if (!f) { perror(name); return 2; }
        static unsigned char buf[1 << 20], mut[1 << 20];
        long len = (long)fread(buf, 1, sizeof buf, f);
        fclose(f);
        for (long n = 7; n < len; n += 7) write_file(argv[2], i, "cut", n, buf, n);
        rng = seed * 2654435761ull + (unsigned long long)i * 40503ull + 1;
        for (int k = 0; k < 4 && len > 0; k++) {
            memcpy(mut, buf, (size_t)len);
            int flips = 1 + (int)(next() % 6);
            for (int j = 0; j < flips; j++) {
                long at = (long)(next() % (unsigned long long)len);
                /* mostly Go punctuation (the interesting parser states), sometimes any byte */
                static const char punct[] = "(){}[],;:.=<>-+*&|^!~\"'`/\n \t0aZ_";
                mut[at] = next() % 4 ? (unsigned char)punct[next() % (sizeof punct - 1)] : (unsigned char)next();
            }
            write_file(argv[2], i, "flip", k, mut, len);
        }
    }
    return 0;
}
