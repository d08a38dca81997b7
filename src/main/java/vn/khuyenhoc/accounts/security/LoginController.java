package vn.khuyenhoc.accounts.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.khuyenhoc.accounts.PublicPage;

@Controller
@PublicPage
class LoginController {

    @GetMapping("/login")
    String login() {
        return "accounts/login";
    }
}
