/* parser.y: the csp grammar (lemon input; build/gen/parser.c is generated).
 *
 * Go's syntax (SPEC §2-§6, no generics) as an LALR(1) grammar in the manner of
 * Go's old yacc grammar (src/cmd/gc/go.y), plus csp's script mode: the file's
 * top level mixes declarations and statements; the driver turns a `func` that
 * starts a top-level item into TFUNC, so it always declares a function.
 *
 * Types vs expressions: types appear as operands (conversions, make(T),
 * case lists of type switches), so every type literal is also a primary
 * expression; in declarations, parameters, fields and assertions the separate
 * `type` nonterminal is used. `*T` is N_STAR and `pkg.T` is N_SELECTOR in
 * both. A parenthesized type in type context is the inner node with NF_PARENS
 * set; in expression context it is an N_PAREN.
 * Headers: TK_LBODY (from the driver's loophack) opens the body of
 * if/for/switch/select; composite literals of literal types ([]T, [N]T,
 * map, struct), function literals and struct/interface types accept it as
 * their `{` too (rule `lbrace`), and then re-arm the loophack.
 * Memory: the parser object lives in uncollectable (scanned) GC memory with a
 * fixed stack (%stack_size), so values held only on the stack stay alive.
 */

%include {
#include <assert.h>
#include "parse.h"
}

%name CspParse
%token_prefix TK_
%token_type {Tok *}
%default_type {Node *}
%extra_context {ParseState *ps}
%stack_size 20000
%start_symbol file

%stack_overflow {
    parse_error(ps, ps->cur ? ps->cur->line : 0, ps->cur ? ps->cur->col : 0,
                "expression or block nested too deeply");
}

%syntax_error {
    int expected[YYNTOKEN];
    int n = 0;
    for (int i = 0; i < YYNTOKEN; i++) {
        YYACTIONTYPE a = yy_find_shift_action((YYCODETYPE)i, yypParser->yytos->stateno);
        if (a != YY_ERROR_ACTION) expected[n++] = i;
    }
    parse_syntax_error(ps, yymajor, TOKEN, expected, n);
}

%token NAME INT FLOAT IMAG CHAR STRING.
%token BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC GO GOTO
       IF IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT STRUCT SWITCH TYPE VAR.
%token TFUNC LBODY OPASSIGN.
%token PLUS MINUS STAR SLASH PERCENT AMP PIPE CARET SHL SHR ANDNOT ANDAND OROR ARROW
       INC DEC EQ LT GT ASSIGN NOT TILDE NE LE GE DEFINE DOTDOTDOT LPAREN RPAREN
       LBRACKET RBRACKET LBRACE RBRACE COMMA DOT SEMI COLON.

%nonassoc NOTPAREN.
%nonassoc LOWPREC.
%left OROR.
%left ANDAND.
%left EQ NE LT LE GT GE.
%left PLUS MINUS PIPE CARET.
%left STAR SLASH PERCENT SHL SHR AMP ANDNOT.
%nonassoc LPAREN LBRACKET LBRACE LBODY NAME ARROW FUNC CHAN MAP STRUCT INTERFACE.
%nonassoc DOT.

/* ------------------------------------------------------------------ file */

file ::= package_opt top_list(L). { ps->file->list = L; }

package_opt ::= . { ps->file = ast_new(N_FILE, 1, 1); }
package_opt ::= PACKAGE(P) NAME(N) SEMI. {
    ps->file = parse_node(N_FILE, P);
    ps->file->name = ast_intern(N->text, N->len);
}

%type top_list {NodeList}
top_list(A) ::= top_item(B). { A = parse_list1(B); }
top_list(A) ::= top_list(A) SEMI top_item(B). { parse_add(&A, B); }

top_item(A) ::= . { A = NULL; }
top_item(A) ::= stmt_nonempty(B). { A = B && B->kind == N_DECLSTMT ? B->a : B; }
top_item(A) ::= import_decl(B). { A = B; }
top_item(A) ::= funcdecl(B). { A = B; }

