/* options.c: the options of `csp` that come before the program (SPEC §9).
 *
 *   --workers N  --seed N  --schedule TOKEN  --trace FILE  --view V  --race
 *   -h --help    -V --version
 *
 * Each option with a value takes it as the next argument or after '='
 * (`--workers 2`, `--workers=2`), as Go's flag package does; --race takes
 * none (`--race=true`/`=false` also work, as in Go). Everything after the
 * program's file belongs to the program (its os.Args), so options stop at
 * the first argument that is not one, or at `--`.
 *
 * A mistake is a usage error at once, before anything runs, with the
 * same exit status as every usage error of csp: 1 (SPEC §9; Go's flag
 * package uses 2, but csp gave usage errors 1 from the start and
 * `csp explore` already exits 3 for a different meaning). An unknown
 * option names the closest known one. --trace FILE is checked here too:
 * a trace that cannot be written is an error before the run, not after it,
 * and a program's name (`csp --trace prog.csp`) is not taken for the
 * trace file.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../runtime/trace.h"
#include "cli.h"

_Noreturn void cli_usage_error(const char *msg) {
    fprintf(stderr, "csp: %s\nrun 'csp help' for usage\n", msg);
    exit(1);
}

/* ---------- did you mean ---------- */

/* Levenshtein distance, for names of a few dozen bytes. */
static int edit_distance(const char *a, const char *b) {
    size_t n = strlen(a), m = strlen(b);
    if (n > 64 || m > 64) return 1000;
    int row[65];
    for (size_t j = 0; j <= m; j++) row[j] = (int)j;
    for (size_t i = 1; i <= n; i++) {
        int diag = row[0];
        row[0] = (int)i;
        for (size_t j = 1; j <= m; j++) {
            int up = row[j];
            int best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[m];
}

const char *cli_closest(const char *word, const char *const *names) {
    const char *best = NULL;
    int best_d = 1000;
    size_t wl = strlen(word);
    const char *eq = strchr(word, '=');
    if (eq) wl = (size_t)(eq - word);
    char w[65];
    if (wl > 64) return NULL;
    memcpy(w, word, wl);
    w[wl] = 0;
    for (int k = 0; names[k]; k++) {
        int d = edit_distance(w, names[k]);
        if (d < best_d) best_d = d, best = names[k];
    }
    int limit = wl / 4 > 2 ? (int)(wl / 4) : 2;
    if (limit > (int)(wl - 1) / 2) limit = (int)(wl - 1) / 2; /* -x is no typo of -h */
    return best_d <= limit ? best : NULL;
}

const char *cli_unknown_option_msg(const char *arg, const char *const *names) {
    const char *near = cli_closest(arg, names);
    if (near) return csp_sprintf("unknown option %s (did you mean %s?)", arg, near);
    return csp_sprintf("unknown option %s", arg);
}

/* ---------- the options ---------- */

static const char *const known[] = {"--workers", "--seed",  "--schedule", "--trace", "--view", "--race",
                                    "--help",    "--version", "-h",       "-V",      "-e",     NULL};

static bool takes_value(const char *name) {
    return !strcmp(name, "--workers") || !strcmp(name, "--seed") || !strcmp(name, "--schedule") ||
           !strcmp(name, "--trace") || !strcmp(name, "--view");
}

static void set_value(const char *name, const char *v, CliParsed *out) {
    if (!strcmp(name, "--workers")) {
        char *end;
        errno = 0;
        long n = strtol(v, &end, 10);
        if (!*v || *end || errno || n < 1 || n > 1000000)
            cli_usage_error(csp_sprintf("--workers needs a positive number, not '%s'", v));
        out->workers = (int)n;
    } else if (!strcmp(name, "--seed")) {
        char *end;
        errno = 0;
        cli_opts.seeded = true;
        cli_opts.seed = strtoull(v, &end, 10);
        if (!*v || *end || errno || *v == '-') cli_usage_error(csp_sprintf("--seed needs a non-negative integer, not '%s'", v));
    } else if (!strcmp(name, "--schedule")) {
        cli_opts.schedule = v;
    } else if (!strcmp(name, "--view")) {
        if (!strcmp(v, "procs")) cli_opts.view = TRACE_VIEW_PROCS;
        else if (!strcmp(v, "workers")) cli_opts.view = TRACE_VIEW_WORKERS;
        else cli_usage_error(csp_sprintf("--view needs procs or workers, not '%s'", v));
    } else {
        cli_opts.trace = v;
    }
}

static bool is_program_name(const char *s) {
    size_t n = strlen(s);
    return (n > 4 && !strcmp(s + n - 4, ".csp")) || (n > 3 && !strcmp(s + n - 3, ".go"));
}

/* One option at argv[*i]; returns false when argv[*i] is no option (the
 * command or the program). */
static bool one_option(int argc, char **argv, int *i, CliParsed *out) {
    const char *a = argv[*i];
    if (a[0] != '-' || !strcmp(a, "-") || !strcmp(a, "-e")) return false;
    if (!strcmp(a, "--")) {
        out->dashdash = true;
        ++*i;
        return false;
    }
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
        out->action = CLI_HELP;
        return true;
    }
    if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
        out->action = CLI_VERSION;
        return true;
    }
    const char *eq = strchr(a, '=');
    char *name = eq ? csp_strndup(a, (size_t)(eq - a)) : (char *)a;
    if (!strcmp(name, "--race")) {
        if (!eq || !strcmp(eq + 1, "true") || !strcmp(eq + 1, "1")) cli_opts.race = true;
        else if (!strcmp(eq + 1, "false") || !strcmp(eq + 1, "0")) cli_opts.race = false;
        else cli_usage_error(csp_sprintf("--race is on or off: --race, --race=true or --race=false, not %s", a));
        return true;
    }
    if (!takes_value(name)) cli_usage_error(cli_unknown_option_msg(a, known));
    const char *v;
    if (eq) v = eq + 1;
    else if (*i + 1 < argc) v = argv[++*i];
    else if (!strcmp(name, "--trace"))
        cli_usage_error("--trace needs an output file (.svg, .json, .html, or a name without any of them for .svg and .json)");
    else
        cli_usage_error(csp_sprintf("%s needs a value", name));
    if (!eq && (!strcmp(v, "-h") || !strcmp(v, "--help"))) { /* `csp --workers --help`: help wins */
        out->action = CLI_HELP;
        return true;
    }
    if (!strcmp(name, "--trace") && is_program_name(v))
        cli_usage_error(csp_sprintf("--trace needs an output file (.svg, .json, .html, or a name without any of them for .svg and .json), "
                                    "not the program %s: csp --trace out.svg %s",
                                    v, v));
    set_value(name, v, out);
    return true;
}

