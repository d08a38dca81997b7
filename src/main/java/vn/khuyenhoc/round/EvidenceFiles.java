package vn.khuyenhoc.round;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * The files behind evidence and decision scans: checked by content and size (EvidenceTypes), written under a path
 * the server chooses (year / random id) below the configured directory, read back only from inside it.
 */
@Component
class EvidenceFiles {

    private final Path directory;

    EvidenceFiles(@Value("${khuyenhoc.round.evidence-directory:data/evidence}") Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** The type the bytes are (PDF, JPEG or PNG), or the user's error when empty, too big or anything else. */
    static String checkedType(byte[] content) {
        if (content.length == 0 || content.length > EvidenceTypes.MAX_BYTES) {
            throw new InvalidInput("round.evidence.size", EvidenceTypes.MAX_BYTES / (1024 * 1024));
        }
        return EvidenceTypes.detect(content).orElseThrow(() -> new InvalidInput("round.evidence.type"));
    }

    /** Writes the bytes and answers the relative path to keep in the row. */
    String store(byte[] content) {
        String relative = Year.now().getValue() + "/" + UUID.randomUUID();
        Path path = directory.resolve(relative);
        try {
            Files.createDirectories(path.getParent());
            Files.write(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return relative;
    }

    /** The bytes at a stored path; empty when missing or (never expected) outside the directory. */
    Optional<byte[]> read(String relative) {
        Path path = directory.resolve(relative).normalize();
        if (!path.startsWith(directory)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(path));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
