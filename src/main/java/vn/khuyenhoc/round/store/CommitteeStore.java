package vn.khuyenhoc.round.store;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.round.Assignment;
import vn.khuyenhoc.round.CommitteeMember;

/** Steering committee members and the indicators assigned to them. */
@Repository
public class CommitteeStore {

    private static final String ASSIGNMENTS = """
            select a.registration_id, a.node_code, a.member_id, m.name as member_name, m.username, a.evidence,
                   a.recorded_at, a.version
            from round_assignment a join round_committee_member m on m.id = a.member_id
            """;
    private final JdbcClient jdbc;

    CommitteeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long addMember(long registrationId, String name, String username, String position, long by) {
        return jdbc.sql("""
                insert into round_committee_member (registration_id, name, username, position, added_by)
                values (:r, :name, :username, :position, :by) returning id""")
                .param("r", registrationId).param("name", name).param("username", username)
                .param("position", position).param("by", by).query(Long.class).single();
    }

    public List<CommitteeMember> members(long registrationId) {
        return jdbc.sql("""
                select id, registration_id, name, username, position from round_committee_member
                where registration_id = :r order by id""")
                .param("r", registrationId).query(CommitteeMember.class).list();
    }

    /** Gives the indicators to the member; one already given to someone else moves, keeping what was recorded. */
    public void assign(long registrationId, List<String> codes, long memberId) {
        jdbc.sql("""
                insert into round_assignment (registration_id, node_code, member_id)
                select :r, unnest(:codes), :m
                on conflict (registration_id, node_code)
                do update set member_id = excluded.member_id, version = round_assignment.version + 1""")
                .param("r", registrationId).param("codes", codes.toArray(String[]::new)).param("m", memberId)
                .update();
    }

    public List<Assignment> assignments(long registrationId) {
        return jdbc.sql(ASSIGNMENTS + "where a.registration_id = :r order by a.node_code")
                .param("r", registrationId).query(Assignment.class).list();
    }

    public Optional<Assignment> assignment(long registrationId, String code) {
        return jdbc.sql(ASSIGNMENTS + "where a.registration_id = :r and a.node_code = :c")
                .param("r", registrationId).param("c", code).query(Assignment.class).optional();
    }

    /** The assignments of an account, oldest registration first. */
    public List<Assignment> ofUsername(String username) {
        return jdbc.sql(ASSIGNMENTS + "where m.username = :u order by a.registration_id, a.node_code")
                .param("u", username).query(Assignment.class).list();
    }

    /** Records the evidence only when the assignment is still at the version the form was opened at. */
    public boolean record(long registrationId, String code, int version, String evidence, long by) {
        return jdbc.sql("""
                update round_assignment set evidence = :e, recorded_by = :by, recorded_at = now(),
                       version = version + 1
                where registration_id = :r and node_code = :c and version = :v""")
                .param("e", evidence).param("by", by).param("r", registrationId).param("c", code)
                .param("v", version).update() == 1;
    }
}
