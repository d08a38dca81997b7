package vn.khuyenhoc.accounts.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the guard in front of every handler; the password check runs first so a forced change comes first. */
@Configuration(proxyBeanMethods = false)
class GuardConfiguration implements WebMvcConfigurer {

    private final GuardInterceptor guard;
    private final PasswordChangeRequiredInterceptor passwordChange;

    GuardConfiguration(GuardInterceptor guard, PasswordChangeRequiredInterceptor passwordChange) {
        this.guard = guard;
        this.passwordChange = passwordChange;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(passwordChange).excludePathPatterns("/logout", "/webjars/**", "/css/**", "/js/**");
        registry.addInterceptor(guard);
    }
}
