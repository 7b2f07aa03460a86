/* opcodes.h: the instruction set, declared once.
 *
 * Each instruction is 8 bytes:   | op:16 | a:16 | b:16 | c:16 |
 * or, for jumps and wide operands, | op:16 | a:16 | sbx:32 |.
 * Registers R[x] are slots of the current frame (vm/value.h: untagged, the
 * compiler knows each one's type, so every operation below is typed).
 * K[x] is the function's constant table. G[x] a global. U[x] an upvalue: a
 * pointer to a cell (or to a block for struct/array variables).
 * "+X" marks instructions followed by one extension word X (its a/b/c or sbx
 * are operands), which the dispatch skips.
 *
 * Columns: name, operand format, flags (P = may park the process, so the pc
 * is saved first; T = may throw a panic; A = may allocate), meaning.
 * Included by vm/vm.c (dispatch table), compiler/disasm.c (names, formats).
 */
#ifndef OPCODE
#error "define OPCODE(name, fmt, flags, doc) before including opcodes.h"
#endif

/* formats: ABC - three operands; ABx - a, unsigned 32-bit bx; AsBx - a, signed sbx */
OPCODE(NOP,       ABC, "",   "nothing")
OPCODE(MOVE,      ABC, "",   "R[A] = R[B]")
OPCODE(LOADK,     ABx, "",   "R[A] = K[Bx]")
OPCODE(LOADI,     AsBx,"",   "R[A].i = sBx")
OPCODE(LOADF,     AsBx,"",   "R[A].f = (double)sBx")
OPCODE(LOADZ,     ABC, "",   "R[A..A+B] = 0 (B+1 slots)")
OPCODE(GETG,      ABx, "",   "R[A] = G[Bx]")
OPCODE(SETG,      ABx, "",   "G[Bx] = R[A]")
OPCODE(ADDRG,     ABx, "",   "R[A].p = &G[Bx]")
OPCODE(GETU,      ABC, "",   "R[A] = *U[B]")
OPCODE(SETU,      ABC, "",   "*U[B] = R[A]")
OPCODE(ADDRU,     ABC, "",   "R[A].p = U[B] (the cell or block itself)")
OPCODE(NEWCELL,   ABC, "A",  "R[A].p = new zeroed cell; if C: *cell = R[B]")
OPCODE(LOAD,      ABC, "T",  "R[A] = ((Slot*)R[B].p)[C]   (nil check)")
OPCODE(STORE,     ABC, "T",  "((Slot*)R[A].p)[B] = R[C]   (nil check)")
OPCODE(ADDR,      ABC, "T",  "R[A].p = (Slot*)R[B].p + C  (nil check)")
OPCODE(COPY,      ABC, "T",  "copy C slots from R[B].p to R[A].p  (nil checks)")
OPCODE(NEWBLK,    ABx, "A",  "R[A].p = zeroed block of type K[Bx]")
OPCODE(NEWBLKF,   ABC, "",   "R[A].p = zeroed block of type K[B] in the frame arena at slot C (never escapes)")
OPCODE(CLONE,     ABC, "AT", "R[A].p = copy of block R[B].p of type K[C]  (nil check)")
OPCODE(NILCHK,    ABC, "T",  "panic if R[A].p == NULL")

/* checks emitted before each access to memory other processes may reach
 * (only for --race and controlled runs, where each is also a switch point:
 * runtime/ctl.h); a nil pointer or a bad index is left to the access
 * itself to report */
OPCODE(RACERD,    ABC, "",   "race check: read of C slots at (Slot*)R[A].p + B")
OPCODE(RACEWR,    ABC, "",   "race check: write of C slots at (Slot*)R[A].p + B")
OPCODE(RACEG,     ABx, "",   "race check: A = 0 read, 1 write of G[Bx]")
OPCODE(RACEU,     ABC, "",   "race check: A = 0 read, 1 write of *U[B]")
OPCODE(RACEI,     ABC, "",   "race check of slice R[A][R[B]]: C = element slots << 1 | 1 for a write")
OPCODE(RACEX,     ABC, "",   "race check of what the next instruction reads and writes (map keys, append, copy, conversions)")
OPCODE(RACECH,    ABC, "",   "race check: a send reads channel R[A] (--race only; no switch point: the send is one)")

