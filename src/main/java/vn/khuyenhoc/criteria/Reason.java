package vn.khuyenhoc.criteria;

import java.util.List;

/** Why a result is what it is, as a message key ({@code criteria.reason.*}) and its arguments. */
public record Reason(String key, List<Object> args) {

    public static Reason of(String key, Object... args) {
        return new Reason(key, List.of(args));
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
