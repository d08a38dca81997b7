package vn.khuyenhoc.round;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.criteria.LegalBasis;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.documents.AttachedTable;
import vn.khuyenhoc.documents.AttachedTable.Column;
import vn.khuyenhoc.round.store.PaperStore;
import vn.khuyenhoc.shared.Text;

/**
 * The Vietnamese words the paperwork is made of: a title's name, what its subjects are called, dates in the
 * decree's style ("ngày 05 tháng 02 năm 2026"), body lines in capitals, the legal basis as a "Căn cứ" line. The
 * documents are always Vietnamese, whatever language the officer's screen is in.
 */
@Component
class PaperWords {

    static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> BODIES = List.of("Ủy ban nhân dân", "Hội Khuyến học");
    private final MessageSource messages;

    PaperWords(MessageSource messages) {
        this.messages = messages;
    }

    String titleName(Title title) {
        return messages.getMessage("criteria.title." + title.name(), null, title.name(), VI);
    }

    /** What the subjects of a kind are called in a sentence ("hộ gia đình", "công dân"). */
    static String noun(String subjectKind) {
        return switch (subjectKind) {
            case "household" -> "hộ gia đình";
            case "clan" -> "dòng họ";
            case "village" -> "thôn, tổ dân phố";
            case "organisation" -> "đơn vị";
            case "person" -> "công dân";
            case "commune" -> "xã, phường";
            default -> "tỉnh, thành phố";
        };
    }

    /** The subject as a certificate addresses it. */
    static String recipient(String subjectKind, String name) {
        return switch (subjectKind) {
            case "household" -> "Hộ gia đình ông/bà " + name;
            case "clan" -> "Dòng họ " + name;
            case "person" -> "Ông/bà " + name;
            default -> name;
        };
    }

    /** The list of subjects as a table: number, name, the unit they lie in, register number when recognised. */
    static AttachedTable table(String title, String subtitle, String subjectKind, List<PaperStore.Listed> rows,
                               boolean numbered) {
        String name = switch (subjectKind) {
            case "household" -> "Họ và tên chủ hộ";
            case "person" -> "Họ và tên";
            default -> "Tên";
        };
        var columns = new java.util.ArrayList<>(List.of(new Column("STT", 1), new Column(name, 5),
                new Column("Địa bàn", 3)));
        if (numbered) {
            columns.add(new Column("Số vào sổ", 3));
        }
        var cells = new java.util.ArrayList<List<String>>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var line = new java.util.ArrayList<>(List.of(Integer.toString(i + 1), orDash(row.name()),
                    orDash(row.unitName())));
            if (numbered) {
                line.add(orDash(row.registerNumber()));
            }
            cells.add(line);
        }
        return new AttachedTable(title, subtitle, columns, cells);
    }

    /** "Liên Hương, ngày 05 tháng 02 năm 2026": day below 10 and months 1 and 2 with a leading zero (NĐ 30/2020). */
    static String placeAndDate(PaperStore.Area area, LocalDate day) {
        return place(area) + ", " + longDate(day);
    }

    static String longDate(LocalDate day) {
        String month = day.getMonthValue() <= 2 ? "%02d".formatted(day.getMonthValue())
                : Integer.toString(day.getMonthValue());
        return "ngày %02d tháng %s năm %d".formatted(day.getDayOfMonth(), month, day.getYear());
    }

    static String shortDate(LocalDate day) {
        return SHORT.format(day);
    }

    /** The area's name without its kind ("Liên Hương" of "Xã Liên Hương"). */
    static String place(PaperStore.Area area) {
        String type = area.typeName();
        if (type != null && area.name().startsWith(type + " ")) {
            return area.name().substring(type.length() + 1);
        }
        return area.name();
    }

    /** The area as it follows a body's name, its kind in lower case ("xã Liên Hương"). */
    static String inArea(PaperStore.Area area) {
        String name = area.name();
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(VI) + name.substring(1);
    }

    static String upper(String text) {
        return text.toUpperCase(VI);
    }

    /** "Ủy ban nhân dân xã Liên Hương" as the heading prints it: "ỦY BAN NHÂN DÂN" over "XÃ LIÊN HƯƠNG". */
    static List<String> bodyLines(String body) {
        String clean = Text.normalise(body);
        for (String known : BODIES) {
            if (Text.fold(clean).startsWith(Text.fold(known) + " ") && clean.length() > known.length() + 1) {
                return List.of(upper(known), upper(clean.substring(known.length() + 1)));
            }
        }
        return List.of(upper(clean));
    }

    /** The law on local government in force on the day: the 2025 law from 1 July 2025, the 2015 law before. */
    static String localGovernmentLaw(LocalDate signedOn) {
        return signedOn.isBefore(LocalDate.of(2025, 7, 1))
                ? "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
                : "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;";
    }

    /** The criteria set's source as a "Căn cứ" line; its name when the source is not recorded. */
    String legalBasisLine(LegalBasis basis, String setName, Title title) {
        if (basis == null || basis.number() == null) {
            return "Căn cứ bộ tiêu chí “" + setName + "”;";
        }
        String date = basis.date() == null ? "" : " " + longDate(basis.date());
        return "Căn cứ " + documentKind(basis.number()) + " số " + basis.number() + date
                + " quy định tiêu chí đánh giá, công nhận danh hiệu “" + titleName(title) + "”;";
    }

    private static String documentKind(String number) {
        String code = number.toUpperCase(VI);
        if (code.contains("TT-") || code.contains("/TT")) {
            return "Thông tư";
        }
        if (code.contains("QĐ")) {
            return "Quyết định";
        }
        if (code.contains("HD")) {
            return "Hướng dẫn";
        }
        return "văn bản";
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
