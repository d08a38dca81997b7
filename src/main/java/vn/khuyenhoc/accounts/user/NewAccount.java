package vn.khuyenhoc.accounts.user;

import java.io.Serializable;
import vn.khuyenhoc.accounts.Role;

/** An account a manager asks for: its area is given by the code of a unit valid today (empty for an admin). */
record NewAccount(String username, String displayName, Role role, String areaCode) implements Serializable {
}
