package vn.khuyenhoc.association.figures;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import java.io.IOException;
import java.time.Year;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.association.Populations;
import vn.khuyenhoc.geography.Units;

/**
 * The association's figures of an area (the user's own by default) for a year: branches per village, boards
 * per clan, members per branch and as a share of the population, which the area's officers enter here.
 */
@Controller
@RequestMapping("/association/figures")
class FiguresController {

    private final FigureQueries figures;
    private final Populations populations;
    private final AreaGuard guard;
    private final Units units;

    FiguresController(FigureQueries figures, Populations populations, AreaGuard guard, Units units) {
        this.figures = figures;
        this.populations = populations;
        this.guard = guard;
        this.units = units;
    }

    @GetMapping
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "unit")
    String page(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year, Model model) {
        long area = unit != null ? unit : defaultArea();
        int shown = year == null ? Year.now().getValue() : year;
        model.addAttribute("figures", figures.figures(area, shown));
        model.addAttribute("area", units.on(area, java.time.LocalDate.now()).orElse(null));
        model.addAttribute("canEnter", guard.canWrite(area) && guard.requireUser().role() != BRANCH_OFFICER);
        return "association/figures/page";
    }

    @PostMapping("/population")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "unit", write = true)
    String population(@RequestParam long unit, @RequestParam int year, @RequestParam long population) {
        populations.record(unit, year, population);
        return "redirect:/association/figures?unit=" + unit + "&year=" + year;
    }

    @PostMapping("/populations/import")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, write = true)
    String importPopulations(@RequestParam(required = false) Long unit,
                             @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        var problems = populations.importSheet(file == null ? null : file.getBytes());
        if (problems.isEmpty()) {
            return "redirect:/association/figures" + (unit == null ? "" : "?unit=" + unit);
        }
        model.addAttribute("problems", problems);
        return page(unit, null, model);
    }

    /** An officer's own area; an administrator (who has none) starts at the first open association's. */
    private long defaultArea() {
        Long own = guard.requireUser().unitId();
        return own != null ? own : figures.firstAssociationArea();
    }
}
