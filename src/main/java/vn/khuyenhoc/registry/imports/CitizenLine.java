package vn.khuyenhoc.registry.imports;

import vn.khuyenhoc.registry.common.PersonData;

/**
 * A citizen row of a file: a person on the staff of an organisation (commune and organisation codes) or a member
 * of a household (village and household codes), with their position at the organisation.
 */
record CitizenLine(String sheet, int row, String communeCode, String organisationCode, String villageCode,
                   String householdCode, PersonData person, String position) {

    boolean atOrganisation() {
        return organisationCode != null;
    }
}
