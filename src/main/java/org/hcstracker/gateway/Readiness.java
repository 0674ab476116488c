package org.hcstracker.gateway;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Whether an apprentice is ready for gateway, item by item, with each unmet item's
 * reasons in words.
 *
 * @param ready whether every item is met
 * @param items the five items, in order
 */
public record Readiness(boolean ready, List<ItemStatus> items) {

	public Readiness {
		items = List.copyOf(items);
	}

	/**
	 * How many items are met.
	 * @return from 0 to 5
	 */
	public long met() {
		return this.items.stream().filter(ItemStatus::met).count();
	}

	/**
	 * One item of the checklist.
	 *
	 * @param item the item
	 * @param met whether it is met
	 * @param basis on what grounds it was recorded, if it was
	 * @param date when it was achieved, accepted or confirmed
	 * @param confirmedBy who confirmed it
	 * @param detail the certificate, record of prior attainment or reason for exemption
	 * @param reasons why it is not met, in words (message keys and their arguments)
	 */
	public record ItemStatus(GatewayItem item, boolean met, @Nullable QualificationBasis basis,
			@Nullable LocalDate date, @Nullable String confirmedBy, @Nullable String detail, List<Reason> reasons) {

		public ItemStatus {
			reasons = List.copyOf(reasons);
		}

	}

	/**
	 * A reason an item is not met.
	 *
	 * @param messageKey its words
	 * @param arguments what they name
	 */
	public record Reason(String messageKey, List<String> arguments) {

		public Reason {
			arguments = List.copyOf(arguments);
		}

		public Object[] argumentArray() {
			return this.arguments.toArray();
		}

	}

}
