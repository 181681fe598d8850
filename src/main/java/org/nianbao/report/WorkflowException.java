package org.nianbao.report;

/** A workflow step that is not allowed now; the message (Chinese) says why and is shown to the user. */
public class WorkflowException extends RuntimeException {

    public WorkflowException(String message) {
        super(message);
    }
}
