/*
 * fuzz_engine.c — libFuzzer harness for the extraction engine: arbitrary
 * bytes as article text through aa_extract, with the result's invariants
 * checked (test/fuzz_check.h).  Built with ASan and UBSan by
 * `make fuzz` (test/hardening.mk).
 */
#include "fuzz_check.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* An exact-size copy, so ASan sees any read past the end of the text. */
	uint8_t    *copy = malloc(size ? size : 1);

	if (copy == NULL)
		return 0;
	memcpy(copy, data, size);
	fc_run_and_check(copy, size);
	free(copy);
	return 0;
}
