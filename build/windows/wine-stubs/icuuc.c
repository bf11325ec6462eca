/* Stand-in for icuuc.dll under Wine 8 (test environment only; see README.md).
 * Qt6Core links the ICU converter API. Each function reports U_FILE_ACCESS_ERROR (4) and
 * returns nothing, which Qt treats as "this converter does not exist". */
#include <stdint.h>

#define EXPORT __declspec(dllexport)
typedef int UErrorCode;

static void not_available(UErrorCode *status) {
    if (status && *status <= 0) *status = 4; /* U_FILE_ACCESS_ERROR */
}

EXPORT void *ucnv_open(const char *name, UErrorCode *st) { (void)name; not_available(st); return 0; }
EXPORT void ucnv_close(void *cnv) { (void)cnv; }
EXPORT void ucnv_reset(void *cnv) { (void)cnv; }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
EXPORT const char *ucnv_getName(const void *cnv, UErrorCode *st) { (void)cnv; not_available(st); return 0; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *std, UErrorCode *st) {
    (void)name; (void)std; not_available(st); return 0;
}
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return 0; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }

EXPORT void ucnv_getToUCallBack(const void *cnv, void **action, const void **ctx) {
    (void)cnv; *action = 0; *ctx = 0;
}
EXPORT void ucnv_getFromUCallBack(const void *cnv, void **action, const void **ctx) {
    (void)cnv; *action = 0; *ctx = 0;
}
EXPORT void ucnv_setToUCallBack(void *cnv, void *action, const void *ctx, void **old_action,
                                const void **old_ctx, UErrorCode *st) {
    (void)cnv; (void)action; (void)ctx; (void)old_action; (void)old_ctx; not_available(st);
}
EXPORT void ucnv_setFromUCallBack(void *cnv, void *action, const void *ctx, void **old_action,
                                  const void **old_ctx, UErrorCode *st) {
    (void)cnv; (void)action; (void)ctx; (void)old_action; (void)old_ctx; not_available(st);
}
EXPORT void ucnv_cbToUWriteUChars(void *args, const void *src, int32_t len, int32_t offset,
                                  UErrorCode *st) {
    (void)args; (void)src; (void)len; (void)offset; not_available(st);
}
EXPORT void ucnv_cbFromUWriteUChars(void *args, const void **src, const void *limit,
                                    int32_t offset, UErrorCode *st) {
    (void)args; (void)src; (void)limit; (void)offset; not_available(st);
}
EXPORT void ucnv_toUnicode(void *cnv, void **target, const void *target_limit, const char **src,
                           const char *src_limit, int32_t *offsets, int8_t flush, UErrorCode *st) {
    (void)cnv; (void)target; (void)target_limit; (void)src; (void)src_limit; (void)offsets;
    (void)flush; not_available(st);
}
EXPORT void ucnv_fromUnicode(void *cnv, char **target, const char *target_limit, const void **src,
                             const void *src_limit, int32_t *offsets, int8_t flush, UErrorCode *st) {
    (void)cnv; (void)target; (void)target_limit; (void)src; (void)src_limit; (void)offsets;
    (void)flush; not_available(st);
}
EXPORT int32_t ucnv_toUCountPending(const void *cnv, UErrorCode *st) { (void)cnv; not_available(st); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *cnv, UErrorCode *st) { (void)cnv; not_available(st); return 0; }
