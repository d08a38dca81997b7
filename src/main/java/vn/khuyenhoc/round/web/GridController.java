package vn.khuyenhoc.round.web;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.criteria.Node;
import vn.khuyenhoc.round.Rounds;
import vn.khuyenhoc.round.ScoreGrid;
import vn.khuyenhoc.round.SheetForm;
import vn.khuyenhoc.round.SheetKind;

/**
 * The score grid page (subjects × indicators, for a large screen). Fields are named s.REGISTRATION.p.CODE (and
 * m./f./n. as on the sheet page) with v.REGISTRATION for the version a line was read at; empty lines are left out.
 */
@Controller
class GridController {

    private final ScoreGrid grid;
    private final Rounds rounds;
    private final CriteriaSets criteria;

    GridController(ScoreGrid grid, Rounds rounds, CriteriaSets criteria) {
        this.grid = grid;
        this.rounds = rounds;
        this.criteria = criteria;
    }

    record Leaf(String code, Node node) {
    }

    @GetMapping("/rounds/{id}/grid")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "id", kind = "round")
    String grid(@PathVariable long id, @RequestParam(required = false) Long unit,
                @RequestParam(defaultValue = "REVIEW") SheetKind kind, Model model) {
        var round = rounds.require(id);
        var leaves = new ArrayList<Leaf>();
        criteria.require(round.criteriaSetId()).content().forEachNode((code, node) -> {
            if (node.isLeaf()) {
                leaves.add(new Leaf(code, node));
            }
        });
        model.addAttribute("round", round);
        model.addAttribute("kind", kind);
        model.addAttribute("unit", unit);
        model.addAttribute("leaves", leaves);
        model.addAttribute("rows", grid.rows(id, unit, kind));
        return "round/grid";
    }

    @PostMapping("/rounds/{id}/grid")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER}, write = true)
    String save(@PathVariable long id, @RequestParam SheetKind kind, @RequestParam(required = false) Long unit,
                @RequestParam MultiValueMap<String, String> fields) {
        grid.save(id, kind, lines(fields));
        return "redirect:/rounds/" + id + "/grid?kind=" + kind + (unit == null ? "" : "&unit=" + unit);
    }

    static Map<Long, SheetForm> lines(MultiValueMap<String, String> fields) {
        var perLine = new HashMap<Long, MultiValueMap<String, String>>();
        var versions = new HashMap<Long, Integer>();
        fields.forEach((name, values) -> {
            String[] parts = name.split("\\.", 3);
            if (parts.length == 3 && parts[0].equals("s") && parts[1].matches("\\d{1,18}")
                    && values.stream().anyMatch(v -> !v.isBlank())) {
                perLine.computeIfAbsent(Long.valueOf(parts[1]), k -> new LinkedMultiValueMap<>()).put(parts[2], values);
            } else if (parts.length == 2 && parts[0].equals("v") && parts[1].matches("\\d{1,18}")
                    && !values.isEmpty() && values.get(0).matches("\\d{1,9}")) {
                versions.put(Long.valueOf(parts[1]), Integer.valueOf(values.get(0)));
            }
        });
        var lines = new java.util.TreeMap<Long, SheetForm>();
        perLine.forEach((registration, line) ->
                lines.put(registration, SheetPageController.read(line, versions.get(registration))));
        return lines;
    }
}
