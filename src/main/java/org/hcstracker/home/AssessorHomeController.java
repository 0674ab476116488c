package org.hcstracker.home;

import java.util.Map;

import org.hcstracker.epa.EpaListService;
import org.hcstracker.epa.EpaSummary;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeLists;
import org.hcstracker.programme.ApprenticeRow;
import org.hcstracker.programme.ApprenticeStatus;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The assessor's home page: the apprentices assigned to them, those in EPA first, each
 * with what is still to record.
 */
@Controller
class AssessorHomeController {

	private final ApprenticeLists lists;

	private final EpaListService epa;

	AssessorHomeController(ApprenticeLists lists, EpaListService epa) {
		this.lists = lists;
		this.epa = epa;
	}

	@GetMapping("/assessor")
	String home(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser assessor,
			Model model) {
		Page<ApprenticeRow> assigned = this.lists.assessed(assessor, page);
		Map<Long, EpaSummary> summaries = this.epa
			.summaries(assigned.getContent().stream().map(ApprenticeRow::id).toList());
		model.addAttribute("assigned", assigned);
		model.addAttribute("summaries", summaries);
		model.addAttribute("waiting",
				assigned.getContent()
					.stream()
					.filter((row) -> row.status() == ApprenticeStatus.IN_EPA
							&& summaries.getOrDefault(row.id(), EpaSummary.NONE).waitingForAssessor())
					.count());
		return "home/assessor";
	}

}
