/* test_fmt.c: unit tests of the fmt engine (stdlib/fmt.c) on hand-built
 * types and values. Every expectation below was produced by Go 1.19 running
 * the same calls (the Go program is described next to each case group), so
 * a difference is a conformance bug. Error()/String() methods are served by
 * test_hook, standing in for the VM.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "../../stdlib/fmt.h"
#include "../../stdlib/numconv.h"
#include "../../vm/map.h"

static int passed, failed;

void map_fatal_concurrent_writes(void) {
    fprintf(stderr, "fatal error: concurrent map writes\n");
    abort();
}

/* Expected outputs, in case order, from Go 1.19. */
static const char *want[] = {
    "1 a 2.5 true <nil>\n",
    "a1 2bc3",
    "42 hi 3.5",
    "   42|42   |00042|-0042",
    "ff FF 377 0o377 11111111 0xff 0377 0b11111111",
    "A 'A' U+0041 U+0041 'A'",
    "😀 '😀' '\\U0001f600' U+1F600",
    "3.141590 3.14    3.142|3.142   |3.141590e+00 3.141590E+00 3.14159 3.14159",
    "1e+21 1e+20 1e+08 1.234e-06 0.1 0.33333334\n",
    "true false",
    "\"hello\\n\\\"world\\\"\" \"h\\u00e9llo\" \"back`q\" `plain`",
    "68656c6c6f|68 69|0x6869|6869|0x68 0x69",
    "[1 2 3] [1 2] [] []int{1, 2} []int(nil) [a b] [\"a\" \"b\"]",
    "map[a:1 b:2] map[string]int{\"a\":1, \"b\":2} map[] map[int]bool(nil)",
    "{1 2} {X:1 Y:2} main.Point{X:1, Y:2}",
    "&{1 2} &{X:1 Y:2} &main.Point{X:1, Y:2}",
    "int []int map[string]int main.Point *main.Point <nil> float32",
    "%!d(string=hi)|1|2 3|%!z(int=3)|%!d(<nil>)",
    "1 %!d(MISSING)",
    "%!(NOVERB)",
    "21.5C 21.5C %!d(main.Celsius=21.5)",
    "1.0C {1} PS!\n",
    "err:x [err:y 1]\n",
    "%!v(PANIC=String method: boom)\n",
    "[1.0C 2.0C]|[%!d(main.Celsius=1) %!d(main.Celsius=2)]",
    "{1.0C 2} {T:1.0C t:2}",
    "      hi|hi      |he|000000hi|    \"hi\"",
    "[  1.00   2.50]",
    "+5| 5|+1.235e+04|-00003.142|+0000042|-002.500",
    "   42|42   |3.14|42 5",
    "%!d(BADINDEX)|%!d(BADINDEX)",
    "[<nil> 1] []interface {}{interface {}(nil), 1}",
    "[1 2] main.Named{1, 2}",
    "[104 105] hi []byte{0x68, 0x69} 01ab",
    "-5 18446744073709551615 -9223372036854775808 200\n",
    "0x5 \"a\" 1 1e+06 -3",
    "-ff -FF -1",
    "hél|    h|hé  |",
    "+Inf|  NaN|+NaN|-Inf|+Inf  |  -Inf| Inf",
    "{{1 2} [3] map[k:4] s <nil>}",
    "{P:{X:1 Y:2} S:[] M:map[] I:<nil> Q:<nil>}",
    "&[1] &map[a:1] &[true false]",
    "1.00000|2.00|2.5|3.000000e+00|4.|5.e+00",
    "%!s(int=5)|<nil>|{     1      2}|true  |",
    "map[{1 1}:a {1 2}:b {2 1}:c]",
    "map[1:2 2:1 3:0] map[false:0 true:1]",
    "[1 2 3] [3]int{1, 2, 3} [] [-1 1]",
    "[a ff] [A FF] [10]",
    "%!p(<nil>)|<nil>|0",
    "<nil> <nil> (*main.Point)(nil)",
    "00000101|-10|0XBEE|ffffffffffffffff|FF",
    "100%|%|%|%!!(MISSING)|%!(NOVERB)",
    "1234.5678 1.2e+03   1.23e+03|0.5       |",
    "1.6777216e+07 3.4e+38 1e-07 1.23456789e+08",
    "0.000000e+00 5e+00 1.2E+05 1e-05 1.23e+06 0.3333333333",
    "[1 %!d(string=a) <nil>] {1 x}",
    "'x' '\\n' 120 x",
    " true|false  |[\"a\" '\\x01']",
    "|007F|01 02 03|",
    "0.1 0.1 0.2 0 2 1.00",
    "err:e err:p",
    "[]|[]|6869",
    "   abc|\"a\"     |   \"abc\"",
    "9223372036854775807 0",
    "U+0041|U+1F600 '😀'|U+0007|U+000041",
    "1 2x3 <nil> <nil>yz",
    "",
    "\n",
    "{}",
    "50%",
    "\"\\x00\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\u00a0\\u00ad\\ufeff😀\\xff\\xc3x日本\"",
    "\"\\u65e5\\u672c\\U0001f600\\u00e9\"",
};
static int ncase;

