package vn.khuyenhoc.fund;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A donation or a payment. {@code amount} is in whole đồng (VND has no minor unit); goods given in kind carry
 * their value and a description. The party is the donor of a donation or the beneficiary of a payment: a person
 * of the registry, an organisation, or a free-text name. A blank receipt number gets the fund's next one.
 */
public record EntryForm(@NotNull EntryKind kind, @NotNull @Positive Long amount,
                        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                        @Size(max = 40) String receiptNumber, Boolean inKind, @Size(max = 300) String goods,
                        Long personId, Long organisationId, @Size(max = 200) String partyName,
                        @Size(max = 300) String reason, @Size(max = 500) String note) {
}
