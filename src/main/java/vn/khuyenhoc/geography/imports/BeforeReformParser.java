package vn.khuyenhoc.geography.imports;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.khuyenhoc.geography.UnitKind;

/**
 * The map before the reform (dvhcvn, {@code {"data":[{level1_id, name, type, level2s:[{level2_id, …,
 * level3s:[{level3_id, …}]}]}]}}): provinces, districts and communes, valid until 30/06/2025.
 */
final class BeforeReformParser {

    private BeforeReformParser() {
    }

    static List<UnitRecord> parse(byte[] content) {
        JsonNode root = JsonInput.read(content);
        var records = new ArrayList<UnitRecord>();
        List<JsonNode> provinces = JsonInput.array(root, "data", Where.path("$"));
        for (int i = 0; i < provinces.size(); i++) {
            JsonNode province = provinces.get(i);
            UnitRecord record = unit(province, Where.path("data[" + i + "]"), "level1_id",
                    UnitKind.PROVINCE, null);
            records.add(record);
            districts(province, record, records);
        }
        return records;
    }

    private static void districts(JsonNode province, UnitRecord parent, List<UnitRecord> records) {
        List<JsonNode> districts = JsonInput.array(province, "level2s", parent.where());
        for (int j = 0; j < districts.size(); j++) {
            JsonNode district = districts.get(j);
            UnitRecord record = unit(district, parent.where().child("level2s", j), "level2_id", UnitKind.DISTRICT,
                    parent);
            records.add(record);
            List<JsonNode> communes = JsonInput.array(district, "level3s", record.where());
            for (int k = 0; k < communes.size(); k++) {
                records.add(unit(communes.get(k), record.where().child("level3s", k), "level3_id", UnitKind.COMMUNE,
                        record));
            }
        }
    }

    private static UnitRecord unit(JsonNode node, Where path, String codeField, UnitKind kind, UnitRecord parent) {
        String code = JsonInput.text(node, codeField, path);
        Where where = path.withCode(code);
        return new UnitRecord(where, code, JsonInput.text(node, "name", where), kind,
                JsonInput.text(node, "type", where), parent == null ? null : parent.code(),
                parent == null ? null : parent.kind(), DateRange.BEFORE_REFORM);
    }
}
