package org.hcstracker.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A progress review as pages show it.
 *
 * @param id the review
 * @param status where it is
 * @param scheduledFor the date it was planned for, if it was scheduled
 * @param heldOn the date it was held, once recorded
 * @param summary the progress summary, once recorded
 * @param rag the rating, once recorded
 * @param ragReason why that rating, once recorded
 * @param actions the actions agreed
 * @param apprenticeSignature the apprentice's signature, once signed
 * @param lineManagerSignature the line manager's signature, once signed
 * @param version the version, for changes made from a form
 * @param scheduledTime the time it was planned for, if scheduled with one
 * @param place where it was planned, if a place was given
 * @param onlineLink the link to join it online, if given
 * @param cancelReason why the coach cancelled it, once cancelled
 * @param followUps what became of the actions of the review before, once recorded
 */
public record ReviewView(long id, ReviewStatus status, @Nullable LocalDate scheduledFor, @Nullable LocalDate heldOn,
		@Nullable String summary, @Nullable ReviewRag rag, @Nullable String ragReason, List<AgreedAction> actions,
		@Nullable Signature apprenticeSignature, @Nullable Signature lineManagerSignature, long version,
		@Nullable LocalTime scheduledTime, @Nullable String place, @Nullable String onlineLink,
		@Nullable String cancelReason, List<ActionFollowUp> followUps) {

	/**
	 * Whether it is scheduled and neither held nor cancelled.
	 * @return true while open
	 */
	public boolean isOpen() {
		return this.status == ReviewStatus.SCHEDULED;
	}

	/**
	 * Whether the coach may still change what was recorded: until the first signature.
	 * @return true while no one has signed
	 */
	public boolean isEditable() {
		return this.status != ReviewStatus.CANCELLED && this.apprenticeSignature == null
				&& this.lineManagerSignature == null;
	}

	/**
	 * The actions agreed at this review, not carried forward from the one before.
	 * @return the new actions, in order
	 */
	public List<AgreedAction> newActions() {
		return this.actions.stream().filter((action) -> !action.carriedForward()).toList();
	}

	/**
	 * Who signed, as they were named then, when, and what they added.
	 *
	 * @param name the signer's name
	 * @param at when they signed
	 * @param comment their comment, if they added one
	 * @param fromEmailedLink whether they signed from the one-time link emailed to them
	 */
	public record Signature(@Nullable String name, Instant at, @Nullable String comment, boolean fromEmailedLink) {

		/**
		 * A signature made signed in.
		 * @param name the signer's name
		 * @param at when they signed
		 * @param comment their comment, if they added one
		 */
		public Signature(@Nullable String name, Instant at, @Nullable String comment) {
			this(name, at, comment, false);
		}

	}

}
