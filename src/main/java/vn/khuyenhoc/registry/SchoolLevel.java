package vn.khuyenhoc.registry;

/** The level a person is at school at (none recorded: not at school). */
public enum SchoolLevel {
    PRESCHOOL, PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY, VOCATIONAL, HIGHER, CONTINUING
}
