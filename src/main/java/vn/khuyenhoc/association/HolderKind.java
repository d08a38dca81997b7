package vn.khuyenhoc.association;

/** What an officer serves: an association unit, a branch or a board. */
public enum HolderKind {
    UNIT, BRANCH, BOARD
}
