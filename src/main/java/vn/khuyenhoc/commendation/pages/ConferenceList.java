package vn.khuyenhoc.commendation.pages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.khuyenhoc.documents.AttachedTable;
import vn.khuyenhoc.documents.AttachedTable.Column;
import vn.khuyenhoc.documents.ProposedList;
import vn.khuyenhoc.documents.Signature;

/**
 * The list of a year's commendations read out at the review conference (hội nghị tổng kết), as the reports print
 * it: collectives, then persons, the count in the heading in two digits ("khen thưởng 06 tập thể và 08 cá nhân").
 * Official paperwork is in Vietnamese whatever the reader's language.
 */
final class ConferenceList {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<Column> COLUMNS = List.of(new Column("STT", 1), new Column("Tên tập thể, cá nhân", 5),
            new Column("Hình thức khen thưởng", 3), new Column("Thành tích", 5), new Column("Quyết định", 3));

    private ConferenceList() {
    }

    /** The area: its name ("Xã Liên Hương") and its type ("Xã"), for the heading and the place line. */
    record Area(String name, String typeName) {

        String place() {
            return typeName != null && name.startsWith(typeName + " ") ? name.substring(typeName.length() + 1) : name;
        }
    }

    static String countLine(long collectives, long persons) {
        if (collectives > 0 && persons > 0) {
            return "khen thưởng %02d tập thể và %02d cá nhân".formatted(collectives, persons);
        }
        if (collectives > 0) {
            return "khen thưởng %02d tập thể".formatted(collectives);
        }
        return persons > 0 ? "khen thưởng %02d cá nhân".formatted(persons) : "không có tập thể, cá nhân nào được khen thưởng";
    }

    static ProposedList of(int year, Area area, List<CommendationQueries.Row> rows, LocalDate today) {
        long collectives = rows.stream().filter(CommendationQueries.Row::collective).count();
        var table = new AttachedTable("DANH SÁCH KHEN THƯỞNG NĂM " + year,
                "(" + capitalised(countLine(collectives, rows.size() - collectives)) + ")", COLUMNS, table(rows));
        String placeAndDate = "%s, ngày %02d tháng %02d năm %d".formatted(area.place(), today.getDayOfMonth(),
                today.getMonthValue(), today.getYear());
        return new ProposedList(List.of("HỘI KHUYẾN HỌC", area.name().toUpperCase(Locale.forLanguageTag("vi"))),
                placeAndDate, table, new Signature("TM. BAN CHẤP HÀNH", "CHỦ TỊCH", ""));
    }

    private static List<List<String>> table(List<CommendationQueries.Row> rows) {
        var lines = new ArrayList<List<String>>();
        var collectives = rows.stream().filter(CommendationQueries.Row::collective).toList();
        var persons = rows.stream().filter(r -> !r.collective()).toList();
        group(lines, "I. TẬP THỂ", collectives);
        group(lines, collectives.isEmpty() ? "I. CÁ NHÂN" : "II. CÁ NHÂN", persons);
        return lines;
    }

    private static void group(List<List<String>> lines, String heading, List<CommendationQueries.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        lines.add(List.of("", heading, "", "", ""));
        int number = 0;
        for (CommendationQueries.Row row : rows) {
            lines.add(List.of(String.valueOf(++number), row.shownName(), row.kind().printed(), row.reason(),
                    row.decisionNumber() + ", " + DAY.format(row.decisionDate()) + " (" + row.issuingBody() + ")"));
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