/* integers (64-bit; sized types are renormalised by SEXT/ZEXT) */
OPCODE(ADD,       ABC, "",   "R[A].i = R[B].i + R[C].i")
OPCODE(SUB,       ABC, "",   "R[A].i = R[B].i - R[C].i")
OPCODE(MUL,       ABC, "",   "R[A].i = R[B].i * R[C].i")
OPCODE(DIV,       ABC, "T",  "R[A].i = R[B].i / R[C].i   (divide by zero panics)")
OPCODE(REM,       ABC, "T",  "R[A].i = R[B].i % R[C].i")
OPCODE(DIVU,      ABC, "T",  "R[A].u = R[B].u / R[C].u")
OPCODE(REMU,      ABC, "T",  "R[A].u = R[B].u % R[C].u")
OPCODE(ADDI,      ABC, "",   "R[A].i = R[B].i + (int16)C")
OPCODE(BAND,      ABC, "",   "R[A] = R[B] & R[C]")
OPCODE(BOR,       ABC, "",   "R[A] = R[B] | R[C]")
OPCODE(BXOR,      ABC, "",   "R[A] = R[B] ^ R[C]")
OPCODE(BANDNOT,   ABC, "",   "R[A] = R[B] &^ R[C]")
OPCODE(SHL,       ABC, "T",  "R[A] = R[B] << R[C]   (count >= 64 gives 0; negative panics)")
OPCODE(SHR,       ABC, "T",  "R[A].i = R[B].i >> R[C]  (arithmetic)")
OPCODE(SHRU,      ABC, "T",  "R[A].u = R[B].u >> R[C]  (logical)")
OPCODE(NEG,       ABC, "",   "R[A].i = -R[B].i")
OPCODE(BNOT,      ABC, "",   "R[A].i = ^R[B].i")
OPCODE(NOT,       ABC, "",   "R[A].i = !R[B].i")
OPCODE(SEXT,      ABC, "",   "R[A].i = sign-extend low C bits of R[B]")
OPCODE(ZEXT,      ABC, "",   "R[A].u = zero-extend low C bits of R[B]")

/* floats */
OPCODE(ADDF,      ABC, "",   "R[A].f = R[B].f + R[C].f")
OPCODE(SUBF,      ABC, "",   "R[A].f = R[B].f - R[C].f")
OPCODE(MULF,      ABC, "",   "R[A].f = R[B].f * R[C].f")
OPCODE(DIVF,      ABC, "",   "R[A].f = R[B].f / R[C].f")
OPCODE(NEGF,      ABC, "",   "R[A].f = -R[B].f")
OPCODE(F32,       ABC, "",   "R[A].f = (float)R[B].f  (round to float32)")
OPCODE(MINF,      ABC, "",   "R[A].f = min(R[B].f, R[C].f)  (Go's: NaN wins, -0 < +0)")
OPCODE(MAXF,      ABC, "",   "R[A].f = max(R[B].f, R[C].f)  (Go's: NaN wins, -0 < +0)")

/* comparisons producing a bool */
OPCODE(EQ,        ABC, "",   "R[A].i = R[B].i == R[C].i  (ints, bools, pointers, chans)")
OPCODE(NE,        ABC, "",   "R[A].i = R[B].i != R[C].i")
OPCODE(LT,        ABC, "",   "R[A].i = R[B].i < R[C].i")
OPCODE(LE,        ABC, "",   "R[A].i = R[B].i <= R[C].i")
OPCODE(LTU,       ABC, "",   "R[A].i = R[B].u < R[C].u")
OPCODE(LEU,       ABC, "",   "R[A].i = R[B].u <= R[C].u")
OPCODE(EQF,       ABC, "",   "R[A].i = R[B].f == R[C].f")
OPCODE(NEF,       ABC, "",   "R[A].i = R[B].f != R[C].f")
OPCODE(LTF,       ABC, "",   "R[A].i = R[B].f < R[C].f")
OPCODE(LEF,       ABC, "",   "R[A].i = R[B].f <= R[C].f")
OPCODE(EQS,       ABC, "",   "R[A].i = string R[B] == R[C]")
OPCODE(NES,       ABC, "",   "R[A].i = string R[B] != R[C]")
OPCODE(LTS,       ABC, "",   "R[A].i = string R[B] < R[C]")
OPCODE(LES,       ABC, "",   "R[A].i = string R[B] <= R[C]")
OPCODE(EQV,       ABC, "T",  "R[A].i = R[B] == R[C] as values of type K[ext.b] (ext.a: 1 = negate)  +X")

