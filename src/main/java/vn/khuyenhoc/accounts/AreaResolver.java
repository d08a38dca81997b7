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
}
