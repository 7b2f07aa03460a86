#include "vet_int.h"
void vet_check_unusedresult(Vet *v) { CSP_UNUSED(v); }
