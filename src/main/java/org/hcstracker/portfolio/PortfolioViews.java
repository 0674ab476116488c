package org.hcstracker.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.KsbView;
import org.hcstracker.programme.ProgrammeAreaView;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;

/**
 * What the portfolio pages show, each read in a fixed number of queries.
 */
public final class PortfolioViews {

	/** Evidence on one page of a portfolio or queue. */
	static final int PAGE_SIZE = 20;

	private PortfolioViews() {
	}

	/**
	 * The filters of a portfolio list; each is optional.
	 *
	 * @param status only this status
	 * @param type only this kind of evidence
	 * @param areaId only evidence counting for this area
	 * @param ksbId only evidence mapped to this statement
	 */
	public record Filter(@Nullable EvidenceStatus status, @Nullable EvidenceType type, @Nullable Long areaId,
			@Nullable Long ksbId) {

		public static Filter none() {
			return new Filter(null, null, null, null);
		}

	}

	/**
	 * A piece of evidence in the list, with the numbers of the areas it counts for.
	 *
	 * @param row the evidence
	 * @param areaNumbers its areas' numbers, in order
	 */
	public record Item(EvidenceRow row, List<Integer> areaNumbers) {
	}

	/**
	 * A portfolio page.
	 *
	 * @param apprentice whose portfolio it is
	 * @param owner whether the viewer is that apprentice
	 * @param canLog whether the viewer may log evidence now (the apprentice, while on the
	 * programme)
	 * @param whyNotLog why the apprentice may not log evidence now (a message key), or
	 * null if they may or it is not theirs to log
	 * @param items one page of evidence
	 * @param areas the nine areas, for the filter
	 * @param ksbs the statements of the apprentice's standard version, for the filter
	 */
	public record Portfolio(ApprenticeRef apprentice, boolean owner, boolean canLog, @Nullable String whyNotLog,
			Page<Item> items, List<ProgrammeAreaView> areas, List<KsbView> ksbs) {
	}

	/**
	 * Coverage of one area.
	 *
	 * @param id the area, for links to the evidence behind the figures
	 * @param number the area's number
	 * @param name its name
	 * @param accepted accepted evidence counting for it
	 * @param submitted evidence waiting for the coach
	 */
	public record AreaCoverage(long id, int number, String name, long accepted, long submitted) {

		public boolean isGap() {
			return this.accepted == 0;
		}

	}

	/**
	 * Coverage of one KSB statement.
	 *
	 * @param id the statement, for links to the evidence behind the figures
	 * @param code its code
	 * @param statement its text
	 * @param areaNumber its area
	 * @param accepted accepted evidence mapped to it
	 * @param submitted evidence waiting for the coach
	 * @param retired whether it is retired
	 */
	public record KsbCoverage(long id, String code, String statement, int areaNumber, long accepted, long submitted,
			boolean retired) {

		public boolean isGap() {
			return this.accepted == 0;
		}

	}

	/**
	 * Coverage of the nine areas and of the standard version's statements.
	 *
	 * @param apprentice whose coverage it is
	 * @param areas the nine areas, in order
	 * @param ksbs the statements, by area then code
	 */
	public record Coverage(ApprenticeRef apprentice, List<AreaCoverage> areas, List<KsbCoverage> ksbs) {

		public long gaps() {
			return this.areas.stream().filter(AreaCoverage::isGap).count();
		}

		/**
		 * The name of an area, for a statement's line.
		 * @param number the area's number
		 * @return its name, or an empty text if there is no such area
		 */
		public String areaName(int number) {
			return this.areas.stream()
				.filter((area) -> area.number() == number)
				.map(AreaCoverage::name)
				.findFirst()
				.orElse("");
		}

		/**
		 * The most accepted evidence of any one area, the end of the scale the areas'
		 * bars are drawn on.
		 * @return at least 1
		 */
		public long mostAcceptedOfAnArea() {
			return Math.max(1, this.areas.stream().mapToLong(AreaCoverage::accepted).max().orElse(0));
		}

		/**
		 * The most accepted evidence of any one statement, the end of the scale the
		 * statements' bars are drawn on.
		 * @return at least 1
		 */
		public long mostAcceptedOfAStatement() {
			return Math.max(1, this.ksbs.stream().mapToLong(KsbCoverage::accepted).max().orElse(0));
		}

	}

