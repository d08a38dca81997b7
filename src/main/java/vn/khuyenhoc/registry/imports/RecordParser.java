package vn.khuyenhoc.registry.imports;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.khuyenhoc.registry.ManagingLevel;
import vn.khuyenhoc.registry.OrganisationKind;
import vn.khuyenhoc.registry.common.Phones;

/** Clans or organisations from their sheet: codes present and not repeated, names present, labels known. */
final class RecordParser {

    static final int MAX_NAME = 200;
    private final ImportKind kind;
    private final Problems problems;
    private final List<RecordLine> records = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final LocalDate defaultSince = Year.now().atDay(1);

    RecordParser(ImportKind kind, Problems problems) {
        this.kind = kind;
        this.problems = problems;
    }

    List<RecordLine> records() {
        return records;
    }

    void row(SheetRow row, RowReader cells) {
        boolean clan = kind == ImportKind.CLANS;
        String commune = cells.text(row, Column.COMMUNE_CODE);
        Column codeColumn = clan ? Column.CLAN_CODE : Column.ORGANISATION_CODE;
        Column nameColumn = clan ? Column.CLAN_NAME : Column.ORGANISATION_NAME;
        String code = cells.text(row, codeColumn);
        String name = cells.text(row, nameColumn);
        require(row, Column.COMMUNE_CODE, commune, "registry.imports.communeMissing");
        require(row, codeColumn, code, "registry.imports.codeMissing");
        require(row, nameColumn, name, "registry.imports.nameMissing");
        if (name != null && name.length() > MAX_NAME) {
            problems.add(row, nameColumn, "registry.imports.nameTooLong", MAX_NAME);
        }
        String phone = phone(row, cells);
        LocalDate since = cells.day(row, Column.SINCE, defaultSince);
        RecordLine line = clan
                ? new RecordLine(row.sheet(), row.number(), commune, code, name, cells.text(row, Column.REPRESENTATIVE),
                        phone, Boolean.TRUE.equals(cells.answer(row, Column.HAS_BOARD)), null, null, null, null, since)
                : organisation(row, cells, commune, code, name, phone, since);
        if (commune != null && code != null) {
            Integer first = seen.putIfAbsent(line.key(), row.number());
            if (first != null) {
                problems.add(row, codeColumn, "registry.imports.duplicateCode", code, first);
                return;
            }
        }
        records.add(line);
    }

    private RecordLine organisation(SheetRow row, RowReader cells, String commune, String code, String name,
                                    String phone, LocalDate since) {
        var kindOf = cells.required(row, Column.ORGANISATION_KIND, OrganisationKind.class,
                "registry.imports.labelMissing");
        var level = cells.required(row, Column.MANAGING_LEVEL, ManagingLevel.class, "registry.imports.labelMissing");
        Integer staff = cells.number(row, Column.STAFF_COUNT, "registry.imports.countNotNumber");
        if (staff != null && staff < 0) {
            problems.add(row, Column.STAFF_COUNT, "registry.imports.countNotNumber", staff);
            staff = null;
        }
        return new RecordLine(row.sheet(), row.number(), commune, code, name, null, phone, false, kindOf, level,
                staff, cells.text(row, Column.ADDRESS), since);
    }

    private String phone(SheetRow row, RowReader cells) {
        String phone = Phones.normalise(cells.text(row, Column.PHONE));
        if (phone != null && !Phones.isValid(phone)) {
            problems.add(row, Column.PHONE, "registry.phone.invalid", phone);
        }
        return phone;
    }

    private void require(SheetRow row, Column column, String value, String key) {
        if (value == null) {
            problems.add(row, column, key);
        }
    }
}
