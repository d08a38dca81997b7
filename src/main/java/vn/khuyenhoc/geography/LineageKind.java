package vn.khuyenhoc.geography;

/** How a predecessor became its successor: merged into it, split among several, renamed, or moved. */
public enum LineageKind {
    MERGE, SPLIT, RENAME, TRANSFER
}
