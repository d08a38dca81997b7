package vn.khuyenhoc.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.khuyenhoc.registry.common.PersonData;

/**
 * Everything the registry holds about one person: the record itself, the households they belong or belonged to,
 * their positions on the staff of organisations and the consents of their households. An erased person keeps
 * only the id, the year of birth, the target group and the dated memberships.
 */
public record PersonDetail(long id, String fullName, Integer birthYear, Sex sex, String phone, String occupation,
                           TargetGroup targetGroup, SchoolLevel schoolLevel, OffsetDateTime erasedAt, int version,
                           List<Membership> memberships, List<Position> positions, List<Consent> consents) {

    public boolean erased() {
        return erasedAt != null;
    }

    public PersonData data() {
        return new PersonData(fullName, birthYear, sex, phone, occupation, targetGroup, schoolLevel);
    }

    public PersonDetail with(List<Membership> memberships, List<Position> positions, List<Consent> consents) {
        return new PersonDetail(id, fullName, birthYear, sex, phone, occupation, targetGroup, schoolLevel, erasedAt,
                version, memberships, positions, consents);
    }

    /** Membership of a household, with the village the household lives in (or lived in last). */
    public record Membership(long householdId, String householdCode, long villageId, String villageName,
                             Relation relation, LocalDate joinedOn, LocalDate leftOn) {

        public boolean current() {
            return leftOn == null || !leftOn.isBefore(LocalDate.now());
        }
    }

    /** A position on the staff of an organisation, with the organisation's commune. */
    public record Position(long organisationId, String organisationCode, String organisationName, long communeId,
                           String communeName, String position, LocalDate joinedOn, LocalDate leftOn) {

        public boolean current() {
            return leftOn == null || !leftOn.isBefore(LocalDate.now());
        }
    }

    /** A household's consent to keep its data; {@code recordedBy} is the id of the account that recorded it. */
    public record Consent(long householdId, String householdCode, LocalDate givenOn, String textVersion,
                          long recordedBy, OffsetDateTime recordedAt, LocalDate withdrawnOn) {
    }
}
