package vn.khuyenhoc.criteria.editor;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.criteria.CriteriaSet;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.criteria.HeaderForm;
import vn.khuyenhoc.criteria.Measure;
import vn.khuyenhoc.criteria.NodeForm;
import vn.khuyenhoc.criteria.Reason;
import vn.khuyenhoc.criteria.SetCheck;
import vn.khuyenhoc.criteria.UnescoTag;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.web.Htmx;

/**
 * The editor of a draft set. Each change (header and rule, a node added, changed, moved, removed) is saved at
 * once and answers the editor fragment again, so the total and the rule check are always those of what is
 * stored; a refused change is shown above the editor. {@code rev} is the draft's row version the page showed.
 */
@Controller
@RequestMapping("/criteria/sets/{id}")
@Access(value = {ADMIN, PROVINCE_OFFICER}, area = "id", kind = "criteria-set", write = true)
class EditorController {

    private final CriteriaSets sets;
    private final CriteriaEditor editor;

    EditorController(CriteriaSets sets, CriteriaEditor editor) {
        this.sets = sets;
        this.editor = editor;
    }

    @GetMapping("/edit")
    String edit(@PathVariable long id, Model model) {
        CriteriaSet set = sets.require(id);
        if (!set.isDraft()) {
            return "redirect:/criteria/sets/" + id;
        }
        return page(set, model, null);
    }

    @PostMapping("/header")
    String header(@PathVariable long id, @RequestParam(defaultValue = "-1") int rev,
                  @ModelAttribute HeaderForm form, Model model, HttpServletRequest request) {
        return change(id, model, request, () -> editor.updateHeader(id, rev, form));
    }

    @PostMapping("/nodes")
    String add(@PathVariable long id, @RequestParam(defaultValue = "-1") int rev,
               @RequestParam(required = false) Long parent, @ModelAttribute NodeForm form, Model model,
               HttpServletRequest request) {
        return change(id, model, request, () -> editor.addNode(id, rev, parent, form));
    }

    @PostMapping("/nodes/{nodeId}")
    String update(@PathVariable long id, @PathVariable long nodeId, @RequestParam(defaultValue = "-1") int rev,
                  @ModelAttribute NodeForm form, Model model, HttpServletRequest request) {
        return change(id, model, request, () -> editor.updateNode(id, rev, nodeId, form));
    }

    @PostMapping("/nodes/{nodeId}/move")
    String move(@PathVariable long id, @PathVariable long nodeId, @RequestParam(defaultValue = "-1") int rev,
                @RequestParam(defaultValue = "true") boolean up, Model model, HttpServletRequest request) {
        return change(id, model, request, () -> editor.moveNode(id, rev, nodeId, up));
    }

    @PostMapping("/nodes/{nodeId}/remove")
    String remove(@PathVariable long id, @PathVariable long nodeId, @RequestParam(defaultValue = "-1") int rev,
                  Model model, HttpServletRequest request) {
        return change(id, model, request, () -> editor.removeNode(id, rev, nodeId));
    }

    /** Publishes the draft and goes to its page; a rule-check error keeps the editor open and says why. */
    @PostMapping("/publish")
    String publish(@PathVariable long id, @RequestParam(defaultValue = "-1") int rev, Model model,
                   HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            editor.publish(id, rev);
        } catch (InvalidInput e) {
            return view(sets.require(id), model, request, Reason.of(e.messageKey(), e.arguments()));
        }
        redirect.addFlashAttribute("flash", "criteria.flash.published");
        if (Htmx.isHtmx(request)) {
            response.setHeader("HX-Redirect", "/criteria/sets/" + id);
            page(sets.require(id), model, null);
            return "criteria/editor :: editor";
        }
        return "redirect:/criteria/sets/" + id;
    }

    private String change(long id, Model model, HttpServletRequest request, Runnable change) {
        Reason problem = null;
        try {
            change.run();
        } catch (InvalidInput e) {
            problem = Reason.of(e.messageKey(), e.arguments());
        }
        return view(sets.require(id), model, request, problem);
    }

    private String view(CriteriaSet set, Model model, HttpServletRequest request, Reason problem) {
        page(set, model, problem);
        return Htmx.view(request, "criteria/editor", "editor");
    }

    private String page(CriteriaSet set, Model model, Reason problem) {
        model.addAttribute("set", set);
        model.addAttribute("doc", set.content());
        model.addAttribute("header", HeaderForm.of(set.content()));
        model.addAttribute("findings", SetCheck.of(set.content()));
        model.addAttribute("problem", problem);
        model.addAttribute("measures", Measure.values());
        model.addAttribute("tags", UnescoTag.values());
        return "criteria/editor";
    }
}
