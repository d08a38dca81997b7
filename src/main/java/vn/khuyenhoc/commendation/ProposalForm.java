package vn.khuyenhoc.commendation;

import java.time.LocalDate;
import java.util.List;

/**
 * A proposal sent in one step by a unit ({@code fromUnitId}) to a unit above it ({@code toUnitId}): its number
 * ("05/TTr-HKH"), the day it is sent and the list of items, each a form of commendation for a recipient with the
 * reason.
 */
public record ProposalForm(Integer year, Long fromUnitId, Long toUnitId, String number, LocalDate sentOn,
                           List<Item> items) {

    public record Item(CommendationKind kind, RecipientKind recipientKind, Long recipientId, String reason) {
    }
}
