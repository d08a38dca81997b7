package vn.khuyenhoc.round.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.round.Evidence;
import vn.khuyenhoc.round.Registration;
import vn.khuyenhoc.round.Registrations;
import vn.khuyenhoc.round.ReviewOutcome;
import vn.khuyenhoc.round.Rounds;
import vn.khuyenhoc.round.ScoreSheets;
import vn.khuyenhoc.round.SheetForm;
import vn.khuyenhoc.round.SheetKind;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * A registration's score sheet, generated from the round's criteria set: a field per indicator (points, or met /
 * not met) with its evidence note, the result recomputed live with htmx, and the reviewer's outcome.
 */
@Controller
@RequestMapping("/rounds/registrations")
class SheetPageController {

    private final Registrations registrations;
    private final Rounds rounds;
    private final ScoreSheets sheets;
    private final CriteriaSets criteria;
    private final Evidence evidence;

    SheetPageController(Registrations registrations, Rounds rounds, ScoreSheets sheets, CriteriaSets criteria,
                        Evidence evidence) {
        this.evidence = evidence;
        this.registrations = registrations;
        this.rounds = rounds;
        this.sheets = sheets;
        this.criteria = criteria;
    }

    @GetMapping("/{id}")
    @Access(allRoles = true, area = "id", kind = "registration")
    String sheet(@PathVariable long id, @RequestParam(defaultValue = "SELF") SheetKind kind, Model model) {
        Registration registration = registrations.require(id);
        var round = rounds.require(registration.roundId());
        var saved = sheets.sheet(id, kind);
        model.addAttribute("registration", registration);
        model.addAttribute("round", round);
        model.addAttribute("kind", kind);
        model.addAttribute("set", criteria.require(round.criteriaSetId()).content());
        model.addAttribute("saved", saved.orElse(null));
        model.addAttribute("result", saved.map(s -> sheets.preview(id, toForm(s))).orElse(null));
        model.addAttribute("outcomes", ReviewOutcome.values());
        model.addAttribute("evidence", evidence.of(id));
        return "round/sheet";
    }

    @PostMapping("/{id}/preview")
    @Access(allRoles = true, area = "id", kind = "registration")
    String preview(@PathVariable long id, @RequestParam MultiValueMap<String, String> fields, Model model) {
        model.addAttribute("result", sheets.preview(id, read(fields, null)));
        return "round/sheet :: result";
    }

    @PostMapping("/{id}")
    @Access(allRoles = true, area = "id", kind = "registration", write = true)
    String save(@PathVariable long id, @RequestParam SheetKind kind,
                @RequestParam(required = false) Integer version, @RequestParam MultiValueMap<String, String> fields) {
        sheets.save(id, kind, read(fields, version));
        return "redirect:/rounds/registrations/" + id + "?kind=" + kind;
    }

    @PostMapping("/{id}/review")
    @Access(allRoles = true, area = "id", kind = "registration", write = true)
    String review(@PathVariable long id, @RequestParam ReviewOutcome outcome,
                  @RequestParam(required = false) String comment, @RequestParam int version) {
        sheets.review(id, outcome, comment, version);
        return "redirect:/rounds/registrations/" + id + "?kind=REVIEW";
    }

    private static SheetForm toForm(vn.khuyenhoc.round.SavedSheet saved) {
        return new SheetForm(saved.scores().points(), saved.scores().met(), saved.scores().figures(), saved.notes(),
                saved.version());
    }

    /** Fields named p.CODE (points), m.CODE (met), f.FIGURE (figures) and n.CODE (evidence notes). */
    static SheetForm read(MultiValueMap<String, String> fields, Integer version) {
        var points = new HashMap<String, BigDecimal>();
        var met = new HashMap<String, Boolean>();
        var figures = new HashMap<String, BigDecimal>();
        var notes = new HashMap<String, String>();
        fields.forEach((name, values) -> {
            String value = values.isEmpty() ? "" : values.get(values.size() - 1).trim();
            if (value.isEmpty() || name.length() < 3 || name.charAt(1) != '.') {
                return;
            }
            String code = name.substring(2);
            switch (name.charAt(0)) {
                case 'p' -> points.put(code, number(value));
                case 'm' -> met.put(code, Boolean.parseBoolean(value));
                case 'f' -> figures.put(code, number(value));
                case 'n' -> notes.put(code, value);
                default -> { }
            }
        });
        return new SheetForm(points, met, figures, notes, version);
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInput("round.sheet.notANumber", value);
        }
    }
}
