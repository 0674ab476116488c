package org.hcstracker.risk;

import java.util.List;

import org.hcstracker.progress.AwaitingApproval;
import org.hcstracker.progress.DueReview;

/**
 * What a coach's home shows, read from their apprentices' summaries.
 *
 * @param caseload a page of the caseload with each one's risk and the counts by status
 * @param evidenceWaiting how many pieces of evidence wait for the coach's review
 * @param reviewsDue the progress reviews overdue or due within two weeks, the most
 * overdue first
 * @param otjAwaiting the apprentices with off-the-job entries waiting for approval, the
 * longest waiting first
 */
public record CoachHome(RiskList caseload, long evidenceWaiting, List<DueReview> reviewsDue,
		List<AwaitingApproval> otjAwaiting) {

	public CoachHome {
		reviewsDue = List.copyOf(reviewsDue);
		otjAwaiting = List.copyOf(otjAwaiting);
	}

}