	/**
	 * One piece of evidence in full, with what the viewer may do with it.
	 *
	 * @param id the evidence
	 * @param apprenticeId whose it is
	 * @param title its title
	 * @param activityDate when the activity took place
	 * @param type its kind
	 * @param description the description and reflection
	 * @param status where it is in its review
	 * @param submittedAt when it was last submitted
	 * @param version its version, for the next change
	 * @param areas the areas it counts for
	 * @param ksbs the statements it is mapped to
	 * @param history the coach's decisions, oldest first
	 * @param thread the decisions and the messages of the conversation, oldest first
	 * @param attachments its files, in the order they were attached
	 * @param canEdit whether the viewer may edit it
	 * @param canSubmit whether the viewer may submit it
	 * @param canTakeBack whether the viewer may take it back to draft
	 * @param canDecide whether the viewer may accept or return it
	 * @param canPost whether the viewer may write in its conversation
	 * @param closedReason why the apprentice can no longer change it although it is still
	 * open (they have completed or left the programme), or null
	 */
	public record Detail(long id, long apprenticeId, String title, LocalDate activityDate, EvidenceType type,
			String description, EvidenceStatus status, @Nullable Instant submittedAt, long version,
			List<ProgrammeAreaView> areas, List<KsbView> ksbs, List<FeedbackView> history, List<ThreadEntry> thread,
			List<AttachmentView> attachments, boolean canEdit, boolean canSubmit, boolean canTakeBack,
			boolean canDecide, boolean canPost, @Nullable String closedReason) {

		/**
		 * The coach's latest decision while the evidence stands returned, so that its
		 * feedback leads the page.
		 * @return the decision that returned it, or null when it is not returned
		 */
		public @Nullable FeedbackView latestFeedback() {
			if (this.status != EvidenceStatus.RETURNED || this.history.isEmpty()) {
				return null;
			}
			return this.history.get(this.history.size() - 1);
		}

	}

	/**
	 * One entry of the dated thread of a piece of evidence: a coach's decision (a
	 * return's feedback opens the round of messages that follows it) or a message of the
	 * conversation.
	 *
	 * @param at when it was written
	 * @param authorName who wrote it
	 * @param authorRole as whom: the apprentice or the coach
	 * @param outcome the decision's outcome, or null for a message
	 * @param text the feedback or the message, or null for a decision without feedback
	 */
	public record ThreadEntry(Instant at, String authorName, Role authorRole, @Nullable EvidenceStatus outcome,
			@Nullable String text) {

		static ThreadEntry decision(FeedbackView decision) {
			return new ThreadEntry(decision.decidedAt(), decision.coachName(), Role.COACH, decision.outcome(),
					decision.feedback());
		}

		static ThreadEntry message(String authorName, Role authorRole, String text, Instant at) {
			return new ThreadEntry(at, authorName, authorRole, null, text);
		}

		/**
		 * Whether this entry is a coach's decision rather than a message.
		 * @return true for a decision
		 */
		public boolean isDecision() {
			return this.outcome != null;
		}

		/**
		 * Decisions and messages in one list by time; at the same moment a decision comes
		 * first, since a return's feedback opens its round.
		 * @param decisions the decisions, oldest first
		 * @param messages the messages, oldest first
		 * @return the thread, oldest first
		 */
		static List<ThreadEntry> interleave(List<FeedbackView> decisions, List<ThreadEntry> messages) {
			List<ThreadEntry> thread = new ArrayList<>(decisions.size() + messages.size());
			int d = 0;
			int m = 0;
			while (d < decisions.size() || m < messages.size()) {
				boolean takeDecision = m >= messages.size()
						|| (d < decisions.size() && !decisions.get(d).decidedAt().isAfter(messages.get(m).at()));
				thread.add(takeDecision ? decision(decisions.get(d++)) : messages.get(m++));
			}
			return thread;
		}

	}

	/**
	 * Returned evidence with the coach's latest feedback.
	 *
	 * @param row the evidence
	 * @param feedback the latest feedback
	 */
	public record Returned(EvidenceRow row, @Nullable FeedbackView feedback) {
	}

	/**
	 * What needs an apprentice now.
	 *
	 * @param apprenticeId the apprentice
	 * @param returned evidence the coach returned, with its feedback
	 * @param drafts drafts not yet submitted
	 */
	public record Needs(long apprenticeId, List<Returned> returned, List<EvidenceRow> drafts) {

		static Needs of(long apprenticeId, List<EvidenceRow> rows, Map<Long, FeedbackView> latestFeedback) {
			List<Returned> returned = new ArrayList<>();
			List<EvidenceRow> drafts = new ArrayList<>();
			for (EvidenceRow row : rows) {
				if (row.status() == EvidenceStatus.RETURNED) {
					returned.add(new Returned(row, latestFeedback.get(row.id())));
				}
				else {
					drafts.add(row);
				}
			}
			return new Needs(apprenticeId, returned, drafts);
		}

		public boolean isEmpty() {
			return this.returned.isEmpty() && this.drafts.isEmpty();
		}

	}

}
