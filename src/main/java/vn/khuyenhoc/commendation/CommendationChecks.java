package vn.khuyenhoc.commendation;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.commendation.store.CommendationRecords;
import vn.khuyenhoc.commendation.store.CommendationRecords.Recipient;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Text;

/** What a commendation or a proposal must carry, and a recipient that exists and lies within the writer's reach. */
@Component
class CommendationChecks {

    private final CommendationRecords records;
    private final AreaGuard guard;

    CommendationChecks(CommendationRecords records, AreaGuard guard) {
        this.records = records;
        this.guard = guard;
    }

    Recipient recipient(RecipientKind kind, Long id) {
        if (kind == null || id == null) {
            throw new InvalidInput("commendation.recipient.missing");
        }
        Recipient recipient = records.recipient(kind.name(), id)
                .orElseThrow(() -> new InvalidInput("commendation.recipient.unknown"));
        if (recipient.unitId() != null && !guard.canRead(recipient.unitId())) {
            throw new InvalidInput("commendation.recipient.outOfReach");
        }
        return recipient;
    }

    static int year(Integer year) {
        if (year == null || year < 1990 || year > LocalDate.now().getYear() + 1) {
            throw new InvalidInput("commendation.year.invalid");
        }
        return year;
    }

    static String required(String text, String messageKey) {
        String value = Text.normaliseOrNull(text);
        if (value == null) {
            throw new InvalidInput(messageKey);
        }
        if (value.length() > 500) {
            throw new InvalidInput("commendation.text.tooLong");
        }
        return value;
    }

    /** The decision's issuing body, number and date, all required, the date not in the future. */
    static void decision(String body, String number, LocalDate date) {
        required(body, "commendation.decision.body");
        required(number, "commendation.decision.number");
        if (date == null || date.isAfter(LocalDate.now())) {
            throw new InvalidInput("commendation.decision.date");
        }
    }
}
