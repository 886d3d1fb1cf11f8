package coop.platform.web.problem;

/**
 * One invalid field: its JSON name (dotted path for nested fields) and a French message.
 */
public record FieldProblem(String field, String message) {
}
