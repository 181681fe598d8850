package org.nianbao.admin;

import org.springframework.context.MessageSourceResolvable;

/**
 * Input that is well-formed but not acceptable (a code already taken…): shown beside {@code field}, as a message of
 * {@code messages.properties} or as a message the domain already wrote (a cycle, the password policy).
 */
class FieldProblem extends RuntimeException implements MessageSourceResolvable {

    private final String field;
    private final String code;
    private final Object[] args;

    private FieldProblem(String field, String code, Object[] args, String text) {
        super(text != null ? text : code);
        this.field = field;
        this.code = code;
        this.args = args;
    }

    /** The message {@code code} of {@code messages.properties}, with {@code args}. */
    static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, args, null);
    }

    /** A message the domain wrote. */
    static FieldProblem text(String field, String message) {
        return new FieldProblem(field, null, null, message);
    }

    String field() {
        return field;
    }

    @Override
    public String[] getCodes() {
        return code == null ? null : new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return args;
    }

    @Override
    public String getDefaultMessage() {
        return code == null ? getMessage() : null;
    }
}
