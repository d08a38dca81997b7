package vn.khuyenhoc.registry.household;

import java.time.LocalDate;

/** One household of a list or export, with the number of its current members. */
record HouseholdRow(long id, long villageId, String villageCode, String villageName, String code, String headName,
                    String address, String phone, int members, String clanName, LocalDate since,
                    LocalDate closedOn) {

    HouseholdRow inVillage(Village village) {
        return new HouseholdRow(id, villageId, village.code(), village.name(), code, headName, address, phone,
                members, clanName, since, closedOn);
    }

    /** A village as lists and pickers show it. */
    record Village(long unitId, String code, String name) {
    }
}
