package vn.khuyenhoc.documents;

/** Told how far a batch has got, after each item: {@code done} of {@code total}. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> {
    };

    void advanced(int done, int total);
}
