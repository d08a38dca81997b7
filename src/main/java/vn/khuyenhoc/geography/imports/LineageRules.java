package vn.khuyenhoc.geography.imports;

import vn.khuyenhoc.geography.LineageKind;

/**
 * How a link of a reorganisation is classified, from the shape of the change: an old unit that went into
 * several new ones was split; a new unit made of several old ones (the survivor counting as one) is a merger;
 * otherwise a one-to-one link is a renaming when the name changed and a transfer when it did not.
 */
final class LineageRules {

    private LineageRules() {
    }

    static LineageKind classify(int targetsOfPredecessor, int predecessorsOfSuccessor, boolean renamed) {
        if (targetsOfPredecessor > 1) {
            return LineageKind.SPLIT;
        }
        if (predecessorsOfSuccessor > 1) {
            return LineageKind.MERGE;
        }
        return renamed ? LineageKind.RENAME : LineageKind.TRANSFER;
    }
}
