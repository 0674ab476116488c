package org.hcstracker.risk;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An apprentice's risk: for one on programme, a status and its flags; for one on a break,
 * that alone; for anyone else, nothing to show.
 *
 * @param rag the status, or null when not on programme
 * @param onBreak whether on a break in learning (shown as such, without flags)
 * @param flags the flags with their reasons, most serious first
 */
public record Risk(@Nullable Rag rag, boolean onBreak, List<Reason> flags) {

	public Risk {
		flags = List.copyOf(flags);
	}

	static Risk onBreakInLearning() {
		return new Risk(null, true, List.of());
	}

	static Risk notApplicable() {
		return new Risk(null, false, List.of());
	}

	/**
	 * Where the apprentice comes in a list with the most at risk first: red, then amber,
	 * then green, the more flags the earlier; those on a break, then the rest, after.
	 * @return a rank, smaller first
	 */
	public int rank() {
		if (this.rag != null) {
			return (Rag.RED.ordinal() - this.rag.ordinal()) * 100 - this.flags.size();
		}
		return this.onBreak ? 1000 : 2000;
	}

	/**
	 * A flag with what its words need.
	 *
	 * @param flag the flag
	 * @param arguments the figures and dates its words name
	 */
	public record Reason(RiskFlag flag, List<Object> arguments) {

		public Reason {
			arguments = List.copyOf(arguments);
		}

		/**
		 * The message key of the reason in words.
		 * @return the key
		 */
		public String messageKey() {
			return "risk.flag." + this.flag.name();
		}

		/**
		 * The message key of what would clear it.
		 * @return the key
		 */
		public String clearKey() {
			return "risk.clear." + this.flag.name();
		}

		/**
		 * The arguments as an array, for the message.
		 * @return the arguments
		 */
		public Object[] argumentArray() {
			return this.arguments.toArray();
		}

	}

}
