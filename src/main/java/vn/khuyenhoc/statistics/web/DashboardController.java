package vn.khuyenhoc.statistics.web;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import vn.khuyenhoc.statistics.BoundaryView;
import vn.khuyenhoc.statistics.Statistics;
import vn.khuyenhoc.web.Htmx;

/** The dashboard of an area: rates against targets, trend, child areas ranked, findings; drill down and up. */
@Controller
@RequestMapping("/statistics")
class DashboardController {

    private final DashboardQueries dashboards;
    private final Statistics statistics;
    private final AreaGuard guard;
    private final JdbcClient jdbc;
    private final FindingLines lines;

    DashboardController(DashboardQueries dashboards, Statistics statistics, AreaGuard guard, JdbcClient jdbc,
                        FindingLines lines) {
        this.lines = lines;
        this.dashboards = dashboards;
        this.statistics = statistics;
        this.guard = guard;
        this.jdbc = jdbc;
    }

    /** Opens the dashboard of the user's own area (an administrator's: the first province). */
    @GetMapping
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER})
    String home() {
        Long unit = guard.requireUser().unitId();
        if (unit == null) {
            unit = jdbc.sql("select unit_id from geography_unit_current where kind = 'PROVINCE' and not closed "
                    + "order by code limit 1").query(Long.class).single();
        }
        return "redirect:/statistics/areas/" + unit;
    }

    @GetMapping("/areas/{id}")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id")
    String dashboard(@PathVariable long id, @RequestParam(required = false) Integer year,
                     @RequestParam(defaultValue = "GIA_DINH") String title,
                     @RequestParam(defaultValue = "AS_THE_MAP_WAS") BoundaryView view,
                     HttpServletRequest request, Model model) {
        int y = year == null ? LocalDate.now().getYear() : year;
        String focus = DashboardQueries.TITLES.contains(title) ? title : "GIA_DINH";
        Dashboard dashboard = dashboards.of(id, y, focus, view);
        model.addAttribute("d", dashboard);
        model.addAttribute("allTitles", DashboardQueries.TITLES);
        model.addAttribute("trendJson", ChartData.trend(dashboard));
        model.addAttribute("rankJson", ChartData.ranked(dashboard));
        model.addAttribute("findingLines", lines.of(dashboard.findings()));
        model.addAttribute("isAdmin", guard.requireUser().isAdmin());
        return Htmx.view(request, "statistics/dashboard", "body");
    }

    @PostMapping("/recompute")
    @Access(value = ADMIN, write = true)
    String recompute(@RequestParam int year, @RequestParam long area, RedirectAttributes redirect) {
        int rows = statistics.recompute(year);
        redirect.addFlashAttribute("recomputed", rows);
        return "redirect:/statistics/areas/" + area + "?year=" + year;
    }
}
