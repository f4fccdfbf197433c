/* natives.h — the C side of goro's embedded standard library. */
#ifndef GORO_NATIVES_H
#define GORO_NATIVES_H

/* Register every native function table with the VM (before compiling). */
void stdlib_register_natives(void);
/* os.Args */
void stdlib_set_args(const char *argv0, const char **args, int nargs);

#endif
