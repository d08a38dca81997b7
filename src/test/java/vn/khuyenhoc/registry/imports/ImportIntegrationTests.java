package vn.khuyenhoc.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.khuyenhoc.registry.imports.ImportFiles.twoSheets;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;

/** Imports on the demo database, run synchronously in the test's transaction: preview, commit, re-import. */
@IntegrationTest
@Transactional
class ImportIntegrationTests {

    static final List<List<String>> HOUSEHOLDS = List.of(
            List.of("22969-008", "T-001", "Số 1 Lê Lợi", "0912345678", "", "01/01/2020"),
            List.of("22969-008", "T-002", "Số 2 Lê Lợi", "", "", ""));
    static final List<List<String>> MEMBERS = List.of(
            List.of("22969-008", "T-001", "Nguyễn Văn An", "1975", "Nam", "Chủ hộ", "", "Làm ruộng", "Nông dân"),
            List.of("22969-008", "T-001", "Trần Thị Bình", "1978", "Nữ", "Vợ/chồng", "", "", ""),
            List.of("22969-008", "T-002", "Lê Văn Cường", "1960", "Nam", "Chủ hộ", "", "", ""));
    @Autowired ImportWork work;
    @Autowired ImportRecords store;
    @Autowired RegistryImports imports;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aPreviewThenACommitCreatesHouseholdsMembersAndResidences() {
        var user = signIn("xa.lienhuong");
        var preview = read(user, ImportKind.HOUSEHOLDS, twoSheets(HOUSEHOLDS, MEMBERS));
        assertThat(preview.status()).isEqualTo("READY");
        assertThat(preview.counts()).containsEntry("recordsNew", 2).containsEntry("membersNew", 3)
                .containsEntry("recordsUpdated", 0);
        assertThat(count("select count(*) from reg_household where code like 'T-%'")).isZero();

        commit(user, preview.id());

        assertThat(store.find(preview.id()).orElseThrow().status()).isEqualTo("COMMITTED");
        assertThat(jdbc.sql("select head_name from reg_household where code = 'T-001'").query(String.class).single())
                .isEqualTo("Nguyễn Văn An");
        assertThat(count("""
                select count(*) from reg_member m join reg_household h on h.id = m.household_id
                join reg_person p on p.id = m.person_id where h.code like 'T-%' and p.name_folded <> ''
                and length(p.sort_key) > 0""")).isEqualTo(3);
        assertThat(count("""
                select count(*) from reg_household_residence r join reg_household h on h.id = r.household_id
                where h.code like 'T-%' and r.village_id = h.village_id and r.valid_to is null""")).isEqualTo(2);
        assertThat(count("select count(*) from reg_import_member where import_id = " + preview.id())).isZero();
    }

    @Test
    void reimportingUpdatesChangedValuesAndCreatesNoDuplicates() {
        var user = signIn("xa.lienhuong");
        commit(user, read(user, ImportKind.HOUSEHOLDS, twoSheets(HOUSEHOLDS, MEMBERS)).id());
        var again = read(user, ImportKind.HOUSEHOLDS, twoSheets(HOUSEHOLDS, MEMBERS));
        assertThat(again.counts()).containsEntry("recordsUnchanged", 2).containsEntry("membersUnchanged", 3)
                .containsEntry("recordsNew", 0).containsEntry("membersNew", 0);

        var households = List.of(List.of("22969-008", "T-001", "Số 9 Lê Lợi", "0912345678", "", ""), HOUSEHOLDS.get(1));
        var members = List.of(
                List.of("22969-008", "T-001", "Nguyen Van An", "1975", "Nam", "Chủ hộ", "", "Buôn bán", "Nông dân"),
                List.of("22969-008", "T-001", "Nguyễn Thị Châu", "2010", "Nữ", "Con", "Trung học cơ sở", "", ""),
                List.of("22969-008", "T-002", "Lê Văn Dũng", "1961", "Nam", "Chủ hộ", "", "", ""));
        var changed = read(user, ImportKind.HOUSEHOLDS, twoSheets(households, members));
        assertThat(changed.counts()).as("T-001's address, T-002's head").containsEntry("recordsUpdated", 2)
                .containsEntry("recordsUnchanged", 0).containsEntry("membersUpdated", 1)
                .containsEntry("membersNew", 2).containsEntry("membersNotInFile", 2);
        commit(user, changed.id());

        assertThat(count("select count(*) from reg_household where code like 'T-%'")).isEqualTo(2);
        assertThat(jdbc.sql("select address from reg_household where code = 'T-001'").query(String.class).single())
                .isEqualTo("Số 9 Lê Lợi");
        assertThat(jdbc.sql("""
                select p.full_name || '|' || p.occupation from reg_person p join reg_member m on m.person_id = p.id
                join reg_household h on h.id = m.household_id where h.code = 'T-001' and p.birth_year = 1975""")
                .query(String.class).single()).isEqualTo("Nguyen Van An|Buôn bán");
        assertThat(jdbc.sql("""
                select p.birth_year from reg_member m join reg_person p on p.id = m.person_id
                join reg_household h on h.id = m.household_id where h.code = 'T-002' and m.relation = 'HEAD'""")
                .query(Integer.class).list()).as("one head, the one the file names").containsExactly(1961);
        assertThat(count("""
                select count(*) from reg_member m join reg_household h on h.id = m.household_id
                where h.code = 'T-001'""")).as("Bình is left alone, Châu added").isEqualTo(3);
    }

