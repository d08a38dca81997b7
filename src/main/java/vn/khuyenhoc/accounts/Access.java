package vn.khuyenhoc.accounts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access rule of a handler, read by the one guard before the handler runs. A handler (or its controller)
 * without a rule is refused: deny by default.
 *
 * <pre>{@code @Access(value = {ADMIN, COMMUNE_OFFICER}, area = "id", write = true)}</pre>
 * allows the two roles, and only when the unit named by the path variable or parameter {@code id} lies in the
 * user's area; {@code write} also refuses read-only roles.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Access {

    /** The roles allowed. */
    Role[] value() default {};

    /** Every signed-in role is allowed (still within their area when {@link #area()} is set). */
    boolean allRoles() default false;

    /** Name of the path variable or request parameter holding the id to scope; empty when none. */
    String area() default "";

    /** Which {@link AreaResolver} turns that id into units: "unit" for administrative units. */
    String kind() default "unit";

    /** A change: refused to read-only roles. Every request other than GET, HEAD or OPTIONS is one anyway. */
    boolean write() default false;

    /**
     * The handler changes nothing but the caller's own account (their password), which read-only roles may do
     * too: their POST is not a change to anything in an area.
     */
    boolean ownAccount() default false;
}
