package main

func main() {
L: // ERROR "label L defined and not used"
	for i := 0; i < 2; i++ {
	}
M:
	for {
		func() {
		N: // ERROR "label N defined and not used"
			for {
				break
			}
		}()
		break M
	}
}
