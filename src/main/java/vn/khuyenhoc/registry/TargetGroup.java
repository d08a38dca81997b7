package vn.khuyenhoc.registry;

/**
 * The target groups of Công dân học tập: farmers and rural workers; workers, craftsmen and the self-employed;
 * officials, civil servants and public employees; and everyone else.
 */
public enum TargetGroup {
    FARMER, WORKER, OFFICIAL, OTHER
}
