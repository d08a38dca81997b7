package vn.khuyenhoc.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.criteria.Title;
import vn.khuyenhoc.registry.SpreadsheetRows;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Text;

/**
 * Aggregate returns by Excel: a template listing the area and the units under it, the filled workbook read back
 * into a preview with every problem by row and column, and filing all of it through {@link Returns#fileAll}
 * (all or none, one audit entry) once no problem is left.
 */
@Service
public class ReturnSheets {

    static final int MAX_ROWS = 5_000;
    static final List<String> HEADERS = List.of("statistics.returnSheet.areaCode", "statistics.returnSheet.areaName",
            "statistics.returnSheet.year", "statistics.returnSheet.titleColumn", "statistics.returnSheet.subjects",
            "statistics.returnSheet.registered", "statistics.returnSheet.recognised",
            "statistics.returnSheet.printedRate");
    static final List<Title> TITLES = List.of(Title.GIA_DINH, Title.DONG_HO, Title.CONG_DONG_THON, Title.DON_VI_XA,
            Title.DON_VI_HUYEN_TINH, Title.CONG_DAN, Title.CONG_DONG_XA, Title.CONG_DONG_TINH);

    private final Returns returns;
    private final AreaGuard guard;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    ReturnSheets(Returns returns, AreaGuard guard, JdbcClient jdbc, MessageSource messages) {
        this.returns = returns;
        this.guard = guard;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The template: the area and the open units under it, one row each with the year filled in. */
    @Transactional(readOnly = true)
    public void template(long area, int year, OutputStream out) throws IOException {
        guard.requireWrite(area);
        var units = jdbc.sql("""
                select u.code, u.name from geography_unit_current u
                where not u.closed and (u.unit_id = :area or u.parent_id = :area)
                order by u.unit_id <> :area, u.code""")
                .param("area", area).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list();
        ReturnTemplate.write(out, this::text, HEADERS, titleLabels(), units, year);
    }

    /** Reads a filled workbook back; nothing is filed here. */
    @Transactional(readOnly = true)
    public ReturnUpload read(long area, Path xlsx) {
        guard.requireWrite(area);
        var rows = new ArrayList<ReturnRow>();
        SpreadsheetRows.readFirstSheet(xlsx, row -> rows.add(new ReturnRow(row.number(), row.cell(0), row.cell(1),
                row.cell(2), row.cell(3), row.cell(4), row.cell(5), row.cell(6), row.cell(7))));
        if (rows.isEmpty() || !text(HEADERS.get(0)).equals(rows.get(0).cell(0))
                || !text(HEADERS.get(7)).equals(rows.get(0).cell(7))) {
            throw new InvalidInput("statistics.returnSheet.notOurs");
        }
        if (rows.size() > MAX_ROWS + 1) {
            throw new InvalidInput("statistics.returnSheet.tooManyRows", MAX_ROWS);
        }
        return check(area, rows.subList(1, rows.size()));
    }

    /** Checks rows as typed (from a workbook or a preview sent back) with every rule of the import. */
    @Transactional(readOnly = true)
    public ReturnUpload check(long area, List<ReturnRow> rows) {
        guard.requireWrite(area);
        var codes = rows.stream().map(r -> r.cell(0)).filter(c -> !c.isEmpty()).distinct().toList();
        Map<String, ReturnRowCheck.Area> areas = areas(area, codes);
        Map<String, Title> titles = titlesByText();
        var columns = HEADERS.stream().map(this::text).toList();
        return new ReturnRowCheck(areas::get, t -> titles.get(Text.fold(t)), columns, LocalDate.now().getYear())
                .of(rows);
    }

    /** Files every return of the rows, all or none; refused while any problem is left. */
    @Transactional
    public List<Long> fileAll(long area, List<ReturnRow> rows) {
        ReturnUpload upload = check(area, rows);
        if (!upload.clean()) {
            throw new InvalidInput("statistics.returnSheet.notClean", upload.problems().size());
        }
        return returns.fileAll(upload.returns());
    }

    private Map<String, ReturnRowCheck.Area> areas(long area, List<String> codes) {
        var found = new HashMap<String, ReturnRowCheck.Area>();
        if (codes.isEmpty()) {
            return found;
        }
        record Found(long id, String code, String name, boolean under) {
        }
        jdbc.sql("""
                select u.unit_id as id, u.code, u.name,
                       exists (select 1 from geography_unit_scope s join geography_unit_scope a
                               on s.path like a.path || '%' where s.unit_id = u.unit_id and a.unit_id = :area) as under
                from geography_unit_current u where u.code in (:codes)""")
                .param("area", area).param("codes", codes).query(Found.class).list()
                .forEach(f -> found.put(f.code(), new ReturnRowCheck.Area(f.id(), f.name(),
                        f.under() && guard.canWrite(f.id()))));
        return found;
    }

    private Map<String, Title> titlesByText() {
        var byText = new HashMap<String, Title>();
        for (Title title : TITLES) {
            byText.put(Text.fold(title.name()), title);
            byText.put(Text.fold(text("criteria.title." + title.name())), title);
        }
        return byText;
    }

    private List<String> titleLabels() {
        return TITLES.stream().map(t -> text("criteria.title." + t.name())).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("vi"));
    }
}
