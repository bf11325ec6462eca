/* Stand-in for mscms.dll under Wine 8 (test environment only; see README.md). Qt's qwindows
 * plugin asks for the screen's colour profile when a window opens; Wine 8's
 * WcsCreateIccProfile aborts the process. Every call here fails the way Windows does when
 * no profile is installed, and Qt goes on with sRGB. */
#include <windows.h>

#define EXPORT __declspec(dllexport)

EXPORT HANDLE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share, DWORD mode) {
    (void)profile; (void)access; (void)share; (void)mode;
    SetLastError(ERROR_FILE_NOT_FOUND);
    return NULL;
}
EXPORT BOOL WINAPI CloseColorProfile(HANDLE profile) { (void)profile; return TRUE; }
EXPORT BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, BYTE *buf, DWORD *size) {
    (void)profile; (void)buf; (void)size;
    SetLastError(ERROR_INVALID_HANDLE);
    return FALSE;
}
EXPORT HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD intent) {
    (void)profile; (void)intent;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}
