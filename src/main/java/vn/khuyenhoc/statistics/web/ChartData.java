package vn.khuyenhoc.statistics.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import vn.khuyenhoc.shared.Rate;
import vn.khuyenhoc.statistics.Figure;

/**
 * The data of the dashboard's two charts as JSON for a data attribute: the page's script (no inline script under
 * the CSP) hands it to ECharts. Rates are exact percentages with two decimals; labels come already formatted.
 */
final class ChartData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartData() {
    }

    static String trend(Dashboard dashboard) {
        var data = new LinkedHashMap<String, Object>();
        data.put("labels", dashboard.trend().stream().map(p -> String.valueOf(p.year())).toList());
        data.put("values", dashboard.trend().stream().map(p -> percent(p.figure())).toList());
        data.put("texts", dashboard.trend().stream().map(p -> p.figure().ofSubjects().formatted()).toList());
        return JSON.writeValueAsString(data);
    }

    static String ranked(Dashboard dashboard) {
        List<Figure> children = dashboard.focus().children();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", children.stream().map(f -> f.name() == null ? "#" + f.unitId() : f.name()).toList());
        data.put("values", children.stream().map(ChartData::percent).toList());
        data.put("texts", children.stream().map(f -> f.ofSubjects().formatted() + " ("
                + Rate.count(f.recognised()) + "/" + Rate.count(f.subjects()) + ")").toList());
        return JSON.writeValueAsString(data);
    }

    private static BigDecimal percent(Figure figure) {
        return figure.ofSubjects().percent(2);
    }
}
