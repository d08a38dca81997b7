package vn.khuyenhoc.shared;

/** The record asked for does not exist (or no longer does). */
public class NotFound extends UserFacingException {

    public NotFound(String what, Object id) {
        super(404, "error.notFound", what, id);
    }
}
