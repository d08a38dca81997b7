package vn.khuyenhoc.geography.imports;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.geography.LineageLinks;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * The set-aside work list: what imports could not place, resolved by an administrator choosing the unit that
 * fits (found by code or name) or closing the item with a note.
 */
@Controller
@RequestMapping("/geography/set-aside")
class SetAsideController {

    private final SetAsides setAsides;
    private final LineageLinks links;

    SetAsideController(SetAsides setAsides, LineageLinks links) {
        this.setAsides = setAsides;
        this.links = links;
    }

    @GetMapping
    @Access(Role.ADMIN)
    String list(@RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "0") int page,
                @RequestParam(required = false) Long item, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("open", open);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pageSize", SetAsides.PAGE_SIZE);
        model.addAttribute("openCount", setAsides.count(true));
        model.addAttribute("resolvedCount", setAsides.count(false));
        model.addAttribute("items", setAsides.list(open, page));
        if (item != null && q != null) {
            // without JavaScript the search for a unit reloads the page with the candidates of one item
            var searched = setAsides.get(item);
            model.addAttribute("searchedItem", item);
            model.addAttribute("q", q);
            model.addAttribute("field", "unitId");
            model.addAttribute("candidates", setAsides.candidates(q, LinkSides.searchDay(searched)));
        }
        return "geography/setaside/list";
    }

    @PostMapping("/{id}/resolve")
    @Access(value = Role.ADMIN, write = true)
    String resolve(@PathVariable long id, @RequestParam(required = false) Long unitId,
                   @RequestParam(required = false) String note, RedirectAttributes redirect) {
        if (unitId == null) {
            throw new InvalidInput("geography.setAside.chooseUnit");
        }
        links.resolveWithUnit(id, unitId, note);
        redirect.addFlashAttribute("flash", "geography.setAside.resolved");
        return "redirect:/geography/set-aside";
    }

    @PostMapping("/{id}/close")
    @Access(value = Role.ADMIN, write = true)
    String close(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        links.resolveWithNote(id, note);
        redirect.addFlashAttribute("flash", "geography.setAside.resolved");
        return "redirect:/geography/set-aside";
    }
}
