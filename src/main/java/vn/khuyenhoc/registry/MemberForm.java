package vn.khuyenhoc.registry;

import java.time.LocalDate;
import vn.khuyenhoc.registry.common.PersonData;

/**
 * A member of a household: the person, their relation to the head and the day they joined (today when empty).
 * {@code version} is the person record's version the form started from (null on a new member).
 */
public record MemberForm(PersonData person, Relation relation, LocalDate joinedOn, Integer version) {
}
