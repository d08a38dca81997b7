package vn.khuyenhoc.association.structure;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.association.Associations;
import vn.khuyenhoc.association.BoardForm;
import vn.khuyenhoc.association.BranchForm;
import vn.khuyenhoc.association.HolderKind;
import vn.khuyenhoc.association.OfficerForm;
import vn.khuyenhoc.association.OfficerPosition;
import vn.khuyenhoc.shared.NotFound;
import vn.khuyenhoc.web.Htmx;

/**
 * The associations of the user's area (a branch officer reads their commune's) and one association's page:
 * its lineage, branches, boards and officers, with the forms its commune's officers use to add to them.
 */
@Controller
@RequestMapping("/association")
class AssociationController {

    private final StructureQueries queries;
    private final StructureChoices choices;
    private final Associations associations;
    private final AreaGuard guard;

    AssociationController(StructureQueries queries, StructureChoices choices, Associations associations,
                          AreaGuard guard) {
        this.queries = queries;
        this.choices = choices;
        this.associations = associations;
        this.guard = guard;
    }

    @GetMapping
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER})
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model,
                HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("units", queries.page(q, Math.max(page, 0)));
        var role = guard.requireUser().role();
        model.addAttribute("canFound", role == ADMIN || role == PROVINCE_OFFICER || role == COMMUNE_OFFICER);
        return Htmx.view(request, "association/structure/list", "rows");
    }

    @GetMapping("/units/{id}")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "association")
    String detail(@PathVariable long id, Model model) {
        var unit = queries.find(id).orElseThrow(() -> new NotFound("association", id));
        boolean canWrite = guard.canWrite(unit.geoUnitId()) && unit.validTo() == null;
        model.addAttribute("unit", unit);
        model.addAttribute("predecessors", queries.predecessors(id));
        model.addAttribute("successors", queries.successors(id));
        model.addAttribute("branches", queries.branches(id));
        model.addAttribute("boards", queries.boards(id));
        model.addAttribute("officers", queries.officers(id));
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("positions", OfficerPosition.values());
        model.addAttribute("today", LocalDate.now());
        if (canWrite && unit.level().equals("COMMUNE")) {
            model.addAttribute("villages", choices.villages(unit.geoUnitId()));
            model.addAttribute("clans", choices.clans(unit.geoUnitId()));
            model.addAttribute("organisations", choices.organisations(unit.geoUnitId()));
        }
        return "association/structure/detail";
    }

    @PostMapping("/units/{id}/branches")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "association", write = true)
    String addBranch(@PathVariable long id, @Valid @ModelAttribute BranchForm form) {
        associations.addBranch(id, form);
        return "redirect:/association/units/" + id;
    }

    @PostMapping("/units/{id}/boards")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "association", write = true)
    String addBoard(@PathVariable long id, @Valid @ModelAttribute BoardForm form) {
        associations.addBoard(id, form);
        return "redirect:/association/units/" + id;
    }

    @PostMapping("/units/{id}/officers")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "id", kind = "association", write = true)
    String appoint(@PathVariable long id, @RequestParam(defaultValue = "UNIT") HolderKind holder,
                   @RequestParam(required = false) Long holderId, @RequestParam long personId,
                   @RequestParam OfficerPosition position,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termFrom,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termTo) {
        long of = holder == HolderKind.UNIT || holderId == null ? id : holderId;
        associations.appoint(new OfficerForm(holderId == null ? HolderKind.UNIT : holder, of, personId, position,
                termFrom, termTo));
        return "redirect:/association/units/" + id;
    }
}
