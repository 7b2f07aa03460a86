/* math.c: natives of package math (stdlib/prelude/math.go).
 *
 * Functions whose results programs commonly print use Go's own algorithms
 * (gomath.c), since the C library's differ from Go's in the last bit; the
 * exactly-specified ones (Sqrt, Floor, Mod, ...) and the rarely printed
 * ones (Erf, Gamma, Expm1, ...) are the C library's. Max, Min and Dim
 * follow Go's NaN and signed-zero rules.
 */
#include <math.h>

#include "gomath.h"
#include "stdlib.h"

#define F1(name, expr) \
    static int m_##name(Proc *p, Slot *a) { CSP_UNUSED(p); double x = a[0].f; a[0].f = (expr); return VM_OK; }
#define F2(name, expr)                                                                            \
    static int m_##name(Proc *p, Slot *a) {                                                       \
        CSP_UNUSED(p);                                                                            \
        double x = a[0].f, y = a[1].f;                                                            \
        a[0].f = (expr);                                                                          \
        return VM_OK;                                                                             \
    }

F1(Sqrt, sqrt(x)) F1(Abs, fabs(x)) F1(Floor, floor(x)) F1(Ceil, ceil(x)) F1(Trunc, trunc(x))
F1(Round, round(x)) F1(RoundToEven, nearbyint(x)) F1(Exp, go_exp(x)) F1(Exp2, exp2(x)) F1(Expm1, expm1(x))
F1(Log, go_log(x)) F1(Log2, go_log2(x)) F1(Log10, go_log10(x)) F1(Log1p, log1p(x)) F1(Sin, go_sin(x)) F1(Cos, go_cos(x))
F1(Tan, go_tan(x)) F1(Asin, go_asin(x)) F1(Acos, go_acos(x)) F1(Atan, go_atan(x)) F1(Sinh, go_sinh(x)) F1(Cosh, go_cosh(x))
F1(Tanh, go_tanh(x)) F1(Asinh, asinh(x)) F1(Acosh, acosh(x)) F1(Atanh, atanh(x)) F1(Cbrt, go_cbrt(x))
F1(Erf, erf(x)) F1(Erfc, erfc(x)) F1(Gamma, tgamma(x)) F1(Logb, logb(x))
F2(Atan2, go_atan2(x, y)) F2(Hypot, go_hypot(x, y)) F2(Mod, fmod(x, y)) F2(Remainder, remainder(x, y))
F2(Copysign, copysign(x, y)) F2(Nextafter, nextafter(x, y))

F2(Pow, go_pow(x, y))

static int m_Max(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    double x = a[0].f, y = a[1].f;
    if (isinf(x) && x > 0) a[0].f = x;
    else if (isinf(y) && y > 0) a[0].f = y;
    else if (isnan(x) || isnan(y)) a[0].f = NAN;
    else if (x == 0 && x == y) a[0].f = signbit(x) ? y : x;
    else a[0].f = x > y ? x : y;
    return VM_OK;
}

static int m_Min(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    double x = a[0].f, y = a[1].f;
    if (isinf(x) && x < 0) a[0].f = x;
    else if (isinf(y) && y < 0) a[0].f = y;
    else if (isnan(x) || isnan(y)) a[0].f = NAN;
    else if (x == 0 && x == y) a[0].f = signbit(x) ? x : y;
    else a[0].f = x < y ? x : y;
    return VM_OK;
}

static int m_Dim(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    double v = a[0].f - a[1].f;
    a[0].f = v <= 0 ? 0 : v; /* NaN stays NaN */
    if (isnan(v)) a[0].f = v;
    return VM_OK;
}

static int m_Inf(Proc *p, Slot *a) { CSP_UNUSED(p); a[0].f = a[0].i >= 0 ? INFINITY : -INFINITY; return VM_OK; }
static int m_NaN(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    a[0].u = 0x7FF8000000000001ULL; /* Go's NaN bits */
    return VM_OK;
}
static int m_IsNaN(Proc *p, Slot *a) { CSP_UNUSED(p); a[0].i = isnan(a[0].f) != 0; return VM_OK; }
static int m_IsInf(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    double f = a[0].f;
    int64_t s = a[1].i;
    a[0].i = (s >= 0 && f == INFINITY) || (s <= 0 && f == -INFINITY);
    return VM_OK;
}
static int m_Signbit(Proc *p, Slot *a) { CSP_UNUSED(p); a[0].i = signbit(a[0].f) != 0; return VM_OK; }

static int m_Float64bits(Proc *p, Slot *a) { CSP_UNUSED(p); return VM_OK; } /* same 8 bytes */
static int m_Float64frombits(Proc *p, Slot *a) { CSP_UNUSED(p); return VM_OK; }
static int m_Float32bits(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    float f = (float)a[0].f;
    uint32_t u;
    memcpy(&u, &f, 4);
    a[0].u = u;
    return VM_OK;
}
static int m_Float32frombits(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    uint32_t u = (uint32_t)a[0].u;
    float f;
    memcpy(&f, &u, 4);
    a[0].f = f;
    return VM_OK;
}

/* Modf(f) (int float64, frac float64) */
static int m_Modf(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    double ip, fr = modf(a[0].f, &ip);
    a[0].f = ip;
    a[1].f = fr;
    return VM_OK;
}

/* Frexp(f) (frac float64, exp int) */
static int m_Frexp(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    int e = 0;
    double fr = frexp(a[0].f, &e);
    a[0].f = fr;
    a[1].i = (isinf(a[0].f) || isnan(a[0].f)) ? 0 : e;
    return VM_OK;
}

static int m_Ldexp(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    int64_t e = a[1].i;
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    a[0].f = ldexp(a[0].f, (int)e);
    return VM_OK;
}

static int m_Ilogb(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    double x = a[0].f;
    if (x == 0) a[0].i = INT32_MIN;
    else if (isnan(x)) a[0].i = INT32_MAX;
    else if (isinf(x)) a[0].i = INT32_MAX;
    else a[0].i = ilogb(x);
    return VM_OK;
}

static int m_FMA(Proc *p, Slot *a) { CSP_UNUSED(p); a[0].f = fma(a[0].f, a[1].f, a[2].f); return VM_OK; }

static int m_Sincos(Proc *p, Slot *a) {
    CSP_UNUSED(p);
    double x = a[0].f;
    a[0].f = go_sin(x);
    a[1].f = go_cos(x);
    return VM_OK;
}

#define E(n) {"math." #n, m_##n}
const NativeEntry math_natives[] = {
    E(Sqrt), E(Abs), E(Floor), E(Ceil), E(Trunc), E(Round), E(RoundToEven), E(Exp), E(Exp2), E(Expm1),
    E(Log), E(Log2), E(Log10), E(Log1p), E(Sin), E(Cos), E(Tan), E(Asin), E(Acos), E(Atan), E(Sinh),
    E(Cosh), E(Tanh), E(Asinh), E(Acosh), E(Atanh), E(Cbrt), E(Erf), E(Erfc), E(Gamma), E(Logb),
    E(Atan2), E(Hypot), E(Mod), E(Remainder), E(Copysign), E(Nextafter), E(Pow), E(Max), E(Min), E(Dim),
    E(Inf), E(NaN), E(IsNaN), E(IsInf), E(Signbit), E(Float64bits), E(Float64frombits), E(Float32bits),
    E(Float32frombits), E(Modf), E(Frexp), E(Ldexp), E(Ilogb), E(FMA), E(Sincos),
    {NULL, NULL},
};
