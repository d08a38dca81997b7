package vn.khuyenhoc.learningcentre;

import java.util.Arrays;
import java.util.Optional;
import vn.khuyenhoc.shared.Text;

/** The annual rating of a centre: tốt, khá, trung bình, yếu; labels are {@code learningcentre.rating.<NAME>}. */
public enum Rating {
    GOOD("tot"), FAIR("kha"), AVERAGE("trung binh"), WEAK("yeu");

    private final String folded;

    Rating(String folded) {
        this.folded = folded;
    }

    /** The rating a criteria set's band stands for ("Tốt" → GOOD), compared without diacritics. */
    public static Optional<Rating> ofBand(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String key = Text.fold(label);
        return Arrays.stream(values()).filter(r -> r.folded.equals(key)).findFirst();
    }
}