import_decl(A) ::= IMPORT(K) import_spec(S). { A = parse_gendecl(K, OP_IMPORT, parse_list1(S)); }
import_decl(A) ::= IMPORT(K) LPAREN import_specs(L) RPAREN. { A = parse_gendecl(K, OP_IMPORT, L); }
%type import_specs {NodeList}
import_specs(A) ::= import_spec_o(B). { A = parse_list1(B); }
import_specs(A) ::= import_specs(A) SEMI import_spec_o(B). { parse_add(&A, B); }
import_spec_o(A) ::= . { A = NULL; }
import_spec_o(A) ::= import_spec(B). { A = B; }
import_spec(A) ::= STRING(S). {
    A = parse_node(N_IMPORTSPEC, S); A->str = S->str; A->str_len = S->str_len;
}
import_spec(A) ::= NAME(N) STRING(S). {
    A = parse_node(N_IMPORTSPEC, N); A->name = ast_intern(N->text, N->len);
    A->str = S->str; A->str_len = S->str_len;
}
import_spec(A) ::= DOT(N) STRING(S). {
    A = parse_node(N_IMPORTSPEC, N); A->name = ast_intern(".", 1);
    A->str = S->str; A->str_len = S->str_len;
}

funcdecl(A) ::= TFUNC(F) NAME(N) signature(S) fbody(B). {
    A = parse_node(N_FUNCDECL, F); A->name = ast_intern(N->text, N->len);
    A->b = S; A->c = B; S->line = F->line; S->col = F->col;
}
funcdecl(A) ::= TFUNC(F) params(R) NAME(N) signature(S) fbody(B). {
    A = parse_node(N_FUNCDECL, F); A->name = ast_intern(N->text, N->len);
    NodeList recv = parse_params(ps, R);
    if (recv.len != 1) parse_error(ps, F->line, F->col, recv.len ? "method has multiple receivers" : "method has no receiver");
    else A->a = recv.items[0];
    A->b = S; A->c = B; S->line = F->line; S->col = F->col;
}
fbody(A) ::= . { A = NULL; }
fbody(A) ::= LBRACE(L) stmt_list(S) RBRACE(R). { A = parse_block(L, S, R); }

/* ------------------------------------------------------------ statements */

%type stmt_list {NodeList}
stmt_list(A) ::= stmt(B). { A = parse_list1(B); }
stmt_list(A) ::= stmt_list(A) SEMI stmt(B). { parse_add(&A, B); }

stmt(A) ::= . { A = NULL; }
stmt(A) ::= stmt_nonempty(B). { A = B; }

stmt_nonempty(A) ::= simple_stmt(B). { A = B; }
stmt_nonempty(A) ::= decl(D). { A = parse_node_at(N_DECLSTMT, D); A->a = D; }
stmt_nonempty(A) ::= block(B). { A = B; }
stmt_nonempty(A) ::= if_stmt(B). { A = B; }
stmt_nonempty(A) ::= for_stmt(B). { A = B; }
stmt_nonempty(A) ::= switch_stmt(B). { A = B; }
stmt_nonempty(A) ::= select_stmt(B). { A = B; }
stmt_nonempty(A) ::= NAME(L) COLON(C) stmt(S). {
    A = parse_node(N_LABELED, L); A->name = ast_intern(L->text, L->len);
    A->a = S ? S : parse_node(N_EMPTY, C);
}
stmt_nonempty(A) ::= GO(K) expr(E). { A = parse_node(N_GO, K); A->a = E; }
stmt_nonempty(A) ::= DEFER(K) expr(E). { A = parse_node(N_DEFER, K); A->a = E; }
stmt_nonempty(A) ::= RETURN(K). { A = parse_node(N_RETURN, K); }
stmt_nonempty(A) ::= RETURN(K) expr_list(L). { A = parse_node(N_RETURN, K); A->list = L; }
stmt_nonempty(A) ::= BREAK(K). { A = parse_node(N_BRANCH, K); A->op = OP_BREAK; }
stmt_nonempty(A) ::= BREAK(K) NAME(N). {
    A = parse_node(N_BRANCH, K); A->op = OP_BREAK; A->name = ast_intern(N->text, N->len);
}
stmt_nonempty(A) ::= CONTINUE(K). { A = parse_node(N_BRANCH, K); A->op = OP_CONTINUE; }
stmt_nonempty(A) ::= CONTINUE(K) NAME(N). {
    A = parse_node(N_BRANCH, K); A->op = OP_CONTINUE; A->name = ast_intern(N->text, N->len);
}
stmt_nonempty(A) ::= GOTO(K) NAME(N). {
    A = parse_node(N_BRANCH, K); A->op = OP_GOTO; A->name = ast_intern(N->text, N->len);
}
stmt_nonempty(A) ::= FALLTHROUGH(K). { A = parse_node(N_BRANCH, K); A->op = OP_FALLTHROUGH; }

