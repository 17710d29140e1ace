#ifndef DOSSIER_CFUZZERDRIVER_H
#define DOSSIER_CFUZZERDRIVER_H
#include <stddef.h>
#include <stdint.h>

/* libFuzzer's entry point for programs that keep their own main (libclang_rt.fuzzer_no_main).
   Declared only: the fuzz build links the library (scripts/fuzz.sh); the plain build never
   calls it (FuzzSupport calls it only when compiled with -DFUZZING). */
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
