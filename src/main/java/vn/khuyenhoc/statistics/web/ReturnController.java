package vn.khuyenhoc.statistics.web;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.statistics.ReturnForm;
import vn.khuyenhoc.statistics.Returns;
import vn.khuyenhoc.statistics.TargetForm;
import vn.khuyenhoc.statistics.Targets;

/** Typing an aggregate return for an area or one of its child areas, and setting the area's own target. */
@Controller
@RequestMapping("/statistics/areas/{id}")
class ReturnController {

    private final Returns returns;
    private final Targets targets;
    private final AreaGuard guard;
    private final JdbcClient jdbc;

    ReturnController(Returns returns, Targets targets, AreaGuard guard, JdbcClient jdbc) {
        this.returns = returns;
        this.targets = targets;
        this.guard = guard;
        this.jdbc = jdbc;
    }

    record UnitChoice(long id, String name) {
    }

    @GetMapping("/returns/new")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id")
    String form(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("areaId", id);
        model.addAttribute("year", year == null ? LocalDate.now().getYear() - 1 : year);
        model.addAttribute("units", units(id));
        model.addAttribute("titles", DashboardQueries.TITLES);
        model.addAttribute("targets", targets.listed(id));
        return "statistics/return-form";
    }

    @PostMapping("/returns")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, area = "id", write = true)
    String file(@PathVariable long id, @Valid ReturnForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            throw new InvalidInput("statistics.return.incomplete");
        }
        if (!guard.canWrite(form.unitId())) {
            throw new InvalidInput("statistics.return.outsideArea");
        }
        returns.file(form);
        redirect.addFlashAttribute("flash", "statistics.return.saved");
        return "redirect:/statistics/areas/" + id + "/returns/new?year=" + form.year();
    }

    @PostMapping("/targets")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", write = true)
    String target(@PathVariable long id, @Valid TargetForm form, BindingResult errors) {
        if (errors.hasErrors() || form.unitId() != id) {
            throw new InvalidInput("statistics.target.incomplete");
        }
        targets.set(form);
        return "redirect:/statistics/areas/" + id + "/returns/new?year=" + form.year();
    }

    private List<UnitChoice> units(long area) {
        return jdbc.sql("""
                select u.unit_id, u.name from geography_unit_current u
                where u.unit_id = :area or (u.parent_id = :area and not u.closed)
                order by u.unit_id <> :area, u.name""")
                .param("area", area).query((rs, n) -> new UnitChoice(rs.getLong(1), rs.getString(2))).list();
    }
}
