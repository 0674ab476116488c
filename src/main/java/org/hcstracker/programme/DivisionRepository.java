package org.hcstracker.programme;

import java.util.List;

import org.springframework.data.repository.Repository;

interface DivisionRepository extends Repository<Division, Long> {

	List<Division> findAllByOrderByDisplayOrderAsc();

}
