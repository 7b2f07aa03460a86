#include "vet_int.h"
void vet_check_lostcancel(Vet *v) { CSP_UNUSED(v); }