simple_stmt(A) ::= expr(E). { A = parse_node_at(N_EXPRSTMT, E); A->a = E; }
simple_stmt(A) ::= expr(C) ARROW expr(V). { A = parse_node_at(N_SEND, C); A->a = C; A->b = V; }
simple_stmt(A) ::= expr(E) INC. { A = parse_node_at(N_INCDEC, E); A->op = OP_INC; A->a = E; }
simple_stmt(A) ::= expr(E) DEC. { A = parse_node_at(N_INCDEC, E); A->op = OP_DEC; A->a = E; }
simple_stmt(A) ::= expr_list(L) ASSIGN expr_list(R). { A = parse_assign(OP_ASSIGN, L, R); }
simple_stmt(A) ::= expr_list(L) DEFINE expr_list(R). { A = parse_assign(OP_DEFINE, L, R); }
simple_stmt(A) ::= expr(L) OPASSIGN(O) expr(R). { A = parse_assign(O->op, parse_list1(L), parse_list1(R)); }

osimple_stmt(A) ::= . { A = NULL; }
osimple_stmt(A) ::= simple_stmt(B). { A = B; }

block(A) ::= LBRACE(L) stmt_list(S) RBRACE(R). { A = parse_block(L, S, R); }
body(A) ::= LBODY(L) stmt_list(S) RBRACE(R). { A = parse_block(L, S, R); }

%type header {Header}
header(A) ::= osimple_stmt(C). { A.init = NULL; A.cond = C; A.semi = NULL; }
header(A) ::= osimple_stmt(I) SEMI(T) osimple_stmt(C). { A.init = I; A.cond = C; A.semi = T; }

if_stmt(A) ::= IF(K) header(H) body(B) else_opt(E). { A = parse_if(ps, K, H, B, E); }
else_opt(A) ::= . { A = NULL; }
else_opt(A) ::= ELSE if_stmt(B). { A = B; }
else_opt(A) ::= ELSE block(B). { A = B; }

for_stmt(A) ::= FOR(K) for_header(H) body(B). { A = parse_for(ps, K, H, B); }
for_header(A) ::= osimple_stmt(I) SEMI osimple_stmt(C) SEMI osimple_stmt(P). {
    A = ast_new(N_FOR, 0, 0); A->a = I; A->b = C; A->c = P;
    if (C) {
        if (C->kind != N_EXPRSTMT) parse_error(ps, C->line, C->col, "cannot use assignment as value");
        else A->b = C->a;
    }
}
for_header(A) ::= osimple_stmt(C). {
    A = ast_new(N_FOR, 0, 0);
    if (C) {
        if (C->kind != N_EXPRSTMT) parse_error(ps, C->line, C->col, "expected for loop condition");
        else A->b = C->a;
    }
}
for_header(A) ::= RANGE(R) expr(E). { A = parse_node(N_RANGE, R); A->a = E; }
for_header(A) ::= expr_list(L) ASSIGN RANGE expr(E). {
    A = parse_node_at(N_RANGE, L.items[0]); A->list = L; A->op = OP_ASSIGN; A->a = E;
}
for_header(A) ::= expr_list(L) DEFINE RANGE expr(E). {
    A = parse_node_at(N_RANGE, L.items[0]); A->list = L; A->op = OP_DEFINE; A->a = E;
}

switch_stmt(A) ::= SWITCH(K) header(H) LBODY caseblocks(L) RBRACE. { A = parse_switch(ps, K, H, L); }
%type caseblocks {NodeList}
caseblocks(A) ::= . { memset(&A, 0, sizeof A); }
caseblocks(A) ::= caseblocks(A) caseblock(B). { parse_add(&A, B); }
caseblock(A) ::= case_hdr(C) stmt_list(L). { A = C; A->list2 = L; }
case_hdr(A) ::= CASE(K) expr_list(L) COLON. { A = parse_node(N_CASECLAUSE, K); A->list = L; }
case_hdr(A) ::= DEFAULT(K) COLON. { A = parse_node(N_CASECLAUSE, K); A->flags |= NF_DEFAULT; }

