package vn.khuyenhoc.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signing in through the real login form with MockMvc and carrying the session on: the session lives in the
 * database (Spring Session), so it travels as its cookie; without Spring Session the mock session is reused.
 */
public final class TestSessions {

    private TestSessions() {
    }

    /** Signs in; the result applies the session to later requests. Fails when sign-in did not succeed. */
    public static RequestPostProcessor signIn(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        String target = result.getResponse().getRedirectedUrl();
        if (target == null || target.contains("/login")) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + target);
        }
        return session(result);
    }

    /** The session a response started (the cookie of Spring Session, or the mock session). */
    public static RequestPostProcessor session(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        if (cookie != null) {
            return request -> {
                request.setCookies(cookie);
                return request;
            };
        }
        var session = (MockHttpSession) result.getRequest().getSession(false);
        return request -> {
            request.setSession(session);
            return request;
        };
    }
}
