# fish completion for csp: subcommands, options, their values, .csp/.go files.
# Installed by `make install` as $(PREFIX)/share/fish/vendor_completions.d/csp.fish;
# to try it without installing: source completion/csp.fish

set -l cmds check disasm vet explore version help

function __csp_no_command
    set -l words (commandline -opc)
    for w in $words[2..-1]
        switch $w
            case check disasm vet explore version help
                return 1
            case '*.csp' '*.go'
                return 1
        end
    end
    return 0
end

function __csp_in_explore
    contains -- explore (commandline -opc)
end

complete -c csp -f
# files: .csp and .go programs (and directories)
complete -c csp -n 'not __fish_seen_subcommand_from version help' -a '(__fish_complete_suffix .csp; __fish_complete_suffix .go)'
# subcommands
complete -c csp -n __csp_no_command -a check -d 'type-check only, run nothing'
complete -c csp -n __csp_no_command -a disasm -d 'print the bytecode'
complete -c csp -n __csp_no_command -a vet -d 'report suspicious constructs, as go vet does'
complete -c csp -n __csp_no_command -a explore -d 'run under many (or all) schedules'
complete -c csp -n __csp_no_command -a version -d 'print the version'
complete -c csp -n __csp_no_command -a help -d 'print the help'
# options of a run
complete -c csp -n 'not __csp_in_explore' -l workers -x -d 'run processes on N worker threads'
complete -c csp -n 'not __csp_in_explore' -l seed -x -d 'reproducible run: one worker, virtual time'
complete -c csp -n 'not __csp_in_explore' -l schedule -x -d 'replay a schedule token of explore --all'
complete -c csp -n 'not __csp_in_explore' -l trace -r -F -d 'record the schedule (.json, .svg, .html)'
complete -c csp -n 'not __csp_in_explore' -l view -x -a 'procs workers' -d 'the picture --trace draws'
complete -c csp -n 'not __csp_in_explore' -l race -d 'report data races as Go -race does'
complete -c csp -s e -x -d 'run code given on the command line'
complete -c csp -s h -l help -d 'print the help'
complete -c csp -s V -l version -d 'print the version'
# options of explore
complete -c csp -n __csp_in_explore -l runs -x -d 'number of seeded runs'
complete -c csp -n __csp_in_explore -l seed -x -d 'first seed'
complete -c csp -n __csp_in_explore -l jobs -x -d 'runs at a time'
complete -c csp -n __csp_in_explore -l timeout -x -d 'wall-clock limit per run'
complete -c csp -n __csp_in_explore -l race -d 'run with the race detector'
complete -c csp -n __csp_in_explore -l json -d 'the report as JSON'
complete -c csp -n __csp_in_explore -l all -d 'every schedule that can matter'
complete -c csp -n __csp_in_explore -l max-schedules -x -d 'with --all: stop after N schedules'
complete -c csp -n __csp_in_explore -l max-steps -x -d 'with --all: stop a run after N events'
complete -c csp -n __csp_in_explore -l max-time -x -d 'with --all: stop the search after SECS'
complete -c csp -n __csp_in_explore -l preemptions -x -d 'with --all: at most K preemptions'
complete -c csp -n __csp_in_explore -l no-reduction -d 'with --all: no partial-order reduction'
