package vn.khuyenhoc.shared;

/**
 * An event that records a change. The audit module listens for every published {@code Audited} event in the
 * same transaction as the change, so a change and its audit entry are committed together or not at all, and
 * the audit module depends on no feature module.
 */
public interface Audited {

    AuditEntry audit();
}
