package org.hcstracker.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ProgrammeAreaRepository extends Repository<ProgrammeArea, Long> {

	List<ProgrammeArea> findAllByOrderByNumberAsc();

	Optional<ProgrammeArea> findByNumber(int number);

	/**
	 * The programme area with a number.
	 * @param number the area's number
	 * @return the area
	 * @throws ProgrammeRuleException if there is none
	 */
	default ProgrammeArea require(int number) {
		return findByNumber(number).orElseThrow(() -> new ProgrammeRuleException("ksb.area.invalid"));
	}

}
