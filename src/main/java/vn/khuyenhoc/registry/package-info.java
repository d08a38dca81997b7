/**
 * The registry of the subjects of the learning titles: persons (one record each, whatever lists they appear
 * in), households (hộ gia đình) and their members, clans (dòng họ), organisations (đơn vị: agencies, schools,
 * enterprises, armed-forces units) and their staff, and citizens (công dân) with their target group. It also
 * keeps each household's consent to hold its data and erases a person on request. Records point at geography's
 * units by id; area checks go through the accounts guard, and per-record rules (a unit officer's organisation,
 * a citizen's own record) are checked here. Other modules read its data through the read-only views named
 * {@code registry_*} and its events, never its tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web", "geography", "accounts"})
package vn.khuyenhoc.registry;
