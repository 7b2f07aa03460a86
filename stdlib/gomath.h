/* gomath.h: Go 1.19's math algorithms in C (stdlib/gomath.c), bit-exact
 * with real Go on amd64. */
#ifndef CSP_GOMATH_H
#define CSP_GOMATH_H

#include <stdbool.h>
#include <stdint.h>

double go_sin(double x);
double go_cos(double x);
double go_tan(double x);
double go_atan(double x);
double go_asin(double x);
double go_acos(double x);
double go_atan2(double y, double x);
double go_exp(double x);
double go_log(double x);
double go_log10(double x);
double go_log2(double x);
double go_pow(double x, double y);
double go_cbrt(double x);
double go_sinh(double x);
double go_cosh(double x);
double go_tanh(double x);
double go_hypot(double p, double q);

#endif
