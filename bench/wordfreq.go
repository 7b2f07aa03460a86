// wordfreq.go: word frequencies of the text on standard input (bench/run.sh
// feeds it 10 MB made by bench/gentext.py): lines split into fields, lower-
// cased, counted in a map[string]int; prints the number of words, of distinct
// words, and the ten most frequent (ties in word order).
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	counts := map[string]int{}
	total := 0
	for sc.Scan() {
		for _, w := range strings.Fields(strings.ToLower(sc.Text())) {
			counts[w]++
			total++
		}
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		a, b := words[i], words[j]
		if counts[a] != counts[b] {
			return counts[a] > counts[b]
		}
		return a < b
	})
	fmt.Println(total, len(counts))
	for _, w := range words[:10] {
		fmt.Println(counts[w], w)
	}
}
