/* gomath.c: Go's own algorithms for the math functions whose last bit
 * programs print (Sin Cos Tan Atan Asin Acos Atan2 Exp Log Log2 Log10 Pow
 * Cbrt Sinh Cosh Tanh Hypot), ported line for line from Go 1.19's
 * src/math (the amd64 assembly versions for Exp, Log and Hypot), so
 * results match real Go bit for bit rather than the C library's.
 *
 * Go evaluates constant expressions exactly, so constants like 4/Pi are
 * written here as literals of the exact value (C would round Pi first).
 * The file must be compiled without FMA contraction (the x86-64 default).
 */
#include <math.h>
#include <string.h>

#include "gomath.h"

#define PI 3.14159265358979323846264338327950288419716939937510582097494459
#define PI_2 (PI / 2)          /* exact: division by 2 */
#define PI_4 (PI / 4)
#define FOUR_OVER_PI 1.27323954473516268615107010698011489627567716592365
#define THREE_PI_4 2.35619449019234492884698253745962716314787704953132936573120844
#define INV_LN10 0.43429448190325182765112891891660508229439700580366656611445378
#define INV_LN2 1.44269504088896340735992468100189213742664595415298593413544940

static uint64_t f2b(double f) { uint64_t u; memcpy(&u, &f, 8); return u; }
static double b2f(uint64_t u) { double f; memcpy(&f, &u, 8); return f; }

/* ---- trigonometry (sin.go, tan.go, trig_reduce.go) ---- */

static const double sin_c[] = {1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
                               -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1};
static const double cos_c[] = {-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
                               2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2};
static const uint64_t mpi4[] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083, 0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d, 0xd1046bea5d768909, 0xd338e04d68befc82,
    0x7323ac7306a673e9, 0x3908bf177bf25076, 0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a, 0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};
#define PI4A 7.85398125648498535156e-1
#define PI4B 3.77489470793079817668e-8
#define PI4C 2.69515142907905952645e-15
#define REDUCE_THRESHOLD (double)(1 << 29)

/* Payne-Hanek reduction for huge arguments: octant j, remainder z. */
static void trig_reduce(double x, uint64_t *jo, double *zo) {
    if (x < PI_4) { *jo = 0; *zo = x; return; }
    uint64_t ix = f2b(x);
    int exp = (int)((ix >> 52) & 0x7FF) - 1023 - 52;
    ix &= ~(0x7FFULL << 52);
    ix |= 1ULL << 52;
    unsigned digit = (unsigned)(exp + 61) / 64, bitshift = (unsigned)(exp + 61) % 64;
    /* Go's shifts by 64 yield 0; C's are undefined */
#define SHR(v, s) ((s) >= 64 ? 0 : (v) >> (s))
    uint64_t z0 = (mpi4[digit] << bitshift) | SHR(mpi4[digit + 1], 64 - bitshift);
    uint64_t z1 = (mpi4[digit + 1] << bitshift) | SHR(mpi4[digit + 2], 64 - bitshift);
    uint64_t z2 = (mpi4[digit + 2] << bitshift) | SHR(mpi4[digit + 3], 64 - bitshift);
    unsigned __int128 p2 = (unsigned __int128)z2 * ix, p1 = (unsigned __int128)z1 * ix;
    uint64_t z2hi = (uint64_t)(p2 >> 64), z1hi = (uint64_t)(p1 >> 64), z1lo = (uint64_t)p1;
    uint64_t z0lo = z0 * ix;
    uint64_t lo = z1lo + z2hi, c = lo < z1lo;
    uint64_t hi = z0lo + z1hi + c;
    uint64_t j = hi >> 61;
    hi = hi << 3 | lo >> 61;
    unsigned lz = hi ? (unsigned)__builtin_clzll(hi) : 64;
    uint64_t e = (uint64_t)(1023 - (lz + 1));
    hi = (hi << (lz + 1)) | SHR(lo, 64 - (lz + 1));
#undef SHR
    hi >>= 64 - 52;
    hi |= e << 52;
    double z = b2f(hi);
    if (j & 1) {
        j++;
        j &= 7;
        z--;
    }
    *jo = j;
    *zo = z * PI_4;
}

