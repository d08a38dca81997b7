package vn.khuyenhoc.registry;

/** A living person found by name for another module's picker; {@code knownAs} says where (household · village). */
public record PersonMatch(long id, String fullName, Integer birthYear, String knownAs) {
}
