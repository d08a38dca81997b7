package vn.khuyenhoc.fund.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Look-ups the demo fund needs: the commune's associations, its pupils and its schools. */
@Component
public class DemoLedger {

    private final JdbcClient jdbc;

    DemoLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record AssociationPeriod(long id, String name, LocalDate validFrom, LocalDate validTo) {
    }

    /** The commune's associations, oldest first. */
    public List<AssociationPeriod> associations(long communeId) {
        return jdbc.sql("""
                select assoc_unit_id as id, name, valid_from, valid_to from association_unit
                where geo_unit_id = :c and level = 'COMMUNE' order by valid_from""").param("c", communeId)
                .query(AssociationPeriod.class).list();
    }

    /** Children and teenagers living in the commune's villages today, in a stable order. */
    public List<Long> pupils(long communeId, int bornFrom, int bornTo, int limit) {
        return jdbc.sql("""
                select distinct h.person_id from registry_household_member h
                join geography_unit_current v on v.unit_id = h.village_id
                join registry_person_name p on p.person_id = h.person_id
                where v.parent_id = :c and h.left_on is null and h.birth_year between :from and :to and not p.erased
                order by h.person_id limit :limit""").param("c", communeId).param("from", bornFrom)
                .param("to", bornTo).param("limit", limit).query(Long.class).list();
    }

    public List<Long> organisations(long communeId) {
        return jdbc.sql("""
                select organisation_id from registry_organisation_name where commune_id = :c and closed_on is null
                order by organisation_id""").param("c", communeId).query(Long.class).list();
    }

    public Optional<Long> fundOf(long associationId) {
        return jdbc.sql("select id from fund where assoc_unit_id = :a").param("a", associationId)
                .query(Long.class).optional();
    }
}
