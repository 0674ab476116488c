package org.hcstracker.notifications;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a message's HTML and plain-text bodies from its templates
 * ({@code templates/mail/*.html} and {@code *.txt}), in British English, with the words
 * from messages.properties. Its engines are its own, so that the pages' engine is left as
 * Spring Boot configures it.
 */
@Component
class MailTemplates {

	private final SpringTemplateEngine html;

	private final SpringTemplateEngine text;

	MailTemplates(MessageSource messages) {
		this.html = engine(messages, ".html", TemplateMode.HTML);
		this.text = engine(messages, ".txt", TemplateMode.TEXT);
	}

	private static SpringTemplateEngine engine(MessageSource messages, String suffix, TemplateMode mode) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

	/**
	 * The HTML body.
	 * @param view what the message says
	 * @return the HTML
	 */
	String html(MailView view) {
		return this.html.process(view.kind().template(), context(view));
	}

	/**
	 * The plain-text body.
	 * @param view what the message says
	 * @return the text
	 */
	String text(MailView view) {
		return this.text.process(view.kind().template(), context(view));
	}

	private static Context context(MailView view) {
		Context context = new Context(Locale.UK);
		context.setVariable("mail", view);
		return context;
	}

}