static void check(const char *got) {
    const char *w = want[ncase];
    if (!strcmp(got, w)) {
        passed++;
    } else {
        failed++;
        printf("FAIL fmt case %d:\n  got  %s\n  want %s\n", ncase, got, w);
    }
    ncase++;
}

/* ---- types (mirroring the Go program) ---- */

static Type *t_point, *t_celsius, *t_ps, *t_myerr, *t_panicker, *t_named, *t_temps, *t_wrap;
static Type *t_anon, *t_empty, *t_ints, *t_strings, *t_bytes, *t_any, *t_anys;

static Type *named(const char *name, Type *under) {
    Type *t = type_named("main", name);
    type_set_underlying(t, under);
    return t;
}

static Field fld(const char *name, Type *t, bool exported) {
    return (Field){.name = name, .type = t, .exported = exported};
}

static void add_method(Type *t, const char *name, bool ptr) {
    Type *res[1] = {type_string};
    Method m = {.name = name, .sig = type_func(NULL, 0, res, 1, false), .ptr_recv = ptr, .ptr_only = ptr};
    type_add_method(t, m);
}

static void make_types(void) {
    types_init();
    Field pf[] = {fld("X", type_int, true), fld("Y", type_int, true)};
    t_point = named("Point", type_struct(pf, 2));
    t_celsius = named("Celsius", type_float64);
    add_method(t_celsius, "String", false);
    Field sf[] = {fld("X", type_int, true)};
    t_ps = named("PS", type_struct(sf, 1));
    add_method(t_ps, "String", true);
    Field ef[] = {fld("msg", type_string, false)};
    t_myerr = named("MyErr", type_struct(ef, 1));
    add_method(t_myerr, "Error", false);
    t_panicker = named("Panicker", type_int);
    add_method(t_panicker, "String", false);
    t_ints = type_slice(type_int);
    t_named = named("Named", t_ints);
    Field tf[] = {fld("T", t_celsius, true), fld("t", t_celsius, false)};
    t_temps = named("Temps", type_struct(tf, 2));
    t_any = type_any;
    Field wf[] = {fld("P", t_point, true), fld("S", t_ints, true),
                  fld("M", type_map(type_string, type_int), true), fld("I", t_any, true),
                  fld("Q", type_pointer(t_point), true)};
    t_wrap = named("Wrap", type_struct(wf, 5));
    Field af[] = {fld("A", type_int, true), fld("B", type_string, true)};
    t_anon = type_struct(af, 2);
    t_empty = type_struct(NULL, 0);
    t_strings = type_slice(type_string);
    t_bytes = type_slice(type_uint8);
    t_anys = type_slice(t_any);
}