static void octant(double x, uint64_t *jo, double *zo, bool wrap) {
    if (x >= REDUCE_THRESHOLD) { trig_reduce(x, jo, zo); return; }
    uint64_t j = (uint64_t)(x * FOUR_OVER_PI);
    double y = (double)j;
    if (j & 1) { j++; y++; }
    if (wrap) j &= 7;
    *jo = j;
    *zo = ((x - y * PI4A) - y * PI4B) - y * PI4C;
}

static double poly_sin(double z, double zz) {
    return z + z * zz * ((((((sin_c[0] * zz) + sin_c[1]) * zz + sin_c[2]) * zz + sin_c[3]) * zz + sin_c[4]) * zz + sin_c[5]);
}
static double poly_cos(double zz) {
    return 1.0 - 0.5 * zz + zz * zz * ((((((cos_c[0] * zz) + cos_c[1]) * zz + cos_c[2]) * zz + cos_c[3]) * zz + cos_c[4]) * zz + cos_c[5]);
}

double go_sin(double x) {
    if (x == 0 || isnan(x)) return x;
    if (isinf(x)) return NAN;
    bool sign = false;
    if (x < 0) { x = -x; sign = true; }
    uint64_t j;
    double z;
    octant(x, &j, &z, true);
    if (j > 3) { sign = !sign; j -= 4; }
    double zz = z * z, y = (j == 1 || j == 2) ? poly_cos(zz) : poly_sin(z, zz);
    return sign ? -y : y;
}

double go_cos(double x) {
    if (isnan(x) || isinf(x)) return NAN;
    bool sign = false;
    x = fabs(x);
    uint64_t j;
    double z;
    octant(x, &j, &z, true);
    if (j > 3) { j -= 4; sign = !sign; }
    if (j > 1) sign = !sign;
    double zz = z * z, y = (j == 1 || j == 2) ? poly_sin(z, zz) : poly_cos(zz);
    return sign ? -y : y;
}

double go_tan(double x) {
    static const double P[] = {-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7};
    static const double Q[] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7,
                               -5.38695755929454629881e7};
    if (x == 0 || isnan(x)) return x;
    if (isinf(x)) return NAN;
    bool sign = false;
    if (x < 0) { x = -x; sign = true; }
    uint64_t j;
    double z, y;
    octant(x, &j, &z, false);
    double zz = z * z;
    if (zz > 1e-14) y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
    else y = z;
    if (j & 2) y = -1 / y;
    return sign ? -y : y;
}

/* ---- inverse trigonometry (atan.go, asin.go, atan2.go) ---- */

static double xatan(double x) {
    const double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                 P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                 P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                 Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                 Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
    double z = x * x;
    z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
    return x * z + x;
}

static double satan(double x) {
    const double Morebits = 6.123233995736765886130e-17, Tan3pio8 = 2.41421356237309504880;
    if (x <= 0.66) return xatan(x);
    if (x > Tan3pio8) return PI_2 - xatan(1 / x) + Morebits;
    return PI_4 + xatan((x - 1) / (x + 1)) + 0.5 * Morebits;
}

double go_atan(double x) {
    if (x == 0) return x;
    return x > 0 ? satan(x) : -satan(-x);
}

double go_asin(double x) {
    if (x == 0) return x;
    bool sign = false;
    if (x < 0) { x = -x; sign = true; }
    if (x > 1) return NAN;
    double temp = sqrt(1 - x * x);
    temp = x > 0.7 ? PI_2 - satan(temp / x) : satan(x / temp);
    return sign ? -temp : temp;
}

double go_acos(double x) { return PI_2 - go_asin(x); }

double go_atan2(double y, double x) {
    if (isnan(y) || isnan(x)) return NAN;
    if (y == 0) return x >= 0 && !signbit(x) ? copysign(0, y) : copysign(PI, y);
    if (x == 0) return copysign(PI_2, y);
    if (isinf(x)) {
        if (x > 0) return isinf(y) ? copysign(PI_4, y) : copysign(0, y);
        return isinf(y) ? copysign(THREE_PI_4, y) : copysign(PI, y);
    }
    if (isinf(y)) return copysign(PI_2, y);
    double q = go_atan(y / x);
    if (x < 0) return q <= 0 ? q + PI : q - PI;
    return q;
}

/* ---- exponentials and logarithms (exp_amd64.s, log.go, log10.go) ---- */

static int use_fma = -1;

