package org.hcstracker.risk;

import java.util.List;

import org.hcstracker.shared.ViewModel;

/**
 * How many apprentices of a list have each status, worked out in the database from their
 * summaries.
 *
 * @param red on programme and red
 * @param amber on programme and amber
 * @param green on programme and green
 * @param onBreak on a break in learning
 * @param atGateway at gateway
 * @param inEpa in end-point assessment
 */
@ViewModel
public record StatusCounts(long red, long amber, long green, long onBreak, long atGateway, long inEpa) {

	/**
	 * Each status with its count, in the order a page shows them.
	 * @return the statuses and counts
	 */
	public List<StatusCount> each() {
		return List.of(new StatusCount(StatusFilter.RED, this.red), new StatusCount(StatusFilter.AMBER, this.amber),
				new StatusCount(StatusFilter.GREEN, this.green), new StatusCount(StatusFilter.BREAK, this.onBreak),
				new StatusCount(StatusFilter.GATEWAY, this.atGateway),
				new StatusCount(StatusFilter.IN_EPA, this.inEpa));
	}

	/**
	 * One status and how many have it.
	 *
	 * @param filter the status, as the filter that lists them
	 * @param count how many have it
	 */
	public record StatusCount(StatusFilter filter, long count) {
	}

}