void cli_parse_options(int argc, char **argv, CliParsed *out) {
    memset(out, 0, sizeof *out);
    int i = 1;
    while (i < argc && out->action == CLI_RUN && one_option(argc, argv, &i, out)) i++;
    out->first = i;
}

const char *cli_command_hint(const char *name) {
    static const char *const commands[] = {"check", "disasm", "vet", "explore", "version", "help", NULL};
    if (strchr(name, '/') || strchr(name, '.')) return "";
    const char *near = cli_closest(name, commands);
    return near ? csp_sprintf(" (did you mean csp %s?)", near) : "";
}

bool cli_asks_help(int argc, char **argv, int from) {
    for (int i = from; i < argc && strcmp(argv[i], "--") != 0; i++)
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) return true;
    return false;
}

/* ---------- --trace FILE, checked before the run ---------- */

/* Can a file be written at path? NULL if so, else why not. */
static const char *unwritable(const char *path) {
    struct stat st;
    if (stat(path, &st) == 0) {
        if (S_ISDIR(st.st_mode)) return strerror(EISDIR);
        return access(path, W_OK) == 0 ? NULL : strerror(errno);
    }
    if (errno != ENOENT) return strerror(errno);
    const char *slash = strrchr(path, '/');
    char *dir = slash ? csp_strndup(path, slash == path ? 1 : (size_t)(slash - path)) : ".";
    if (stat(dir, &st) != 0) return strerror(errno);
    if (!S_ISDIR(st.st_mode)) return strerror(ENOTDIR);
    return access(dir, W_OK | X_OK) == 0 ? NULL : strerror(errno);
}

static bool has_suffix(const char *s, const char *suf) {
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcmp(s + a - b, suf) == 0;
}

void cli_check_trace(const char *path) {
    if (!*path) cli_usage_error("--trace needs an output file (.svg, .json, .html, or a name without any of them for .svg and .json)");
    const char *outs[2] = {path, NULL};
    /* as runtime/trace.c names them: a name without an extension gets both */
    if (!has_suffix(path, ".json") && !has_suffix(path, ".svg") && !has_suffix(path, ".html")) {
        outs[0] = csp_sprintf("%s.json", path);
        outs[1] = csp_sprintf("%s.svg", path);
    }
    for (int k = 0; k < 2 && outs[k]; k++) {
        const char *why = unwritable(outs[k]);
        if (why) {
            fprintf(stderr, "csp: cannot write trace %s: %s\n", outs[k], why);
            exit(1);
        }
    }
}
