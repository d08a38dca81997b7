package vn.khuyenhoc.association.member;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.association.StatusRules;
import vn.khuyenhoc.association.member.MembershipRecords.RuleRow;

/** The membership-status rules as JSON, with the same rules as the page. */
@RestController
class StatusRuleApiController {

    private final StatusRules rules;

    StatusRuleApiController(StatusRules rules) {
        this.rules = rules;
    }

    record NewRule(LocalDate validFrom, Integer lapseAfterMonths, String note) {
    }

    @GetMapping("/api/v1/membership-rules")
    @Operation(summary = "The dated membership-status rules, oldest first")
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER})
    List<RuleRow> list() {
        return rules.all();
    }

    @PostMapping("/api/v1/membership-rules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Starts a new rule on a day not yet passed; the open one ends the day before (administrators)")
    @Access(value = ADMIN, write = true)
    RuleRow start(@RequestBody NewRule rule) {
        long id = rules.start(rule.validFrom(), rule.lapseAfterMonths(), rule.note());
        return rules.all().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }
}
