package vn.khuyenhoc.criteria;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.criteria.set.SetRecords;
import vn.khuyenhoc.shared.NotFound;

/**
 * The criteria API for other modules (assessment rounds): a set with its tree, the sets in force for a title,
 * year, variant and province, scoring a sheet, and marking a set as used. Reading needs no area: every officer
 * reads every set. Changing sets is {@link CriteriaEditor}'s job.
 */
@Service
public class CriteriaSets {

    private final SetRecords records;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CriteriaSets(SetRecords records, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.records = records;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<CriteriaSet> find(long id) {
        return records.find(id);
    }

    @Transactional(readOnly = true)
    public CriteriaSet require(long id) {
        return records.find(id).orElseThrow(() -> new NotFound("criteria-set", id));
    }

    /**
     * The published sets of a title that apply in the year: national ones and the province's own variants
     * (those first), general ones and, when a variant is asked for, that variant; the newest version first.
     */
    @Transactional(readOnly = true)
    public List<SetSummary> inForce(Title title, int year, String variant, Long provinceId) {
        return jdbc.sql(SetQueries.SELECT + """
                where s.title = :title and s.status = 'PUBLISHED'
                  and (s.year_from is null or s.year_from <= :year) and (s.year_to is null or s.year_to >= :year)
                  and (s.variant is null or s.variant = :variant)
                  and (s.owner_unit_id is null or s.owner_unit_id = :province)
                order by s.owner_unit_id nulls last, (s.variant is null), s.version desc, s.id desc""")
                .param("title", title.name()).param("year", year).param("variant", variant)
                .param("province", provinceId).query(SetSummary.class).list();
    }

    /** The result of a score sheet against the set, with its reasons; refused points name the node. */
    @Transactional(readOnly = true)
    public Assessment score(long setId, ScoreSheet sheet) {
        return Scoring.score(require(setId).content(), sheet);
    }

    /**
     * The codes of the leaves (indicators, or criteria without them) the sheet meets by the set's own test, for a
     * progress figure ("đạt 75% các chỉ số"); the result of the whole sheet stays {@link #score}'s.
     */
    @Transactional(readOnly = true)
    public java.util.Set<String> leavesMet(long setId, ScoreSheet sheet) {
        var met = new java.util.TreeSet<String>();
        require(setId).content().forEachNode((code, node) -> {
            if (node.isLeaf() && Scoring.met(code, node, sheet)) {
                met.add(code);
            }
        });
        return met;
    }

    /**
     * Records that a round used the set, so that it is known never to change; called by the assessment module in
     * the transaction that opens the round, whoever opens it (no area check: the flag changes nothing they see).
     */
    @Transactional
    public void markUsed(long setId) {
        CriteriaSet set = require(setId);
        if (records.markUsed(setId)) {
            events.publishEvent(new CriteriaSetChanged(setId, "use", set.ownerUnitId(), Map.of("used", false),
                    Map.of("used", true)));
        }
    }

    /** Whether a round of the current year may be scored with the set (published and complete). */
    @Transactional(readOnly = true)
    public boolean mayScoreCurrentRound(long setId) {
        return require(setId).mayScoreCurrentRound();
    }
}