    /** Twins may share a name and a year of birth: each keeps their own record, however often the file comes back. */
    @Test
    void twoMembersOfOneHouseholdWithTheSameNameAndYearStayTwoOnEveryReimport() {
        var user = signIn("xa.lienhuong");
        var members = List.of(
                List.of("22969-008", "T-001", "Nguyễn Văn An", "1975", "Nam", "Chủ hộ", "", "", ""),
                List.of("22969-008", "T-001", "Nguyễn Văn Song", "2012", "Nam", "Con", "Tiểu học", "", ""),
                List.of("22969-008", "T-001", "Nguyễn Văn Song", "2012", "Nam", "Con", "Tiểu học", "", ""),
                MEMBERS.get(2));
        commit(user, read(user, ImportKind.HOUSEHOLDS, twoSheets(HOUSEHOLDS, members)).id());

        var again = read(user, ImportKind.HOUSEHOLDS, twoSheets(HOUSEHOLDS, members));
        assertThat(again.counts()).containsEntry("membersNew", 0).containsEntry("membersUnchanged", 4);
        commit(user, again.id());

        assertThat(count("select count(*) from reg_member m join reg_household h on h.id = m.household_id "
                + "join reg_person p on p.id = m.person_id where h.code = 'T-001' and p.full_name = 'Nguyễn Văn Song'"))
                .isEqualTo(2);
    }

    /** A server stopped in the middle of an import leaves it neither working forever nor with rows staged. */
    @Test
    void importsInterruptedByARestartEndWithAMessageAndLoseTheirStagedRows() {
        var user = signIn("xa.lienhuong");
        var preview = read(user, ImportKind.HOUSEHOLDS, twoSheets(HOUSEHOLDS, MEMBERS));
        jdbc.sql("update reg_import set status = 'COMMITTING' where id = :id").param("id", preview.id()).update();
        long reading = store.create(ImportKind.CLANS, "dong-ho.xlsx", user.id());

        assertThat(store.interruptedByRestart()).isGreaterThanOrEqualTo(2);

        assertThat(store.find(preview.id()).orElseThrow()).satisfies(view -> {
            assertThat(view.status()).isEqualTo("FAILED");
            assertThat(view.errorKey()).isEqualTo("registry.imports.interrupted");
            assertThat(view.working()).isFalse();
        });
        assertThat(store.find(reading).orElseThrow().status()).isEqualTo("REFUSED");
        assertThat(count("select count(*) from reg_import_member where import_id = " + preview.id())).isZero();
        assertThat(count("select count(*) from reg_household where code like 'T-%'")).isZero();
    }

