package vn.khuyenhoc.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.shared.InvalidInput;

/** The editor API on the database: copies, edits, publishing, imports, each guarded and audited. */
@IntegrationTest
@Transactional
class CriteriaEditorIntegrationTests {

    @Autowired
    CriteriaEditor editor;
    @Autowired
    CriteriaSets sets;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;

    TestAccounts users() {
        return new TestAccounts(jdbc, accounts, userDetails);
    }

    long bundled(String code) {
        return jdbc.sql("select id from criteria_set where code = :c and version = 1").param("c", code)
                .query(Long.class).single();
    }

    int audits(long setId) {
        return jdbc.sql("select count(*) from audit_entry where entity = 'criteria-set' and entity_id = :id")
                .param("id", setId).query(Integer.class).single();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aProvinceOfficerCopiesANationalSetIntoTheirProvincesDraftVariant() {
        users().signIn("tinh.lamdong");
        long lamDong = users().unit("68");

        long copy = editor.copy(bundled("CDHT-244-2022"), lamDong);

        CriteriaSet variant = sets.require(copy);
        assertThat(variant.content().code()).isEqualTo("CDHT-244-2022-68");
        assertThat(variant.ownerUnitId()).isEqualTo(lamDong);
        assertThat(variant.status()).isEqualTo(SetStatus.DRAFT);
        assertThat(variant.copiedFrom()).isEqualTo(bundled("CDHT-244-2022"));
        assertThat(variant.content().criteria()).hasSize(10);
        assertThat(audits(copy)).isEqualTo(1);
        var entry = jdbc.sql("select actor_name, unit_id, action from audit_entry where entity = 'criteria-set' "
                + "and entity_id = :id").param("id", copy).query().singleRow();
        assertThat(entry).containsEntry("actor_name", "tinh.lamdong").containsEntry("unit_id", lamDong)
                .containsEntry("action", "copy");
    }

    @Test
    void aProvinceOfficerChangesNeitherANationalSetNorAnotherProvincesVariant() {
        users().signIn("admin");
        long hcm = editor.copy(bundled("CDHT-244-2022"), users().unit("79"));
        long national = editor.copy(bundled("CDHT-244-2022"), null);
        users().signIn("tinh.lamdong");

        assertThatThrownBy(() -> editor.copy(bundled("CDHT-244-2022"), null)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> editor.copy(bundled("CDHT-244-2022"), users().unit("79")))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> editor.publish(hcm, 0)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> editor.publish(national, 0)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void aProvinceCompletesTheLearningCitizenSetAndItMayThenScoreCurrentRounds() {
        users().signIn("tinh.lamdong");
        long copy = editor.copy(bundled("CDHT-244-2022"), users().unit("68"));
        for (Node index : sets.require(copy).content().criteria()) {
            int rev = sets.require(copy).rowVersion();
            editor.updateNode(copy, rev, index.id(), new NodeForm("Chỉ số của Lâm Đồng", Measure.POINTS,
                    new BigDecimal("10"), null, false, null, UnescoTag.BLOCK_CULTURE, null, null, null, null, false));
        }
        assertThat(sets.require(copy).incomplete()).isFalse();

        editor.publish(copy, sets.require(copy).rowVersion());

        assertThat(sets.require(copy).mayScoreCurrentRound()).isTrue();
        assertThat(sets.score(copy, BundledSetsIntegrationTests.tenIndices("8", "8", "8", "8", "8", "8", "8", "8",
                "8", "8")).achieved()).isTrue();
        assertThat(audits(copy)).isEqualTo(12);
    }

    @Test
    void aPublishedSetIsNeverChangedInPlaceButCopiedIntoItsNextVersion() {
        users().signIn("admin");
        long draft = editor.copy(bundled("DVHT-TT22-2020"), null);
        editor.publish(draft, sets.require(draft).rowVersion());
        CriteriaSet published = sets.require(draft);
        long node = published.content().criteria().get(0).id();

        assertThatThrownBy(() -> editor.updateNode(draft, published.rowVersion(), node, NodeForm.of(
                published.content().criteria().get(0)))).isInstanceOf(InvalidInput.class)
                .hasMessage("criteria.editor.published");
        long next = editor.copy(draft, null);

        assertThat(sets.require(next).content().version()).isEqualTo(3);
        assertThat(sets.require(next).content().code()).isEqualTo("DVHT-TT22-2020");
    }

    @Test
    void anEditFromAStalePageIsRefusedAndChangesNothing() {
        users().signIn("admin");
        long draft = editor.copy(bundled("GDHT-448-2015"), null);
        int rev = sets.require(draft).rowVersion();
        long first = sets.require(draft).content().criteria().get(0).id();
        editor.moveNode(draft, rev, sets.require(draft).content().criteria().get(1).id(), true);

        assertThatThrownBy(() -> editor.removeNode(draft, rev, first)).hasMessage("criteria.editor.changedMeanwhile");
        assertThat(sets.require(draft).content().criteria()).hasSize(4);
        assertThat(sets.require(draft).content().criteria().get(1).id()).isEqualTo(first);
    }

    @Test
    void publishingIsRefusedWhileThePassMarkIsAboveTheMaximum() {
        users().signIn("admin");
        long draft = editor.copy(bundled("DVHT-TT22-2020"), null);
        var header = HeaderForm.of(sets.require(draft).content());
        editor.updateHeader(draft, sets.require(draft).rowVersion(), new HeaderForm(header.name(), header.legalNumber(),
                header.legalDate(), 2021, null, null, null, header.maxPoints(), new BigDecimal("120"), null, 0,
                header.bandLabel(), header.bandLower()));

        assertThatThrownBy(() -> editor.publish(draft, sets.require(draft).rowVersion()))
                .isInstanceOf(InvalidInput.class).hasMessage("criteria.check.passMarkAboveMaximum");
        assertThat(sets.require(draft).status()).isEqualTo(SetStatus.DRAFT);
        assertThat(sets.require(draft).content().yearFrom()).isEqualTo(2021);
    }

    @Test
    void anExportedSetImportsAsTheNextDraftVersionWithTheSameTree() {
        users().signIn("admin");
        SetDocument exported = sets.require(bundled("GDHT-448-2015")).content().withoutIds();

        long imported = editor.importDocument(exported, null);

        CriteriaSet draft = sets.require(imported);
        assertThat(draft.content().version()).isEqualTo(2);
        assertThat(draft.status()).isEqualTo(SetStatus.DRAFT);
        assertThat(draft.content().withoutIds().criteria()).isEqualTo(exported.criteria());
        assertThat(draft.incomplete()).isTrue();
    }

    @Test
    void anImportWithAnIndicatorWithoutTextIsRefusedNamingIt() {
        users().signIn("admin");
        SetDocument doc = sets.require(bundled("GDHT-448-2015")).content().withoutIds();
        var criteria = new ArrayList<>(doc.criteria());
        Node first = criteria.get(0);
        var indicators = new ArrayList<>(first.indicators());
        indicators.set(1, new Node(null, " ", Measure.POINTS, BigDecimal.TEN, null, false, null, null, null, null,
                null, null, false, null));
        criteria.set(0, new Node(null, first.text(), first.measure(), first.maxPoints(), null, false, null, null, null,
                null, null, null, false, indicators));
        var broken = new SetDocument(doc.format(), doc.title(), "GDHT-HONG", 1, doc.name(), doc.legalBasis(),
                doc.yearFrom(), doc.yearTo(), null, List.of(), true, null, doc.rule(), criteria);

        assertThatThrownBy(() -> editor.importDocument(broken, null)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.messageKey()).isEqualTo("criteria.check.textMissing");
            assertThat(e.arguments()).containsExactly("1.2");
        });
    }

    @Test
    void markingASetUsedIsRecordedOnce() {
        long set = bundled("CDHT-XA-2023");

        sets.markUsed(set);
        sets.markUsed(set);

        assertThat(sets.require(set).used()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_entry where entity = 'criteria-set' and entity_id = :id "
                + "and action = 'use'").param("id", set).query(Integer.class).single()).isEqualTo(1);
    }
}
