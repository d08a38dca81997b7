package vn.khuyenhoc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A year is printed as 2020, never as a Vietnamese count ("2.020"): MessageFormat gives a number argument a
 * thousands separator unless the placeholder says {@code {0,number,#}} (or the caller passes the year as text).
 */
class YearArgumentsTests {

    /** The start of #{key(args)} on a line of a template; the arguments run to the matching parenthesis. */
    private static final Pattern CALL = Pattern.compile("#\\{([A-Za-z][\\w.-]*)\\(");
    /** An argument that is a year as a number: ${….year} or ${year}, not turned into text. */
    private static final Pattern YEAR = Pattern.compile("\\$\\{[^}]*\\b[a-zA-Z.]*[yY]ear\\}");

    @Test
    void aYearArgumentIsPrintedWithoutAThousandsDotInBothLanguages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/statistics");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);

        assertThat(source.getMessage("statistics.recompute.button", new Object[] {2020}, Locale.forLanguageTag("vi")))
                .isEqualTo("Tính lại số liệu năm 2020");
        assertThat(source.getMessage("statistics.recompute.button", new Object[] {2020}, Locale.ENGLISH))
                .isEqualTo("Recompute the figures of 2020");
        assertThat(source.getMessage("statistics.target.line", new Object[] {"80,00%", 2030, "QĐ 677"},
                Locale.forLanguageTag("vi"))).isEqualTo("80,00% đến năm 2030 (QĐ 677)");
    }

    @Test
    void everyTemplateThatPassesAYearAsANumberHasAPlaceholderThatPrintsItWithoutSeparator() throws IOException {
        var bundles = new Properties();
        try (Stream<Path> files = Files.list(MessagesTests.BUNDLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                var one = new Properties();
                one.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
                one.forEach((key, value) -> bundles.put(file.getFileName() + ":" + key, value));
            }
        }
        var wrong = new ArrayList<String>();
        try (Stream<Path> templates = Files.walk(MessagesTests.TEMPLATES)) {
            for (Path template : templates.filter(f -> f.toString().endsWith(".html")).toList()) {
                for (String line : Files.readAllLines(template, StandardCharsets.UTF_8)) {
                    Matcher call = CALL.matcher(line);
                    while (call.find()) {
                        check(call.group(1), arguments(line.substring(call.end())), bundles, wrong);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static void check(String key, List<String> arguments, Properties bundles, List<String> wrong) {
        for (int i = 0; i < arguments.size(); i++) {
            if (!YEAR.matcher(arguments.get(i).trim()).matches()) {
                continue;
            }
            int index = i;
            bundles.forEach((name, text) -> {
                if (name.toString().endsWith(":" + key) && !text.toString().contains("{" + index + ",number,#}")) {
                    wrong.add(name + " prints year argument {" + index + "} with a thousands separator");
                }
            });
        }
    }

    /** The arguments of a call up to its closing parenthesis, split at the commas outside ${…} and (…). */
    private static List<String> arguments(String text) {
        var parts = new ArrayList<String>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '(') {
                depth++;
            } else if (c == ')' && depth == 0) {
                parts.add(text.substring(start, i));
                return parts;
            } else if (c == '}' || c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
