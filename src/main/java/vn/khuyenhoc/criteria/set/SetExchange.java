package vn.khuyenhoc.criteria.set;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.InputStream;
import java.io.OutputStream;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.khuyenhoc.criteria.SetDocument;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * Reads and writes the exchange format of docs/criteria-format.md: indented JSON without empty fields, dates as
 * ISO text, points as exact decimals. A file that is not the format is refused with a clear message.
 */
@Component
public class SetExchange {

    private final JsonMapper json = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public SetDocument read(InputStream in) {
        try {
            return json.readValue(in, SetDocument.class);
        } catch (JacksonException e) {
            throw new InvalidInput("criteria.import.unreadable", e.getOriginalMessage());
        }
    }

    public void write(SetDocument doc, OutputStream out) {
        json.writeValue(out, doc.withoutIds());
    }
}
