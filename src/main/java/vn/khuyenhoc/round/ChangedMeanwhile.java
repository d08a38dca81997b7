package vn.khuyenhoc.round;

import vn.khuyenhoc.shared.UserFacingException;

/** Someone else saved the record since the form was opened: nothing is overwritten, the user reloads. */
public class ChangedMeanwhile extends UserFacingException {

    public ChangedMeanwhile(String what) {
        super(409, "round.changedMeanwhile", what);
    }
}
