package vn.khuyenhoc.registry.imports;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.khuyenhoc.IntegrationTest;
import vn.khuyenhoc.registry.generator.GeneratedSheets;
import vn.khuyenhoc.registry.generator.HouseholdGenerator;

/**
 * Where the preview's reading of the 100,000-household file goes: unzipping the worksheets alone, unzipping and
 * parsing them on one thread, reading through the reader thread with nothing done per row, and the whole parse
 * with its checks. Run: ./mvnw -B -Pbench test -Dtest=ReadPartsExperiment -Dsurefire.failIfNoSpecifiedTests=false
 * (not part of the benchmark's figures).
 */
@IntegrationTest
class ReadPartsExperiment {

    private static final int TURNS = Integer.getInteger("turns", 4);
    @Autowired ImportParser parser;

    @Test
    void partsOfReading() throws Exception {
        var villages = IntStream.rangeClosed(1, 14).mapToObj(n -> "22969-%03d".formatted(n)).toList();
        var households = new HouseholdGenerator(2026).generate(villages, 100_000).stream()
                .map(h -> h.withVillage(h.villageCode(), "B-" + h.code())).toList();
        var bytes = new ByteArrayOutputStream();
        GeneratedSheets.writeXlsx(households, bytes);
        Path file = Files.createTempFile("read-parts-", ".xlsx");
        Files.write(file, bytes.toByteArray());
        var times = new LinkedHashMap<String, List<Long>>();
        for (int turn = 0; turn < TURNS; turn++) {
            times.computeIfAbsent("unzip only", k -> new ArrayList<>()).add(timed(() -> unzip(file)));
            times.computeIfAbsent("unzip + parse, one thread", k -> new ArrayList<>()).add(timed(() -> parseOnly(file)));
            times.computeIfAbsent("  the same, CPU time of the thread", k -> new ArrayList<>()).add(cpu(() -> parseOnly(file)));
            times.computeIfAbsent("reader thread, rows dropped", k -> new ArrayList<>()).add(timed(() -> piped(file)));
            times.computeIfAbsent("whole parse with checks", k -> new ArrayList<>()).add(timed(
                    () -> parser.parse(ImportKind.HOUSEHOLDS, "bench.xlsx", file, rows -> { })));
        }
        System.out.println("== ReadPartsExperiment (ms per turn)");
        times.forEach((name, ms) -> System.out.printf(Locale.ROOT, "%-35s %s%n", name, ms));
        Files.delete(file);
    }

    private static long unzip(Path file) throws Exception {
        long total = 0;
        var zip = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            var sheets = new XSSFReader(zip).getSheetsData();
            byte[] buffer = new byte[1 << 16];
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        total += n;
                    }
                }
            }
        } finally {
            zip.revert();
        }
        return total;
    }

    private static long parseOnly(Path file) throws Exception {
        var rows = new LongAdder();
        var zip = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            var sheets = (XSSFReader.SheetIterator) new XSSFReader(zip).getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    new SheetXml(new SharedStrings(null), null).read(sheets.getSheetName(), in, row -> rows.increment());
                }
            }
        } finally {
            zip.revert();
        }
        return rows.sum();
    }

    private static long piped(Path file) {
        var rows = new LongAdder();
        try (var source = XlsxSource.open(file)) {
            for (String sheet : source.sheetNames()) {
                source.rows(sheet, row -> rows.increment());
            }
        }
        return rows.sum();
    }

    private interface Work {
        Object run() throws Exception;
    }

    /** CPU time of the calling thread: less disturbed by other work on the machine than the elapsed time. */
    private static long cpu(Work work) throws Exception {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        work.run();
        return (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
    }

    private static long timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
