package vn.khuyenhoc.accounts.user;

import java.io.Serializable;

/** One line of an uploaded list of accounts, as typed; {@code number} is the line in the file (1 = header). */
record ListLine(int number, String username, String displayName, String role, String areaCode)
        implements Serializable {
}
