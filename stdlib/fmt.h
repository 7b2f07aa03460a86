/* fmt.h: Go's fmt formatting engine over csp values.
 *
 * Operands are Slots each holding an Iface* (NULL = nil interface), exactly
 * what a call `fmt.Println(a, b)` passes in its ...any slice. Output is
 * appended to a Buf; the caller writes it out (os.Stdout, a Str for Sprintf).
 * Error() and String() methods are called through fmt_method_hook, which the
 * VM provides (NULL: methods are never called).
 */
#ifndef CSP_FMT_H
#define CSP_FMT_H

#include "../util/buf.h"
#include "../vm/value.h"

/* Calls method m (String or Error: no arguments, one string result) on the
 * one-slot value v of type t (a block pointer for struct/array t: the hook
 * copies it for a value receiver). Returns true with *result set, or false with *panic_msg
 * set to the panic value's text when the method panicked. */
extern bool (*fmt_method_hook)(Type *t, Slot v, Method *m, Str **result, Str **panic_msg);
/* The same for a method with arguments and no result (Formatter.Format). */
extern bool (*fmt_call_hook)(Type *t, Slot v, Method *m, Slot *args, int nargs, Str **panic_msg);
/* Called with the program's memory fmt reads (a map, a slice's elements, a
 * pointer's target) when set: the race detector checks it (vm/proc.c). */
extern void (*fmt_read_hook)(const void *addr, int64_t slots);

/* Print (ln = false: a space between operands when neither is a string) and
 * Println (ln = true: spaces between all operands, then a newline). */
void fmt_print(Buf *out, Slot *args, int64_t n, bool ln);
/* Printf / Sprintf / Fprintf. */
void fmt_printf(Buf *out, const char *format, int64_t flen, Slot *args, int64_t n);
/* Errorf's formatting: returns how many %w the format had; *wrapped gets
 * the argument index of each (in format order, sorted when the format
 * used explicit indexes, as Go 1.20+). */
int fmt_errorf(Buf *out, const char *format, int64_t flen, Slot *args, int64_t n, int64_t **wrapped);
/* %v (plus_v: %+v, sharp_v: %#v) of one value v of static type t, as if it
 * were passed to Print (the text of the REPL's comments; an interface t prints its dynamic
 * value). */
void fmt_value(Buf *out, Type *t, Slot v, bool plus_v, bool sharp_v);
/* %v of v without calling any String or Error method: safe from a thread
 * that runs no process (the REPL's :procs shows a channel's buffer). */
void fmt_value_plain(Buf *out, Type *t, Slot v);

/* Writes a non-nil channel or function value v of type t (for fmt_gosyntax). */
typedef void (*FmtRefWriter)(Buf *out, Type *t, Slot v);
/* %#v of v of static type t (an interface t prints its dynamic value), except
 * that non-nil channels and functions, at any depth, are written by ref
 * instead of as (T)(0xADDR): the REPL's display (cli/repl_show.c). */
void fmt_gosyntax(Buf *out, Type *t, Slot v, FmtRefWriter ref);
/* Whether %v of a value of (dynamic, non-interface) type t calls its
 * Error, String or Format method. */
bool fmt_has_text_method(Type *t);

#endif
