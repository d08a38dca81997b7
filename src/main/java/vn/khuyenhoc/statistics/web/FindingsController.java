package vn.khuyenhoc.statistics.web;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.statistics.Findings;
import vn.khuyenhoc.statistics.JumpThresholds;

/** The page of findings of an area and year, with the jump threshold a province or commune sets for its area. */
@Controller
@RequestMapping("/statistics/areas/{id}/findings")
class FindingsController {

    private static final Set<String> SETTING_LEVELS = Set.of("PROVINCE", "COMMUNE");

    private final Findings findings;
    private final FindingLines lines;
    private final JumpThresholds thresholds;
    private final AreaPlaces places;
    private final AreaGuard guard;

    FindingsController(Findings findings, FindingLines lines, JumpThresholds thresholds, AreaPlaces places,
                       AreaGuard guard) {
        this.findings = findings;
        this.lines = lines;
        this.thresholds = thresholds;
        this.places = places;
        this.guard = guard;
    }

    @GetMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id")
    String findings(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now().getYear() : year;
        model.addAttribute("areaId", id);
        model.addAttribute("year", y);
        model.addAttribute("findings", lines.of(findings.of(id, y)));
        var applying = thresholds.applying(id);
        model.addAttribute("threshold", points(applying.points()));
        model.addAttribute("thresholdSetBy", applying.setFor() == null ? null
                : applying.setFor() == id ? "" : places.place(applying.setFor()).name());
        model.addAttribute("canSetThreshold", guard.canWrite(id)
                && SETTING_LEVELS.contains(places.place(id).kind()));
        return "statistics/findings";
    }

    @PostMapping("/threshold")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", write = true)
    String threshold(@PathVariable long id, @RequestParam(required = false) BigDecimal points,
                     @RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        if (points == null) {
            throw new InvalidInput("statistics.finding.threshold.invalid");
        }
        thresholds.set(id, points);
        redirect.addFlashAttribute("flash", "statistics.finding.threshold.saved");
        return "redirect:/statistics/areas/" + id + "/findings" + (year == null ? "" : "?year=" + year);
    }

    /** "20", "12,5": percentage points Vietnamese style. */
    static String points(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
