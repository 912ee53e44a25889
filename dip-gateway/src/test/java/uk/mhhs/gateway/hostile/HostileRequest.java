package uk.mhhs.gateway.hostile;

import java.util.Set;

/**
 * One entry of the hostile corpus: what it attacks, the request, and the answer the README documents for it.
 *
 * @param attacks     what is wrong with it, in words
 * @param method      HTTP method
 * @param path        path and query as sent (already percent-encoded where it means to be)
 * @param caller      how it presents itself
 * @param contentType Content-Type header, or null for none
 * @param body        the bytes sent (empty for none)
 * @param declaredLength a Content-Length to declare instead of sending {@code body} (a huge body announced), or -1
 * @param statuses    the status(es) it must get: one, or a few where the servlet container decides (a malformed path)
 * @param code        the code of the answer's first {@code messageArray} entry, or codes separated by {@code |} where
 *                    the README allows either (e.g. the schema or the rule that checks the same field), or null where
 *                    it documents none (401, 413, the admin API's plain-text refusals, the container's own 400)
 */
record HostileRequest(String attacks, String method, String path, Caller caller, String contentType, byte[] body,
                      long declaredLength, Set<Integer> statuses, String code) {

    /** How the request presents itself to the gateway. */
    enum Caller {
        /** no X-API-Key */
        ANONYMOUS,
        /** an X-API-Key no participant holds */
        UNKNOWN_KEY,
        /** a participant's key, no signature headers */
        KEY_UNSIGNED,
        /** a participant's key, signed by a key pair that is not the participant's */
        KEY_FORGED_SIGNATURE,
        /** a participant's key, signature over other bytes than those sent */
        KEY_SIGNATURE_OF_OTHER_BODY,
        /** a participant's key, signed correctly (so only the body or path is wrong) */
        SIGNED,
        /** the admin API without X-Admin-Token */
        ADMIN_NO_TOKEN,
        /** the admin API with a wrong X-Admin-Token */
        ADMIN_WRONG_TOKEN,
        /** the admin API with its token (so only the body or path is wrong) */
        ADMIN
    }

    @Override
    public String toString() {
        return method + " " + path + " [" + caller + "]: " + attacks;
    }
}
