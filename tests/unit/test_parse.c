/* test_parse.c: the parser's trees (compared as ast_dump text), the header
 * brace rule, script mode, const groups, positions, and Go-worded syntax
 * errors (first error only, with its position and the REPL's at_eof flag).
 */
#include <stdlib.h>

#include "../../grammar/ast.h"
#include "../../util/diag.h"
#include "unit.h"

static Diags last_diags;

static Node *parse(const char *src) {
    diag_init(&last_diags, "t.go");
    return parse_source("t.go", src, strlen(src), &last_diags);
}

/* The dump of src, or "ERROR line:col: msg" for the first diagnostic.
 * Newlines and indentation of the dump are folded to single spaces. */
static const char *dump(const char *src, bool pos) {
    Node *f = parse(src);
    if (!f) {
        if (!last_diags.len) return "ERROR (none reported)";
        return csp_sprintf("ERROR %d:%d: %s", last_diags.items[0].line, last_diags.items[0].col,
                           last_diags.items[0].msg);
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    if (pos) ast_dump_pos(m, f);
    else ast_dump(m, f);
    fclose(m);
    char *out = csp_alloc_atomic(len + 1);
    size_t j = 0;
    for (size_t i = 0; i < len; i++) {
        if (buf[i] == '\n') {
            while (i + 1 < len && buf[i + 1] == ' ') i++;
            if (i + 1 < len) out[j++] = ' ';
            continue;
        }
        out[j++] = buf[i];
    }
    out[j] = 0;
    free(buf);
    return out;
}

static void P(const char *name, const char *src, const char *want) { unit_check_str(name, want, dump(src, false)); }
static void PP(const char *name, const char *src, const char *want) { unit_check_str(name, want, dump(src, true)); }
static void E(const char *name, const char *src, const char *want) {
    unit_check_str(name, csp_sprintf("ERROR %s", want), dump(src, false));
}

static void test_files(void) {
    P("file/hello", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n",
      "(FILE main (GENDECL import (IMPORTSPEC \"fmt\")) (FUNCDECL main nil (FUNCTYPE) (BLOCK "
      "(EXPRSTMT (CALL (SELECTOR Println (IDENT fmt)) (STRLIT \"hi\"))))))");
    P("file/empty", "", "(FILE)");
    P("file/script", "x := 1\nfmt.Println(x)\n",
      "(FILE (ASSIGN := (IDENT x) -- (INTLIT 1)) (EXPRSTMT (CALL (SELECTOR Println (IDENT fmt)) (IDENT x))))");
    P("file/imports", "import (\n\t\"fmt\"\n\tstr \"strings\"\n\t. \"math\"\n)\n",
      "(FILE (GENDECL import (IMPORTSPEC \"fmt\") (IMPORTSPEC str \"strings\") (IMPORTSPEC . \"math\")))");
    P("file/native-func", "func f(x int) int\n",
      "(FILE (FUNCDECL f nil (FUNCTYPE (FIELD (IDENT int) (IDENT x)) -- (FIELD (IDENT int)))))");
    P("file/method", "func (p *T) Get() int { return p.x }",
      "(FILE (FUNCDECL Get (FIELD (STAR (IDENT T)) (IDENT p)) (FUNCTYPE -- (FIELD (IDENT int))) "
      "(BLOCK (RETURN (SELECTOR x (IDENT p))))))");
    P("file/toplevel-go-func-literal", "go func() {}()\n",
      "(FILE (GO (CALL (FUNCLIT (FUNCTYPE) (BLOCK)))))");
    P("file/toplevel-var-group", "var (\n\ta int\n\tb, c = 1, 2\n)\n",
      "(FILE (GENDECL var (VALUESPEC iota=0 (IDENT int) (IDENT a)) (VALUESPEC iota=0 (IDENT b) (IDENT c) -- "
      "(INTLIT 1) (INTLIT 2))))");
    P("file/declstmt-in-func", "func f() { var x int; const c = 1; type T int }",
      "(FILE (FUNCDECL f nil (FUNCTYPE) (BLOCK (DECLSTMT (GENDECL var (VALUESPEC iota=0 (IDENT int) (IDENT x)))) "
      "(DECLSTMT (GENDECL const (VALUESPEC iota=0 (IDENT c) -- (INTLIT 1)))) "
      "(DECLSTMT (GENDECL type (TYPESPEC T (IDENT int)))))))");
}

static void test_consts(void) {
    P("const/iota-repeat", "const (\n\tA int = iota * 2\n\tB\n\tC\n\tD = 7\n\tE\n)\n",
      "(FILE (GENDECL const (VALUESPEC iota=0 (IDENT int) (IDENT A) -- (BINARY * (IDENT iota) (INTLIT 2))) "
      "(VALUESPEC iota=1 (IDENT int) (IDENT B) -- (BINARY * (IDENT iota) (INTLIT 2))) "
      "(VALUESPEC iota=2 (IDENT int) (IDENT C) -- (BINARY * (IDENT iota) (INTLIT 2))) "
      "(VALUESPEC iota=3 (IDENT D) -- (INTLIT 7)) (VALUESPEC iota=4 (IDENT E) -- (INTLIT 7))))");
    Node *f = parse("const (\n a = iota\n b\n)\n");
    unit_check("const/shared-subtree", f && f->list.items[0]->list.items[1]->list2.items[0] ==
                                                 f->list.items[0]->list.items[0]->list2.items[0]);
}

static void test_types(void) {
    P("type/alias-and-def", "type A = B\ntype C []map[string]*D\n",
      "(FILE (GENDECL type (TYPESPEC A alias (IDENT B))) (GENDECL type (TYPESPEC C (SLICETYPE nil (MAPTYPE "
      "(IDENT string) (STAR (IDENT D)))))))");
    P("type/struct-embedded", "type S struct {\n\tsync.Mutex\n\t*T\n\tn, m int\n\tu *pkg.U\n}\n",
      "(FILE (GENDECL type (TYPESPEC S (STRUCTTYPE (FIELD embedded (SELECTOR Mutex (IDENT sync))) "
      "(FIELD embedded (STAR (IDENT T))) (FIELD (IDENT int) (IDENT n) (IDENT m)) "
      "(FIELD (STAR (SELECTOR U (IDENT pkg))) (IDENT u))))))");
    P("type/interface", "type I interface {\n\tio.Reader\n\tM(a, b int) (n int, err error)\n\tString() string\n}\n",
      "(FILE (GENDECL type (TYPESPEC I (INTERFACETYPE (FIELD (SELECTOR Reader (IDENT io))) "
      "(FIELD (FUNCTYPE (FIELD (IDENT int) (IDENT a) (IDENT b)) -- (FIELD (IDENT int) (IDENT n)) "
      "(FIELD (IDENT error) (IDENT err))) (IDENT M)) (FIELD (FUNCTYPE -- (FIELD (IDENT string))) (IDENT String))))))");
    P("type/chan-directions", "var a chan<- int\nvar b <-chan int\nvar c chan (<-chan int)\nvar d chan<- <-chan int\n"
      "var e <-chan <-chan int\n",
      "(FILE (GENDECL var (VALUESPEC iota=0 (CHANTYPE send (IDENT int)) (IDENT a))) "
      "(GENDECL var (VALUESPEC iota=0 (CHANTYPE recv (IDENT int)) (IDENT b))) "
      "(GENDECL var (VALUESPEC iota=0 (CHANTYPE send recv (CHANTYPE recv parens (IDENT int))) (IDENT c))) "
      "(GENDECL var (VALUESPEC iota=0 (CHANTYPE send (CHANTYPE recv (IDENT int))) (IDENT d))) "
      "(GENDECL var (VALUESPEC iota=0 (CHANTYPE recv (CHANTYPE recv (IDENT int))) (IDENT e))))");
    P("type/func-params", "func f(a, b int, c ...string) (x int, err error) {}\nfunc g(int, string) {}\n"
      "func h(...int) (int, error)\n",
      "(FILE (FUNCDECL f nil (FUNCTYPE (FIELD (IDENT int) (IDENT a) (IDENT b)) (FIELD variadic (IDENT string) (IDENT c)) -- "
      "(FIELD (IDENT int) (IDENT x)) (FIELD (IDENT error) (IDENT err))) (BLOCK)) "
      "(FUNCDECL g nil (FUNCTYPE (FIELD (IDENT int)) (FIELD (IDENT string))) (BLOCK)) "
      "(FUNCDECL h nil (FUNCTYPE (FIELD variadic (IDENT int)) -- (FIELD (IDENT int)) (FIELD (IDENT error)))))");
    P("type/func-type-var", "var f func(int) func() bool\n",
      "(FILE (GENDECL var (VALUESPEC iota=0 (FUNCTYPE (FIELD (IDENT int)) -- (FIELD (FUNCTYPE -- (FIELD (IDENT bool))))) "
      "(IDENT f))))");
    P("type/array", "var a [2*N][]int\n",
      "(FILE (GENDECL var (VALUESPEC iota=0 (ARRAYTYPE (BINARY * (INTLIT 2) (IDENT N)) (SLICETYPE nil (IDENT int))) "
      "(IDENT a))))");
}

static void test_exprs(void) {
    P("expr/precedence", "x = a || b && c == d + e * f",
      "(FILE (ASSIGN = (IDENT x) -- (BINARY || (IDENT a) (BINARY && (IDENT b) (BINARY == (IDENT c) (BINARY + "
      "(IDENT d) (BINARY * (IDENT e) (IDENT f))))))))");
    P("expr/left-assoc", "x = a - b - c", "(FILE (ASSIGN = (IDENT x) -- (BINARY - (BINARY - (IDENT a) (IDENT b)) (IDENT c))))");
    P("expr/same-level-ops", "x = a | b ^ c &^ d << 1",
      "(FILE (ASSIGN = (IDENT x) -- (BINARY ^ (BINARY | (IDENT a) (IDENT b)) (BINARY << (BINARY &^ (IDENT c) (IDENT d)) (INTLIT 1)))))");
    P("expr/unary", "x = -a + !b + ^c + *p + &v + <-ch + +d",
      "(FILE (ASSIGN = (IDENT x) -- (BINARY + (BINARY + (BINARY + (BINARY + (BINARY + (BINARY + (UNARY - (IDENT a)) "
      "(UNARY ! (IDENT b))) (UNARY ^ (IDENT c))) (STAR (IDENT p))) (UNARY & (IDENT v))) (UNARY <- (IDENT ch))) "
      "(UNARY + (IDENT d)))))");
    P("expr/primary", "x = a.b[1](c, d...).(T)",
      "(FILE (ASSIGN = (IDENT x) -- (TYPEASSERT (CALL ... (INDEX (SELECTOR b (IDENT a)) (INTLIT 1)) (IDENT c) (IDENT d)) (IDENT T))))");
    P("expr/slices", "_ = s[1:], s[:2], s[1:2:3], s[:], s[:i:j]",
      "(FILE (ASSIGN = (IDENT _) -- (SLICE (IDENT s) (INTLIT 1)) (SLICE (IDENT s) nil (INTLIT 2)) "
      "(SLICE slice3 (IDENT s) (INTLIT 1) (INTLIT 2) (INTLIT 3)) (SLICE (IDENT s)) (SLICE slice3 (IDENT s) nil (IDENT i) (IDENT j))))");
    P("expr/conversions", "_ = []byte(s), (*T)(p), chan int(nil), (func())(f), map[string]int(m), interface{}(x)",
      "(FILE (ASSIGN = (IDENT _) -- (CALL (SLICETYPE nil (IDENT byte)) (IDENT s)) (CALL (PAREN parens (STAR parens "
      "(IDENT T))) (IDENT p)) (CALL (CHANTYPE send recv (IDENT int)) (IDENT nil)) (CALL (PAREN parens (FUNCTYPE parens)) "
      "(IDENT f)) (CALL (MAPTYPE (IDENT string) (IDENT int)) (IDENT m)) (CALL (INTERFACETYPE) (IDENT x))))");
    P("expr/composites", "_ = []Point{{1, 2}, {X: 3}}, map[string][]int{\"a\": {1}}, &T{a: 1}, [...]int{1, 2,}",
      "(FILE (ASSIGN = (IDENT _) -- (COMPOSITE (SLICETYPE nil (IDENT Point)) (COMPOSITE (INTLIT 1) (INTLIT 2)) "
      "(COMPOSITE (KEYVALUE (IDENT X) (INTLIT 3)))) (COMPOSITE (MAPTYPE (IDENT string) (SLICETYPE nil (IDENT int))) "
      "(KEYVALUE (STRLIT \"a\") (COMPOSITE (INTLIT 1)))) (UNARY & (COMPOSITE (IDENT T) (KEYVALUE (IDENT a) (INTLIT 1)))) "
      "(COMPOSITE (ARRAYTYPE (ELLIPSISLEN) (IDENT int)) (INTLIT 1) (INTLIT 2))))");
    P("expr/struct-literal", "_ = struct{ a int }{1}, pkg.T{}",
      "(FILE (ASSIGN = (IDENT _) -- (COMPOSITE (STRUCTTYPE (FIELD (IDENT int) (IDENT a))) (INTLIT 1)) "
      "(COMPOSITE (SELECTOR T (IDENT pkg)))))");
    P("expr/funclit", "f := func(x int) int { return x * 2 }",
      "(FILE (ASSIGN := (IDENT f) -- (FUNCLIT (FUNCTYPE (FIELD (IDENT int) (IDENT x)) -- (FIELD (IDENT int))) "
      "(BLOCK (RETURN (BINARY * (IDENT x) (INTLIT 2)))))))");
    P("expr/literals", "_ = 0x1F, 1.5e3, 2i, 'a', \"a\\tb\", `r\\n`",
      "(FILE (ASSIGN = (IDENT _) -- (INTLIT 0x1F) (FLOATLIT 1.5e3) (IMAGLIT 2i) (RUNELIT 97) (STRLIT \"a\\tb\") (STRLIT \"r\\\\n\")))");
    P("expr/recv-chan-type-conv", "_ = (<-chan int)(c), make(chan<- bool, 1), new(*int)",
      "(FILE (ASSIGN = (IDENT _) -- (CALL (PAREN parens (CHANTYPE recv parens (IDENT int))) (IDENT c)) "
      "(CALL (IDENT make) (CHANTYPE send (IDENT bool)) (INTLIT 1)) (CALL (IDENT new) (STAR (IDENT int)))))");
    P("expr/method-expr", "_ = (*T).M, T.M",
      "(FILE (ASSIGN = (IDENT _) -- (SELECTOR M (PAREN parens (STAR parens (IDENT T)))) (SELECTOR M (IDENT T))))");
}

static void test_stmts(void) {
    P("stmt/assignments", "a, b = b, a\nx += 1\ny <<= 2\nz &^= m\ni++\nj--\nc <- v\n",
      "(FILE (ASSIGN = (IDENT a) (IDENT b) -- (IDENT b) (IDENT a)) (ASSIGN + (IDENT x) -- (INTLIT 1)) "
      "(ASSIGN << (IDENT y) -- (INTLIT 2)) (ASSIGN &^ (IDENT z) -- (IDENT m)) (INCDEC ++ (IDENT i)) "
      "(INCDEC -- (IDENT j)) (SEND (IDENT c) (IDENT v)))");
    P("stmt/if-else-chain", "if x := f(); x > 0 {\n} else if y {\n} else {\n}\n",
      "(FILE (IF (ASSIGN := (IDENT x) -- (CALL (IDENT f))) (BINARY > (IDENT x) (INTLIT 0)) (BLOCK) "
      "(IF nil (IDENT y) (BLOCK) (BLOCK))))");
    P("stmt/for-forms", "for {}\nfor x < 3 {}\nfor i := 0; i < n; i++ {}\nfor ;; {}\nfor i := range 10 {}\n"
      "for k, v = range m {}\nfor range ch {}\n",
      "(FILE (FOR nil nil nil (BLOCK)) (FOR nil (BINARY < (IDENT x) (INTLIT 3)) nil (BLOCK)) "
      "(FOR (ASSIGN := (IDENT i) -- (INTLIT 0)) (BINARY < (IDENT i) (IDENT n)) (INCDEC ++ (IDENT i)) (BLOCK)) "
      "(FOR nil nil nil (BLOCK)) (RANGE := (INTLIT 10) nil nil (BLOCK) (IDENT i)) "
      "(RANGE = (IDENT m) nil nil (BLOCK) (IDENT k) (IDENT v)) (RANGE (IDENT ch) nil nil (BLOCK)))");
    P("stmt/switch", "switch x := f(); x {\ncase 1, 2:\n\tg()\n\tfallthrough\ncase 3:\ndefault:\n}\nswitch {\n}\n",
      "(FILE (SWITCH (ASSIGN := (IDENT x) -- (CALL (IDENT f))) (IDENT x) (CASECLAUSE (INTLIT 1) (INTLIT 2) -- "
      "(EXPRSTMT (CALL (IDENT g))) (BRANCH fallthrough)) (CASECLAUSE (INTLIT 3)) (CASECLAUSE default)) (SWITCH))");
    P("stmt/typeswitch", "switch v := x.(type) {\ncase nil:\ncase int, []string:\n}\nswitch y := 1; x.(type) {\n}\n",
      "(FILE (TYPESWITCH nil (ASSIGN := (IDENT v) -- (TYPEASSERT (IDENT x))) (CASECLAUSE (IDENT nil)) "
      "(CASECLAUSE (IDENT int) (SLICETYPE nil (IDENT string)))) (TYPESWITCH (ASSIGN := (IDENT y) -- (INTLIT 1)) "
      "(EXPRSTMT (TYPEASSERT (IDENT x)))))");
    P("stmt/select", "select {\ncase v := <-c:\ncase v, ok = <-c:\ncase c <- 1:\n\tx()\ncase <-c:\ndefault:\n}\nselect {}\n",
      "(FILE (SELECT (COMMCLAUSE (ASSIGN := (IDENT v) -- (UNARY <- (IDENT c)))) (COMMCLAUSE (ASSIGN = (IDENT v) "
      "(IDENT ok) -- (UNARY <- (IDENT c)))) (COMMCLAUSE (SEND (IDENT c) (INTLIT 1)) -- (EXPRSTMT (CALL (IDENT x)))) "
      "(COMMCLAUSE (EXPRSTMT (UNARY <- (IDENT c)))) (COMMCLAUSE default)) (SELECT))");
    P("stmt/labels-branches", "func f() {\nL:\n\tfor {\n\t\tbreak L\n\t\tcontinue L\n\t\tgoto L\n\t}\nM:\n}\n",
      "(FILE (FUNCDECL f nil (FUNCTYPE) (BLOCK (LABELED L (FOR nil nil nil (BLOCK (BRANCH break L) "
      "(BRANCH continue L) (BRANCH goto L)))) (LABELED M (EMPTY)))))");
    P("stmt/go-defer-return", "func f() (int, error) { go g(); defer h(); return 1, nil }",
      "(FILE (FUNCDECL f nil (FUNCTYPE -- (FIELD (IDENT int)) (FIELD (IDENT error))) (BLOCK (GO (CALL (IDENT g))) "
      "(DEFER (CALL (IDENT h))) (RETURN (INTLIT 1) (IDENT nil)))))");
    P("stmt/block-and-empty", "{\n\tx := 1\n\t;;\n}\n", "(FILE (BLOCK (ASSIGN := (IDENT x) -- (INTLIT 1))))");
}

/* `{` in if/for/switch headers: body vs composite literal. */
static void test_headers(void) {
    P("hdr/range-slice-literal", "for _, v := range []int{1, 2} {\n}\n",
      "(FILE (RANGE := (COMPOSITE (SLICETYPE nil (IDENT int)) (INTLIT 1) (INTLIT 2)) nil nil (BLOCK) (IDENT _) (IDENT v)))");
    P("hdr/range-struct-literal", "for _, t := range []struct{ a int }{{1}} {\n}\n",
      "(FILE (RANGE := (COMPOSITE (SLICETYPE nil (STRUCTTYPE (FIELD (IDENT int) (IDENT a)))) (COMPOSITE (INTLIT 1))) "
      "nil nil (BLOCK) (IDENT _) (IDENT t)))");
    P("hdr/range-map-literal", "for k := range map[string]int{\"a\": 1} {\n}\n",
      "(FILE (RANGE := (COMPOSITE (MAPTYPE (IDENT string) (IDENT int)) (KEYVALUE (STRLIT \"a\") (INTLIT 1))) nil nil "
      "(BLOCK) (IDENT k)))");
    P("hdr/paren-composite", "if x == (T{}) {\n}\n",
      "(FILE (IF nil (BINARY == (IDENT x) (PAREN parens (COMPOSITE parens (IDENT T)))) (BLOCK)))");
    P("hdr/funclit-in-init", "if f := func() bool { return true }; f() {\n}\n",
      "(FILE (IF (ASSIGN := (IDENT f) -- (FUNCLIT (FUNCTYPE -- (FIELD (IDENT bool))) (BLOCK (RETURN (IDENT true))))) "
      "(CALL (IDENT f)) (BLOCK)))");
    P("hdr/funclit-call-cond", "if func() bool { if y { return true }; return false }() {\n}\n",
      "(FILE (IF nil (CALL (FUNCLIT (FUNCTYPE -- (FIELD (IDENT bool))) (BLOCK (IF nil (IDENT y) (BLOCK (RETURN "
      "(IDENT true)))) (RETURN (IDENT false))))) (BLOCK)))");
    P("hdr/call-with-composite", "if f(T{1}) {\n}\n", "(FILE (IF nil (CALL (IDENT f) (COMPOSITE (IDENT T) (INTLIT 1))) (BLOCK)))");
    P("hdr/index-composite", "for x := a[T{}]; x; {\n}\n",
      "(FILE (FOR (ASSIGN := (IDENT x) -- (INDEX (IDENT a) (COMPOSITE (IDENT T)))) (IDENT x) nil (BLOCK)))");
    P("hdr/switch-on-composite-field", "switch (T{}).a {\n}\n",
      "(FILE (SWITCH nil (SELECTOR a (PAREN parens (COMPOSITE parens (IDENT T))))))");
    P("hdr/body-after-body", "if a {\n}\nx := T{}\n",
      "(FILE (IF nil (IDENT a) (BLOCK)) (ASSIGN := (IDENT x) -- (COMPOSITE (IDENT T))))");
    P("hdr/struct-type-conversion", "if _, ok := x.(interface{ M() }); ok {\n}\n",
      "(FILE (IF (ASSIGN := (IDENT _) (IDENT ok) -- (TYPEASSERT (IDENT x) (INTERFACETYPE (FIELD (FUNCTYPE) (IDENT M))))) "
      "(IDENT ok) (BLOCK)))");
}

static void test_positions(void) {
    PP("pos/binary-at-left-operand", "x = a +\n\tb\n",
       "(FILE @1:1 (ASSIGN @1:1 = (IDENT @1:1 x) -- (BINARY @1:5 + (IDENT @1:5 a) (IDENT @2:2 b))))");
    PP("pos/block-end", "func f() {\n\tx()\n}\n",
       "(FILE @1:1 (FUNCDECL @1:1 f nil (FUNCTYPE @1:1) (BLOCK @1:10 end=3:1 (EXPRSTMT @2:2 (CALL @2:2 (IDENT @2:2 x))))))");
    PP("pos/package", "package p\nvar x = 1\n",
       "(FILE @1:1 p (GENDECL @2:1 var (VALUESPEC @2:5 iota=0 (IDENT @2:5 x) -- (INTLIT @2:9 1))))");
}

static void test_errors(void) {
    E("err/args-missing-comma", "f(a b)", "1:5: syntax error: unexpected name b in argument list; possibly missing comma or )");
    E("err/args-newline", "f(a,\n\tb\n)", "2:3: syntax error: unexpected newline in argument list; possibly missing comma or )");
    E("err/params-newline", "func f(a int\n) {}", "1:13: syntax error: unexpected newline in parameter list; possibly missing comma or )");
    E("err/complit-newline", "x := []int{1,\n\t2\n}",
      "2:3: syntax error: unexpected newline in composite literal; possibly missing comma or }");
    E("err/else", "if x {\n} else y {\n}", "2:8: syntax error: else must be followed by if or statement block");
    E("err/if-newline", "if x\n{\n}", "1:5: syntax error: unexpected newline, expected { after if clause");
    E("err/if-missing-cond", "if {\n}", "1:1: syntax error: missing condition in if statement");
    E("err/if-assign-cond", "if x := 1 {\n}", "1:4: syntax error: cannot use assignment as value");
    E("err/for-newline", "for x\n{\n}", "2:1: syntax error: unexpected {, expected for loop condition");
    E("err/end-of-statement", "x := 1 y", "1:8: syntax error: unexpected name y at end of statement");
    E("err/expected-expr", "func f() {\n\tx :=\n}", "3:1: syntax error: unexpected }, expected expression");
    E("err/eof-in-block", "func f() {", "1:11: syntax error: unexpected EOF, expected }");
    E("err/eof-in-paren", "x := (1", "1:8: syntax error: unexpected EOF, expected )");
    E("err/keyword", "x := func", "1:10: syntax error: unexpected EOF, expected (");
    E("err/keyword-unexpected", "x := else", "1:6: syntax error: unexpected keyword else, expected expression");
    E("err/literal-unexpected", "f(1 2)", "1:5: syntax error: unexpected literal 2 in argument list; possibly missing comma or )");
    E("err/mixed-params", "func f(a int, b) {}", "1:15: syntax error: mixed named and unnamed parameters");
    E("err/struct-fields", "type T struct { a int b int }",
      "1:23: syntax error: unexpected name b in struct type; possibly missing semicolon or newline or }");
    E("err/lexical-first", "x := 1 @ 2", "1:8: invalid character U+0040 '@'");
    E("err/first-only", "f(a b)\ng(c d)\n", "1:5: syntax error: unexpected name b in argument list; possibly missing comma or )");
    unit_check("err/first-only-count", last_diags.len == 1);
    E("err/func-brace-next-line", "func main()\n{\n}\n", "2:1: syntax error: unexpected semicolon or newline before {");
    P("ok/func-struct-result", "func f() struct{} { return struct{}{} }\n{\n}\n",
      "(FILE (FUNCDECL f nil (FUNCTYPE -- (FIELD (STRUCTTYPE))) (BLOCK (RETURN (COMPOSITE (STRUCTTYPE))))) (BLOCK))");
    E("err/for-post-newline", "for i := 0; i < 3; i++\n{\n}", "1:23: syntax error: unexpected newline, expected { after for clause");
    E("err/generic-tilde", "type C interface{ ~int }",
      "1:19: syntax error: unexpected ~ in interface type; possibly missing semicolon or newline or }");
    E("err/complit-missing-comma", "x := T{1 2}", "1:10: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }");
}

static void test_eof_flag(void) {
    parse("func f() {\n\tx := 1\n");
    unit_check("eof/open-block", last_diags.len == 1 && last_diags.at_eof);
    parse("x := `abc\n");
    unit_check("eof/raw-string", last_diags.len == 1 && last_diags.at_eof);
    parse("x := f(1,\n");
    unit_check("eof/open-call", last_diags.len == 1 && last_diags.at_eof);
    parse("x := 1 +");
    unit_check("eof/binary", last_diags.len == 1 && last_diags.at_eof);
    parse("x := (1 2)\n");
    unit_check("eof/not-at-eof", last_diags.len == 1 && !last_diags.at_eof);
}

static void test_deep(void) {
    size_t n = 200000;
    char *s = malloc(n + 16);
    memcpy(s, "x := ", 5);
    memset(s + 5, '(', n);
    s[n + 5] = 0;
    Node *f = parse(s);
    unit_check("deep/parens-overflow", !f && last_diags.len == 1 &&
                                           strstr(last_diags.items[0].msg, "nested too deeply") != NULL);
    /* moderately deep but fine */
    size_t m = 2000, k = 0;
    k += (size_t)sprintf(s, "x := ");
    for (size_t i = 0; i < m; i++) s[k++] = '(';
    s[k++] = '1';
    for (size_t i = 0; i < m; i++) s[k++] = ')';
    s[k] = 0;
    unit_check("deep/parens-2000", parse(s) != NULL);
    free(s);
}

/* A program big enough that the collector runs many times during the parse:
 * every node must survive (they are reachable only from the parser's stack,
 * the driver's state and the tree itself until parse_source returns). */
static void test_gc_stress(void) {
    int n = 30000;
    char *src = malloc((size_t)n * 64);
    size_t k = 0;
    k += (size_t)sprintf(src, "func f() {\n");
    for (int i = 0; i < n; i++) k += (size_t)sprintf(src + k, "\tv%d := g(%d, \"s%d\", T{%d})\n", i, i, i, i);
    sprintf(src + k, "}\n");
    GC_word before = GC_get_gc_no();
    Node *f = parse(src);
    free(src);
    GC_gcollect();
    bool ok = f && f->list.len == 1;
    Node *body = ok ? f->list.items[0]->c : NULL;
    ok = ok && body && body->list.len == n;
    for (int i = 0; ok && i < n; i++) {
        Node *a = body->list.items[i];
        char want[32];
        snprintf(want, sizeof want, "v%d", i);
        Node *call = a->list2.items[0];
        Node *str = call->list.items[1];
        char wstr[32];
        int wl = snprintf(wstr, sizeof wstr, "s%d", i);
        ok = a->kind == N_ASSIGN && !strcmp(a->list.items[0]->name, want) && call->kind == N_CALL &&
             call->list.len == 3 && str->kind == N_STRLIT && str->str_len == (size_t)wl &&
             !memcmp(str->str, wstr, (size_t)wl) && call->list.items[2]->kind == N_COMPOSITE &&
             a->list.items[0]->name == ast_intern(want, strlen(want));
    }
    unit_check("gc/big-parse-survives-collections", ok && GC_get_gc_no() > before + 1);
}

int main(void) {
    GC_INIT();
    test_files();
    test_consts();
    test_types();
    test_exprs();
    test_stmts();
    test_headers();
    test_positions();
    test_errors();
    test_eof_flag();
    test_deep();
    test_gc_stress();
    return unit_done();
}
