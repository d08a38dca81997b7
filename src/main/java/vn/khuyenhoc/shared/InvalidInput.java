package vn.khuyenhoc.shared;

/** Input that breaks a rule; the message key names the rule, the arguments the offending values. */
public class InvalidInput extends UserFacingException {

    public InvalidInput(String messageKey, Object... arguments) {
        super(400, messageKey, arguments);
    }
}
