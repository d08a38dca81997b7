package vn.khuyenhoc.statistics.web;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.statistics.BoundaryView;
import vn.khuyenhoc.statistics.CitizenGroupFigures;

/** The dashboard's table of citizens by target group, loaded by htmx when the focus title is Công dân học tập. */
@Controller
class CitizenGroupController {

    private final CitizenGroupFigures figures;

    CitizenGroupController(CitizenGroupFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/statistics/areas/{id}/citizen-groups")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id")
    String groups(@PathVariable long id, @RequestParam(required = false) Integer year,
                  @RequestParam(defaultValue = "AS_THE_MAP_WAS") BoundaryView view, Model model) {
        model.addAttribute("groups", figures.of(id, year == null ? LocalDate.now().getYear() : year, view));
        return "statistics/citizen-groups :: groups";
    }
}
