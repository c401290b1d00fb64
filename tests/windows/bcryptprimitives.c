/* A stand-in for Windows' bcryptprimitives.dll, for running the Windows build under
 * wine in the tests only (tests/windows.rs builds it beside a copy of the exe; it is
 * never shipped). Rust's standard library takes its random numbers from ProcessPrng
 * there, which wine 8 lacks; RtlGenRandom (SystemFunction036 of advapi32) gives the
 * same from the system's generator. Real Windows 10 and 11 have the real one. */
#include <windows.h>
#define SystemFunction036 NTAPI SystemFunction036
#include <ntsecapi.h>
#undef SystemFunction036

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    /* RtlGenRandom takes a ULONG: ask in chunks that fit. */
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!RtlGenRandom(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
