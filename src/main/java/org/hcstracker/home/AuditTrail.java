package org.hcstracker.home;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hcstracker.audit.AuditEventView;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.OrganisationService;
import org.hcstracker.programme.ApprenticeFacts;
import org.hcstracker.programme.ApprenticeName;
import org.hcstracker.shared.Formats;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * Turns one page of the audit trail into words: each change's action by its message
 * ({@code audit.action.*}), the apprentices, people and organisations by their names
 * rather than their record numbers, the states' codes by the words the pages use for
 * them, and times in England's time. Names are read for the page's rows only, one
 * statement per kind of name, whatever the number of rows.
 */
@Component
class AuditTrail {

	private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");

	private static final Pattern INSTANT = Pattern
		.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z\\b");

	private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

	private static final Pattern EPAO = Pattern.compile("\\bEPAO (\\d{1,18})\\b");

	/** The message families a state's codes are looked up in, by the kind of record. */
	private static final Map<String, List<String>> FAMILIES = Map.ofEntries(
			Map.entry("Evidence", List.of("evidenceStatus.")),
			Map.entry("OffTheJobEntry", List.of("otjStatus.", "otjActivity.")),
			Map.entry("Apprentice", List.of("status.")), Map.entry("Account", List.of("role.")),
			Map.entry("Organisation", List.of("organisationType.")),
			Map.entry("GatewayDecision", List.of("gatewayDecision.")),
			Map.entry("GatewayRecord", List.of("gatewayItem.", "qualificationBasis.")),
			Map.entry("GatewayCertificate", List.of("gatewayItem.")),
			Map.entry("EpaRecord", List.of("epaElement.", "epaGrade.", "epaEntry.")),
			Map.entry("ProgressReview", List.of("reviewRag.", "reviewStatus.")));

	private final ApprenticeFacts apprentices;

	private final AccountService accounts;

	private final OrganisationService organisations;

	private final MessageSource messages;

	AuditTrail(ApprenticeFacts apprentices, AccountService accounts, OrganisationService organisations,
			MessageSource messages) {
		this.apprentices = apprentices;
		this.accounts = accounts;
		this.organisations = organisations;
		this.messages = messages;
	}

	/**
	 * One page of the trail in words.
	 * @param events the page's events
	 * @param admin the administrator reading it
	 * @param locale the reader's locale
	 * @return the page's rows
	 */
	Page<AuditRow> inWords(Page<AuditEventView> events, CurrentUser admin, Locale locale) {
		Names names = names(events.getContent(), admin);
		return events.map((event) -> row(event, names, locale));
	}

	private Names names(List<AuditEventView> events, CurrentUser admin) {
		Set<Long> apprenticeIds = new HashSet<>();
		Set<Long> accountIds = new HashSet<>();
		Set<Long> organisationIds = new HashSet<>();
		for (AuditEventView event : events) {
			if (event.apprenticeId() != null) {
				apprenticeIds.add(event.apprenticeId());
			}
			switch (event.subjectType()) {
				case "Apprentice" -> apprenticeIds.add(event.subjectId());
				case "Account" -> accountIds.add(event.subjectId());
				case "Organisation" -> organisationIds.add(event.subjectId());
				default -> {
				}
			}
			for (String state : new String[] { event.before(), event.after() }) {
				if (state != null) {
					Matcher epao = EPAO.matcher(state);
					while (epao.find()) {
						organisationIds.add(Long.valueOf(epao.group(1)));
					}
				}
			}
		}
		Map<Long, String> apprenticeNames = new java.util.HashMap<>();
		for (ApprenticeName name : this.apprentices.names(apprenticeIds, admin)) {
			apprenticeNames.put(name.id(), name.name());
		}
		return new Names(apprenticeNames, this.accounts.names(accountIds), this.organisations.names(organisationIds));
	}

	private AuditRow row(AuditEventView event, Names names, Locale locale) {
		return new AuditRow(Formats.dateTime(event.occurredAt()), event.actor(), action(event.action(), locale),
				about(event, names, locale), state(event.before(), event.subjectType(), names, locale),
				state(event.after(), event.subjectType(), names, locale));
	}

	String action(String code, Locale locale) {
		String text = this.messages.getMessage("audit.action." + code, null, null, locale);
		return (text != null) ? text : readable(code);
	}

	private String about(AuditEventView event, Names names, Locale locale) {
		String name = switch (event.subjectType()) {
			case "Apprentice" -> names.apprentices().get(event.subjectId());
			case "Account" -> names.accounts().get(event.subjectId());
			case "Organisation" -> names.organisations().get(event.subjectId());
			default -> (event.apprenticeId() != null) ? names.apprentices().get(event.apprenticeId()) : null;
		};
		if (name != null) {
			return name;
		}
		// A record of no one in particular (a KSB statement, a standard version): its
		// kind
		// and number, so that two of them can be told apart.
		return this.messages.getMessage("audit.subject." + event.subjectType(), null, readable(event.subjectType()),
				locale) + " " + event.subjectId();
	}

	@Nullable String state(@Nullable String state, String subjectType, Names names, Locale locale) {
		if (state == null) {
			return null;
		}
		String words = replace(INSTANT, state, (m) -> Formats.dateTime(java.time.Instant.parse(m.group())));
		words = replace(DATE, words, (m) -> Formats.date(java.time.LocalDate.parse(m.group())));
		words = replace(EPAO, words, (m) -> names.organisations().getOrDefault(Long.valueOf(m.group(1)), m.group()));
		List<String> families = FAMILIES.getOrDefault(subjectType, List.of());
		return replace(CODE, words, (m) -> codeInWords(m.group(), families, locale));
	}

	private String codeInWords(String code, List<String> families, Locale locale) {
		if (code.length() < 3) {
			return code;
		}
		for (String family : families) {
			String words = this.messages.getMessage(family + code, null, null, locale);
			if (words != null) {
				return words;
			}
		}
		return code;
	}

	private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> words) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String replacement;
			try {
				replacement = words.apply(matcher);
			}
			catch (RuntimeException ex) {
				replacement = matcher.group();
			}
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	/**
	 * A code no message names, made readable: {@code SOME_CODE} reads "Some code",
	 * {@code OffTheJobEntry} reads "Off the job entry".
	 * @param code the code
	 * @return it in words
	 */
	static String readable(String code) {
		String spaced = code.contains("_") ? code.replace('_', ' ') : code.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
		String lower = spaced.toLowerCase(Locale.ROOT);
		return lower.isEmpty() ? code : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	record Names(Map<Long, String> apprentices, Map<Long, String> accounts, Map<Long, String> organisations) {
	}

}
