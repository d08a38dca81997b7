package vn.khuyenhoc.round;

/**
 * A member of a steering committee (thành viên ban chỉ đạo): an account of the area, named by its user name, or a
 * named person without an account, for whom an officer records.
 */
public record CommitteeMember(long id, long registrationId, String name, String username, String position) {
}