/* The VM's part: run String()/Error() of the test types. */
static bool test_hook(Type *t, Slot v, Method *m, Str **result, Str **panic_msg) {
    char tmp[64];
    if (t == t_celsius) {
        snprintf(tmp, sizeof tmp, "%.1fC", v.f);
        *result = str_from_cstr(tmp);
    } else if (t == type_pointer(t_ps)) {
        *result = str_from_cstr("PS!");
    } else if (t == t_myerr || t == type_pointer(t_myerr)) {
        Slot *blk = v.p;
        *result = str_concat(str_from_cstr("err:"), blk[0].p);
    } else if (t == t_panicker) {
        *panic_msg = str_from_cstr("boom");
        return false;
    } else {
        *result = str_from_cstr("?unexpected method call?");
    }
    return true;
}

/* ---- values ---- */

static Iface *box(Type *t, Slot v) { return iface_box(t, v); }
static Iface *I(int64_t v) { return box(type_int, (Slot){.i = v}); }
static Iface *S(const char *s) { return box(type_string, (Slot){.p = str_from_cstr(s)}); }
static Iface *F(double v) { return box(type_float64, (Slot){.f = v}); }
static Iface *F32(float v) { return box(type_float32, (Slot){.f = v}); }
static Iface *B(bool v) { return box(type_bool, (Slot){.i = v}); }
static Iface *R(int32_t v) { return box(type_int32, (Slot){.i = v}); }
static Iface *T(Type *t, int64_t v) { return box(t, (Slot){.i = v}); }
static Iface *TF(Type *t, double v) { return box(t, (Slot){.f = v}); }
static Iface *U(Type *t, uint64_t v) { return box(t, (Slot){.u = v}); }

static Slice *ints(int n, ...) {
    va_list ap;
    va_start(ap, n);
    Slice *s = slice_make(type_int, n, n);
    for (int i = 0; i < n; i++) s->data[i].i = va_arg(ap, int);
    va_end(ap);
    return s;
}

static Slice *floats(Type *elem, int n, ...) {
    va_list ap;
    va_start(ap, n);
    Slice *s = slice_make(elem, n, n);
    for (int i = 0; i < n; i++) s->data[i].f = va_arg(ap, double);
    va_end(ap);
    return s;
}

static Slice *strs(int n, ...) {
    va_list ap;
    va_start(ap, n);
    Slice *s = slice_make(type_string, n, n);
    for (int i = 0; i < n; i++) s->data[i].p = str_from_cstr(va_arg(ap, const char *));
    va_end(ap);
    return s;
}

static Slice *bytes(const char *p, int n) {
    Slice *s = slice_make(type_uint8, n, n);
    for (int i = 0; i < n; i++) s->data[i].u = (unsigned char)p[i];
    return s;
}

static Slice *anys(int n, ...) {
    va_list ap;
    va_start(ap, n);
    Slice *s = slice_make(t_any, n, n);
    for (int i = 0; i < n; i++) s->data[i].p = va_arg(ap, Iface *);
    va_end(ap);
    return s;
}

static Iface *SL(Type *t, Slice *s) { return box(t, (Slot){.p = s}); }

static Slot *point(int64_t x, int64_t y) {
    Slot *b = block_new(t_point);
    b[0].i = x, b[1].i = y;
    return b;
}

static Iface *P(int64_t x, int64_t y) { return box(t_point, (Slot){.p = point(x, y)}); }
static Iface *PP(int64_t x, int64_t y) { return box(type_pointer(t_point), (Slot){.p = point(x, y)}); }

static Slot *block2(Type *t, Slot a, Slot b) {
    Slot *blk = block_new(t);
    blk[0] = a;
    if (t->slots > 1) blk[1] = b;
    return blk;
}

static Map *smap(int n, ...) {
    va_list ap;
    va_start(ap, n);
    Map *m = map_new(type_map(type_string, type_int), 0);
    for (int i = 0; i < n; i++) {
        Slot k = {.p = str_from_cstr(va_arg(ap, const char *))};
        map_set(m, k, NULL)->i = va_arg(ap, int);
    }
    va_end(ap);
    return m;
}

/* ---- drivers ---- */

