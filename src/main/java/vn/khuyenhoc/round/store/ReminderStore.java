package vn.khuyenhoc.round.store;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reminders of rounds' deadlines, one per deadline and number of days before it, recorded by the daily job. */
@Repository
public class ReminderStore {

    /** A step of a round whose deadline has a reminder still ahead, and the fewest days before it reminded. */
    public record Due(long roundId, String step, LocalDate deadline, int daysBefore) {
    }

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the job's lock for this transaction: false when another instance is already recording. */
    public boolean lock() {
        return jdbc.sql("select pg_try_advisory_xact_lock(hashtext('round-reminders'))").query(Boolean.class)
                .single();
    }

    /**
     * Records a reminder for each deadline of an open round that is at most that many days away (so a day the job
     * missed is caught up); answers how many were new.
     */
    public int record(LocalDate today, int[] days) {
        return jdbc.sql("""
                insert into round_reminder (round_id, step, deadline, days_before)
                select r.id, d.step, d.deadline, n.days
                from round r
                cross join lateral (values ('REGISTER', r.registration_until), ('SCORE', r.self_assessment_until),
                                           ('REVIEW', r.review_until), ('RECOGNISE', r.decision_until))
                           as d(step, deadline)
                cross join unnest(cast(:days as int[])) as n(days)
                where r.status = 'OPEN' and not r.historical and d.deadline is not null
                  and d.deadline >= :today and d.deadline - cast(:today as date) <= n.days
                on conflict (round_id, step, deadline, days_before) do nothing""")
                .param("today", today).param("days", java.util.Arrays.stream(days).boxed().toArray(Integer[]::new))
                .update();
    }

    /** The reminders of the rounds whose deadlines are still ahead (today included). */
    public List<Due> due(List<Long> roundIds, LocalDate today) {
        return jdbc.sql("""
                select round_id, step, deadline, min(days_before) as days_before from round_reminder
                where round_id = any (:ids) and deadline >= :today
                group by round_id, step, deadline order by deadline, round_id""")
                .param("ids", roundIds.toArray(Long[]::new)).param("today", today).query(Due.class).list();
    }
}