select_stmt(A) ::= SELECT(K) LBODY commblocks(L) RBRACE. { A = parse_node(N_SELECT, K); A->list = L; }
%type commblocks {NodeList}
commblocks(A) ::= . { memset(&A, 0, sizeof A); }
commblocks(A) ::= commblocks(A) commblock(B). { parse_add(&A, B); }
commblock(A) ::= comm_hdr(C) stmt_list(L). { A = C; A->list2 = L; }
comm_hdr(A) ::= CASE(K) expr(E) COLON. {
    A = parse_node(N_COMMCLAUSE, K); A->a = parse_node_at(N_EXPRSTMT, E); A->a->a = E;
}
comm_hdr(A) ::= CASE(K) expr(C) ARROW expr(V) COLON. {
    A = parse_node(N_COMMCLAUSE, K); A->a = parse_node_at(N_SEND, C); A->a->a = C; A->a->b = V;
}
comm_hdr(A) ::= CASE(K) expr_list(L) ASSIGN expr(E) COLON. {
    A = parse_node(N_COMMCLAUSE, K); A->a = parse_assign(OP_ASSIGN, L, parse_list1(E));
}
comm_hdr(A) ::= CASE(K) expr_list(L) DEFINE expr(E) COLON. {
    A = parse_node(N_COMMCLAUSE, K); A->a = parse_assign(OP_DEFINE, L, parse_list1(E));
}
comm_hdr(A) ::= DEFAULT(K) COLON. { A = parse_node(N_COMMCLAUSE, K); A->flags |= NF_DEFAULT; }

/* ---------------------------------------------------------- declarations */

decl(A) ::= VAR(K) var_spec(S). { A = parse_gendecl(K, OP_VAR, parse_list1(S)); }
decl(A) ::= VAR(K) LPAREN var_specs(L) RPAREN. { A = parse_gendecl(K, OP_VAR, L); }
decl(A) ::= CONST(K) const_spec(S). { A = parse_gendecl(K, OP_CONST, parse_list1(S)); }
decl(A) ::= CONST(K) LPAREN const_specs(L) RPAREN. { A = parse_gendecl(K, OP_CONST, L); }
decl(A) ::= TYPE(K) type_spec(S). { A = parse_gendecl(K, OP_TYPE, parse_list1(S)); }
decl(A) ::= TYPE(K) LPAREN type_specs(L) RPAREN. { A = parse_gendecl(K, OP_TYPE, L); }

%type var_specs {NodeList}
var_specs(A) ::= var_spec_o(B). { A = parse_list1(B); }
var_specs(A) ::= var_specs(A) SEMI var_spec_o(B). { parse_add(&A, B); }
var_spec_o(A) ::= . { A = NULL; }
var_spec_o(A) ::= var_spec(B). { A = B; }
var_spec(A) ::= name_list(N) type(T). { A = parse_node_at(N_VALUESPEC, N.items[0]); A->list = N; A->a = T; }
var_spec(A) ::= name_list(N) type(T) ASSIGN expr_list(V). {
    A = parse_node_at(N_VALUESPEC, N.items[0]); A->list = N; A->a = T; A->list2 = V;
}
var_spec(A) ::= name_list(N) ASSIGN expr_list(V). {
    A = parse_node_at(N_VALUESPEC, N.items[0]); A->list = N; A->list2 = V;
}

%type const_specs {NodeList}
const_specs(A) ::= const_spec_o(B). { A = parse_list1(B); }
const_specs(A) ::= const_specs(A) SEMI const_spec_o(B). { parse_add(&A, B); }
const_spec_o(A) ::= . { A = NULL; }
const_spec_o(A) ::= const_spec(B). { A = B; }
const_spec(A) ::= name_list(N). { A = parse_node_at(N_VALUESPEC, N.items[0]); A->list = N; }
const_spec(A) ::= name_list(N) type(T). { A = parse_node_at(N_VALUESPEC, N.items[0]); A->list = N; A->a = T; }
const_spec(A) ::= name_list(N) ASSIGN expr_list(V). {
    A = parse_node_at(N_VALUESPEC, N.items[0]); A->list = N; A->list2 = V;
}
const_spec(A) ::= name_list(N) type(T) ASSIGN expr_list(V). {
    A = parse_node_at(N_VALUESPEC, N.items[0]); A->list = N; A->a = T; A->list2 = V;
}

