package org.hcstracker.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import nz.net.ultraq.thymeleaf.layoutdialect.LayoutDialect;
import nz.net.ultraq.thymeleaf.layoutdialect.decorators.DecorateProcessor;
import nz.net.ultraq.thymeleaf.layoutdialect.decorators.strategies.AppendingStrategy;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.inline.IInliner;
import org.thymeleaf.model.IModel;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.IElementModelStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The Layout Dialect, with each page's decoration by the layout worked out once and kept.
 *
 * <p>
 * {@code layout:decorate} merges a page's template with the layout's on every request,
 * although the result depends on the two templates alone: the data is put in afterwards,
 * when Thymeleaf processes the merged template. Measured under load, that merge was over
 * a quarter of a page's processor time whatever the page showed. This dialect keeps what
 * the merge produced for a page (the merged template, the layout's template data, the
 * page's fragments and the titles it put in the context) and replays it on the page's
 * next request. The result is kept only for a page decorated at the top of the template
 * stack with a constant fragment expression, and only while Thymeleaf caches templates
 * (not in development, where a changed template must show at once).
 */
final class DecoratedPages extends LayoutDialect {

	private final boolean keep;

	/**
	 * The dialect.
	 * @param keep whether to keep each page's decoration: true only when Thymeleaf caches
	 * its templates
	 */
	DecoratedPages(boolean keep) {
		this.keep = keep;
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		Set<IProcessor> processors = new LinkedHashSet<>();
		for (IProcessor processor : super.getProcessors(dialectPrefix)) {
			boolean htmlDecoration = processor instanceof DecorateProcessor
					&& processor.getTemplateMode() == TemplateMode.HTML;
			processors.add((htmlDecoration && this.keep) ? new KeptDecoration(dialectPrefix) : processor);
		}
		return processors;
	}

	/**
	 * The decorate processor, doing the work once per page and template.
	 */
	static final class KeptDecoration extends DecorateProcessor {

		/** A fragment expression naming a template alone, such as {@code ~{layout}}. */
		private static final Pattern CONSTANT = Pattern.compile("~\\{[\\w/-]+}");

		private final Map<String, Decoration> decorations = new ConcurrentHashMap<>();

		KeptDecoration(String dialectPrefix) {
			super(TemplateMode.HTML, dialectPrefix, new AppendingStrategy(), true, false);
		}

		@Override
		protected void doProcess(ITemplateContext context, IModel model, AttributeName attributeName,
				String attributeValue, IElementModelStructureHandler structureHandler) {
			boolean keepable = context instanceof IEngineContext && context.getTemplateStack().size() == 1
					&& CONSTANT.matcher(attributeValue).matches();
			if (!keepable) {
				super.doProcess(context, model, attributeName, attributeValue, structureHandler);
				return;
			}
			IEngineContext engine = (IEngineContext) context;
			String key = context.getTemplateData().getTemplate() + " " + attributeValue;
			Decoration kept = this.decorations.get(key);
			if (kept == null) {
				Set<String> before = Set.copyOf(engine.getVariableNames());
				Recording recording = new Recording(structureHandler);
				super.doProcess(context, model, attributeName, attributeValue, recording);
				// Only the variables the decoration added (the titles): the request's
				// own,
				// such as its flash attributes, are never carried over.
				Map<String, @Nullable Object> set = new LinkedHashMap<>();
				for (String name : engine.getVariableNames()) {
					if (!before.contains(name)) {
						set.put(name, engine.getVariable(name));
					}
				}
				if (recording.complete()) {
					this.decorations.putIfAbsent(key,
							new Decoration(model.cloneModel(), recording.templateData, recording.localVariables, set));
				}
				return;
			}
			model.reset();
			model.addModel(kept.model());
			kept.variables().forEach(engine::setVariable);
			if (kept.templateData() != null) {
				structureHandler.setTemplateData(kept.templateData());
			}
			kept.localVariables()
				.forEach((name, value) -> structureHandler.setLocalVariable(name,
						(value instanceof Map<?, ?> map) ? new LinkedHashMap<>(map) : value));
		}

	}

	/**
	 * What a page's decoration produced.
	 */
	private record Decoration(IModel model, @Nullable TemplateData templateData,
			Map<String, @Nullable Object> localVariables, Map<String, @Nullable Object> variables) {
	}

	/**
	 * A structure handler that passes every call on and notes the ones a decoration
	 * makes, so they can be made again; a call of another kind makes the decoration one
	 * not to keep.
	 */
	private static final class Recording implements IElementModelStructureHandler {

		private final IElementModelStructureHandler handler;

		private @Nullable TemplateData templateData;

		private final Map<String, @Nullable Object> localVariables = new LinkedHashMap<>();

		private final List<String> others = new ArrayList<>();

		Recording(IElementModelStructureHandler handler) {
			this.handler = handler;
		}

		boolean complete() {
			return this.others.isEmpty();
		}

		@Override
		public void reset() {
			this.others.add("reset");
			this.handler.reset();
		}

		@Override
		public void setLocalVariable(String name, @Nullable Object value) {
			this.localVariables.put(name, value);
			this.handler.setLocalVariable(name, value);
		}

		@Override
		public void removeLocalVariable(String name) {
			this.others.add("removeLocalVariable");
			this.handler.removeLocalVariable(name);
		}

		@Override
		public void setSelectionTarget(@Nullable Object selectionTarget) {
			this.others.add("setSelectionTarget");
			this.handler.setSelectionTarget(selectionTarget);
		}

		@Override
		public void setInliner(@Nullable IInliner inliner) {
			this.others.add("setInliner");
			this.handler.setInliner(inliner);
		}

		@Override
		public void setTemplateData(@Nullable TemplateData templateData) {
			this.templateData = Objects.requireNonNull(templateData);
			this.handler.setTemplateData(templateData);
		}

	}

}
