package org.hcstracker.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface DivisionRepository extends Repository<Division, Long> {

	List<Division> findAllByOrderByDisplayOrderAsc();

	Optional<Division> findById(long id);

}
