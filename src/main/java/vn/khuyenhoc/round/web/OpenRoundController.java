package vn.khuyenhoc.round.web;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.round.RoundForm;
import vn.khuyenhoc.round.Rounds;
import vn.khuyenhoc.web.Htmx;

/**
 * Opening a round in the officer's own area: the title and year choose the sets in force (reloaded with htmx),
 * the deadlines default to the usual calendar (registration by 31/03, self-assessment by 30/11, review by 31/12,
 * the decision by 31/03 of the next year).
 */
@Controller
class OpenRoundController {

    private final Rounds rounds;
    private final AreaGuard guard;

    OpenRoundController(Rounds rounds, AreaGuard guard) {
        this.rounds = rounds;
        this.guard = guard;
    }

    @GetMapping("/rounds/new")
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER})
    String form(@RequestParam(defaultValue = "GIA_DINH") Title title, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Long area, HttpServletRequest request, Model model) {
        int chosenYear = year == null ? LocalDate.now().getYear() : year;
        Long unit = area != null ? area : guard.requireUser().unitId();
        model.addAttribute("title", title);
        model.addAttribute("year", chosenYear);
        model.addAttribute("area", unit);
        model.addAttribute("titles", List.of(Title.values()).stream().filter(t -> t != Title.TTHTCD).toList());
        model.addAttribute("sets", unit == null ? List.of() : rounds.setsFor(title, chosenYear, unit));
        return Htmx.view(request, "round/open", "sets");
    }

    @PostMapping("/rounds")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, write = true)
    String open(@RequestParam Title title, @RequestParam int year, @RequestParam long area, @RequestParam long set,
                @RequestParam(required = false) String name, @RequestParam(defaultValue = "false") boolean pilot,
                @RequestParam(required = false) List<Long> pilotUnits,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registrationUntil,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate selfAssessmentUntil,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewUntil,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionUntil) {
        long id = rounds.open(new RoundForm(year, title, area, name, set, pilot, pilotUnits, registrationUntil,
                selfAssessmentUntil, reviewUntil, decisionUntil));
        return "redirect:/rounds/" + id;
    }
}
