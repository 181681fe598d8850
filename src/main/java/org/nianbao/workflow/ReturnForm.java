package org.nianbao.workflow;

/** The reviewer's form that sends a report back: the reason, as typed. */
public record ReturnForm(String reason) {
}
