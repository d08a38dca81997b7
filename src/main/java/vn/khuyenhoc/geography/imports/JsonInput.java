package vn.khuyenhoc.geography.imports;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.khuyenhoc.shared.Text;

/** Reading the JSON lists: every missing or malformed field refuses the whole file, naming the record. */
final class JsonInput {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonInput() {
    }

    static JsonNode read(byte[] content) {
        try {
            JsonNode root = MAPPER.readTree(content);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw Where.line(1).reject("empty");
            }
            return root;
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw location == null ? Where.line(1).reject("badJson", 1)
                    : Where.line(location.getLineNr()).reject("badJson", location.getColumnNr());
        }
    }

    /** The elements of a required array field (or of the node itself when field is null). */
    static List<JsonNode> array(JsonNode node, String field, Where where) {
        JsonNode value = field == null ? node : node.get(field);
        if (value == null || value.isNull()) {
            throw where.reject("missingField", field);
        }
        if (!value.isArray()) {
            throw where.reject("notList", field == null ? "" : field);
        }
        var elements = new ArrayList<JsonNode>(value.size());
        value.values().forEach(elements::add);
        return elements;
    }

    /** A required text (or number) field, normalised; blank counts as missing. */
    static String text(JsonNode node, String field, Where where) {
        if (!node.isObject()) {
            throw where.reject("notObject");
        }
        JsonNode value = node.get(field);
        String text = value == null || !(value.isString() || value.isNumber()) ? null : Text.normaliseOrNull(value.asString());
        if (text == null) {
            throw where.reject("missingField", field);
        }
        return text;
    }
}