static const char *spf(const char *format, int n, ...) {
    Slot args[16];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) args[i].p = va_arg(ap, Iface *);
    va_end(ap);
    Buf b;
    buf_init(&b);
    fmt_printf(&b, format, (int64_t)strlen(format), args, n);
    return buf_cstr(&b);
}

static const char *sprint(bool ln, int n, ...) {
    Slot args[16];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) args[i].p = va_arg(ap, Iface *);
    va_end(ap);
    Buf b;
    buf_init(&b);
    fmt_print(&b, args, n, ln);
    return buf_cstr(&b);
}

#define PF(fmt, ...) check(spf(fmt, (int)(sizeof((Iface *[]){NULL, __VA_ARGS__}) / sizeof(Iface *)) - 1, __VA_ARGS__))
#define PF0(fmt) check(spf(fmt, 0))
#define PRINT(ln, ...) check(sprint(ln, (int)(sizeof((Iface *[]){NULL, __VA_ARGS__}) / sizeof(Iface *)) - 1, __VA_ARGS__))

static void cases_basic(void) {
    PRINT(true, I(1), S("a"), F(2.5), B(true), NULL);
    PRINT(false, S("a"), I(1), I(2), S("b"), S("c"), F(3.0));
    PF("%d %s %v", I(42), S("hi"), F(3.5));
    PF("%5d|%-5d|%05d|%05d", I(42), I(42), I(42), I(-42));
    PF("%x %X %o %O %b %#x %#o %#b", I(255), I(255), I(255), I(255), I(255), I(255), I(255), I(255));
    PF("%c %q %U %#U", R('A'), R('A'), R('A'), R('A'));
    PF("%c %q %+q %U", I(0x1F600), I(0x1F600), I(0x1F600), I(0x1F600));
    PF("%f %.2f %8.3f|%-8.3f|%e %E %g %G", F(3.14159), F(3.14159), F(3.14159), F(3.14159), F(3.14159),
       F(3.14159), F(3.14159), F(3.14159));
    PRINT(true, F(1e21), F(1e20), F(100000000.0), F(0.000001234), F32(0.1f), F32(1.0f / 3));
    PF("%t %v", B(true), B(false));
    PF("%q %+q %#q %#q", S("hello\n\"world\""), S("héllo"), S("back`q"), S("plain"));
    PF("%x|% x|%#x|%X|% #x", S("hello"), S("hi"), S("hi"), SL(t_bytes, bytes("hi", 2)), S("hi"));
    PF("%v %d %v %#v %#v %v %q", SL(t_ints, ints(3, 1, 2, 3)), SL(t_ints, ints(2, 1, 2)), SL(t_ints, NULL),
       SL(t_ints, ints(2, 1, 2)), SL(t_ints, NULL), SL(t_strings, strs(2, "a", "b")),
       SL(t_strings, strs(2, "a", "b")));
    Type *msi = type_map(type_string, type_int), *mib = type_map(type_int, type_bool);
    PF("%v %#v %v %#v", box(msi, (Slot){.p = smap(2, "b", 2, "a", 1)}), box(msi, (Slot){.p = smap(2, "b", 2, "a", 1)}),
       box(mib, (Slot){.p = NULL}), box(mib, (Slot){.p = NULL}));
    PF("%v %+v %#v", P(1, 2), P(1, 2), P(1, 2));
    PF("%v %+v %#v", PP(1, 2), PP(1, 2), PP(1, 2));
    PF("%T %T %T %T %T %T %T", I(1), SL(t_ints, ints(0)), box(msi, (Slot){.p = smap(0)}), P(0, 0), PP(0, 0), NULL,
       F32(1));
    PF("%d|%d|%d %d|%z|%d", S("hi"), I(1), I(2), I(3), I(3), NULL);
    PF("%d %d", I(1));
    PF0("%");
}

