package vn.khuyenhoc.round;

import java.util.Map;
import vn.khuyenhoc.shared.AuditEntry;
import vn.khuyenhoc.shared.Audited;

/**
 * Someone took a paper that names people out of the system (a decision with its list, a dossier paper, a
 * certificate): access to personal data is logged, by id only, like reading a person's record.
 *
 * @param entity decision, proposal or recognition
 * @param paper  pdf, docx, letter, minutes, list or certificate
 */
public record PaperPrinted(String entity, long id, String paper, long unitId) implements Audited {

    @Override
    public AuditEntry audit() {
        return AuditEntry.change(entity, id, "print", unitId, null, Map.of("paper", paper));
    }
}