%type type_specs {NodeList}
type_specs(A) ::= type_spec_o(B). { A = parse_list1(B); }
type_specs(A) ::= type_specs(A) SEMI type_spec_o(B). { parse_add(&A, B); }
type_spec_o(A) ::= . { A = NULL; }
type_spec_o(A) ::= type_spec(B). { A = B; }
type_spec(A) ::= NAME(N) type(T). { A = parse_node(N_TYPESPEC, N); A->name = ast_intern(N->text, N->len); A->a = T; }
type_spec(A) ::= NAME(N) ASSIGN type(T). {
    A = parse_node(N_TYPESPEC, N); A->name = ast_intern(N->text, N->len); A->a = T; A->flags |= NF_ALIAS;
}

%type name_list {NodeList}
name_list(A) ::= NAME(N). { A = parse_list1(parse_ident(N)); }
name_list(A) ::= name_list(A) COMMA NAME(N). { parse_add(&A, parse_ident(N)); }

/* ----------------------------------------------------------------- types */

type(A) ::= LPAREN type(T) RPAREN. { A = T; A->flags |= NF_PARENS; }
type(A) ::= ARROW(R) type(T). { A = parse_recv_chan(ps, R, T, true); }
type(A) ::= basetype(T). { A = T; }

chanelem(A) ::= LPAREN type(T) RPAREN. { A = T; A->flags |= NF_PARENS; }
chanelem(A) ::= basetype(T). { A = T; }

restype(A) ::= ARROW(R) type(T). { A = parse_recv_chan(ps, R, T, true); }
restype(A) ::= basetype(T). { A = T; }

basetype(A) ::= typename(T). { A = T; }
basetype(A) ::= STAR(S) type(T). { A = parse_node(N_STAR, S); A->a = T; }
basetype(A) ::= littype(T). { A = T; }
basetype(A) ::= chantype(T). { A = T; }
basetype(A) ::= FUNC(F) signature(S). { A = S; A->line = F->line; A->col = F->col; }
basetype(A) ::= ifacetype(T). { A = T; }

typename(A) ::= NAME(N). { A = parse_ident(N); }
typename(A) ::= NAME(P) DOT NAME(N). {
    A = parse_node(N_SELECTOR, P); A->a = parse_ident(P); A->name = ast_intern(N->text, N->len);
}

littype(A) ::= LBRACKET(L) expr(E) RBRACKET type(T). { A = parse_node(N_ARRAYTYPE, L); A->a = E; A->b = T; }
littype(A) ::= LBRACKET(L) DOTDOTDOT(D) RBRACKET type(T). {
    A = parse_node(N_ARRAYTYPE, L); A->a = parse_node(N_ELLIPSISLEN, D); A->b = T;
}
littype(A) ::= LBRACKET(L) RBRACKET type(T). { A = parse_node(N_SLICETYPE, L); A->b = T; }
littype(A) ::= MAP(M) LBRACKET type(K) RBRACKET type(V). { A = parse_node(N_MAPTYPE, M); A->a = K; A->b = V; }
littype(A) ::= structtype(T). { A = T; }

chantype(A) ::= CHAN(C) chanelem(T). { A = parse_node(N_CHANTYPE, C); A->a = T; A->flags |= NF_CHAN_SEND | NF_CHAN_RECV; }
chantype(A) ::= CHAN(C) ARROW type(T). { A = parse_node(N_CHANTYPE, C); A->a = T; A->flags |= NF_CHAN_SEND; }

lbrace(A) ::= LBRACE(L). { A = L; }
lbrace(A) ::= LBODY(L). { A = L; }
%type lbrace {Tok *}

