package main

func main() {
	_ = uint8(256) // ERROR "cannot convert 256 .* to type uint8|constant 256 overflows uint8"
}
