package vn.khuyenhoc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message exists in Vietnamese and in English: the bundles {@code i18n/X.properties} (Vietnamese, with its
 * diacritics, in UTF-8) and {@code i18n/X_en.properties} have the same keys and no empty value, and every key a
 * template names literally ({@code #{key}}) is defined. Keys built at run time ({@code #{${...}}}) are not checked.
 */
class MessagesTests {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)\\s*[}(]");
    static final Path SOURCES = Path.of("src/main/java");
    /**
     * new InvalidInput("key"…), super(403, "key"…), addFlashAttribute("flash", "key"), reject("key"…), and the
     * flash key given to FormPosts.save/attempt(…, "key", …).
     */
    private static final Pattern JAVA_KEY = Pattern.compile("(?:InvalidInput|UserFacingException|NotFound|super)"
            + "\\((?:\\d+, )?\"([a-z]+\\.[A-Za-z.]*[A-Za-z])\"|addFlashAttribute\\(\"flash\", \"([^\"]+)\"\\)"
            + "|(?:reject(?:Value)?|FormPosts\\.\\w+)\\([^;]*?\"([a-z]+\\.[A-Za-z.]*[A-Za-z])\"");

    @Test
    void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
        var differences = new ArrayList<String>();
        for (Path vietnamese : vietnameseBundles()) {
            Path english = englishOf(vietnamese);
            assertThat(english).as("English bundle of " + vietnamese).exists();
            var vi = load(vietnamese).keySet();
            var en = load(english).keySet();
            difference(vi, en).forEach(key -> differences.add(key + " missing in " + english.getFileName()));
            difference(en, vi).forEach(key -> differences.add(key + " missing in " + vietnamese.getFileName()));
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        var empty = new ArrayList<String>();
        for (Path bundle : allBundles()) {
            load(bundle).forEach((key, value) -> {
                if (value.isBlank()) {
                    empty.add(bundle.getFileName() + ": " + key);
                }
            });
        }
        assertThat(empty).isEmpty();
    }

    @Test
    void bundlesAreUtf8AndTheVietnameseOnesCarryDiacritics() throws IOException {
        for (Path bundle : allBundles()) {
            String text = decodeStrictly(bundle);
            if (!bundle.getFileName().toString().endsWith("_en.properties")) {
                assertThat(VIETNAMESE.matcher(text).find())
                        .as(bundle + " should be Vietnamese with diacritics (not ASCII, not escaped)").isTrue();
            }
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        assertThat(missingKeys(TEMPLATES, ".html", TEMPLATE_KEY)).isEmpty();
    }

    /** Keys the Java code gives to errors, flash messages and form errors (literal keys only). */
    @Test
    void everyKeyTheCodeGivesToAUserExists() throws IOException {
        assertThat(missingKeys(SOURCES, ".java", JAVA_KEY)).isEmpty();
    }

    private static List<String> missingKeys(Path root, String suffix, Pattern usage) throws IOException {
        var known = new TreeSet<String>();
        for (Path bundle : allBundles()) {
            known.addAll(load(bundle).keySet());
        }
        var missing = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                var keys = usage.matcher(Files.readString(file));
                while (keys.find()) {
                    String key = firstGroup(keys);
                    if (!known.contains(key)) {
                        missing.add(root.relativize(file) + ": " + key);
                    }
                }
            }
        }
        return missing;
    }

    private static String firstGroup(java.util.regex.Matcher match) {
        for (int group = 1; group <= match.groupCount(); group++) {
            if (match.group(group) != null) {
                return match.group(group);
            }
        }
        throw new IllegalStateException("no key in " + match.group());
    }

    static List<Path> allBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(f -> f.toString().endsWith(".properties")).sorted().toList();
        }
    }

    private static List<Path> vietnameseBundles() throws IOException {
        return allBundles().stream().filter(f -> !f.getFileName().toString().contains("_")).toList();
    }

    private static Path englishOf(Path vietnamese) {
        return vietnamese.resolveSibling(vietnamese.getFileName().toString().replace(".properties", "_en.properties"));
    }

    static Map<String, String> load(Path bundle) throws IOException {
        var properties = new Properties();
        properties.load(new StringReader(decodeStrictly(bundle)));
        var messages = new TreeMap<String, String>();
        properties.forEach((key, value) -> messages.put((String) key, (String) value));
        return messages;
    }

    private static String decodeStrictly(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid UTF-8", e);
        }
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        var result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }
}
