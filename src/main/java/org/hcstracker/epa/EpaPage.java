package org.hcstracker.epa;

import java.time.LocalDate;
import java.util.List;

import org.hcstracker.epa.EpaEntry.EntryView;
import org.hcstracker.epa.GradingPolicy.Outcome;
import org.hcstracker.people.AccountView;
import org.hcstracker.programme.ApprenticeProfile;
import org.hcstracker.programme.ApprenticeStatus;
import org.jspecify.annotations.Nullable;

/**
 * An apprentice's end-point assessment as the results page shows it, with what the person
 * looking may do.
 *
 * @param profile the apprentice
 * @param elements the three elements, in order
 * @param outcome the overall grade of the latest attempts, once all three are recorded
 * @param reasonKey why the overall grade is what it is, in words (a message key)
 * @param confirmation the confirmation that stands, if the grade is confirmed
 * @param certificateRequestedOn when the assessor requested the certificate
 * @param certificateIssuedOn when the admin recorded its issue
 * @param history every entry, oldest first
 * @param actions what the person may do now
 * @param assessors the EPAO's assessors the admin may assign
 * @param integrity whether the history is as the application sealed it
 * @param resultsWaiting whether the assessor has recorded results that are released only
 * when they confirm the grade
 */
record EpaPage(ApprenticeProfile profile, List<ElementView> elements, @Nullable Outcome outcome,
		@Nullable String reasonKey, @Nullable EntryView confirmation, @Nullable LocalDate certificateRequestedOn,
		@Nullable LocalDate certificateIssuedOn, List<EntryView> history, Actions actions, List<AccountView> assessors,
		ChainCheck integrity, boolean resultsWaiting) {

	EpaPage {
		elements = List.copyOf(elements);
		history = List.copyOf(history);
		assessors = List.copyOf(assessors);
	}

	/**
	 * Whether the overall grade is confirmed.
	 * @return true if confirmed
	 */
	public boolean confirmed() {
		return this.confirmation != null;
	}

	/**
	 * Whether the apprentice is eligible for the AHCS Associate Register: the
	 * apprenticeship is complete.
	 * @return true once completed
	 */
	public boolean registerEligible() {
		return this.profile.status() == ApprenticeStatus.COMPLETED;
	}

	/**
	 * How many elements have a result.
	 * @return from 0 to 3
	 */
	public long recorded() {
		return this.elements.stream().filter((element) -> element.latest() != null).count();
	}

	/**
	 * The element, by its place in the assessment.
	 * @param element the element
	 * @return its view
	 */
	public ElementView element(EpaElement element) {
		return this.elements.get(element.ordinal());
	}

	/**
	 * One element: its latest result, the attempt a new result would be recorded as now,
	 * and whether the result recorded may be corrected.
	 *
	 * @param element the element
	 * @param latest its latest result, if any
	 * @param nextAttempt the attempt a new result would be recorded as now, or null if
	 * none may be recorded (one is recorded already, or none is due)
	 * @param correctable whether the current attempt's result may be corrected, with a
	 * reason, before the grade is confirmed
	 */
	record ElementView(EpaElement element, @Nullable EntryView latest, @Nullable Integer nextAttempt,
			boolean correctable) {

		/**
		 * Whether a result recorded now would be a new attempt after a fail.
		 * @return true for a retake
		 */
		public boolean retake() {
			return this.nextAttempt != null && this.latest != null && this.latest.attempt() != null
					&& this.nextAttempt > this.latest.attempt();
		}

	}

	/**
	 * What the person looking may do now, decided by the rules that the service checks
	 * when the change is sent ({@link EpaRules}), with why not where the page says so.
	 *
	 * @param record record an element's result (the assigned assessor, in EPA)
	 * @param correct correct a result of the current attempts before the grade is
	 * confirmed
	 * @param confirm confirm the overall grade
	 * @param amend amend a confirmed result
	 * @param requestCertificate record the certificate request
	 * @param assign assign or change the assessor (the admin)
	 * @param issueCertificate record the certificate's issue (the admin)
	 * @param confirmRefusal why the assessor may not confirm the grade now (a message
	 * key), or null if they may or it is not theirs to confirm
	 * @param changeRefusal why the assessor may not change a result now (a correction
	 * before confirmation, an amendment after), or null if they may or it is not theirs
	 * @param assignRefusal why the admin may not assign an assessor now (before gateway,
	 * or after a withdrawal), or null if they may or it is not theirs
	 */
	record Actions(boolean record, boolean correct, boolean confirm, boolean amend, boolean requestCertificate,
			boolean assign, boolean issueCertificate, @Nullable String confirmRefusal, @Nullable String changeRefusal,
			@Nullable String assignRefusal) {
	}

}
