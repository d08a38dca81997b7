package vn.khuyenhoc.round;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.criteria.CriteriaSets;
import vn.khuyenhoc.criteria.Measure;
import vn.khuyenhoc.criteria.SetDocument;
import vn.khuyenhoc.round.excel.ScoreColumns;
import vn.khuyenhoc.round.excel.ScoreWorkbookReader;
import vn.khuyenhoc.round.excel.ScoreWorkbookWriter;
import vn.khuyenhoc.round.store.RegistrationStore;
import vn.khuyenhoc.round.store.SheetStore;
import vn.khuyenhoc.round.store.UploadStore;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;

/**
 * The Excel score sheet (bảng điểm Excel): a round's open registrations downloaded as a workbook, one column per
 * indicator, filled in offline and uploaded. The upload is checked whole into a preview that lists every problem by
 * row and column; only a clean preview is committed, through the score grid (all lines or none, one audit entry),
 * and results are computed by the set's rule, never read from the file.
 */
@Service
public class ScoreWorkbooks {

    private final Rounds rounds;
    private final Registrations registrations;
    private final RegistrationStore registrationStore;
    private final SheetStore sheets;
    private final UploadStore uploads;
    private final CriteriaSets criteria;
    private final ChainGuard chains;
    private final ScoreGrid grid;
    private final AreaGuard guard;
    private final MessageSource messages;

    ScoreWorkbooks(Rounds rounds, Registrations registrations, RegistrationStore registrationStore, SheetStore sheets,
                   UploadStore uploads, CriteriaSets criteria, ChainGuard chains, ScoreGrid grid, AreaGuard guard,
                   MessageSource messages) {
        this.rounds = rounds;
        this.registrations = registrations;
        this.registrationStore = registrationStore;
        this.sheets = sheets;
        this.uploads = uploads;
        this.criteria = criteria;
        this.chains = chains;
        this.grid = grid;
        this.guard = guard;
        this.messages = messages;
    }

    /** Writes the workbook of the round's registrations still open to scoring (of one village when given). */
    @Transactional(readOnly = true)
    public void download(long roundId, Long unitId, SheetKind kind, OutputStream out) throws IOException {
        RoundView round = rounds.require(roundId);
        var open = registrations.ofRound(roundId, null, unitId).stream().filter(r -> r.status().scorable()).toList();
        var saved = sheets.ofRegistrations(open.stream().map(Registration::id).toList(), kind);
        var lines = open.stream().map(r -> new ScoreWorkbookWriter.Line(r.id(), r.subjectName(), saved.get(r.id())))
                .toList();
        SetDocument set = criteria.require(round.criteriaSetId()).content();
        ScoreWorkbookWriter.write(out, text("round.excel.sheetName"), marker(round, kind), ScoreColumns.of(set),
                this::header, text("round.sheet.met"), text("round.sheet.notMet"), lines);
    }

    /** Reads and checks an uploaded workbook into a preview; nothing is scored yet. */
    @Transactional
    public SheetUpload upload(long roundId, SheetKind kind, Path file) {
        RoundView round = rounds.require(roundId);
        var user = guard.requireUser();
        if (!chains.chainOf(round).allows(user.role(), kind.step())) {
            throw new AccessDenied();
        }
        SetDocument set = criteria.require(round.criteriaSetId()).content();
        var read = new ScoreWorkbookReader(ScoreColumns.of(set), marker(round, kind)).read(file);
        var problems = new ArrayList<>(read.problems());
        var lines = new ArrayList<SheetUpload.Line>();
        for (var line : read.lines()) {
            check(round, kind, line, problems).ifPresent(lines::add);
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(UploadProblem.of(0, null, "round.grid.nothingEntered"));
        }
        problems.sort(java.util.Comparator.comparingInt(UploadProblem::row));
        return require(roundId, uploads.insert(roundId, kind, lines, problems, user.id()));
    }

    @Transactional(readOnly = true)
    public SheetUpload require(long roundId, long uploadId) {
        rounds.require(roundId);
        return uploads.find(uploadId).filter(u -> u.roundId() == roundId)
                .orElseThrow(() -> new NotFound("sheet-upload", uploadId));
    }

    /** Saves every line of a clean preview as one step; a sheet changed since the download refuses them all. */
    @Transactional
    public int commit(long roundId, long uploadId) {
        SheetUpload upload = require(roundId, uploadId);
        if (!upload.ready() || !uploads.markCommitted(uploadId, upload.version())) {
            throw new InvalidInput("round.excel.notReady");
        }
        var lines = new LinkedHashMap<Long, SheetForm>();
        upload.lines().forEach(line -> lines.put(line.registrationId(), line.form()));
        return grid.save(roundId, upload.kind(), lines);
    }

    /** The checks that need the database: the row is this round's, open, the user's to score, and not stale. */
    private java.util.Optional<SheetUpload.Line> check(RoundView round, SheetKind kind, ScoreWorkbookReader.Line line,
                                                       List<UploadProblem> problems) {
        var registration = registrationStore.find(line.registrationId()).filter(r -> r.roundId() == round.id());
        String problem = registration.isEmpty() ? "round.excel.unknownRow"
                : !registration.get().status().scorable() ? "round.excel.notScorable"
                : !chains.may(round, kind.step(), registration.get().subjectKind(), registration.get().subjectId())
                ? "round.excel.notAllowed" : null;
        if (problem == null) {
            Integer now = sheets.find(line.registrationId(), kind).map(SavedSheet::version).orElse(null);
            problem = java.util.Objects.equals(now, line.version()) ? null : "round.excel.changedMeanwhile";
        }
        if (problem != null) {
            problems.add(UploadProblem.of(line.row(), null, problem));
        }
        if (problem != null || !line.clean()) {
            return java.util.Optional.empty();
        }
        try {
            var result = criteria.score(round.criteriaSetId(), line.form().sheet());
            return java.util.Optional.of(new SheetUpload.Line(line.row(), line.registrationId(),
                    registration.get().subjectName(), line.form(), result.achieved(), result.band(), result.level(),
                    result.total()));
        } catch (InvalidInput refused) {
            problems.add(UploadProblem.of(line.row(), null, refused.messageKey(), refused.arguments()));
            return java.util.Optional.empty();
        }
    }

    private static String marker(RoundView round, SheetKind kind) {
        return "khuyenhoc-round:" + round.id() + ":" + kind.name();
    }

    private String header(ScoreColumns.Column column) {
        if (!column.isScore()) {
            return text("round.excel.column." + column.code());
        }
        var node = column.node();
        String how = node.measure() == Measure.POINTS
                ? text("round.excel.maximum", node.maxPoints() == null ? "" : node.maxPoints().stripTrailingZeros()
                        .toPlainString())
                : text(node.measure() == Measure.PASS_FAIL ? "round.excel.passFail" : "round.excel.figure");
        return column.nodeCode() + ". " + node.text() + " (" + how + ")";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
