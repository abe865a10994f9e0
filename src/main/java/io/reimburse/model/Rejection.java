package io.reimburse.model;

import java.time.Instant;

/** When and by whom a line of an earlier proposal was rejected, and why: shown when it is proposed again. */
public record Rejection(String proposalId, String rejectedBy, Instant rejectedAt, String comment) {
}
