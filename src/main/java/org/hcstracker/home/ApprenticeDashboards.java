package org.hcstracker.home;

import java.util.Optional;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeProfile;
import org.hcstracker.risk.ApprenticeRisk;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers the apprentice's home: their status, how far they are
 * ({@link ProgrammeProgressFigures}), what needs them now ({@link ApprenticeToDo}) and
 * what happened lately ({@link RecentActivity}), each from the services behind the
 * detailed pages, so that every figure is the one the detailed page shows: a fixed number
 * of statements, whatever the size of the portfolio or the log.
 */
@Service
class ApprenticeDashboards {

	private final ApprenticeDirectory directory;

	private final ApprenticeRisk risk;

	private final ProgrammeProgressFigures progress;

	private final ApprenticeToDo toDo;

	private final RecentActivity recent;

	ApprenticeDashboards(ApprenticeDirectory directory, ApprenticeRisk risk, ProgrammeProgressFigures progress,
			ApprenticeToDo toDo, RecentActivity recent) {
		this.directory = directory;
		this.risk = risk;
		this.progress = progress;
		this.toDo = toDo;
		this.recent = recent;
	}

	/**
	 * The signed-in apprentice's home.
	 * @param apprentice the apprentice
	 * @return their home, or empty when they are not enrolled
	 */
	@Transactional(readOnly = true)
	public Optional<ApprenticeDashboard> of(CurrentUser apprentice) {
		Optional<ApprenticeProfile> own = this.directory.ownProfile(apprentice);
		if (own.isEmpty()) {
			return Optional.empty();
		}
		ApprenticeProfile profile = own.get();
		long id = profile.id();
		ApprenticeToDo.ToDo toDo = this.toDo.of(id, apprentice);
		return Optional
			.of(new ApprenticeDashboard(profile, this.risk.of(id, apprentice), this.progress.of(profile, apprentice),
					toDo.needs(), toDo.queried(), toDo.reviewsToSign(), this.recent.about(id)));
	}

}
