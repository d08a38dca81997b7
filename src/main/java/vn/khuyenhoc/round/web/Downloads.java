package vn.khuyenhoc.round.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files handed out by the round's pages and API: always as an attachment, never sniffed by the browser. */
final class Downloads {

    private Downloads() {
    }

    static <T> ResponseEntity<T> attachment(String fileName, String contentType, T body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(body);
    }
}
