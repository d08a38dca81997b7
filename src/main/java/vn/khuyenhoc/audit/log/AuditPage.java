package vn.khuyenhoc.audit.log;

import java.util.List;

/** A page of entries, newest first; {@code nextBefore} asks for the next (older) page, null on the last one. */
record AuditPage(List<AuditRow> entries, Long nextBefore) {
}
