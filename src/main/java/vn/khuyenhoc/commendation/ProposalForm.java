package vn.khuyenhoc.commendation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A proposal sent in one step by a unit ({@code fromUnitId}) to a unit above it ({@code toUnitId}): its number
 * ("05/TTr-HKH"), the day it is sent and the list of items, each a form of commendation for a recipient with the
 * reason. Rows of a page's form left without a recipient are dropped by {@link #withoutBlankItems()}.
 */
public record ProposalForm(Integer year, Long fromUnitId, Long toUnitId, String number,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sentOn,
                           List<Item> items) {

    public ProposalForm withoutBlankItems() {
        return new ProposalForm(year, fromUnitId, toUnitId, number, sentOn, items == null ? List.of()
                : items.stream().filter(item -> item != null && item.recipientId() != null).toList());
    }

    public record Item(CommendationKind kind, RecipientKind recipientKind, Long recipientId, String reason) {
    }
}
