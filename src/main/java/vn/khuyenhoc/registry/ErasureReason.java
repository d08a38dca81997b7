package vn.khuyenhoc.registry;

/**
 * Why a person was erased: at their own request, because their household withdrew its consent, because the
 * record duplicated another one, or another reason. Only the code is audited, never an explanation in words.
 */
public enum ErasureReason {
    REQUEST, CONSENT_WITHDRAWN, DUPLICATE, OTHER
}
