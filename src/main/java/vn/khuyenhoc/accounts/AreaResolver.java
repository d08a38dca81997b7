package vn.khuyenhoc.accounts;

import java.util.Collection;

/**
 * Turns the id of a record into the administrative units it belongs to, so that the guard can check an id of
 * any kind against the user's area. The geography module resolves "unit"; later modules add their own kinds
 * (a household resolves to its village). An empty answer means the record does not exist.
 */
public interface AreaResolver {

    String kind();

    Collection<Long> unitsOf(long id);

    /**
     * Whether a user whose scope is narrower than an area (a unit officer: one organisation; a citizen: their own
     * person record, see {@link Role#personalScope()}) may reach this record. Other roles are judged by area
     * alone. Deny by default: a kind that does not answer is out of reach of those users.
     */
    default boolean withinPersonalScope(CurrentUser user, long id) {
        return false;
    }

    /**
     * Records that belong to a whole unit and concern everyone under it (a commune's clans and organisations, to
     * which its villages' households belong) are also read by users whose area lies inside that unit: a branch
     * officer reads their commune's clans. Writing still needs the unit itself in the user's area.
     */
    default boolean readableFromBelow() {
        return false;
    }
}
