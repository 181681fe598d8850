package org.nianbao.workflow;

/** The publisher's form that opens a correction of a published report: the 更正说明, as typed. */
public record CorrectionForm(String note) {
}
