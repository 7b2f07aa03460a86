# bash completion for csp: subcommands, options, their values, .csp/.go files.
# Installed by `make install` as $(PREFIX)/share/bash-completion/completions/csp;
# to try it without installing: source completion/csp.bash

_csp() {
    local cur prev words cword
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    # --view=pr: bash splits at "=", so the option is two words back
    if [[ $prev == = && $COMP_CWORD -ge 2 ]]; then
        prev=${COMP_WORDS[COMP_CWORD-2]}
    elif [[ $cur == = ]]; then
        prev=${COMP_WORDS[COMP_CWORD-1]}; cur=
    fi

    local opts="--workers --seed --schedule --trace --view --race --help --version -h -V -e"
    local cmds="check disasm vet explore version help"
    local explore_opts="--runs --seed --jobs --timeout --race --json --all --max-schedules
                        --max-steps --max-time --preemptions --no-reduction --help"

    # the subcommand, if one was typed, and whether the program file came already
    local i w sub="" have_file=""
    for ((i = 1; i < COMP_CWORD; i++)); do
        w=${COMP_WORDS[i]}
        case $w in
        --workers|--seed|--schedule|--trace|--view|--runs|--jobs|--timeout|--max-schedules|--max-steps|--max-time|--preemptions|-e)
            # the value: the next word, or the one after "=" (--seed=7)
            if [[ ${COMP_WORDS[i+1]} == = ]]; then ((i += 2)); else ((i++)); fi
            continue ;;
        -*|=) continue ;;
        esac
        if [[ -z $sub && -z $have_file ]] && [[ " $cmds " == *" $w "* ]]; then
            sub=$w
        else
            have_file=$w
            break
        fi
    done
    # after the program file, the words are the program's: complete file names
    if [[ -n $have_file ]]; then
        COMPREPLY=($(compgen -f -- "$cur"))
        return
    fi

    case $prev in
    --view) COMPREPLY=($(compgen -W "procs workers" -- "$cur")); return ;;
    --trace) COMPREPLY=($(compgen -f -X '!*.@(svg|json|html)' -- "$cur") $(compgen -d -- "$cur")); return ;;
    --workers|--seed|--schedule|--runs|--jobs|--timeout|--max-schedules|--max-steps|--max-time|--preemptions|-e)
        return ;;
    esac

    local files
    files=$(compgen -f -X '!*.@(csp|go)' -- "$cur"; compgen -d -- "$cur")
    case $sub in
    explore)
        if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "$explore_opts" -- "$cur"))
        else COMPREPLY=($files); fi ;;
    check|disasm|vet)
        COMPREPLY=($files) ;;
    version|help)
        COMPREPLY=() ;;
    *)
        if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "$opts" -- "$cur"))
        else COMPREPLY=($(compgen -W "$cmds" -- "$cur") $files); fi ;;
    esac
}
shopt -s extglob 2>/dev/null
complete -o filenames -F _csp csp
