package vn.khuyenhoc.geography.imports;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.khuyenhoc.geography.UnitKind;

/**
 * The map after the reform ({@code [{Code, Name, FullName, AdministrativeUnitShortName, Wards:[{Code, FullName,
 * ProvinceCode, AdministrativeUnitShortName}]}]}): provinces and communes, valid from 01/07/2025. The stored
 * name is the full name ("Xã Liên Hương"), as in the list before the reform.
 */
final class AfterReformParser {

    private AfterReformParser() {
    }

    static List<UnitRecord> parse(byte[] content) {
        JsonNode root = JsonInput.read(content);
        var records = new ArrayList<UnitRecord>();
        List<JsonNode> provinces = JsonInput.array(root, null, Where.path("$"));
        for (int i = 0; i < provinces.size(); i++) {
            JsonNode node = provinces.get(i);
            UnitRecord province = unit(node, Where.path("[" + i + "]"), UnitKind.PROVINCE, null);
            records.add(province);
            List<JsonNode> wards = JsonInput.array(node, "Wards", province.where());
            for (int j = 0; j < wards.size(); j++) {
                UnitRecord commune = unit(wards.get(j), province.where().child("Wards", j), UnitKind.COMMUNE, province);
                String provinceCode = JsonInput.text(wards.get(j), "ProvinceCode", commune.where());
                if (!provinceCode.equals(province.code())) {
                    throw commune.where().reject("provinceMismatch", provinceCode, province.code());
                }
                records.add(commune);
            }
        }
        return records;
    }

    private static UnitRecord unit(JsonNode node, Where path, UnitKind kind, UnitRecord parent) {
        String code = JsonInput.text(node, "Code", path);
        Where where = path.withCode(code);
        return new UnitRecord(where, code, JsonInput.text(node, "FullName", where), kind,
                JsonInput.text(node, "AdministrativeUnitShortName", where), parent == null ? null : parent.code(),
                parent == null ? null : parent.kind(), DateRange.AFTER_REFORM);
    }
}
