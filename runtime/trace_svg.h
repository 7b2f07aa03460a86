/* trace_svg.h: what the two SVG pictures of a trace share (trace_svg.c
 * defines it; trace_svg_procs.c uses it): XML-safe text, durations and
 * the ticks of the time axis, so both views read alike. */
#ifndef CSP_TRACE_SVG_H
#define CSP_TRACE_SVG_H

#include <stdint.h>
#include <stdio.h>

/* s as XML character data (escaped; invalid UTF-8 and controls as '?'). */
void trace_svg_esc(FILE *f, const char *s);
/* ns as "12.3 ms" (3 significant digits) in buf. */
const char *trace_svg_dur(char *buf, size_t n, int64_t ns);
/* A round tick step (1, 2 or 5 times a power of ten) of about span/8. */
int64_t trace_svg_tick_step(int64_t span);
/* Tick label t, in the unit of span, with the decimals step needs. */
void trace_svg_tick_label(FILE *f, int64_t t, int64_t span, int64_t step);

#endif
