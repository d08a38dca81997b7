package vn.khuyenhoc.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.Text;
import vn.khuyenhoc.statistics.counts.Ancestries;

/**
 * Aggregate returns (báo cáo số liệu tổng hợp): an area without individual records files its counts for a year
 * and title; they are kept as typed and counted as REPORTED where no records exist under the area (ADR 0013).
 */
@Service
public class Returns {

    private static final Pattern RATE = Pattern.compile("\\d{1,3}(,\\d{1,4})?%?");

    private final JdbcClient jdbc;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;
    private final Ancestries ancestries;

    Returns(JdbcClient jdbc, AreaGuard guard, ApplicationEventPublisher events, Ancestries ancestries) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.events = events;
        this.ancestries = ancestries;
    }

    /** Files (or replaces) one return; returns its id. */
    @Transactional
    public long file(ReturnForm form) {
        guard.requireWrite(form.unitId());
        String printed = printed(form.printedRate());
        long id = store(form, printed);
        var after = new HashMap<String, Object>();
        after.put("year", form.year());
        after.put("title", form.title().name());
        after.put("counts", List.of(form.subjects(), form.registered(), form.recognised()));
        events.publishEvent(StatisticsChanged.one("statistics-return", id, "file", form.unitId(), after));
        return id;
    }

    /** Files many returns as one step: all or none, one audit entry. */
    @Transactional
    public List<Long> fileAll(List<ReturnForm> forms) {
        forms.forEach(form -> guard.requireWrite(form.unitId()));
        List<Long> ids = forms.stream().map(form -> store(form, printed(form.printedRate()))).toList();
        events.publishEvent(new StatisticsChanged("statistics-return", null, "import", null,
                java.util.Map.of("count", ids.size()), ids));
        return ids;
    }

    private long store(ReturnForm form, String printed) {
        long id = jdbc.sql("""
                insert into stat_return (unit_id, year, title, subjects, registered, recognised, printed_rate, filed_by)
                values (:unit, :year, :title, :subjects, :registered, :recognised, :printed, :by)
                on conflict (unit_id, year, title) do update set subjects = excluded.subjects,
                    registered = excluded.registered, recognised = excluded.recognised,
                    printed_rate = excluded.printed_rate, filed_by = excluded.filed_by, filed_at = now(),
                    version = stat_return.version + 1
                returning id""")
                .param("unit", form.unitId()).param("year", form.year()).param("title", form.title().name())
                .param("subjects", form.subjects()).param("registered", form.registered())
                .param("recognised", form.recognised()).param("printed", printed)
                .param("by", guard.requireUser().id()).query(Long.class).single();
        jdbc.sql("""
                insert into stat_count (unit_id, year, title, source, subjects, registered, recognised)
                values (:unit, :year, :title, 'REPORTED', :subjects, :registered, :recognised)
                on conflict (year, title, unit_id, source) do update set subjects = excluded.subjects,
                    registered = excluded.registered, recognised = excluded.recognised""")
                .param("unit", form.unitId()).param("year", form.year()).param("title", form.title().name())
                .param("subjects", form.subjects()).param("registered", form.registered())
                .param("recognised", form.recognised()).update();
        ancestries.ensureYear(form.year());
        return id;
    }

    private static String printed(String typed) {
        String text = Text.normalise(typed);
        if (text == null || text.isEmpty()) {
            return null;
        }
        text = text.replace(" ", "");
        if (!RATE.matcher(text).matches()) {
            throw new InvalidInput("statistics.return.rateFormat", typed);
        }
        return text.endsWith("%") ? text : text + "%";
    }
}
