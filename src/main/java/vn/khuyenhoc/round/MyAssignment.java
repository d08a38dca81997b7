package vn.khuyenhoc.round;

/** An indicator the signed-in member gathers, as their inbox shows it with the form to record it. */
public record MyAssignment(long registrationId, String subjectName, String nodeCode, String indicator,
                           String measure, boolean recorded, int version) {
}
