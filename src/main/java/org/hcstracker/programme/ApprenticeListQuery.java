package org.hcstracker.programme;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a list of apprentices shows: a search by name or learner number, an order and a
 * page.
 *
 * @param search part of a name, or the start of a learner number; empty for everyone
 * @param sort the order
 * @param page the page number, from 0
 * @param withRisk whether the list shows the at-risk flags, and so may be ordered by them
 */
public record ApprenticeListQuery(String search, ApprenticeSort sort, int page, boolean withRisk) {

	/** Rows on one page of a list. */
	public static final int PAGE_SIZE = 25;

	public ApprenticeListQuery {
		search = search.strip();
		page = Math.max(0, page);
		if (sort == ApprenticeSort.RISK && !withRisk) {
			sort = ApprenticeSort.NAME;
		}
	}

	/**
	 * A query from a list page's parameters, forgiving anything unexpected.
	 * @param search the search text, if any
	 * @param sort the order's name, if any; an unknown one means by name
	 * @param page the page number
	 * @return the query
	 */
	public static ApprenticeListQuery of(@Nullable String search, @Nullable String sort, int page) {
		return new ApprenticeListQuery((search != null) ? search : "", ApprenticeSort.fromName(sort), page, false);
	}

	/**
	 * A query for a list that shows the at-risk flags: ordered by them unless another
	 * order is asked for.
	 * @param search the search text, if any
	 * @param sort the order's name, if any; an unknown one means the most at risk first
	 * @param page the page number
	 * @return the query
	 */
	public static ApprenticeListQuery riskFirst(@Nullable String search, @Nullable String sort, int page) {
		return new ApprenticeListQuery((search != null) ? search : "",
				ApprenticeSort.fromName(sort, ApprenticeSort.RISK), page, true);
	}

	/**
	 * The orders this list offers.
	 * @return the orders
	 */
	public java.util.List<ApprenticeSort> sorts() {
		return java.util.Arrays.stream(ApprenticeSort.values())
			.filter((sort) -> this.withRisk || sort != ApprenticeSort.RISK)
			.toList();
	}

	/**
	 * The address of this list without the page number, for the pagination links.
	 * @param path the list's path
	 * @return the path with the search and order
	 */
	public String linkWithoutPage(String path) {
		return UriComponentsBuilder.fromPath(path)
			.queryParamIfPresent("q",
					this.search.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(this.search))
			.queryParam("sort", this.sort.name())
			.encode()
			.build()
			.toUriString();
	}

	/**
	 * Whether the search is the start of a learner number (digits) rather than part of a
	 * name.
	 * @return true for a search by learner number
	 */
	public boolean searchesLearnerNumbers() {
		return !this.search.isEmpty() && !"-".equals(ulnPattern());
	}

	/**
	 * The search as a case-insensitive pattern for names.
	 * @return a LIKE pattern over lower-case names
	 */
	public String namePattern() {
		return "%" + this.search.toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
	}

	/**
	 * The search as a pattern for learner numbers: their start, or one that matches
	 * nothing when the search is not a number.
	 * @return a LIKE pattern
	 */
	public String ulnPattern() {
		String digits = this.search.replaceAll("\\s", "");
		return digits.matches("\\d{1,10}") ? digits + "%" : (this.search.isEmpty() ? "%" : "-");
	}

}
