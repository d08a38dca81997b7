package vn.khuyenhoc.association.member;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.association.StatusRules;

/** The dated rules of membership status: read by every officer, changed by administrators. */
@Controller
class StatusRuleController {

    private final StatusRules rules;
    private final AreaGuard guard;

    StatusRuleController(StatusRules rules, AreaGuard guard) {
        this.rules = rules;
        this.guard = guard;
    }

    @GetMapping("/association/rules")
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER})
    String list(Model model) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("canChange", guard.requireUser().isAdmin());
        model.addAttribute("tomorrow", LocalDate.now().plusDays(1));
        return "association/rules/list";
    }

    @PostMapping("/association/rules")
    @Access(value = ADMIN, write = true)
    String start(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                 @RequestParam(required = false) Integer lapseAfterMonths,
                 @RequestParam(required = false) String note, RedirectAttributes redirect) {
        rules.start(validFrom, lapseAfterMonths, note);
        redirect.addFlashAttribute("flash", "association.rule.started");
        return "redirect:/association/rules";
    }
}
