package vn.khuyenhoc.geography.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.geography.LineageKind;
import vn.khuyenhoc.geography.LineageLinks;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * Entering a lineage link by hand (an earlier local change): two existing units, the day, the kind and, for a
 * split, the share. Units are found by code or name among those valid on the right side of the day.
 */
@Controller
@RequestMapping("/geography/lineage")
class LineageController {

    private static final String FORM = "geography/lineage/form";
    private final LineageLinks links;
    private final SetAsides setAsides;
    private final MessageSource messages;

    LineageController(LineageLinks links, SetAsides setAsides, MessageSource messages) {
        this.links = links;
        this.setAsides = setAsides;
        this.messages = messages;
    }

    /** The form, bound from the request; never a stored entity. */
    record LinkForm(Long predecessorId, Long successorId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
                    LineageKind kind, BigDecimal share, String note) {
    }

    @GetMapping("/new")
    @Access(Role.ADMIN)
    String form(@ModelAttribute("form") LinkForm form, Model model) {
        model.addAttribute("kinds", LineageKind.values());
        return FORM;
    }

    @PostMapping("/new")
    @Access(value = Role.ADMIN, write = true)
    String create(@ModelAttribute("form") LinkForm form, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            if (form.predecessorId() == null || form.successorId() == null || form.effectiveDate() == null
                    || form.kind() == null) {
                throw new InvalidInput("geography.lineage.incomplete");
            }
            links.link(new LineageLinks.NewLink(form.predecessorId(), form.successorId(), form.effectiveDate(),
                    form.kind(), form.share(), form.note()));
        } catch (InvalidInput refused) {
            model.addAttribute("error", messages.getMessage(refused.messageKey(), refused.arguments(),
                    refused.messageKey(), locale));
            return form(form, model);
        }
        redirect.addFlashAttribute("flash", "geography.lineage.created");
        return "redirect:/geography/units/" + form.successorId();
    }

    /** Units to choose from, as radio buttons named {@code field}: a fragment for htmx. */
    @GetMapping("/candidates")
    @Access(Role.ADMIN)
    String candidates(@RequestParam(defaultValue = "") String q,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
                      @RequestParam(defaultValue = "successor") String side,
                      @RequestParam(defaultValue = "unitId") String field, Model model) {
        LocalDate effective = effectiveDate == null ? DateRange.REFORM : effectiveDate;
        model.addAttribute("q", q);
        model.addAttribute("field", field.matches("[a-zA-Z]{1,40}") ? field : "unitId");
        model.addAttribute("candidates", setAsides.candidates(q, LinkSides.dayOf(side, effective)));
        return "geography/lineage/candidates :: candidates";
    }
}
