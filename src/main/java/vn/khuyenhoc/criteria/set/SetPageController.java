package vn.khuyenhoc.criteria.set;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.UNIT_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
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
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.criteria.CriteriaSet;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.criteria.SetCheck;
import vn.khuyenhoc.criteria.SetStatus;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.web.Htmx;

/**
 * The sets by title with their filters, a set's page (tree, rule, legal basis, status, rule check) and copying a
 * set into a new draft: its next version, or a province's variant. Every officer reads every set.
 */
@Controller
@RequestMapping("/criteria/sets")
class SetPageController {

    static final Set<Role> READERS = EnumSet.of(ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER,
            UNIT_OFFICER, VIEWER);
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final CriteriaSets sets;
    private final CriteriaEditor editor;
    private final SetListQueries queries;
    private final AreaGuard guard;

    SetPageController(CriteriaSets sets, CriteriaEditor editor, SetListQueries queries, AreaGuard guard) {
        this.sets = sets;
        this.editor = editor;
        this.queries = queries;
        this.guard = guard;
    }

    @GetMapping
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, UNIT_OFFICER, VIEWER})
    String list(@RequestParam(required = false) Title title, @RequestParam(required = false) SetStatus status,
                @RequestParam(defaultValue = "") String owner, @RequestParam(defaultValue = "") String q,
                Model model, HttpServletRequest request) {
        var filter = new SetFilter(title, status, owner, q);
        model.addAttribute("filter", filter);
        model.addAttribute("sets", queries.find(filter));
        model.addAttribute("titles", Title.values());
        model.addAttribute("statuses", SetStatus.values());
        model.addAttribute("canImport", isEditor());
        return Htmx.view(request, "criteria/list", "rows");
    }

    @GetMapping("/{id}")
    @Access({ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, UNIT_OFFICER, VIEWER})
    String detail(@PathVariable long id, Model model) {
        CriteriaSet set = sets.require(id);
        model.addAttribute("set", set);
        model.addAttribute("doc", set.content());
        model.addAttribute("findings", SetCheck.of(set.content()));
        model.addAttribute("publishedOn", set.publishedAt() == null ? null
                : LocalDate.ofInstant(set.publishedAt(), VIETNAM));
        boolean canWrite = isEditor() && guard.canWrite(owner(set));
        model.addAttribute("canEdit", canWrite && set.isDraft());
        model.addAttribute("canNewVersion", canWrite);
        model.addAttribute("provinces", variantOwners(set));
        return "criteria/detail";
    }

    /** A new draft: the next version of the set when {@code owner} is its own owner, else that province's variant. */
    @PostMapping("/{id}/copy")
    @Access(value = {ADMIN, PROVINCE_OFFICER}, write = true)
    String copy(@PathVariable long id, @RequestParam(required = false) Long owner, RedirectAttributes redirect) {
        long copy = editor.copy(id, owner);
        redirect.addFlashAttribute("flash", "criteria.flash.copied");
        return "redirect:/criteria/sets/" + copy + "/edit";
    }

    /** The provinces whose variant the user may make of the set: any for an administrator, else their own. */
    private List<SetListQueries.Province> variantOwners(CriteriaSet set) {
        var user = guard.requireUser();
        if (!isEditor()) {
            return List.of();
        }
        return queries.provinces().stream()
                .filter(p -> user.isAdmin() || (user.unitId() != null && p.id() == user.unitId()))
                .filter(p -> set.ownerUnitId() == null || p.id() != set.ownerUnitId()).toList();
    }

    private boolean isEditor() {
        var role = guard.requireUser().role();
        return role == ADMIN || role == PROVINCE_OFFICER;
    }

    static long owner(CriteriaSet set) {
        return set.ownerUnitId() == null ? AreaGuard.WHOLE_COUNTRY : set.ownerUnitId();
    }
}
