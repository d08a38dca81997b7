package vn.khuyenhoc.web;

import java.util.function.IntSupplier;

/**
 * A number shown beside a navigation entry (e.g. reminders waiting), contributed by a module as a bean. It is
 * counted only when a page with the navigation is drawn, for the signed-in user; zero shows nothing.
 */
public record NavigationCount(String href, IntSupplier count) {
}
