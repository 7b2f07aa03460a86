package main


func main() {
	var i interface{} = []int{1}
	_ = i.([]string)
}