static void cases_methods(void) {
    PF("%v %s %d", TF(t_celsius, 21.5), TF(t_celsius, 21.5), TF(t_celsius, 21.5));
    Slot *ps = block_new(t_ps);
    ps[0].i = 1;
    PRINT(true, TF(t_celsius, 1), box(t_ps, (Slot){.p = ps}), box(type_pointer(t_ps), (Slot){.p = ps}));
    Slot *e = block_new(t_myerr);
    e[0].p = str_from_cstr("x");
    Slot *e2 = block_new(t_myerr);
    e2[0].p = str_from_cstr("y");
    PRINT(true, box(t_myerr, (Slot){.p = e}), SL(t_anys, anys(2, box(t_myerr, (Slot){.p = e2}), I(1))));
    PRINT(true, T(t_panicker, 1));
    Type *tcs = type_slice(t_celsius);
    PF("%v|%d", SL(tcs, floats(t_celsius, 2, 1.0, 2.0)), SL(tcs, floats(t_celsius, 2, 1.0, 2.0)));
    Slot *tt = block2(t_temps, (Slot){.f = 1}, (Slot){.f = 2});
    PF("%v %+v", box(t_temps, (Slot){.p = tt}), box(t_temps, (Slot){.p = tt}));
}

static void cases_flags(void) {
    PF("%8s|%-8s|%.2s|%08s|%8q", S("hi"), S("hi"), S("hello"), S("hi"), S("hi"));
    PF("%6.2f", SL(type_slice(type_float64), floats(type_float64, 2, 1.0, 2.5)));
    PF("%+d|% d|%+.3e|%010.3f|%+08d|%08.3f", I(5), I(5), F(12345.678), F(-3.14159), I(42), F(-2.5));
    PF("%*d|%-*d|%.*f|%[2]d %[1]d", I(5), I(42), I(5), I(42), I(2), F(3.14159), I(1), I(2));
    PF("%[3]d|%[0]d", I(1), I(2));
    PF("%v %#v", SL(t_anys, anys(2, NULL, I(1))), SL(t_anys, anys(2, NULL, I(1))));
    PF("%v %#v", SL(t_named, ints(2, 1, 2)), SL(t_named, ints(2, 1, 2)));
    PF("%v %s %#v %x", SL(t_bytes, bytes("hi", 2)), SL(t_bytes, bytes("hi", 2)), SL(t_bytes, bytes("hi", 2)),
       SL(t_bytes, bytes("\x01\xab", 2)));
    PRINT(true, T(type_int8, -5), U(type_uint64, UINT64_MAX), T(type_int64, INT64_MIN), U(type_uint8, 200));
    PF("%#v %#v %#v %#v %#v", U(type_uint, 5), S("a"), F(1.0), F(1e6), T(type_int32, -3));
    PF("%x %X %x", I(-255), I(-255), T(type_int8, -1));
    PF("%.3s|%5.1s|%-4.2s|", S("héllo"), S("héllo"), S("héllo"));
    PF("%f|%5.1f|%+f|%f|%-6f|%06f|% f", F(INFINITY), F(NAN), F(NAN), F(-INFINITY), F(INFINITY), F(-INFINITY),
       F(INFINITY));
}