structtype(A) ::= STRUCT(S) lbrace(L) fields(F) RBRACE. {
    A = parse_node(N_STRUCTTYPE, S); A->list = F; parse_fixlbrace(ps, L);
}
%type fields {NodeList}
fields(A) ::= field_o(B). { A = parse_list1(B); }
fields(A) ::= fields(A) SEMI field_o(B). { parse_add(&A, B); }
field_o(A) ::= . { A = NULL; }
field_o(A) ::= name_list(N) type(T) tag_o. { A = parse_node_at(N_FIELD, N.items[0]); A->list = N; A->a = T; }
field_o(A) ::= typename(T) tag_o. { A = parse_node_at(N_FIELD, T); A->a = T; A->flags |= NF_EMBEDDED; }
field_o(A) ::= STAR(S) typename(T) tag_o. {
    A = parse_node(N_FIELD, S); A->a = parse_node(N_STAR, S); A->a->a = T; A->flags |= NF_EMBEDDED;
}
tag_o ::= .
tag_o ::= STRING.

ifacetype(A) ::= INTERFACE(I) lbrace(L) iface_elems(E) RBRACE. {
    A = parse_node(N_INTERFACETYPE, I); A->list = E; parse_fixlbrace(ps, L);
}
%type iface_elems {NodeList}
iface_elems(A) ::= iface_elem(B). { A = parse_list1(B); }
iface_elems(A) ::= iface_elems(A) SEMI iface_elem(B). { parse_add(&A, B); }
iface_elem(A) ::= . { A = NULL; }
iface_elem(A) ::= NAME(N) signature(S). {
    A = parse_node(N_FIELD, N); parse_add(&A->list, parse_ident(N)); A->a = S;
    S->line = N->line; S->col = N->col;
}
iface_elem(A) ::= typename(T). { A = parse_node_at(N_FIELD, T); A->a = T; }
iface_elem(A) ::= ifacetype(T). { A = parse_node_at(N_FIELD, T); A->a = T; }

/* func signatures: parameters are collected raw (each an N_FIELD with at
 * most one name) and grouped by parse_params, as Go's parser does. */
signature(A) ::= params(P) result(R). { A = parse_functype(ps, 0, 0, P, R); }
%type params {NodeList}
params(A) ::= LPAREN RPAREN. { memset(&A, 0, sizeof A); }
params(A) ::= LPAREN param_list(L) RPAREN. { A = L; }
params(A) ::= LPAREN param_list(L) COMMA RPAREN. { A = L; }
%type param_list {NodeList}
param_list(A) ::= param(P). { A = parse_list1(P); }
param_list(A) ::= param_list(A) COMMA param(P). { parse_add(&A, P); }
param(A) ::= type(T). { A = parse_node_at(N_FIELD, T); A->a = T; }
param(A) ::= NAME(N) type(T). { A = parse_node(N_FIELD, N); parse_add(&A->list, parse_ident(N)); A->a = T; }
param(A) ::= NAME(N) DOTDOTDOT type(T). {
    A = parse_node(N_FIELD, N); parse_add(&A->list, parse_ident(N)); A->a = T; A->flags |= NF_VARIADIC;
}
param(A) ::= DOTDOTDOT(D) type(T). { A = parse_node(N_FIELD, D); A->a = T; A->flags |= NF_VARIADIC; }

%type result {NodeList}
result(A) ::= . [NOTPAREN] { memset(&A, 0, sizeof A); }
result(A) ::= restype(T). { Node *f = parse_node_at(N_FIELD, T); f->a = T; A = parse_list1(f); }
result(A) ::= params(P). { A = parse_params(ps, P); }

/* ----------------------------------------------------------- expressions */

%type expr_list {NodeList}
expr_list(A) ::= expr(E). { A = parse_list1(E); }
expr_list(A) ::= expr_list(A) COMMA expr(E). { parse_add(&A, E); }

oexpr(A) ::= . { A = NULL; }
oexpr(A) ::= expr(E). { A = E; }

