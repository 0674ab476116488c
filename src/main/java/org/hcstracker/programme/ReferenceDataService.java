package org.hcstracker.programme;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's fixed reference data, readable by every signed-in user.
 */
@Service
public class ReferenceDataService {

	private final DivisionRepository divisions;

	private final ProgrammeAreaRepository areas;

	ReferenceDataService(DivisionRepository divisions, ProgrammeAreaRepository areas) {
		this.divisions = divisions;
		this.areas = areas;
	}

	/**
	 * The five divisions, in their published order.
	 * @return the divisions
	 */
	@Transactional(readOnly = true)
	public List<DivisionView> divisions() {
		return this.divisions.findAllByOrderByDisplayOrderAsc().stream().map(DivisionView::of).toList();
	}

	/**
	 * The nine programme areas, in order 1 to 9.
	 * @return the areas
	 */
	@Transactional(readOnly = true)
	public List<ProgrammeAreaView> programmeAreas() {
		return this.areas.findAllByOrderByNumberAsc().stream().map(ProgrammeAreaView::of).toList();
	}

}
