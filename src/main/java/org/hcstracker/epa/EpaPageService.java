package org.hcstracker.epa;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hcstracker.epa.EpaRules.Facts;
import org.hcstracker.epa.EpaRules.Relation;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end-point assessment's results page as the person looking may see it: everyone who
 * may see the apprentice reads the results released to them, the assigned assessor also
 * what they have recorded since; each sees what they may do now. Anyone else gets not
 * found.
 */
@Service
class EpaPageService {

	private final EpaRecordRepository records;

	private final ApprenticeDirectory directory;

	private final AccountService accounts;

	private final EpaSeals seals;

	EpaPageService(EpaRecordRepository records, ApprenticeDirectory directory, AccountService accounts,
			EpaSeals seals) {
		this.records = records;
		this.directory = directory;
		this.accounts = accounts;
		this.seals = seals;
	}

	/**
	 * An apprentice's end-point assessment, for whoever may see the apprentice.
	 * @param apprenticeId the apprentice
	 * @param viewer who is looking
	 * @return the results page
	 */
	@Transactional(readOnly = true)
	EpaPage page(long apprenticeId, CurrentUser viewer) {
		ApprenticeProfile profile = this.directory.profile(apprenticeId, viewer);
		EpaRecord record = this.records.findByApprenticeId(profile.id()).orElseGet(() -> new EpaRecord(profile.id()));
		Relation relation = Relation.of(viewer, profile.assessorId());
		boolean assessor = relation == Relation.ASSIGNED_ASSESSOR;
		ChainCheck integrity = record.verify(this.seals, profile.status());
		EpaPage.Actions actions = EpaRules.actions(relation, profile.status(), Facts.of(record, integrity));
		EpaRecord shown = assessor ? record : record.released();
		Map<EpaElement, EpaEntry> shownLatest = shown.latest();
		Map<EpaElement, EpaEntry> ownLatest = record.latest();
		List<EpaPage.ElementView> elements = Arrays.stream(EpaElement.values()).map((element) -> {
			EpaEntry latest = shownLatest.get(element);
			EpaEntry own = ownLatest.get(element);
			Integer next = actions.record() ? record.nextAttempt(element)
				.stream()
				.filter((attempt) -> own == null || attempt > own.attempt())
				.boxed()
				.findFirst()
				.orElse(null) : null;
			boolean correctable = actions.correct() && record.correctable(element) != null;
			return new EpaPage.ElementView(element, (latest != null) ? latest.toView() : null, next, correctable);
		}).toList();
		List<AccountView> assessors = (actions.assign() && profile.epaoId() != null) ? assessorsOf(profile.epaoId())
				: List.of();
		Map<EpaElement, EpaGrade> shownGrades = new EnumMap<>(EpaElement.class);
		shownLatest.forEach((element, entry) -> shownGrades.put(element, entry.getGrade()));
		return new EpaPage(profile, elements, shown.outcome().orElse(null),
				GradingPolicy.reasonKey(shownGrades).orElse(null), shown.confirmation(), shown.certificateRequestedOn(),
				shown.certificateIssuedOn(), shown.history(), actions, assessors, integrity,
				!assessor && record.hasUnreleasedResults());
	}

	private List<AccountView> assessorsOf(long epaoId) {
		return this.accounts.enabledAccountsWithRole(Role.ASSESSOR)
			.stream()
			.filter((account) -> account.organisationId() == epaoId)
			.toList();
	}

}
