package vn.khuyenhoc.registry.common;

/**
 * Something wrong with one field of a record, as a message key and its arguments: the form shows it beside the
 * field, the import lists it with the row and the column.
 */
public record FieldProblem(String field, String messageKey, Object... args) {
}
