#include "vet_int.h"
void vet_check_sync(Vet *v) { CSP_UNUSED(v); }
