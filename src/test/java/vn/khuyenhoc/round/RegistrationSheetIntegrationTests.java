package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.accounts.TestSessions;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.shared.InvalidInput;

/** A branch officer registers households by marking the downloaded list and uploading it back. */
@IntegrationTest
@Transactional
class RegistrationSheetIntegrationTests {

    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired CriteriaEditor editor;
    @Autowired Rounds rounds;
    @Autowired Registrations registrations;
    @Autowired RegistrationSheets sheets;
    @Autowired MockMvc mvc;
    RoundFixtures fixtures;
    long roundId;

    @BeforeEach
    void openARound() {
        fixtures = new RoundFixtures(jdbc, new TestAccounts(jdbc, accounts, userDetails), editor, rounds);
        roundId = fixtures.lienHuongHouseholdRound(fixtures.householdSet());
        fixtures.users().signIn("kp8.lienhuong");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private byte[] downloaded() throws Exception {
        var out = new ByteArrayOutputStream();
        sheets.download(roundId, null, out);
        return out.toByteArray();
    }

    private Path marked(byte[] list, Consumer<Sheet> marking) throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(list))) {
            marking.accept(workbook.getSheetAt(0));
            Path file = Files.createTempFile("dang-ky-thu-", ".xlsx");
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    private static void mark(Sheet sheet, int row, String value) {
        sheet.getRow(row).createCell(4).setCellValue(value);
    }

    private static void addRow(Sheet sheet, String village, String code, String mark) {
        var row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(0).setCellValue(village);
        row.createCell(2).setCellValue(code);
        row.createCell(4).setCellValue(mark);
    }

    @Test
    void theListHoldsTheOfficersVillageOnlyWithEveryHouseholdNotYetRegistered() throws Exception {
        int households = jdbc.sql("""
                select count(*) from registry_subject s join geography_unit_current v on v.unit_id = s.unit_id
                where s.kind = 'household' and v.code = '22969-008'""").query(Integer.class).single();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(downloaded()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Mã hộ");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Đăng ký (x)");
            assertThat(sheet.getLastRowNum()).isEqualTo(households).isGreaterThan(100);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).isEqualTo("22969-008");
            }
        }
    }

    @Test
    void everyProblemIsListedByRowAndColumnAndNothingIsRegistered() throws Exception {
        Path file = marked(downloaded(), sheet -> {
            mark(sheet, 1, "x");
            mark(sheet, 2, "X");
            mark(sheet, 3, "có");
            mark(sheet, 4, "chắc vậy");
            addRow(sheet, "22969-007", "KP7-0001", "x");
            addRow(sheet, "22969-008", "KHONG-CO-HO-NAY", "x");
            addRow(sheet, "22969-008", sheet.getRow(1).getCell(2).getStringCellValue(), "x");
        });
        int before = registered();

        var upload = sheets.read(roundId, file);

        assertThat(upload.lines()).hasSize(3);
        assertThat(upload.problems()).extracting(UploadProblem::key).containsExactly(
                "round.registerSheet.badMark", "round.registerSheet.unknownVillage",
                "round.registerSheet.unknownHousehold", "round.registerSheet.duplicate");
        assertThat(upload.problems().get(0)).extracting(UploadProblem::row, UploadProblem::column)
                .containsExactly(5, "Đăng ký (x)");
        assertThat(upload.problems().get(2).column()).isEqualTo("Mã hộ");
        assertThat(upload.clean()).isFalse();
        assertThat(registered()).isEqualTo(before);
    }

    @Test
    void aCleanListRegistersItsMarkedHouseholdsAndUploadedAgainSkipsThem() throws Exception {
        Path file = marked(downloaded(), sheet -> {
            mark(sheet, 1, "x");
            mark(sheet, 2, "x");
            mark(sheet, 5, "1");
        });
        var upload = sheets.read(roundId, file);
        assertThat(upload.clean()).isTrue();

        registrations.registerMany(roundId, upload.householdIds());

        assertThat(registered()).isEqualTo(3);
        var again = sheets.read(roundId, file);
        assertThat(again.lines()).isEmpty();
        assertThat(again.alreadyRegistered()).isEqualTo(3);
        assertThat(again.problems()).isEmpty();
    }

    @Test
    void aFileThatIsNotTheListIsRefusedWhole() throws Exception {
        Path file = marked(downloaded(), sheet -> sheet.getRow(0).createCell(2).setCellValue("Số hộ"));
        assertThatThrownBy(() -> sheets.read(roundId, file)).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "round.registerSheet.notOurs");
    }

    @Test
    void thePreviewPageOffersToRegisterTheMarkedHouseholds() throws Exception {
        Path file = marked(downloaded(), sheet -> {
            mark(sheet, 1, "x");
            mark(sheet, 2, "x");
        });
        var session = TestSessions.signIn(mvc, "kp8.lienhuong", "khuyenhoc");
        String page = mvc.perform(multipart("/rounds/" + roundId + "/registration-sheet")
                        .file(new MockMultipartFile("file", "dang-ky.xlsx", null, Files.readAllBytes(file)))
                        .with(session).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Có 2 hộ sẽ được đăng ký", "Đăng ký 2 hộ", "id=\"register-upload-form\"");
    }

    private int registered() {
        return jdbc.sql("select count(*) from round_registration where round_id = :r").param("r", roundId)
                .query(Integer.class).single();
    }
}
