package vn.khuyenhoc.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.association.imports.ImportChecks.Problem;
import vn.khuyenhoc.association.imports.MemberSheet;
import vn.khuyenhoc.shared.InvalidInput;

/** Importing members of Xã Liên Hương's demo association from Excel, as its commune officer. */
@IntegrationTest
@Transactional
class MemberImportIntegrationTests {

    @Autowired MemberImports imports;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    long association;
    List<Object[]> persons;

    @BeforeEach
    void signInAndFindTwoNonMembersOfKhuPho3() {
        new TestAccounts(jdbc, accounts, users).signIn("xa.lienhuong");
        association = jdbc.sql("select id from assoc_unit where name = 'Hội Khuyến học Xã Liên Hương'")
                .query(Long.class).single();
        long village = new AssociationFixtures(jdbc).unit("22969-003");
        persons = jdbc.sql("""
                select p.full_name, p.birth_year from registry_household_member h
                join registry_person_name p on p.person_id = h.person_id
                where h.village_id = :v and h.left_on is null and h.birth_year <= 1990 and p.full_name is not null
                  and not exists (select 1 from assoc_member m where m.person_id = h.person_id)
                  and not exists (select 1 from registry_household_member o join registry_person_name q
                                  on q.person_id = o.person_id where o.village_id = :v and o.person_id <> p.person_id
                                  and q.name_folded = p.name_folded and q.birth_year = p.birth_year)
                order by p.person_id limit 2""").param("v", village)
                .query((rs, n) -> new Object[] {rs.getString(1), String.valueOf(rs.getInt(2))}).list();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void everyProblemIsShownByRowAndColumnAndNothingIsWritten() throws IOException {
        byte[] file = sheet(List.of(
                List.of("22969-003", persons.get(0)[0], persons.get(0)[1], "01/09/2025", ""),
                List.of("22969-999", "Nguyễn Văn Xa", "1970", "", ""),
                List.of("22969-003", "Không Có Ai Tên Này", "1970", "", ""),
                List.of("22969-003", persons.get(1)[0], persons.get(1)[1], "31/02/2025", "22969-00001")));

        var preview = imports.upload(association, "hoi-vien.xlsx", file);

        assertThat(preview.ready()).isEqualTo(1);
        assertThat(preview.problems()).extracting(Problem::line, Problem::column, Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "Mã thôn", "association.import.noBranch"),
                org.assertj.core.groups.Tuple.tuple(4, "Họ và tên", "association.import.personNotFound"),
                org.assertj.core.groups.Tuple.tuple(5, "Ngày vào Hội", "association.import.badDay"),
                org.assertj.core.groups.Tuple.tuple(5, "Số thẻ", "association.import.cardTaken"));
        long before = members();
        assertThatThrownBy(() -> imports.commit(preview.importId())).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "association.import.hasProblems");
        assertThat(members()).isEqualTo(before);
    }

    @Test
    void aCleanFileIsWrittenWholeOnceWithTheNextCardNumbers() throws IOException {
        byte[] file = sheet(List.of(
                List.of("22969-003", persons.get(0)[0], persons.get(0)[1], "", ""),
                List.of("22969-003", vn.khuyenhoc.shared.Text.fold((String) persons.get(1)[0]), persons.get(1)[1],
                        "15/08/2025", "")));
        var preview = imports.upload(association, "hoi-vien.xlsx", file);
        assertThat(preview.problems()).isEmpty();

        assertThat(imports.commit(preview.importId())).isEqualTo(2);

        assertThat(jdbc.sql("""
                select card_number from assoc_member where assoc_unit_id = :a order by card_number desc limit 2""")
                .param("a", association).query(String.class).list()).containsExactly("22969-00310", "22969-00309");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity = 'association-member' and action = 'import'")
                .query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> imports.commit(preview.importId())).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "association.import.alreadyCommitted");
    }

    private long members() {
        return jdbc.sql("select count(*) from assoc_member").query(Long.class).single();
    }

    private static byte[] sheet(List<List<Object>> rows) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Hội viên");
            var header = sheet.createRow(0);
            for (int i = 0; i < MemberSheet.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(MemberSheet.HEADERS.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(String.valueOf(rows.get(r).get(c)));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
