package vn.khuyenhoc.accounts.user;

import java.io.Serializable;
import java.util.List;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * What is wrong with one value of a new or changed account, as a message key with its arguments, and the
 * column of the account list it came from (so that an import can name the cell).
 */
record Problem(Column column, String messageKey, List<Serializable> arguments) implements Serializable {

    static Problem of(Column column, String messageKey, Serializable... arguments) {
        return new Problem(column, messageKey, List.of(arguments));
    }

    InvalidInput asError() {
        return new InvalidInput(messageKey, arguments.toArray());
    }

    /** The columns of the account list, in the order of the Excel template. */
    enum Column {
        USERNAME("A", "username"), DISPLAY_NAME("B", "displayName"), ROLE("C", "role"), AREA("D", "areaCode");

        private final String letter;
        private final String headerKey;

        Column(String letter, String header) {
            this.letter = letter;
            this.headerKey = "accounts.sheet." + header;
        }

        public String letter() {
            return letter;
        }

        /** The message key of the column's header in the template. */
        public String headerKey() {
            return headerKey;
        }
    }
}
