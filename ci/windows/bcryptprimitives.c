/* A stand-in for Windows' bcryptprimitives.dll, for running the tests under Debian's wine 8,
 * which lacks it. Rust's standard library imports ProcessPrng from it (for HashMap seeds and
 * the like); here it is advapi32's RtlGenRandom (SystemFunction036), which wine has.
 * Built by ci/windows/wine-runner with the mingw compiler that links the tests. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* RtlGenRandom takes a ULONG: fill larger requests in pieces. */
    while (length > 0) {
        ULONG piece = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, piece))
            return FALSE;
        data += piece;
        length -= piece;
    }
    return TRUE;
}
