package org.hcstracker.people;

import org.springframework.data.jpa.repository.Query;

/**
 * Queries in the wrong module, for the boundary check to find: the people module naming
 * the programme's entity and table.
 */
interface CrossingQueryExample {

	String NATIVE = "select id from apprentices where account_id = :id";

	@Query("select ap from Apprentice ap join Account a on a.id = ap.accountId")
	void findIt();

	@Query("select a from Account a where a.id = :id")
	void findOwn();

}
