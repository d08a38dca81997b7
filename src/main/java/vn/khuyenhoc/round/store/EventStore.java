package vn.khuyenhoc.round.store;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.round.TimelineEvent;

/** The timeline rows of registrations: one statement per step, however many registrations it touched. */
@Repository
public class EventStore {

    private final JdbcClient jdbc;

    EventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(List<Long> registrations, String step, CurrentUser user, String note) {
        jdbc.sql("""
                insert into round_event (registration_id, step, actor_id, actor_name, note)
                select unnest(:ids), :step, :actor, :name, :note""")
                .param("ids", registrations.toArray(Long[]::new)).param("step", step).param("actor", user.id())
                .param("name", user.displayName()).param("note", note).update();
    }

    /** The steps of a subject's registrations, newest first. */
    public List<TimelineEvent> ofSubject(String kind, long subjectId) {
        return jdbc.sql("""
                select g.year, g.title, e.step, e.actor_name, e.at at time zone 'Asia/Ho_Chi_Minh' as at, e.note
                from round_event e join round_registration g on g.id = e.registration_id
                where g.subject_kind = :kind and g.subject_id = :id order by e.at desc, e.id desc""")
                .param("kind", kind).param("id", subjectId).query(TimelineEvent.class).list();
    }
}
