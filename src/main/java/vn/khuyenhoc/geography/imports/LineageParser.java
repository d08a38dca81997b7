package vn.khuyenhoc.geography.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.khuyenhoc.geography.UnitKind;

/**
 * The old → new links of 1 July 2025 (dvhcvn 20250701: {@code {"data":[{level1_id, name, splits:[{new_id}],
 * level3s:[{level3_id, name, splits:[{new_id}]}]}]}}), for provinces and communes.
 */
final class LineageParser {

    private LineageParser() {
    }

    static List<LinkRecord> parse(byte[] content) {
        JsonNode root = JsonInput.read(content);
        var records = new ArrayList<LinkRecord>();
        List<JsonNode> provinces = JsonInput.array(root, "data", Where.path("$"));
        for (int i = 0; i < provinces.size(); i++) {
            JsonNode province = provinces.get(i);
            LinkRecord record = link(province, Where.path("data[" + i + "]"), "level1_id", UnitKind.PROVINCE);
            records.add(record);
            List<JsonNode> communes = JsonInput.array(province, "level3s", record.where());
            for (int k = 0; k < communes.size(); k++) {
                records.add(link(communes.get(k), record.where().child("level3s", k), "level3_id", UnitKind.COMMUNE));
            }
        }
        return records;
    }

    private static LinkRecord link(JsonNode node, Where path, String codeField, UnitKind kind) {
        String code = JsonInput.text(node, codeField, path);
        Where where = path.withCode(code);
        String name = JsonInput.text(node, "name", where);
        List<JsonNode> splits = JsonInput.array(node, "splits", where);
        var targets = new LinkedHashSet<String>();
        for (int s = 0; s < splits.size(); s++) {
            targets.add(JsonInput.text(splits.get(s), "new_id", where.child("splits", s)));
        }
        if (targets.isEmpty()) {
            throw where.reject("missingField", "splits");
        }
        return new LinkRecord(where, kind, code, name, List.copyOf(targets));
    }
}
