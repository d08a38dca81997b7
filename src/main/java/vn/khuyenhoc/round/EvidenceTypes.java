package vn.khuyenhoc.round;

import java.text.Normalizer;
import java.util.Optional;

/**
 * What evidence may be: a PDF, a JPEG or a PNG, recognised by its first bytes (never by the name or the type the
 * browser claims), up to 10 MB; and the label a file name becomes.
 */
final class EvidenceTypes {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private EvidenceTypes() {
    }

    static Optional<String> detect(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /**
     * The file name as a label: its last path segment, letters (any script), digits, spaces, dots, dashes and
     * underscores only, no leading dot, at most 100 characters; "minh-chung" when nothing is left.
     */
    static String sanitise(String name) {
        return sanitise(name, "minh-chung");
    }

    /** The same, with another label when nothing of the name is left. */
    static String sanitise(String name, String whenEmpty) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = Normalizer.normalize(base, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{M}\\p{N} ._-]", "_")
                .replaceAll("\\s+", " ").replaceAll("^[ .]+", "").trim();
        if (base.length() > 100) {
            base = base.substring(base.length() - 100);
        }
        return base.isEmpty() ? whenEmpty : base;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