double go_exp(double x) {
    const double LOG2E = 1.4426950408889634073599246810018920, LN2U = 0.69314718055966295651160180568695068359375,
                 LN2L = 0.28235290563031577122588448175013436025525412068e-12, Overflow = 7.09782712893384e+02;
    static const double c[] = {0.5, 1.0, 2.0, 1.6666666666666666667e-1, 4.1666666666666666667e-2,
                               8.3333333333333333333e-3, 1.3888888888888888889e-3, 1.9841269841269841270e-4,
                               2.4801587301587301587e-5};
    if (isnan(x) || x == INFINITY) return x;
    if (x == -INFINITY) return 0;
    if (x > Overflow) return INFINITY;
    if (use_fma < 0) use_fma = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
    double t = LOG2E * x;
    if (t != t || fabs(t) > 2147483647.0) t = -2147483648.0; /* CVTSD2SL's "integer indefinite" */
    int32_t k = (int32_t)nearbyint(t);
    double kf = (double)k, x1;
    if (use_fma) {
        x = fma(-kf, LN2U, x);
        x = fma(-kf, LN2L, x);
        x *= 0.0625;
        x1 = c[8];
        for (int i = 7; i >= 3; i--) x1 = fma(x1, x, c[i]);
        x1 = fma(x1, x, c[0]);
        x1 = fma(x1, x, c[1]);
        x *= x1;
        for (int i = 0; i < 3; i++) { x1 = x + 2.0; x *= x1; }
        x1 = x + 2.0;
        x = fma(x, x1, 1.0);
    } else {
        x -= kf * LN2U;
        x -= kf * LN2L;
        x *= 0.0625;
        x1 = c[8] * x;
        for (int i = 7; i >= 3; i--) { x1 += c[i]; x1 *= x; }
        x1 += c[0];
        x1 *= x;
        x1 += c[1];
        x *= x1;
        for (int i = 0; i < 4; i++) { x1 = 2.0 + x; x *= x1; }
        x += 1.0;
    }
    int64_t bx = (int64_t)k + 0x3FF;
    if (bx <= 0) {
        if (bx < -52) return 0;
        bx += 0x3FE;
        x *= b2f((uint64_t)bx << 52);
        bx = 1;
    } else if (bx >= 0x7FF)
        return INFINITY;
    return x * b2f((uint64_t)bx << 52);
}

double go_log(double x) {
    const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10,
                 L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01, L3 = 2.857142874366239149e-01,
                 L4 = 2.222219843214978396e-01, L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
                 L7 = 1.479819860511658591e-01;
    uint64_t bx = f2b(x);
    if ((bx & ~(1ULL << 63)) == 0) return -INFINITY;
    if ((int64_t)bx < 0) return b2f(0x7FF8000000000001ULL);
    if (bx >= 0x7FF0000000000000ULL) return x;
    /* the assembly reads the exponent field directly (denormals included) */
    double f1 = b2f((bx & 0x000FFFFFFFFFFFFFULL) | 0x3FE0000000000000ULL);
    double k = (double)((int)((bx >> 52) & 0x7FF) - 0x3FE);
    if (f1 < 7.07106781186547524401e-01) { f1 *= 2; k -= 1; }
    double f = f1 - 1;
    double s = f / (2.0 + f);
    double s2 = s * s, s4 = s2 * s2;
    double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
    double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
    double R = t1 + t2;
    double hfsq = 0.5 * f * f;
    return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}

double go_log10(double x) { return go_log(x) * INV_LN10; }

double go_log2(double x) {
    int e;
    double frac = frexp(x, &e);
    if (isinf(x) || isnan(x)) return go_log(x);
    if (frac == 0.5) return (double)(e - 1);
    return go_log(frac) * INV_LN2 + (double)e;
}

/* ---- Pow (pow.go) ---- */

static bool is_odd_int(double x) {
    double xi, xf = modf(x, &xi);
    return xf == 0 && fabs(xi) < 9.2e18 && ((int64_t)xi & 1) == 1;
}

