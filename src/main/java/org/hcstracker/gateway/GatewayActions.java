package org.hcstracker.gateway;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the person looking at a checklist may do now, each with why not when they may not:
 * worked out by the same rules that the service checks when the change is sent.
 *
 * @param recordItems whether they record maths, English and the Diploma (the coach,
 * before gateway)
 * @param confirmPortfolio why the coach may not confirm the portfolio complete, or null
 * if they may
 * @param approve why the line manager may not approve gateway, or null if they may
 * @param decline why the line manager may not decline gateway, or null if they may
 * @param withdraw why the line manager may not withdraw the approval, or null if they may
 */
record GatewayActions(boolean recordItems, @Nullable Refusal confirmPortfolio, @Nullable Refusal approve,
		@Nullable Refusal decline, @Nullable Refusal withdraw) {

	/**
	 * Why an action is not open now, in words.
	 *
	 * @param messageKey the message
	 * @param arguments what it names
	 */
	record Refusal(String messageKey, List<String> arguments) {

		/** The action belongs to someone else; the page does not mention it. */
		static final Refusal NOT_YOURS = new Refusal("gateway.notYours");

		Refusal {
			arguments = List.copyOf(arguments);
		}

		Refusal(String messageKey, String... arguments) {
			this(messageKey, List.of(arguments));
		}

		public Object[] argumentArray() {
			return this.arguments.toArray();
		}

		/**
		 * Whether the person may see this action at all.
		 * @return false when it belongs to someone else
		 */
		public boolean concernsViewer() {
			return !"gateway.notYours".equals(this.messageKey);
		}

		GatewayRuleException exception() {
			return new GatewayRuleException(this.messageKey, this.arguments.toArray());
		}

	}

}
