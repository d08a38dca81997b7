package vn.khuyenhoc.shared;

/**
 * An error a user can cause and correct. It carries a message key and its arguments; the web shell resolves the
 * key in the user's language (Vietnamese first) and answers with {@link #status()}.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final int status;

    public UserFacingException(int status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public int status() {
        return status;
    }
}
