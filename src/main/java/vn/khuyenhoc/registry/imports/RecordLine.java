package vn.khuyenhoc.registry.imports;

import java.time.LocalDate;
import vn.khuyenhoc.registry.ManagingLevel;
import vn.khuyenhoc.registry.OrganisationKind;

/**
 * A clan or an organisation row of a file: the commune's code and the record's code identify it; the fields an
 * organisation does not have (or a clan) stay null.
 */
record RecordLine(String sheet, int row, String communeCode, String code, String name, String representative,
                  String phone, boolean hasBoard, OrganisationKind kind, ManagingLevel level, Integer staffCount,
                  String address, LocalDate since) {

    String key() {
        return communeCode + "\u0000" + code;
    }
}
