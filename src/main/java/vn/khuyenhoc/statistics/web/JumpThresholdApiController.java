package vn.khuyenhoc.statistics.web;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.statistics.JumpThresholds;

/** The year-on-year jump threshold of an area's findings as JSON. */
@RestController
@RequestMapping("/api/v1/statistics/areas/{id}/jump-threshold")
class JumpThresholdApiController {

    /** Percentage points, e.g. 12.5. */
    record ThresholdForm(BigDecimal points) {
    }

    private final JumpThresholds thresholds;

    JumpThresholdApiController(JumpThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @GetMapping
    @Operation(summary = "The jump threshold that applies to an area and the area that set it (none: the default)")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id")
    JumpThresholds.Applying applying(@PathVariable long id) {
        return thresholds.applying(id);
    }

    @PutMapping
    @Operation(summary = "Sets a province's or commune's own jump threshold (percentage points)")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", write = true)
    JumpThresholds.Applying set(@PathVariable long id, @RequestBody ThresholdForm form) {
        if (form == null || form.points() == null) {
            throw new InvalidInput("statistics.finding.threshold.invalid");
        }
        thresholds.set(id, form.points());
        return thresholds.applying(id);
    }
}
