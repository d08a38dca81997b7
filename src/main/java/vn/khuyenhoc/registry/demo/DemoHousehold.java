package vn.khuyenhoc.registry.demo;

import java.time.LocalDate;
import java.util.List;
import vn.khuyenhoc.registry.generator.GeneratedHousehold;

/**
 * A generated household placed in the demo's history: where it lived when (the last residence is its current
 * village and code) and the day it was closed, if it was.
 */
public record DemoHousehold(GeneratedHousehold household, LocalDate closedOn, List<Residence> residences) {

    public record Residence(String villageCode, LocalDate from, LocalDate to) {
    }
}
