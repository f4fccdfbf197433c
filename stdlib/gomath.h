/* gomath.h — Go's math functions with gc's exact results on amd64 (see gomath.c). */
#ifndef GORO_GOMATH_H
#define GORO_GOMATH_H

#include <stdbool.h>
#include <stdint.h>

double gm_nan(void);          /* math.NaN(): bits 0x7FF8000000000001 */
double gm_inf(int sign);
double gm_exp(double x);      /* gc's amd64 assembly (FMA variant) */
double gm_log(double x);      /* gc's amd64 assembly */
double gm_exp2(double x);
double gm_expm1(double x);
double gm_log1p(double x);
double gm_log10(double x);
double gm_log2(double x);
double gm_pow(double x, double y);
double gm_sin(double x);
double gm_cos(double x);
double gm_tan(double x);
double gm_asin(double x);
double gm_acos(double x);
double gm_atan(double x);
double gm_atan2(double y, double x);
double gm_sinh(double x);
double gm_cosh(double x);
double gm_tanh(double x);
double gm_asinh(double x);
double gm_acosh(double x);
double gm_atanh(double x);
double gm_cbrt(double x);
double gm_hypot(double p, double q);
double gm_max(double x, double y);
double gm_min(double x, double y);
double gm_gamma(double x);
double gm_erf(double x);
double gm_erfc(double x);
double gm_nextafter(double x, double y);
float gm_nextafter32(float x, float y);

#endif
