package vn.khuyenhoc.geography.imports;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * Where a record sits in an uploaded file: a line of a CSV, or the path of a JSON record and its code. It is
 * a message argument resolved in the reader's language, so that every rejection names the line.
 *
 * @param text the language-neutral form shown in preview lists ("12", "data[3].level2s[1]")
 */
record Where(String key, String text, String code) {

    static Where line(int number) {
        return new Where("geography.import.where.line", String.valueOf(number), null);
    }

    static Where path(String path) {
        return new Where("geography.import.where.path", path, null);
    }

    Where child(String field, int index) {
        return path(text + "." + field + "[" + index + "]");
    }

    Where withCode(String recordCode) {
        return new Where("geography.import.where.record", text, recordCode);
    }

    MessageSourceResolvable resolvable() {
        return new DefaultMessageSourceResolvable(new String[] {key}, new Object[] {text, code}, text);
    }

    /** The whole file is refused: the message names this place ("Dòng 7: …"). */
    InvalidInput reject(String problem, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = resolvable();
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return new InvalidInput("geography.import.error." + problem, all);
    }
}
