package vn.khuyenhoc.registry;

/** The kinds of organisation that register as Đơn vị học tập: agencies, schools by level, enterprises, armed forces. */
public enum OrganisationKind {
    AGENCY, KINDERGARTEN, PRIMARY_SCHOOL, LOWER_SECONDARY_SCHOOL, UPPER_SECONDARY_SCHOOL, MULTI_LEVEL_SCHOOL,
    ENTERPRISE, ARMED_FORCES, OTHER;

    public boolean isSchool() {
        return name().endsWith("SCHOOL") || this == KINDERGARTEN;
    }
}
