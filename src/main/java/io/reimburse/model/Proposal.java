package io.reimburse.model;

import java.time.Instant;
import java.util.List;

/**
 * A proposal (issue 13): the lines a run would reimburse, waiting for a second person's approval,
 * who proposed them and until when they may be approved.
 */
public record Proposal(String id, Instant proposedAt, String proposer, Instant validUntil, List<ProposedLine> lines) {

    public Proposal {
        lines = List.copyOf(lines);
    }
}