/* jumps: sBx is relative to the next instruction */
OPCODE(JMP,       AsBx,"",   "pc += sBx (A != 0: a backward jump that checks the preemption budget)")
OPCODE(JT,        AsBx,"",   "if R[A].i: pc += sBx (backward: checks the preemption budget)")
OPCODE(JF,        AsBx,"",   "if !R[A].i: pc += sBx (backward: checks the preemption budget)")
OPCODE(JLT,       ABC, "",   "if R[A].i < R[B].i: pc += ext.sbx  +X")
OPCODE(JLE,       ABC, "",   "if R[A].i <= R[B].i: pc += ext.sbx  +X")
OPCODE(JGE,       ABC, "",   "if R[A].i >= R[B].i: pc += ext.sbx  +X")
OPCODE(JGT,       ABC, "",   "if R[A].i > R[B].i: pc += ext.sbx  +X")
OPCODE(JEQ,       ABC, "",   "if R[A].i == R[B].i: pc += ext.sbx  +X")
OPCODE(JNE,       ABC, "",   "if R[A].i != R[B].i: pc += ext.sbx  +X")
OPCODE(JLTI,      ABC, "",   "if R[A].i < (int16)B: pc += ext.sbx  +X")
OPCODE(JGEI,      ABC, "",   "if R[A].i >= (int16)B: pc += ext.sbx  +X")

/* counted loops (compiler/emit.c, emit_fuse_loop): `for i := a; i < n; i++`
 * and range over an int, slice or array enter through a short forward test
 * and close with one increment-compare-branch; C is a 16-bit offset */
OPCODE(JGEIS,     ABC, "",   "if R[A].i >= (int16)B: pc += (int16)C; else (the loop is entered) check the preemption budget")
OPCODE(JGES,      ABC, "",   "if R[A].i >= R[B].i: pc += (int16)C; else (the loop is entered) check the preemption budget")
OPCODE(FORI,      ABC, "",   "R[A].i++; if R[A].i < (int16)B: pc += (int16)C (backward: checks the preemption budget)")
OPCODE(FORR,      ABC, "",   "R[A].i++; if R[A].i < R[B].i: pc += (int16)C (backward: checks the preemption budget)")

/* conversions */
OPCODE(I2F,       ABC, "",   "R[A].f = (double)R[B].i")
OPCODE(U2F,       ABC, "",   "R[A].f = (double)R[B].u")
OPCODE(F2I,       ABC, "",   "R[A].i = (int64)R[B].f (saturating like Go's amd64)")
OPCODE(F2U,       ABC, "",   "R[A].u = (uint64)R[B].f")
OPCODE(RUNE2S,    ABC, "A",  "R[A] = string(rune R[B])")
OPCODE(S2BYTES,   ABC, "A",  "R[A] = []byte(string R[B])")
OPCODE(BYTES2S,   ABC, "A",  "R[A] = string([]byte R[B])")
OPCODE(S2RUNES,   ABC, "A",  "R[A] = []rune(string R[B])")
OPCODE(RUNES2S,   ABC, "A",  "R[A] = string([]rune R[B])")

/* strings */
OPCODE(CONCAT,    ABC, "A",  "R[A] = R[B] + R[C] (strings)")
OPCODE(LENS,      ABC, "",   "R[A].i = len(string R[B])")
OPCODE(INDEXS,    ABC, "T",  "R[A].i = string R[B][R[C]] (a byte)")
OPCODE(SLICES,    ABC, "TA", "R[A] = string R[B][R[C]:R[C+1]] (ext.a bit0: low given, bit1: high given)  +X")
OPCODE(RANGES,    ABC, "",   "string range step: i=R[A], next byte offset R[A+1], rune R[A+2]; jump ext.sbx when R[A+1] >= len(R[B])  +X")

/* slices and arrays; C or ext give element slots */
OPCODE(MKSLICE,   ABC, "AT", "R[A] = make(K[ext.b] slice type, len R[B], cap R[C]; ext.a: 1 when cap given)  +X")
OPCODE(LEN,       ABC, "",   "R[A].i = len(slice R[B])")
OPCODE(CAP,       ABC, "",   "R[A].i = cap(slice R[B])")
OPCODE(GETI,      ABC, "T",  "R[A] = slice R[B][R[C]] (one-slot elements)")
OPCODE(SETI,      ABC, "T",  "slice R[A][R[B]] = R[C] (one-slot elements)")
OPCODE(ADDRI,     ABC, "T",  "R[A].p = &slice R[B][R[C]] (element of ext.a slots)  +X")
OPCODE(ADDRA,     ABC, "T",  "R[A].p = &array block R[B][R[C]] (ext.a slots each, length ext.sbx? no: ext.b|ext.c<<16)  +X")
OPCODE(SL2AP,     ABC, "T",  "R[A].p = (*K[C])(slice R[B]): its first len(K[C]) elements, shared (K[C] an array type; nil from a nil slice)")
OPCODE(SL2A,      ABC, "TA", "R[A].p = K[C](slice R[B]): a copy of its first len(K[C]) elements (K[C] an array type)")
OPCODE(SLICE,     ABC, "TA", "R[A] = slice/array R[B][R[C]:R[C+1]:R[C+2]] (ext.a: bits given, bit3 = operand is array block of length ext... K[ext.b] is the operand type)  +X")
OPCODE(APPEND,    ABC, "A",  "R[A] = append(slice R[B], C values at R[B+1..]) of type K[ext.b]  +X")
OPCODE(APPENDS,   ABC, "A",  "R[A] = append(slice R[B], slice R[C]...) of type K[ext.b]; ext.a: 1 = R[C] is a string  +X")
OPCODE(COPYS,     ABC, "",   "R[A].i = copy(slice R[B], slice-or-string R[C]) of type K[ext.b]; ext.a: 1 = src string  +X")

