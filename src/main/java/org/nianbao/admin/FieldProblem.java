package org.nianbao.admin;

/** Input that is well-formed but not acceptable (a code already taken…): shown beside {@code field}. */
class FieldProblem extends RuntimeException {

    private final String field;

    FieldProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