static void cases_composite(void) {
    Slot *w = block_new(t_wrap);
    w[0].i = 1, w[1].i = 2;
    w[2].p = ints(1, 3);
    w[3].p = smap(1, "k", 4);
    w[4].p = S("s");
    PF("%v", box(t_wrap, (Slot){.p = w}));
    Slot *w2 = block_new(t_wrap);
    w2[0].i = 1, w2[1].i = 2;
    PF("%+v", box(t_wrap, (Slot){.p = w2}));
    Slot *cell = csp_alloc(sizeof(Slot));
    cell->p = ints(1, 1);
    Slot *mcell = csp_alloc(sizeof(Slot));
    mcell->p = smap(1, "a", 1);
    Type *ab2 = type_array(type_bool, 2);
    PF("%v %v %v", box(type_pointer(t_ints), (Slot){.p = cell}),
       box(type_pointer(type_map(type_string, type_int)), (Slot){.p = mcell}),
       box(type_pointer(ab2), (Slot){.p = block2(ab2, (Slot){.i = 1}, (Slot){.i = 0})}));
    PF("%#g|%#.3g|%#v|%#e|%#.0f|%#.0e", F(1), F(2), F(2.5), F(3), F(4), F(5));
    PF("%s|%v|%6v|%-6v|", I(5), NULL, P(1, 2), B(true));
    Map *mp = map_new(type_map(t_point, type_string), 0);
    map_set(mp, (Slot){.p = point(2, 1)}, NULL)->p = str_from_cstr("c");
    map_set(mp, (Slot){.p = point(1, 2)}, NULL)->p = str_from_cstr("b");
    map_set(mp, (Slot){.p = point(1, 1)}, NULL)->p = str_from_cstr("a");
    PF("%v", box(type_map(t_point, type_string), (Slot){.p = mp}));
    Map *mi = map_new(type_map(t_any, type_int), 0);
    map_set(mi, (Slot){.p = I(2)}, NULL)->i = 1;
    map_set(mi, (Slot){.p = I(1)}, NULL)->i = 2;
    map_set(mi, (Slot){.p = I(3)}, NULL)->i = 0;
    Map *mb = map_new(type_map(type_bool, type_int), 0);
    map_set(mb, (Slot){.i = 1}, NULL)->i = 1;
    map_set(mb, (Slot){.i = 0}, NULL)->i = 0;
    PF("%v %v", box(type_map(t_any, type_int), (Slot){.p = mi}), box(type_map(type_bool, type_int), (Slot){.p = mb}));
    Type *a3 = type_array(type_int, 3), *a0 = type_array(type_int, 0), *a2 = type_array(type_int8, 2);
    Slot *arr = block_new(a3);
    arr[0].i = 1, arr[1].i = 2, arr[2].i = 3;
    PF("%v %#v %v %d", box(a3, (Slot){.p = arr}), box(a3, (Slot){.p = arr}), box(a0, (Slot){.p = block_new(a0)}),
       box(a2, (Slot){.p = block2(a2, (Slot){.i = -1}, (Slot){.i = 1})}));
    Slice *us = slice_make(type_uint, 2, 2);
    us->data[0].u = 10, us->data[1].u = 255;
    PF("%x %X %o", SL(t_ints, ints(2, 10, 255)), SL(type_slice(type_uint), us), SL(t_ints, ints(1, 8)));
    PF("%p|%v|%d", NULL, box(type_pointer(t_point), (Slot){.p = NULL}), box(type_pointer(t_point), (Slot){.p = NULL}));
    Type *fnt = type_func(NULL, 0, NULL, 0, false);
    PF("%v %v %#v", box(type_chan(type_int, CHAN_BOTH), (Slot){.p = NULL}), box(fnt, (Slot){.p = NULL}),
       box(type_pointer(t_point), (Slot){.p = NULL}));
}