expr(A) ::= uexpr(E). { A = E; }
expr(A) ::= expr(L) OROR(O) expr(R). { A = parse_binary(OP_OROR, L, O, R); }
expr(A) ::= expr(L) ANDAND(O) expr(R). { A = parse_binary(OP_ANDAND, L, O, R); }
expr(A) ::= expr(L) EQ(O) expr(R). { A = parse_binary(OP_EQ, L, O, R); }
expr(A) ::= expr(L) NE(O) expr(R). { A = parse_binary(OP_NE, L, O, R); }
expr(A) ::= expr(L) LT(O) expr(R). { A = parse_binary(OP_LT, L, O, R); }
expr(A) ::= expr(L) LE(O) expr(R). { A = parse_binary(OP_LE, L, O, R); }
expr(A) ::= expr(L) GT(O) expr(R). { A = parse_binary(OP_GT, L, O, R); }
expr(A) ::= expr(L) GE(O) expr(R). { A = parse_binary(OP_GE, L, O, R); }
expr(A) ::= expr(L) PLUS(O) expr(R). { A = parse_binary(OP_ADD, L, O, R); }
expr(A) ::= expr(L) MINUS(O) expr(R). { A = parse_binary(OP_SUB, L, O, R); }
expr(A) ::= expr(L) PIPE(O) expr(R). { A = parse_binary(OP_OR, L, O, R); }
expr(A) ::= expr(L) CARET(O) expr(R). { A = parse_binary(OP_XOR, L, O, R); }
expr(A) ::= expr(L) STAR(O) expr(R). { A = parse_binary(OP_MUL, L, O, R); }
expr(A) ::= expr(L) SLASH(O) expr(R). { A = parse_binary(OP_DIV, L, O, R); }
expr(A) ::= expr(L) PERCENT(O) expr(R). { A = parse_binary(OP_REM, L, O, R); }
expr(A) ::= expr(L) SHL(O) expr(R). { A = parse_binary(OP_SHL, L, O, R); }
expr(A) ::= expr(L) SHR(O) expr(R). { A = parse_binary(OP_SHR, L, O, R); }
expr(A) ::= expr(L) AMP(O) expr(R). { A = parse_binary(OP_AND, L, O, R); }
expr(A) ::= expr(L) ANDNOT(O) expr(R). { A = parse_binary(OP_ANDNOT, L, O, R); }

uexpr(A) ::= pexpr(E). { A = E; }
uexpr(A) ::= PLUS(O) uexpr(E). { A = parse_unary(ps, O, E); }
uexpr(A) ::= MINUS(O) uexpr(E). { A = parse_unary(ps, O, E); }
uexpr(A) ::= NOT(O) uexpr(E). { A = parse_unary(ps, O, E); }
uexpr(A) ::= CARET(O) uexpr(E). { A = parse_unary(ps, O, E); }
uexpr(A) ::= STAR(O) uexpr(E). { A = parse_unary(ps, O, E); }
uexpr(A) ::= AMP(O) uexpr(E). { A = parse_unary(ps, O, E); }
uexpr(A) ::= ARROW(O) uexpr(E). { A = parse_recv_chan(ps, O, E, false); }

pexpr(A) ::= pexpr_np(E). { A = E; }
pexpr(A) ::= LPAREN(L) expr(E) RPAREN. { A = parse_paren(L, E); }

