package vn.khuyenhoc.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.accounts.Accounts;
import vn.khuyenhoc.accounts.TestAccounts;
import vn.khuyenhoc.criteria.CriteriaEditor;
import vn.khuyenhoc.registry.RegistryFixtures;

/** The Excel score sheet: downloaded, filled in with POI as a user would in Excel, uploaded, previewed, committed. */
@IntegrationTest
@Transactional
class ScoreWorkbookIntegrationTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    CriteriaEditor editor;
    @Autowired
    Rounds rounds;
    @Autowired
    Registrations registrations;
    @Autowired
    ScoreSheets sheets;
    @Autowired
    ScoreWorkbooks workbooks;

    RoundFixtures fixtures;
    long roundId;
    long first;
    long second;

    @BeforeEach
    void registerTwo() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        fixtures = new RoundFixtures(jdbc, new TestAccounts(jdbc, accounts, userDetails), editor, rounds);
        roundId = fixtures.lienHuongHouseholdRound(fixtures.householdSet());
        var registry = new RegistryFixtures(jdbc);
        fixtures.users().signIn("kp8.lienhuong");
        first = registrations.register(roundId, registry.household("22969-008", "EXCEL-001", null));
        second = registrations.register(roundId, registry.household("22969-008", "EXCEL-002", null));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
        LocaleContextHolder.resetLocaleContext();
    }

    Path filledIn(BiConsumer<Long, Row> fill) throws Exception {
        return WorkbookFilling.filledIn(workbooks, roundId, fill);
    }

    int workbookAudits() {
        return jdbc.sql("select count(*) from audit_entry where action = 'score-grid-review' "
                + "and (after ->> 'round')::bigint = :r").param("r", roundId).query(Integer.class).single();
    }

    @Test
    void theDownloadedSheetHasVietnameseHeadersAHiddenIdColumnAndOneRowPerRegistration() throws Exception {
        var out = new ByteArrayOutputStream();
        workbooks.download(roundId, null, SheetKind.REVIEW, out);

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue())
                    .isEqualTo("1.1. Chỉ số thử 1.1 (tối đa 5 điểm)");
            assertThat(sheet.getRow(0).getCell(23).getStringCellValue()).isEqualTo("Ghi chú");
            assertThat(sheet.isColumnHidden(0)).isTrue();
            assertThat(sheet.getRow(1).getZeroHeight()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue() + sheet.getRow(3).getCell(0)
                    .getStringCellValue()).contains(String.valueOf(first), String.valueOf(second));
        }
    }

    @Test
    void aCleanSheetIsPreviewedWithComputedResultsThenCommittedWholeWithOneAuditEntry() throws Exception {
        Path file = filledIn((id, row) -> {
            WorkbookFilling.every(row, id == first ? 5 : 2);
            row.createCell(23).setCellValue("  Đã   kiểm tra tại nhà ");
        });

        SheetUpload upload = workbooks.upload(roundId, SheetKind.REVIEW, file);
        int saved = workbooks.commit(roundId, upload.id());

        assertThat(upload.status()).isEqualTo("READY");
        assertThat(upload.lines()).extracting(SheetUpload.Line::registrationId, SheetUpload.Line::achieved)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(first, true),
                        org.assertj.core.groups.Tuple.tuple(second, false));
        assertThat(saved).isEqualTo(2);
        var firstSheet = sheets.sheet(first, SheetKind.REVIEW).orElseThrow();
        assertThat(firstSheet.total()).isEqualByComparingTo("100");
        assertThat(firstSheet.band()).isEqualTo("Tốt");
        assertThat(firstSheet.notes()).containsEntry("_", "Đã kiểm tra tại nhà");
        assertThat(sheets.sheet(second, SheetKind.REVIEW).orElseThrow().total()).isEqualByComparingTo("40");
        assertThat(workbookAudits()).isEqualTo(1);
        assertThatThrownBy(() -> workbooks.commit(roundId, upload.id())).hasMessage("round.excel.notReady");
    }

    @Test
    void everyBadCellIsListedByRowAndColumnAndNothingIsSaved() throws Exception {
        Path file = filledIn((id, row) -> {
            WorkbookFilling.every(row, 3);
            if (id == first) {
                row.getCell(3).setCellValue(6);
                row.getCell(4).setCellValue(-1);
            } else {
                WorkbookFilling.replace(row, 5, "năm");
                WorkbookFilling.replace(row, 0, "999999999999");
            }
        });

        SheetUpload upload = workbooks.upload(roundId, SheetKind.REVIEW, file);

        assertThat(upload.status()).isEqualTo("REFUSED");
        assertThat(upload.problems()).extracting(UploadProblem::column, UploadProblem::key).contains(
                org.assertj.core.groups.Tuple.tuple("1.1", "round.excel.aboveMaximum"),
                org.assertj.core.groups.Tuple.tuple("1.2", "round.excel.negative"),
                org.assertj.core.groups.Tuple.tuple("1.3", "round.excel.notANumber"));
        assertThat(upload.problems()).extracting(UploadProblem::key).contains("round.excel.unknownRow");
        assertThat(upload.problems()).allMatch(p -> p.row() == 3 || p.row() == 4);
        assertThatThrownBy(() -> workbooks.commit(roundId, upload.id())).hasMessage("round.excel.notReady");
        assertThat(sheets.sheet(first, SheetKind.REVIEW)).isEmpty();
    }

    @Test
    void anUnknownRowIsReported() throws Exception {
        Path file = filledIn((id, row) -> {
            WorkbookFilling.every(row, 3);
            if (id == second) {
                WorkbookFilling.replace(row, 0, "999999999999");
            }
        });

        SheetUpload upload = workbooks.upload(roundId, SheetKind.REVIEW, file);

        assertThat(upload.problems()).extracting(UploadProblem::key).containsExactly("round.excel.unknownRow");
        assertThat(upload.status()).isEqualTo("REFUSED");
    }

    @Test
    void aSheetChangedBySomeoneElseSinceTheDownloadIsReportedNotOverwritten() throws Exception {
        int read = sheets.save(first, SheetKind.REVIEW, RoundFixtures.sheet("3", null)).version();
        Path file = filledIn((id, row) -> WorkbookFilling.every(row, 5));
        sheets.save(first, SheetKind.REVIEW, RoundFixtures.sheet("4", read));

        SheetUpload upload = workbooks.upload(roundId, SheetKind.REVIEW, file);

        assertThat(upload.status()).isEqualTo("REFUSED");
        assertThat(upload.problems()).extracting(UploadProblem::key).containsExactly("round.excel.changedMeanwhile");
        assertThat(sheets.sheet(first, SheetKind.REVIEW).orElseThrow().total()).isEqualByComparingTo("80");
        assertThat(sheets.sheet(second, SheetKind.REVIEW)).isEmpty();
    }

    @Test
    void aSaveBetweenPreviewAndCommitRefusesTheWholeCommit() throws Exception {
        SheetUpload upload = workbooks.upload(roundId, SheetKind.REVIEW, filledIn((id, row) -> WorkbookFilling.every(row, 5)));
        sheets.save(second, SheetKind.REVIEW, RoundFixtures.sheet("4", null));

        assertThatThrownBy(() -> workbooks.commit(roundId, upload.id())).isInstanceOf(ChangedMeanwhile.class);
    }

    @Test
    void aFileThatIsNotAScoreSheetIsRefused() throws Exception {
        Path file = Files.createTempFile("not-a-workbook", ".xlsx");
        Files.writeString(file, "Họ tên;Điểm");

        assertThatThrownBy(() -> workbooks.upload(roundId, SheetKind.REVIEW, file))
                .hasMessage("registry.imports.notExcel");
    }
}
