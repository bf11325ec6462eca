/* Stand-in for bcryptprimitives.dll's ProcessPrng under Wine 8 (test environment only; see
 * README.md). Rust's standard library (python-calamine, pydantic-core) gets its random bytes
 * here; forward to BCryptGenRandom in chunks it accepts (a ULONG length). */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