/* maps */
OPCODE(MKMAP,     ABC, "A",  "R[A] = make(map of type K[B], hint R[C])")
OPCODE(MGET,      ABC, "T",  "R[A] = map R[B][R[C]] (zero if absent) type K[ext.b]; ext.a: 1 = also R[A+1] = ok  +X")
OPCODE(MSET,      ABC, "TA", "map R[A][R[B]] = R[C]; type K[ext.b]  +X")
OPCODE(MINCI,     ABC, "TA", "map R[A][R[B]] += (int16)C, one look-up (m[k]++ and m[k]-- on 64-bit integer values; not in --race builds of the code)")
OPCODE(MDEL,      ABC, "T",  "delete(map R[A], R[B]); type K[C]")
OPCODE(MLEN,      ABC, "",   "R[A].i = len(map R[B])")
OPCODE(MITER,     ABC, "A",  "R[A] = new iterator over map R[B]")
OPCODE(MNEXT,     ABC, "",   "next entry of iterator R[A]: key to R[B], value to R[C]; at the end pc += ext.sbx  +X")

/* interfaces */
OPCODE(BOX,       ABx, "A",  "R[A] = interface holding R[A] of type K[Bx] (nil-safe for interface sources)")
OPCODE(ASSERT,    ABC, "T",  "R[A] = R[B].(K[C]); ext.a: 1 = comma-ok (ok in R[A+1]), K[C] may be an interface  +X")
OPCODE(TYPEIS,    ABC, "",   "R[A].i = dynamic type of interface R[B] is K[C] (K[C] NULL: nil; interface types: implements)")
OPCODE(IEQ,       ABC, "T",  "R[A].i = interfaces R[B] == R[C]")

/* calls; a frame's registers start at the first argument */
OPCODE(CALL,      ABC, "PTA","call function K[B] with args at R[A..]; results replace them")
OPCODE(CALLC,     ABC, "PTA","call closure R[A] with args at R[A+1..]; results at R[A..]")
OPCODE(CALLN,     ABC, "PTA","call native K[B] with args at R[A..]; results at R[A..]")
OPCODE(CALLI,     ABC, "PTA","call method K[B] (name) of interface R[A]; args at R[A+1..]; results at R[A..]; C = inline cache index")
OPCODE(RET,       ABC, "",   "return B slots from R[A..] (runs deferred calls first)")
OPCODE(RET1,      ABC, "",   "RET A 1, the common case: return R[A] (B is 1; a frame with defers or a special one goes through RET)")
OPCODE(CLOSURE,   ABx, "A",  "R[A] = closure of K[Bx] capturing per its upvalue list")
OPCODE(BIND,      ABC, "A",  "R[A] = method value: closure of K[B] with receiver R[C] bound")
OPCODE(BINDI,     ABC, "AT", "R[A] = method value: method named K[B] of interface R[C] bound to its value")
OPCODE(RUNDEFERS, ABC, "P",  "run the frame's deferred calls, last first (then continue)")
OPCODE(GO,        ABC, "A",  "start a process running closure R[A] with B arg slots at R[A+1..]")
OPCODE(DEFER,     ABC, "A",  "defer closure R[A] with B arg slots at R[A+1..]")
OPCODE(PANIC,     ABC, "T",  "panic(R[A]) (an interface value)")
OPCODE(RECOVER,   ABC, "",   "R[A] = recover()")

/* channels and select */
OPCODE(MKCHAN,    ABC, "AT", "R[A] = make(chan of type K[B], size R[C])")
OPCODE(SEND,      ABC, "PT", "send R[B] on channel R[A]")
OPCODE(RECV,      ABC, "PT", "R[A] = <-R[B]; C: 1 = also R[A+1] = ok")
OPCODE(CLOSE,     ABC, "T",  "close(channel R[A])")
OPCODE(SELECT,    ABC, "PT", "select over B cases described at R[A..]; C: 1 = has default; chosen index to R[A]")
OPCODE(CHLEN,     ABC, "",   "R[A].i = len(channel R[B]); C: 1 = cap")
OPCODE(HALT,      ABC, "",   "stop the process (end of a top-level program)")
