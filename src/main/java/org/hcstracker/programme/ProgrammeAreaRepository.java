package org.hcstracker.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ProgrammeAreaRepository extends Repository<ProgrammeArea, Long> {

	List<ProgrammeArea> findAllByOrderByNumberAsc();

	Optional<ProgrammeArea> findByNumber(int number);

}
