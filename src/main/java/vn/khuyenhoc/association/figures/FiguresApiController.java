package vn.khuyenhoc.association.figures;

import static vn.khuyenhoc.accounts.Role.ADMIN;
import static vn.khuyenhoc.accounts.Role.BRANCH_OFFICER;
import static vn.khuyenhoc.accounts.Role.COMMUNE_OFFICER;
import static vn.khuyenhoc.accounts.Role.PROVINCE_OFFICER;
import static vn.khuyenhoc.accounts.Role.VIEWER;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.khuyenhoc.accounts.Access;
import vn.khuyenhoc.association.Populations;

/** The association's figures of an area and year, and the population entered for it, as JSON. */
@RestController
@RequestMapping("/api/v1/association")
class FiguresApiController {

    private final FigureQueries figures;
    private final Populations populations;

    FiguresApiController(FigureQueries figures, Populations populations) {
        this.figures = figures;
        this.populations = populations;
    }

    @GetMapping("/figures")
    @Operation(summary = "Branches per village, boards per clan, members and members per population of an area")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, BRANCH_OFFICER, VIEWER}, area = "unit")
    FigureQueries.Figures get(@RequestParam long unit, @RequestParam int year) {
        return figures.figures(unit, year);
    }

    @PutMapping("/populations")
    @Operation(summary = "Enters (or corrects) the population of an area for a year")
    @Access(value = {ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER}, area = "unit", write = true)
    ResponseEntity<Void> population(@RequestParam long unit, @RequestParam int year, @RequestParam long population) {
        populations.record(unit, year, population);
        return ResponseEntity.noContent().build();
    }
}
