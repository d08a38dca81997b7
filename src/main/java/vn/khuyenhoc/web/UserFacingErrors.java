package vn.khuyenhoc.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.khuyenhoc.shared.UserFacingException;

/**
 * Errors a user can cause, shown once for the whole app: a page in the user's language, a fragment for htmx,
 * or an RFC 9457 problem for the JSON API.
 */
@ControllerAdvice
class UserFacingErrors {

    private final MessageSource messages;

    UserFacingErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UserFacingException.class)
    Object handle(UserFacingException error, HttpServletRequest request, HttpServletResponse response,
                  Locale locale) {
        String message = messages.getMessage(error.messageKey(), error.arguments(), error.messageKey(), locale);
        HttpStatus status = HttpStatus.valueOf(error.status());
        if (request.getRequestURI().startsWith("/api/")) {
            var problem = ProblemDetail.forStatusAndDetail(status, message);
            problem.setProperty("code", error.messageKey());
            return ResponseEntity.status(status).body(problem);
        }
        response.setStatus(status.value());
        String view = Htmx.isHtmx(request) ? "error :: message" : "error";
        return new ModelAndView(view, Map.of("status", status.value(), "message", message), status);
    }
}
