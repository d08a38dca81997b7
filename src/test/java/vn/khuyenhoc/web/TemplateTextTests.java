package vn.khuyenhoc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Templates carry no literal text: what a user reads comes from the message bundles, so it exists in Vietnamese
 * and English. Text between tags and the attributes a user sees or hears ({@code placeholder}, {@code title},
 * {@code alt}, {@code aria-label}, the {@code value} of a button) must not contain a letter, unless the element
 * also has the {@code th:} variant that replaces it.
 */
class TemplateTextTests {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile(
            "<(script|style)\\b[^>]*>.*?</\\1\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    /** A tag, with quoted attribute values that may hold '>' (as in th:if="${a > 0}"). */
    private static final Pattern TAG = Pattern.compile(
            "<(/?[A-Za-z!][\\w:.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z]+|#\\d+|#x[0-9A-Fa-f]+);");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> SEEN_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label");

    @Test
    void templatesHaveNoLiteralTextBetweenTags() throws IOException {
        var findings = new ArrayList<String>();
        for (Path template : templates()) {
            String text = blankOut(blankOut(blankOut(Files.readString(template), COMMENT), SCRIPT_OR_STYLE), TAG);
            text = ENTITY.matcher(text).replaceAll(" ");
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (LETTER.matcher(lines[i]).find()) {
                    findings.add(where(template, i + 1) + lines[i].strip().replaceAll("\\s+", " "));
                }
            }
        }
        assertThat(findings).as("literal text in templates; use th:text=\"#{key}\"").isEmpty();
    }

    @Test
    void templatesHaveNoLiteralTextInAttributesAUserSeesOrHears() throws IOException {
        var findings = new ArrayList<String>();
        for (Path template : templates()) {
            String source = blankOut(Files.readString(template), COMMENT);
            Matcher tag = TAG.matcher(source);
            while (tag.find()) {
                String element = tag.group(1).toLowerCase();
                Map<String, String> attributes = attributes(tag.group(2));
                for (var attribute : attributes.entrySet()) {
                    if (isSeen(element, attributes, attribute.getKey()) && LETTER.matcher(attribute.getValue()).find()
                            && !hasThymeleafVariant(attributes, attribute.getKey())) {
                        findings.add(where(template, lineOf(source, tag.start())) + attribute.getKey() + "=\""
                                + attribute.getValue() + "\"");
                    }
                }
            }
        }
        assertThat(findings).as("literal text in attributes; use th:placeholder, th:title, th:attr").isEmpty();
    }

    private static boolean isSeen(String element, Map<String, String> attributes, String name) {
        if (SEEN_ATTRIBUTES.contains(name)) {
            return true;
        }
        boolean button = element.equals("button") || (element.equals("input")
                && Set.of("submit", "button", "reset").contains(attributes.getOrDefault("type", "").toLowerCase()));
        return button && name.equals("value");
    }

    private static boolean hasThymeleafVariant(Map<String, String> attributes, String name) {
        return attributes.containsKey("th:" + name)
                || attributes.getOrDefault("th:attr", "").contains(name + "=")
                || attributes.getOrDefault("data-th-" + name, null) != null;
    }

    private static Map<String, String> attributes(String text) {
        var attributes = new HashMap<String, String>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
            attributes.put(attribute.group(1).toLowerCase(), value);
        }
        return attributes;
    }

    /** Replaces each match by blanks, keeping its line breaks so that line numbers stay right. */
    private static String blankOut(String text, Pattern pattern) {
        return pattern.matcher(text).replaceAll(match -> match.group().replaceAll("[^\n]", " "));
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String where(Path template, int line) {
        return MessagesTests.TEMPLATES.relativize(template) + ":" + line + ": ";
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(MessagesTests.TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
