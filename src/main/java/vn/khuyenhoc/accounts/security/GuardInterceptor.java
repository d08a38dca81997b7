package vn.khuyenhoc.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.accounts.PublicPage;
import vn.khuyenhoc.shared.NotFound;

/**
 * The guard at the door of every handler, pages and {@code /api/v1} alike (ADR 0003). It reads the handler's
 * {@link Access} rule and refuses when there is none (deny by default), when the user's role is not listed,
 * when a read-only role asks for a change, or when the id the rule names lies outside the user's area.
 */
@Component
class GuardInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(GuardInterceptor.class);
    private final AreaGuard guard;

    GuardInterceptor(AreaGuard guard) {
        this.guard = guard;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || isFrameworkHandler(method)) {
            return true;
        }
        if (rule(method, PublicPage.class) != null) {
            return true;
        }
        CurrentUser user = guard.requireUser();
        Access access = rule(method, Access.class);
        if (access == null) {
            log.error("Refused {} {}: handler {} has no @Access rule", request.getMethod(),
                    request.getRequestURI(), method);
            throw new AccessDenied();
        }
        boolean write = !access.ownAccount() && (access.write() || !isSafe(request));
        if (!(access.allRoles() || Arrays.asList(access.value()).contains(user.role())) || (write && user.role().readOnly())) {
            throw new AccessDenied();
        }
        checkArea(request, access, write);
        return true;
    }

    private void checkArea(HttpServletRequest request, Access access, boolean write) {
        if (access.area().isEmpty()) {
            return;
        }
        String raw = areaValue(request, access.area());
        if (raw == null || raw.isBlank()) {
            return; // the handler falls back to the user's own area
        }
        long id;
        try {
            id = Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new NotFound(access.kind(), raw);
        }
        boolean allowed = guard.allows(access.kind(), id, write).orElseThrow(() -> new NotFound(access.kind(), id));
        if (!allowed) {
            throw new AccessDenied();
        }
    }

    @SuppressWarnings("unchecked")
    private static String areaValue(HttpServletRequest request, String name) {
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables != null && variables.containsKey(name)) {
            return variables.get(name);
        }
        return request.getParameter(name);
    }

    private static boolean isSafe(HttpServletRequest request) {
        return switch (request.getMethod()) {
            case "GET", "HEAD", "OPTIONS" -> true;
            default -> false;
        };
    }

    /** Spring's own error page and the OpenAPI documents are not features; they carry no rule of ours. */
    private static boolean isFrameworkHandler(HandlerMethod method) {
        String name = method.getBeanType().getName();
        return name.startsWith("org.springframework.boot.") || name.startsWith("org.springdoc.");
    }

    private static <A extends java.lang.annotation.Annotation> A rule(HandlerMethod method, Class<A> type) {
        A onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), type);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), type);
    }
}
