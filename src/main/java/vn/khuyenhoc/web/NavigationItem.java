package vn.khuyenhoc.web;

import java.util.Set;

/**
 * An entry of the main navigation, contributed by a module as a bean. Shown to users holding one of
 * {@code authorities} (e.g. "ROLE_ADMIN"); the guard still decides on the page itself.
 */
public record NavigationItem(String labelKey, String href, int order, Set<String> authorities) {
}
