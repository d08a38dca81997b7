package vn.khuyenhoc.web;

import jakarta.servlet.http.HttpServletRequest;

/** htmx helpers: one handler per page answers with the fragment when htmx asks for it. */
public final class Htmx {

    private Htmx() {
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }

    /** The whole page, or only the named fragment of it when htmx asked. */
    public static String view(HttpServletRequest request, String page, String fragment) {
        return isHtmx(request) ? page + " :: " + fragment : page;
    }
}
