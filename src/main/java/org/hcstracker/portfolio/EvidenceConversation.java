package org.hcstracker.portfolio;

import java.time.Clock;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.EvidenceRules.Relation;
import org.hcstracker.programme.ApprenticeRef;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation on a piece of evidence between the apprentice and their coach. It is
 * read with the evidence's decisions as one dated thread (see
 * {@link PortfolioPages#evidence}) by everyone who may see the evidence: drafts only by
 * the apprentice, the assessor once it is accepted. Only the apprentice and their coach
 * write in it, while the evidence is with the coach or returned; each message is kept in
 * the audit trail.
 */
@Service
public class EvidenceConversation {

	private final EvidenceMessageRepository messages;

	private final EvidenceAccess access;

	private final EvidenceJournal journal;

	private final Clock clock;

	EvidenceConversation(EvidenceMessageRepository messages, EvidenceAccess access, EvidenceJournal journal,
			Clock clock) {
		this.messages = messages;
		this.access = access;
		this.journal = journal;
		this.clock = clock;
	}

	/**
	 * Adds a message to the conversation on a piece of evidence.
	 * @param apprenticeId the apprentice
	 * @param evidenceId the evidence
	 * @param text what was typed
	 * @param author the apprentice or their coach
	 * @throws EvidenceNotFoundException if the author may not see the evidence
	 * @throws org.springframework.security.access.AccessDeniedException if they may see
	 * it but not write in its conversation
	 * @throws EvidenceRuleException if the conversation is closed or the text is blank,
	 * too long or holds a control character
	 */
	@Transactional
	public void post(long apprenticeId, long evidenceId, @Nullable String text, CurrentUser author) {
		ApprenticeRef ref = this.access.apprentice(apprenticeId, author);
		Evidence item = this.access.visible(ref, evidenceId, author);
		EvidenceRules.require(EvidenceRules.post(Relation.of(ref, author), ref.status(), item.getStatus()));
		MessageText checked = MessageText.of(text);
		this.messages.save(new EvidenceMessage(item.requireId(), author, checked, this.clock.instant()));
		this.journal.messagePosted(item, author, ref.accountId(), ref.coachId());
	}

}
