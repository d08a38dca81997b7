package vn.khuyenhoc.round.web;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.round.ChainStep;
import vn.khuyenhoc.round.Level;
import vn.khuyenhoc.round.Rounds;
import vn.khuyenhoc.round.Step;

/**
 * The approval chains of the titles, national default beside the province's own, where a province officer changes
 * the level of a step for their province. An administrator names the province; a province officer sees their own.
 */
@Controller
class ChainController {

    private final Rounds rounds;
    private final AreaGuard guard;

    ChainController(Rounds rounds, AreaGuard guard) {
        this.rounds = rounds;
        this.guard = guard;
    }

    record LevelRequest(Level level) {
    }

    @GetMapping("/rounds/chains")
    @Access({ADMIN, PROVINCE_OFFICER})
    String page(@RequestParam(required = false) Long province, Model model) {
        Long shown = provinceOf(province);
        var byTitle = new LinkedHashMap<Title, List<ChainStep>>();
        rounds.chainSteps(shown).forEach(step ->
                byTitle.computeIfAbsent(step.title(), t -> new java.util.ArrayList<>()).add(step));
        model.addAttribute("province", shown);
        model.addAttribute("chains", byTitle);
        model.addAttribute("levels", List.of(Level.SELF, Level.VILLAGE, Level.COMMUNE, Level.PROVINCE));
        return "round/chains";
    }

    @PostMapping("/rounds/chains")
    @Access(value = {ADMIN, PROVINCE_OFFICER}, area = "province", kind = "unit", write = true)
    String adapt(@RequestParam long province, @RequestParam Title title, @RequestParam Step step,
                 @RequestParam Level level) {
        rounds.adaptChain(title, province, step, level);
        return "redirect:/rounds/chains?province=" + province + "#chain-" + title;
    }

    @GetMapping("/api/v1/rounds/chains")
    @ResponseBody
    @Operation(summary = "Every title's chain: the national level and the province's of each step")
    @Access({ADMIN, PROVINCE_OFFICER})
    List<ChainStep> chainsJson(@RequestParam(required = false) Long province) {
        return rounds.chainSteps(provinceOf(province));
    }

    @PutMapping("/api/v1/rounds/chains/{province}/{title}/{step}")
    @ResponseBody
    @Operation(summary = "Changes the level of one step of a title's chain for the province")
    @Access(value = {ADMIN, PROVINCE_OFFICER}, area = "province", kind = "unit", write = true)
    Map<String, String> adaptJson(@PathVariable long province, @PathVariable Title title, @PathVariable Step step,
                                  @RequestBody LevelRequest request) {
        rounds.adaptChain(title, province, step, request.level());
        return Map.of("level", request.level().name());
    }

    /** An administrator may look at any province; a province officer at their own. */
    private Long provinceOf(Long asked) {
        var user = guard.requireUser();
        return user.isAdmin() ? asked : user.unitId();
    }
}