static void cases_misc(void) {
    PF("%08b|%o|%#X|%x|%X", I(5), I(-8), I(3054), U(type_uint64, UINT64_MAX), S("\xff"));
    PF0("100%%|%-%|%5%|%!|%");
    PF("%v %.2v %10.3v|%-10v|", F(1234.5678), F(1234.5678), F(1234.5678), F(0.5));
    PF("%v %v %v %v", F32(16777216.0f), F32(3.4e38f), F(1e-7), F(123456789.0));
    PF("%e %.0e %.1E %g %.3g %.10g", F(0), F(5), F(123456), F(1e-5), F(1234567), F(1.0 / 3));
    Slot *an = block_new(t_anon);
    an[0].i = 1, an[1].p = str_from_cstr("x");
    PF("%d %v", SL(t_anys, anys(3, I(1), S("a"), NULL)), box(t_anon, (Slot){.p = an}));
    PF("%q %q %v %c", R('x'), R('\n'), R('x'), R('x'));
    PF("%5t|%-7t|%q", B(true), B(false), SL(t_anys, anys(2, S("a"), I(1))));
    PF("%x|%X|% X|%#x", S(""), box(type_string, (Slot){.p = str_new("\x00\x7f", 2)}), SL(t_bytes, bytes("\x01\x02\x03", 3)), SL(t_bytes, bytes("", 0)));
    PF("%.1f %.1f %.1f %.0f %.0f %.2f", F(0.05), F(0.15), F(0.25), F(0.5), F(1.5), F(1.005));
    Slot *e = block_new(t_myerr), *p = block_new(t_myerr);
    e[0].p = str_from_cstr("e");
    p[0].p = str_from_cstr("p");
    PF("%s %v", box(t_myerr, (Slot){.p = e}), box(type_pointer(t_myerr), (Slot){.p = p}));
    PF("%v|%s|%x", SL(t_named, NULL), SL(t_strings, NULL), S("hi"));
    PF("%6.3v|%-8q|%8.3q", S("abcdef"), S("a"), S("abcdef"));
    PF("%v %v", T(type_int64, INT64_MAX), F(0.0));
    PF("%U|%#U|%#U|%.6U", I(0x41), I(0x1F600), I(7), I(0x41));
    PRINT(false, I(1), I(2), S("x"), I(3), NULL, NULL, S("y"), S("z"));
    check(sprint(false, 0));
    check(sprint(true, 0));
    PF("%v", box(t_empty, (Slot){.p = block_new(t_empty)}));
    PF("%d%%", I(50));
    Buf b;
    buf_init(&b);
    const char q[] = "\x00\a\b\f\n\r\t\v\\\"\u00a0\u00ad\ufeff\U0001F600\xff\xc3x日本";
    numconv_quote(&b, q, (int64_t)sizeof q - 1, false);
    check(buf_cstr(&b));
    buf_init(&b);
    numconv_quote(&b, "日本\U0001F600\u00e9", (int64_t)strlen("日本\U0001F600\u00e9"), true);
    check(buf_cstr(&b));
}

/* Errorf's %w and Sprintf's rejection of it (Go: "wrap: err:x", "%!w(main.MyErr={x})");
 * fmt_errorf reports the argument index of each %w, a bad one included (Go
 * 1.20+'s p.wrappedErrs: Errorf then wraps nil). */
static void cases_errorf(void) {
    Slot *e = block_new(t_myerr);
    e[0].p = str_from_cstr("x");
    Slot args[1] = {{.p = box(t_myerr, (Slot){.p = e})}};
    Buf b;
    buf_init(&b);
    int64_t *wrapped = NULL;
    int n = fmt_errorf(&b, "wrap: %w", 8, args, 1, &wrapped);
    bool ok = !strcmp(buf_cstr(&b), "wrap: err:x") && n == 1 && wrapped[0] == 0;
    buf_init(&b);
    fmt_printf(&b, "%w", 2, args, 1);
    ok = ok && !strcmp(buf_cstr(&b), "%!w(main.MyErr={x})");
    Slot iarg[1] = {{.p = I(5)}};
    buf_init(&b);
    n = fmt_errorf(&b, "%w", 2, iarg, 1, &wrapped);
    ok = ok && !strcmp(buf_cstr(&b), "%!w(int=5)") && n == 1;
    Slot two[2] = {args[0], args[0]};
    buf_init(&b);
    n = fmt_errorf(&b, "%[2]w %[1]w", 11, two, 2, &wrapped);
    ok = ok && !strcmp(buf_cstr(&b), "err:x err:x") && n == 2 && wrapped[0] == 0 && wrapped[1] == 1;
    if (ok) passed++;
    else failed++, printf("FAIL fmt errorf %%w: %s\n", buf_cstr(&b));
}

int main(void) {
    GC_INIT();
    make_types();
    fmt_method_hook = test_hook;
    cases_basic();
    cases_methods();
    cases_flags();
    cases_composite();
    cases_misc();
    cases_errorf();
    if (ncase != (int)(sizeof want / sizeof want[0])) {
        printf("FAIL fmt: ran %d cases, have %d expectations\n", ncase, (int)(sizeof want / sizeof want[0]));
        failed++;
    }
    printf("%s test_fmt\n", failed ? "FAIL" : "PASS");
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
