#include "vet_int.h"
void vet_check_printf(Vet *v) { CSP_UNUSED(v); }