double go_pow(double x, double y) {
    if (y == 0 || x == 1) return 1;
    if (y == 1) return x;
    if (isnan(x) || isnan(y)) return NAN;
    if (x == 0) {
        if (y < 0) return is_odd_int(y) ? copysign(INFINITY, x) : INFINITY;
        return is_odd_int(y) ? x : 0;
    }
    if (isinf(y)) {
        if (x == -1) return 1;
        return (fabs(x) < 1) == (y > 0) ? 0 : INFINITY;
    }
    if (isinf(x)) {
        if (x < 0) return go_pow(1 / x, -y);
        return y < 0 ? 0 : INFINITY;
    }
    if (y == 0.5) return sqrt(x);
    if (y == -0.5) return 1 / sqrt(x);
    double yi, yf = modf(fabs(y), &yi);
    if (yf != 0 && x < 0) return NAN;
    if (yi >= 9223372036854775808.0) {
        if (x == -1) return 1;
        return (fabs(x) < 1) == (y > 0) ? 0 : INFINITY;
    }
    double a1 = 1.0;
    int64_t ae = 0;
    if (yf != 0) {
        if (yf > 0.5) { yf--; yi++; }
        a1 = go_exp(yf * go_log(x));
    }
    int xe32;
    double x1 = frexp(x, &xe32);
    int64_t xe = xe32;
    for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
        if (xe < -(1 << 12) || (1 << 12) < xe) {
            ae += xe;
            break;
        }
        if (i & 1) { a1 *= x1; ae += xe; }
        x1 *= x1;
        xe <<= 1;
        if (x1 < .5) { x1 += x1; xe--; }
    }
    if (y < 0) { a1 = 1 / a1; ae = -ae; }
    if (ae > 100000) ae = 100000;
    if (ae < -100000) ae = -100000;
    return ldexp(a1, (int)ae);
}

/* ---- Cbrt (cbrt.go) ---- */

double go_cbrt(double x) {
    const uint64_t B1 = 715094163, B2 = 696219795;
    const double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01, E = 1.41428571428571436819e+00,
                 F = 1.60714285714285720630e+00, G = 3.57142857142857150787e-01,
                 SmallestNormal = 2.22507385850720138309e-308;
    if (x == 0 || isnan(x) || isinf(x)) return x;
    bool sign = false;
    if (x < 0) { x = -x; sign = true; }
    double t = b2f(f2b(x) / 3 + (B1 << 32));
    if (x < SmallestNormal) {
        t = (double)(1ULL << 54);
        t *= x;
        t = b2f(f2b(t) / 3 + (B2 << 32));
    }
    double r = t * t / x;
    double s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = b2f((f2b(t) & (0xFFFFFFFFCULL << 28)) + (1ULL << 30));
    s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return sign ? -t : t;
}

/* ---- hyperbolic functions (sinh.go, tanh.go) ---- */

double go_sinh(double x) {
    const double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                 P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
                 Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                 Q2 = -0.173678953558233699533450911e+3;
    bool sign = false;
    if (x < 0) { x = -x; sign = true; }
    double temp;
    if (x > 21) temp = go_exp(x) * 0.5;
    else if (x > 0.5) {
        double ex = go_exp(x);
        temp = (ex - 1 / ex) * 0.5;
    } else {
        double sq = x * x;
        temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
        temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
    }
    return sign ? -temp : temp;
}

double go_cosh(double x) {
    x = fabs(x);
    if (x > 21) return go_exp(x) * 0.5;
    double ex = go_exp(x);
    return (ex + 1 / ex) * 0.5;
}

double go_tanh(double x) {
    static const double P[] = {-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3};
    static const double Q[] = {1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3};
    const double MAXLOG = 8.8029691931113054295988e+01;
    double z = fabs(x);
    if (z > 0.5 * MAXLOG) return x < 0 ? -1 : 1;
    if (z >= 0.625) {
        double s = go_exp(2 * z);
        z = 1 - 2 / (s + 1);
        return x < 0 ? -z : z;
    }
    if (x == 0) return x;
    double s = x * x;
    return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

/* ---- Hypot (hypot_amd64.s) ---- */

double go_hypot(double p, double q) {
    p = fabs(p);
    q = fabs(q);
    if (isinf(p) || isinf(q)) return INFINITY;
    if (isnan(p) || isnan(q)) return b2f(0x7FF8000000000001ULL);
    if (p == 0 && q == 0) return 0;
    double hi = p > q ? p : q, lo = p > q ? q : p;
    lo /= hi;
    return hi * sqrt(lo * lo + 1.0);
}
