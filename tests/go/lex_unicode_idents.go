package main

import "fmt"

type Größe struct{ wert int }

func (g Größe) doppelt() int { return g.wert * 2 }

func main() {
	π := 3.14
	日本 := "japan"
	_x9 := 1
	αβγ := []int{1, 2}
	ñ := Größe{21}
	fmt.Println(π, 日本, _x9, αβγ, ñ.doppelt())
	var Σ int
	for _, v := range αβγ {
		Σ += v
	}
	fmt.Println(Σ)
}
