package org.hcstracker.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hcstracker.programme.ApprenticeDirectory.BreakInLearning;

/**
 * The breaks in learning read from an apprentice's timeline.
 */
final class Breaks {

	/** The events that start, end or cut short a break. */
	static final List<ApprenticeEventKind> KINDS = List.of(ApprenticeEventKind.BREAK_STARTED,
			ApprenticeEventKind.RETURNED_FROM_BREAK, ApprenticeEventKind.WITHDRAWN);

	private Breaks() {
	}

	/**
	 * The breaks an apprentice's timeline holds, oldest first; a break under way has no
	 * end, and a withdrawal ends none.
	 * @param events the apprentice's events, in order
	 * @return the breaks
	 */
	static List<BreakInLearning> from(List<ApprenticeEvent> events) {
		List<BreakInLearning> breaks = new ArrayList<>();
		LocalDate started = null;
		for (ApprenticeEvent event : events) {
			TimelineEntry entry = event.toEntry();
			if (entry.kind() == ApprenticeEventKind.BREAK_STARTED) {
				started = entry.occurredOn();
			}
			else if (entry.kind() == ApprenticeEventKind.RETURNED_FROM_BREAK && started != null) {
				breaks.add(new BreakInLearning(started, entry.occurredOn()));
				started = null;
			}
			else if (entry.kind() == ApprenticeEventKind.WITHDRAWN) {
				started = null;
			}
		}
		if (started != null) {
			breaks.add(new BreakInLearning(started, null));
		}
		return breaks;
	}

}
