package vn.khuyenhoc.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/** A user whose password was set or reset by someone else must choose their own before doing anything else. */
@Component
class PasswordChangeRequiredInterceptor implements HandlerInterceptor {

    static final String PASSWORD_PAGE = "/account/password";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && user.mustChangePassword() && !request.getRequestURI().startsWith(PASSWORD_PAGE)
                && !request.getRequestURI().startsWith("/api/")) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return false;
        }
        return true;
    }
}