pexpr_np(A) ::= INT(T). { A = parse_lit(N_INTLIT, T); }
pexpr_np(A) ::= FLOAT(T). { A = parse_lit(N_FLOATLIT, T); }
pexpr_np(A) ::= IMAG(T). { A = parse_lit(N_IMAGLIT, T); }
pexpr_np(A) ::= CHAR(T). { A = parse_lit(N_RUNELIT, T); }
pexpr_np(A) ::= STRING(T). { A = parse_lit(N_STRLIT, T); }
pexpr_np(A) ::= NAME(N). { A = parse_ident(N); }
pexpr_np(A) ::= pexpr(X) DOT NAME(N). { A = parse_node_at(N_SELECTOR, X); A->a = X; A->name = ast_intern(N->text, N->len); }
pexpr_np(A) ::= pexpr(X) DOT LPAREN type(T) RPAREN. { A = parse_node_at(N_TYPEASSERT, X); A->a = X; A->b = T; }
pexpr_np(A) ::= pexpr(X) DOT LPAREN TYPE RPAREN. { A = parse_node_at(N_TYPEASSERT, X); A->a = X; }
pexpr_np(A) ::= pexpr(X) LBRACKET expr(I) RBRACKET. { A = parse_node_at(N_INDEX, X); A->a = X; A->b = I; }
pexpr_np(A) ::= pexpr(X) LBRACKET oexpr(L) COLON oexpr(H) RBRACKET. {
    A = parse_node_at(N_SLICE, X); A->a = X; A->b = L; A->c = H;
}
pexpr_np(A) ::= pexpr(X) LBRACKET oexpr(L) COLON(C1) expr(H) COLON expr(M) RBRACKET. {
    A = parse_node_at(N_SLICE, X); A->a = X; A->b = L; A->c = H; A->d = M; A->flags |= NF_SLICE3;
    CSP_UNUSED(C1);
}
pexpr_np(A) ::= pexpr(X) LPAREN(P) RPAREN. { A = parse_call(X, P); }
pexpr_np(A) ::= pexpr(X) LPAREN(P) expr_list(L) RPAREN. { A = parse_call(X, P); A->list = L; }
pexpr_np(A) ::= pexpr(X) LPAREN(P) expr_list(L) COMMA RPAREN. { A = parse_call(X, P); A->list = L; }
pexpr_np(A) ::= pexpr(X) LPAREN(P) expr_list(L) DOTDOTDOT RPAREN. {
    A = parse_call(X, P); A->list = L; A->flags |= NF_ELLIPSIS;
}
pexpr_np(A) ::= pexpr(X) LPAREN(P) expr_list(L) DOTDOTDOT COMMA RPAREN. {
    A = parse_call(X, P); A->list = L; A->flags |= NF_ELLIPSIS;
}
pexpr_np(A) ::= pexpr_np(T) LBRACE elems(L) RBRACE. { A = parse_node_at(N_COMPOSITE, T); A->a = T; A->list = L; }
pexpr_np(A) ::= littype(T) lbrace(B) elems(L) RBRACE. {
    A = parse_node_at(N_COMPOSITE, T); A->a = T; A->list = L; parse_fixlbrace(ps, B);
}
pexpr_np(A) ::= littype(T). [LOWPREC] { A = T; }
pexpr_np(A) ::= chantype(T). [LOWPREC] { A = T; }
pexpr_np(A) ::= ifacetype(T). { A = T; }
pexpr_np(A) ::= FUNC(F) signature(S). [LOWPREC] { A = S; A->line = F->line; A->col = F->col; }
pexpr_np(A) ::= FUNC(F) signature(S) lbrace(L) stmt_list(B) RBRACE(R). {
    S->line = F->line; S->col = F->col;
    A = parse_node(N_FUNCLIT, F); A->a = S; A->b = parse_block(L, B, R); parse_fixlbrace(ps, L);
}

%type elems {NodeList}
elems(A) ::= . { memset(&A, 0, sizeof A); }
elems(A) ::= elem_list(L). { A = L; }
elems(A) ::= elem_list(L) COMMA. { A = L; }
%type elem_list {NodeList}
elem_list(A) ::= elem(E). { A = parse_list1(E); }
elem_list(A) ::= elem_list(A) COMMA elem(E). { parse_add(&A, E); }
elem(A) ::= elemval(V). { A = V; }
elem(A) ::= elemval(K) COLON elemval(V). { A = parse_node_at(N_KEYVALUE, K); A->a = K; A->b = V; }
elemval(A) ::= expr(E). { A = E; }
elemval(A) ::= LBRACE(L) elems(E) RBRACE. { A = parse_node(N_COMPOSITE, L); A->list = E; }

%code {
/* Runs the reductions lemon left pending after a SHIFTREDUCE (it normally
 * performs them when the next token arrives). They do not depend on the
 * lookahead, so running them now is equivalent; the driver needs their
 * actions (parse_fixlbrace) to have run before it rewrites the next token. */
void csp_parse_flush(void *parser) {
    yyParser *p = (yyParser *)parser;
    while (p->yytos->stateno >= YY_MIN_REDUCE && p->yytos->stateno <= YY_MAX_REDUCE) {
        unsigned rule = p->yytos->stateno - YY_MIN_REDUCE;
        if (yyRuleInfoNRhs[rule] == 0) break; /* needs stack room: leave it to CspParse */
        if (p->ps->error) break;
        yy_reduce(p, rule, YYNOCODE, NULL, p->ps);
    }
}
}
