package vn.khuyenhoc.registry;

/** A person's sex as the household lists record it. */
public enum Sex {
    MALE, FEMALE
}
