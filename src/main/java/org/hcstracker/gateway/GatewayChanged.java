package org.hcstracker.gateway;

/**
 * Published in the transaction of any change to an apprentice's gateway (an item
 * recorded, the portfolio confirmed, a decision taken, the checklist made ready by
 * evidence accepted), with what those who are told of it need to know.
 *
 * @param apprenticeId the apprentice
 * @param action what changed, as the audit trail names it ({@code GATEWAY_ITEM_RECORDED},
 * {@code GATEWAY_APPROVED}, {@code GATEWAY_DECLINED}, {@code GATEWAY_WITHDRAWN}), or
 * {@code GATEWAY_READY} when accepted evidence made the checklist ready
 * @param apprenticeAccountId the apprentice's account
 * @param coachId their coach's account, or 0 when not known
 * @param lineManagerId their line manager's account
 * @param decisionWaiting whether, after the change, the checklist waits for the line
 * manager's decision: the apprentice is ready and on programme, and no decision was just
 * taken
 */
public record GatewayChanged(long apprenticeId, String action, long apprenticeAccountId, long coachId,
		long lineManagerId, boolean decisionWaiting) {

}
