package org.hcstracker.portfolio;

import java.util.List;

import org.hcstracker.portfolio.PortfolioViews.ThreadEntry;
import org.springframework.stereotype.Component;

/**
 * The record of what was said about a piece of evidence: the coach's decisions, and the
 * same decisions with the messages of the conversation as one dated thread. Two
 * statements, whatever the length of either.
 */
@Component
class EvidenceThread {

	private final EvidenceDecisionRepository decisions;

	private final EvidenceMessageRepository messages;

	EvidenceThread(EvidenceDecisionRepository decisions, EvidenceMessageRepository messages) {
		this.decisions = decisions;
		this.messages = messages;
	}

	/**
	 * The decisions on a piece of evidence and its thread.
	 * @param evidenceId the evidence
	 * @return the decisions, oldest first, and the thread they open
	 */
	Said of(long evidenceId) {
		List<FeedbackView> decided = this.decisions.findByEvidenceIdOrderByDecidedAtAscIdAsc(evidenceId)
			.stream()
			.map(EvidenceDecision::toView)
			.toList();
		List<ThreadEntry> written = this.messages.findByEvidenceIdOrderBySentAtAscIdAsc(evidenceId)
			.stream()
			.map(EvidenceMessage::toEntry)
			.toList();
		return new Said(decided, ThreadEntry.interleave(decided, written));
	}

	/**
	 * The decisions on a piece of evidence, and the thread of decisions and messages.
	 *
	 * @param decisions the decisions, oldest first
	 * @param thread the decisions and the messages by time
	 */
	record Said(List<FeedbackView> decisions, List<ThreadEntry> thread) {
	}

}