    @Test
    void aFileWithOneBadRowWritesNothingAndCannotBeCommitted() {
        var user = signIn("xa.lienhuong");
        var households = List.of(HOUSEHOLDS.get(0), List.of("22969-999", "T-002", "", "", "", ""));
        var members = List.of(MEMBERS.get(0), MEMBERS.get(1),
                List.of("22969-999", "T-002", "Lê Văn Cường", "1960", "Nam", "Chủ hộ", "", "", ""));
        var preview = read(user, ImportKind.HOUSEHOLDS, twoSheets(households, members));

        assertThat(preview.problemCount()).isEqualTo(1);
        assertThat(preview.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("registry.imports.unknownVillage");
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.args()).containsExactly("22969-999");
        });
        assertThat(count("select count(*) from reg_import_household where import_id = " + preview.id())).isZero();
        assertThatThrownBy(() -> imports.commit(preview.id())).isInstanceOf(InvalidInput.class);
        assertThat(count("select count(*) from reg_household where code like 'T-%'")).isZero();
    }

    @Test
    void aBranchOfficersRowsOutsideTheirVillageAreRefusedRowByRow() {
        var user = signIn("kp8.lienhuong");
        var households = List.of(HOUSEHOLDS.get(0), List.of("22969-001", "T-002", "", "", "", ""),
                List.of("27643-001", "T-003", "", "", "", ""));
        var members = List.of(MEMBERS.get(0), List.of("22969-001", "T-002", "Lê Văn Cường", "1960", "Nam",
                "Chủ hộ", "", "", ""), List.of("27643-001", "T-003", "Lê Văn Dũng", "1961", "Nam", "Chủ hộ", "", "", ""));
        var preview = read(user, ImportKind.HOUSEHOLDS, twoSheets(households, members));

        assertThat(preview.problems()).extracting(p -> p.row() + " " + p.key()).containsExactly(
                "3 registry.imports.villageOutsideArea", "4 registry.imports.villageOutsideArea");
    }

    @Test
    void aCommitWritesOneAuditEntryNamingEveryAffectedRecord() {
        var user = signIn("xa.lienhuong");
        var preview = read(user, ImportKind.HOUSEHOLDS, twoSheets(HOUSEHOLDS, MEMBERS));
        commit(user, preview.id());

        var entries = jdbc.sql("""
                select affected_ids from audit_entry where entity = 'household' and action = 'import'
                and after ->> 'import' = :id""").param("id", String.valueOf(preview.id()))
                .query((rs, n) -> Arrays.asList((Long[]) rs.getArray(1).getArray())).list();
        var households = jdbc.sql("select id from reg_household where code like 'T-%' order by id")
                .query(Long.class).list();
        var persons = jdbc.sql("""
                select m.person_id from reg_member m join reg_household h on h.id = m.household_id
                where h.code like 'T-%' order by m.person_id""").query(Long.class).list();
        assertThat(entries).singleElement().satisfies(ids -> {
            assertThat(ids.subList(0, 2)).isEqualTo(households);
            assertThat(ids.subList(2, ids.size())).isEqualTo(persons);
        });
    }

    @Test
    void clansAndOrganisationsAreImportedAndReimportedByCode() {
        var user = signIn("xa.lienhuong");
        var clans = new LinkedHashMap<String, List<List<String>>>();
        clans.put("Dòng họ", List.of(List.of("Mã xã", "Mã dòng họ", "Tên dòng họ", "Người đại diện", "Điện thoại",
                "Có ban khuyến học", "Từ ngày"), List.of("22969", "DH-T1", "Họ Nguyễn Văn", "Nguyễn Văn Bình", "", "Có", "2015")));
        commit(user, read(user, ImportKind.CLANS, ImportFiles.xlsx(clans)).id());
        var again = read(user, ImportKind.CLANS, ImportFiles.xlsx(clans));
        assertThat(again.counts()).containsEntry("recordsUnchanged", 1).containsEntry("recordsNew", 0);
        assertThat(jdbc.sql("select has_board from reg_clan where code = 'DH-T1'").query(Boolean.class).single()).isTrue();

        var units = new LinkedHashMap<String, List<List<String>>>();
        units.put("Đơn vị", List.of(List.of("Mã xã", "Mã đơn vị", "Tên đơn vị", "Loại hình", "Cấp quản lý",
                "Số cán bộ, nhân viên", "Địa chỉ", "Điện thoại", "Từ ngày"), List.of("22969", "DV-T1",
                "Trường Tiểu học Thử", "Trường tiểu học", "Cấp xã", "35", "", "", "")));
        var preview = read(user, ImportKind.ORGANISATIONS, ImportFiles.xlsx(units));
        assertThat(preview.counts()).containsEntry("recordsNew", 1);
        commit(user, preview.id());
        assertThat(jdbc.sql("select kind || ' ' || staff_count from reg_organisation where code = 'DV-T1'")
                .query(String.class).single()).isEqualTo("PRIMARY_SCHOOL 35");
    }

    @Test
    void citizensUpdateThePersonFoundAtTheirPlaceOrJoinIt() {
        var user = signIn("xa.lienhuong");
        commit(user, read(user, ImportKind.HOUSEHOLDS, twoSheets(HOUSEHOLDS, MEMBERS)).id());
        var units = new LinkedHashMap<String, List<List<String>>>();
        units.put("Đơn vị", List.of(List.of("Mã xã", "Mã đơn vị", "Tên đơn vị", "Loại hình", "Cấp quản lý",
                "Số cán bộ, nhân viên", "Địa chỉ", "Điện thoại", "Từ ngày"), List.of("22969", "DV-T2",
                "Trường Mầm non Thử", "Trường mầm non", "Cấp xã", "", "", "", "")));
        commit(user, read(user, ImportKind.ORGANISATIONS, ImportFiles.xlsx(units)).id());
        var citizens = new LinkedHashMap<String, List<List<String>>>();
        var header = List.of("Mã xã", "Mã đơn vị", "Mã thôn", "Mã hộ", "Họ và tên", "Năm sinh", "Giới tính",
                "Đối tượng", "Chức vụ");
        citizens.put("Công dân", List.of(header,
                List.of("", "", "22969-008", "T-001", "Trần Thị Bình", "1978", "Nữ", "Cán bộ", ""),
                List.of("", "", "22969-008", "T-001", "Nguyễn Văn Khoa", "2001", "Nam", "Công nhân", ""),
                List.of("22969", "DV-T2", "", "", "Trần Thị Bình", "1978", "Nữ", "Cán bộ", "Giáo viên")));
        var preview = read(user, ImportKind.CITIZENS, ImportFiles.xlsx(citizens));
        assertThat(preview.counts()).containsEntry("recordsUpdated", 1).containsEntry("recordsNew", 2);
        commit(user, preview.id());

        assertThat(jdbc.sql("""
                select p.target_group from reg_person p join reg_member m on m.person_id = p.id
                join reg_household h on h.id = m.household_id where h.code = 'T-001' and p.birth_year = 1978""")
                .query(String.class).single()).isEqualTo("OFFICIAL");
        assertThat(count("""
                select count(*) from reg_member m join reg_household h on h.id = m.household_id
                where h.code = 'T-001'""")).isEqualTo(3);
        assertThat(jdbc.sql("""
                select s.position from reg_staff s join reg_organisation o on o.id = s.organisation_id
                where o.code = 'DV-T2'""").query(String.class).single()).isEqualTo("Giáo viên");
    }

    @Test
    void anImportIsSeenOnlyByItsOwnerAndAdministrators() {
        var owner = signIn("xa.lienhuong");
        long id = read(owner, ImportKind.HOUSEHOLDS, twoSheets(HOUSEHOLDS, MEMBERS)).id();
        signIn("kp8.lienhuong");
        assertThatThrownBy(() -> imports.find(id)).isInstanceOf(NotFound.class);
        signIn("admin");
        assertThat(imports.find(id).userId()).isEqualTo(owner.id());
    }

    private ImportView read(CurrentUser user, ImportKind kind, byte[] content) {
        long id = store.create(kind, "test.xlsx", user.id());
        work.read(id, kind, "test.xlsx", ImportFiles.file(content), user);
        return store.find(id).orElseThrow();
    }

    private void commit(CurrentUser user, long id) {
        assertThat(store.claim(id)).isTrue();
        work.commit(id, store.find(id).orElseThrow().kind(), user);
        assertThat(store.find(id).orElseThrow().status()).isEqualTo("COMMITTED");
    }

    private CurrentUser signIn(String username) {
        return new TestAccounts(jdbc, accounts, users).signIn(username);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
