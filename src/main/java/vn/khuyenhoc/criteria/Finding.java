package vn.khuyenhoc.criteria;

import java.util.List;

/** One result of checking a set: an ERROR blocks publishing and importing, a WARNING is shown only. */
public record Finding(boolean error, String key, List<Object> args) {

    static Finding error(String key, Object... args) {
        return new Finding(true, key, List.of(args));
    }

    static Finding warning(String key, Object... args) {
        return new Finding(false, key, List.of(args));
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
