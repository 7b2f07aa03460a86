// race: none
// strings, strconv and sort from many goroutines: shared inputs are only
// read, every goroutine builds and sorts its own values.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

func main() {
	text := "the quick brown fox jumps over the lazy dog"
	words := strings.Fields(text)
	var wg sync.WaitGroup
	results := make([]string, 4)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var b strings.Builder
			own := append([]string(nil), words...)
			sort.Strings(own)
			nums := []int{}
			for i, word := range own {
				n, _ := strconv.Atoi(strconv.Itoa(len(word) * (w + 1)))
				nums = append(nums, n)
				b.WriteString(strings.ToUpper(word[:1]) + strings.Repeat("-", i%3))
			}
			sort.Ints(nums)
			sort.Slice(own, func(i, j int) bool { return len(own[i]) < len(own[j]) })
			f := strconv.FormatFloat(float64(w)/3, 'f', 3, 64)
			q := strconv.Quote(strings.ReplaceAll(text, " ", "_"))
			results[w] = fmt.Sprint(b.Len(), nums[0], f, len(q), strings.Contains(text, own[0]),
				strings.Join(strings.Split(text, " ")[:2], "+"))
		}(w)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
