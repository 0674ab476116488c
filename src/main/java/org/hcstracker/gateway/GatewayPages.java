package org.hcstracker.gateway;

import java.util.List;
import java.util.Map;

import org.hcstracker.gateway.GatewayForms.ApproveForm;
import org.hcstracker.gateway.GatewayForms.ItemForm;
import org.hcstracker.gateway.GatewayForms.ReasonForm;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.OrganisationService;
import org.hcstracker.people.OrganisationType;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.shared.RuleException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The gateway page as its controllers show it: the checklist with a form for what the
 * person may do now (the one that failed keeps what was typed, with its errors and the
 * summary at the top), and the step that restates a decision before it is recorded.
 */
@Component
class GatewayPages {

	static final String CHECKLIST = "gateway/checklist";

	/** Which form field a refusal concerns, by a part of its message key. */
	private static final Map<String, String> FIELDS = Map.of("basis", "basis", "date", "date", "detail", "detail",
			"reason", "reason", "epao", "epaoId", "certificate", "certificate", "file", "certificate");

	private final GatewayChecklistService checklists;

	private final ApprenticeDirectory directory;

	private final OrganisationService organisations;

	GatewayPages(GatewayChecklistService checklists, ApprenticeDirectory directory, OrganisationService organisations) {
		this.checklists = checklists;
		this.directory = directory;
		this.organisations = organisations;
	}

	/**
	 * The checklist, with the forms not already in the model blank.
	 * @param id the apprentice
	 * @param viewer who is looking
	 * @param model the model
	 * @return the view
	 */
	String checklist(long id, CurrentUser viewer, Model model) {
		Checklist checklist = this.checklists.checklist(id, viewer);
		model.addAttribute("checklist", checklist);
		model.addAttribute("profile", this.directory.profile(id, viewer));
		model.addAttribute("items", List.of(GatewayItem.MATHS, GatewayItem.ENGLISH, GatewayItem.DIPLOMA));
		for (GatewayItem item : GatewayItem.values()) {
			addIfMissing(model, itemFormName(item), ItemForm.blank());
		}
		addIfMissing(model, "approveForm", new ApproveForm(null, null));
		addIfMissing(model, "declineForm", ReasonForm.blank());
		addIfMissing(model, "withdrawForm", ReasonForm.blank());
		if (checklist.lineManager()) {
			model.addAttribute("epaos", epaos());
		}
		return CHECKLIST;
	}

	/**
	 * The checklist again, with the form that failed, what was typed and its errors.
	 * @param id the apprentice
	 * @param viewer who is looking
	 * @param model the model
	 * @param name the form's model name
	 * @param idSuffix what its fields' ids end with, after the field's name
	 * @param form the form
	 * @param result its errors
	 * @return the view
	 */
	String checklistWithErrors(long id, CurrentUser viewer, Model model, String name, String idSuffix, Object form,
			BindingResult result) {
		model.addAttribute(name, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
		model.addAttribute("failedForm", name);
		model.addAttribute("failedSuffix", idSuffix);
		return checklist(id, viewer, model);
	}

	/**
	 * The step that restates the line manager's decision before it is recorded.
	 * @param id the apprentice
	 * @param viewer the line manager
	 * @param decision "approve" or "decline"
	 * @param epao the EPAO of an approval
	 * @param reason the reason of a decline
	 * @param model the model
	 * @return the view
	 */
	String decisionStep(long id, CurrentUser viewer, String decision, @Nullable OrganisationView epao, String reason,
			Model model) {
		model.addAttribute("profile", this.directory.profile(id, viewer));
		model.addAttribute("decision", decision);
		model.addAttribute("epao", epao);
		model.addAttribute("reason", reason);
		return "gateway/confirm-decision";
	}

	List<OrganisationView> epaos() {
		return this.organisations.organisations()
			.stream()
			.filter((organisation) -> organisation.type() == OrganisationType.EPAO)
			.toList();
	}

	static String itemFormName(GatewayItem item) {
		return "item" + item.name();
	}

	/**
	 * A refusal as an error of the form: of the field it concerns, or of the form as a
	 * whole.
	 * @param result the form's errors
	 * @param ex the refusal
	 */
	static void reject(BindingResult result, RuleException ex) {
		ex.rejectOn(result, FIELDS);
	}

	/**
	 * Refusals found together, each as an error of the form.
	 * @param result the form's errors
	 * @param refusals the refusals
	 */
	static void rejectAll(BindingResult result, List<? extends RuleException> refusals) {
		RuleException.rejectAllOn(refusals, result, FIELDS);
	}

	private static void addIfMissing(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

}
