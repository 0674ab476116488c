package org.hcstracker.gateway;

import java.util.List;

import org.hcstracker.portfolio.EvidenceChanged;
import org.hcstracker.programme.ActiveApprentice;
import org.hcstracker.programme.ApprenticeFacts;
import org.hcstracker.programme.ApprenticeStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A checklist can become ready without the coach recording anything on it: when the last
 * piece of evidence it waits for (the self-assessment, say) is accepted. Each acceptance
 * is checked, in its own transaction, and a checklist then ready for the line manager's
 * decision is told of as a {@link GatewayChanged} ({@code GATEWAY_READY}). Reading the
 * coach's records first, it costs one statement while they are incomplete.
 */
@Component
class ReadinessFromEvidence {

	private final GatewayFacts facts;

	private final ApprenticeFacts apprentices;

	private final ApplicationEventPublisher events;

	ReadinessFromEvidence(GatewayFacts facts, ApprenticeFacts apprentices, ApplicationEventPublisher events) {
		this.facts = facts;
		this.apprentices = apprentices;
		this.events = events;
	}

	@EventListener
	void on(EvidenceChanged event) {
		if (!"EVIDENCE_ACCEPTED".equals(event.action()) || event.apprenticeAccountId() == 0
				|| !this.facts.isReady(event.apprenticeId())) {
			return;
		}
		List<ActiveApprentice> found = this.apprentices.programmeFacts(List.of(event.apprenticeId()));
		if (found.size() == 1 && found.get(0).status() == ApprenticeStatus.ON_PROGRAMME) {
			this.events.publishEvent(new GatewayChanged(event.apprenticeId(), "GATEWAY_READY",
					event.apprenticeAccountId(), 0, found.get(0).lineManagerId(), true));
		}
	}

}
