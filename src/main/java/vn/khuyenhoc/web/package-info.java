/**
 * The web shell: page layout, navigation, language (Vietnamese first, English second), error pages and
 * flash messages, and the htmx helpers. It knows no feature: modules contribute {@link NavigationItem}s and
 * throw {@link vn.khuyenhoc.shared.UserFacingException}s, which are shown here in the user's language.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package vn.khuyenhoc.web;
