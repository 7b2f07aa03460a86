# lines.awk: the two program lines named by the first race report in a
# stderr (Go's -race or csp --race), sorted, as "L1,L2".
#   awk -v file=NAME.go -f tests/race/lines.awk STDERR
# For each of the two accesses ("Write at ...", "Previous read at ...") it
# takes the first frame of the stack that lies in the program file (a frame
# in the runtime or a library is skipped: the program's call is the line);
# "-" when the stack never reaches the program (Go 1.19's sync/atomic
# frames). Prints nothing when there is no report.
BEGIN { esc = file; gsub(/[.]/, "[.]", esc); re = "(^|[/ \t])" esc ":[0-9]+" }
/^==================$/ { if (inrep) exit; inrep = 1; next }
!inrep { next }
/^(Previous )?([Aa]tomic )?([Rr]ead|[Ww]rite) at / { n++; line[n] = "-"; insect = 1; next }
/^Goroutine [0-9]+ \((running|finished)\) created at:/ { insect = 0; next }
insect && line[n] == "-" && match($0, re) {
	s = substr($0, RSTART, RLENGTH); sub(/.*:/, "", s); line[n] = s
}
END {
	if (n < 2) exit
	a = line[1]; b = line[2]
	if (a != "-" && b != "-" && a + 0 > b + 0) { t = a; a = b; b = t }
	else if (a == "-") { t = a; a = b; b = t }
	print a "," b
}
