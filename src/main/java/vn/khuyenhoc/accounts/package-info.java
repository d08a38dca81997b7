/**
 * Accounts (tài khoản): users, their role and their area, sign-in, and the one scope guard that every page and
 * API call passes. A user's scope is plain values: a unit id (whose paths on today's map are read from the
 * geography module's public view {@code geography_unit_scope}) and, for later modules, an organisation or a
 * person id. Deny by default: a handler without an {@link vn.khuyenhoc.accounts.Access} rule is refused.
 * Depends on {@code shared} and {@code web} only; feature modules depend on it, never the reverse.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web"})
package vn.khuyenhoc.accounts;
