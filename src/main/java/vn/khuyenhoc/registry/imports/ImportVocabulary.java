package vn.khuyenhoc.registry.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.registry.ManagingLevel;
import vn.khuyenhoc.registry.OrganisationKind;
import vn.khuyenhoc.registry.Relation;
import vn.khuyenhoc.registry.SchoolLevel;
import vn.khuyenhoc.registry.Sex;
import vn.khuyenhoc.registry.TargetGroup;
import vn.khuyenhoc.shared.Text;

/**
 * The words a file may use, looked up folded (so with or without diacritics, any case): column headers, sheet
 * names and the labels of the registry's enums, in Vietnamese and English, plus the enum names themselves.
 */
@Component
class ImportVocabulary {

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);
    private final Map<String, Column> headers = new HashMap<>();
    private final Map<String, Layout> sheets = new HashMap<>();
    private final Map<Class<?>, Map<String, Enum<?>>> labels = new HashMap<>();
    private final Map<String, Boolean> answers = new HashMap<>();
    /** Labels as files spell them, already looked up: a file repeats a handful of spellings a million times. */
    private final Map<String, Object> seen = new ConcurrentHashMap<>();
    private static final int SEEN_LIMIT = 10_000;
    private static final Object NONE = new Object();
    private final Map<Column, String> vietnameseHeaders = new HashMap<>();
    private final Map<Layout, String> vietnameseSheets = new HashMap<>();

    ImportVocabulary(MessageSource messages) {
        for (Column column : Column.values()) {
            vietnameseHeaders.put(column, messages.getMessage(column.messageKey(), null, LANGUAGES.get(0)));
        }
        for (Layout layout : Layout.values()) {
            vietnameseSheets.put(layout, messages.getMessage(layout.messageKey(), null, LANGUAGES.get(0)));
        }
        for (Locale locale : LANGUAGES) {
            for (Column column : Column.values()) {
                headers.put(Text.fold(messages.getMessage(column.messageKey(), null, locale)), column);
            }
            for (Layout layout : Layout.values()) {
                sheets.put(Text.fold(messages.getMessage(layout.messageKey(), null, locale)), layout);
            }
            answers.put(Text.fold(messages.getMessage("registry.imports.yes", null, locale)), true);
            answers.put(Text.fold(messages.getMessage("registry.imports.no", null, locale)), false);
            learn(messages, locale, Relation.class, "relation");
            learn(messages, locale, Sex.class, "sex");
            learn(messages, locale, SchoolLevel.class, "schoolLevel");
            learn(messages, locale, TargetGroup.class, "targetGroup");
            learn(messages, locale, OrganisationKind.class, "organisationKind");
            learn(messages, locale, ManagingLevel.class, "managingLevel");
        }
    }

    private <E extends Enum<E>> void learn(MessageSource messages, Locale locale, Class<E> type, String prefix) {
        var byLabel = labels.computeIfAbsent(type, t -> new HashMap<>());
        for (E value : type.getEnumConstants()) {
            String label = messages.getMessage("registry." + prefix + "." + value.name(), null, locale);
            byLabel.put(Text.fold(label), value);
            // lists often carry only the label's first words: "Nông dân" for "Nông dân, lao động nông thôn"
            byLabel.putIfAbsent(Text.fold(label.split(",")[0]), value);
            byLabel.put(Text.fold(value.name()), value);
        }
    }

    Column column(String header) {
        return headers.get(Text.fold(header));
    }

    /** The Vietnamese header of a column, as the template writes it. */
    String header(Column column) {
        return vietnameseHeaders.get(column);
    }

    /** The Vietnamese name of a layout's sheet, as the template names it. */
    String sheetName(Layout layout) {
        return vietnameseSheets.get(layout);
    }

    Layout sheet(String name) {
        return sheets.get(Text.fold(name));
    }

    /** The enum value a label names; null when it names none. */
    <E extends Enum<E>> E label(Class<E> type, String text) {
        String key = type.getSimpleName() + "\u0000" + text;
        Object known = seen.get(key);
        if (known == null) {
            Enum<?> value = labels.get(type).get(Text.fold(text));
            known = value == null ? NONE : value;
            if (seen.size() < SEEN_LIMIT) {
                seen.put(key, known);
            }
        }
        return known == NONE ? null : type.cast(known);
    }

    /** "Có"/"Không" (yes/no, x, 1/0); null when the text is neither. */
    Boolean answer(String text) {
        String folded = Text.fold(text);
        if (folded.equals("x") || folded.equals("1")) {
            return true;
        }
        return folded.equals("0") ? Boolean.FALSE : answers.get(folded);
    }
}
