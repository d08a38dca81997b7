package vn.khuyenhoc.registry.citizen;

import vn.khuyenhoc.registry.TargetGroup;

/**
 * One line of the citizens list: a person where they are a citizen, as an adult member of a household (the
 * village and the household's code) or on an organisation's staff (the organisation). A person in both places
 * has two lines, as they count once in each source of {@code registry_citizen_count_by_year}.
 */
record CitizenRow(long personId, String fullName, Integer birthYear, TargetGroup targetGroup, String source,
                  long unitId, String place, String householdCode, Long organisationId, boolean erased) {
}
