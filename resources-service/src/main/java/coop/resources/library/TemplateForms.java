package coop.resources.library;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import coop.platform.web.problem.FieldProblem;

/**
 * The rules of online templates: the form an editor sends, checked and given stable keys;
 * the answers someone saves, checked against their copy's questions.
 */
final class TemplateForms {

	/** Longest answer to a {@code TEXT} question. */
	static final int SHORT_TEXT = 500;

	private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,40}");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,13}([.,]\\d{1,4})?");

	private TemplateForms() {
	}

	/**
	 * The form as it is kept: keys already given are kept (answers refer to them), new
	 * parts get one; a choice question needs two distinct choices at least; other types
	 * keep none.
	 */
	static TemplateForm checked(ToolRequests.FormRequest request, List<FieldProblem> problems) {
		Set<String> keys = new HashSet<>();
		List<TemplateForm.FormSection> sections = new ArrayList<>();
		for (int i = 0; i < request.sections().size(); i++) {
			ToolRequests.FormSectionRequest section = request.sections().get(i);
			List<TemplateForm.FormQuestion> questions = new ArrayList<>();
			for (int j = 0; j < section.questions().size(); j++) {
				ToolRequests.FormQuestionRequest question = section.questions().get(j);
				List<String> choices = List.of();
				if (question.type() == QuestionType.CHOICE) {
					choices = (question.choices() != null)
							? question.choices().stream().map(String::strip).distinct().toList() : List.of();
					if (choices.size() < 2) {
						problems.add(new FieldProblem("form.sections[" + i + "].questions[" + j + "].choices",
								"Proposez au moins deux choix différents."));
					}
				}
				questions.add(new TemplateForm.FormQuestion(key(question.key(), "q", keys), question.label().strip(),
						question.type(), blankToNull(question.help()), choices));
			}
			sections.add(new TemplateForm.FormSection(key(section.key(), "s", keys), section.title().strip(),
					blankToNull(section.help()), questions));
		}
		return new TemplateForm(sections);
	}

	/**
	 * The answers to keep, blank ones dropped; each answer must fit its question (a
	 * question of this form, a number, a date, one of the choices, a short text on one
	 * line).
	 */
	static Map<String, String> answers(TemplateForm form, Map<String, String> sent, List<FieldProblem> problems) {
		Map<String, String> kept = new TreeMap<>();
		sent.forEach((key, value) -> {
			String field = "answers." + key;
			TemplateForm.FormQuestion question = form.question(key).orElse(null);
			if (question == null) {
				problems.add(new FieldProblem(field, "Cette question n'est pas dans votre document."));
				return;
			}
			if (value == null || value.isBlank()) {
				return;
			}
			String answer = value.strip();
			String problem = problem(question, answer);
			if (problem != null) {
				problems.add(new FieldProblem(field, problem));
				return;
			}
			kept.put(key, answer);
		});
		return kept;
	}

	private static String problem(TemplateForm.FormQuestion question, String answer) {
		if (CONTROL.matcher(answer).find()) {
			return "Retirez les caractères invisibles de votre réponse.";
		}
		return switch (question.type()) {
			case TEXT -> (answer.length() > SHORT_TEXT || answer.contains("\n"))
					? "Une réponse courte tient sur une ligne de " + SHORT_TEXT + " caractères au plus." : null;
			case LONG_TEXT -> null;
			case NUMBER -> number(answer) ? null : "Indiquez un nombre, par exemple 1250 ou 12,50.";
			case DATE -> date(answer) ? null : "Indiquez une date (jj/mm/aaaa).";
			case CHOICE -> question.choices().contains(answer) ? null : "Choisissez une des réponses proposées.";
		};
	}

	private static boolean number(String answer) {
		String compact = answer.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
		if (!NUMBER.matcher(compact).matches()) {
			return false;
		}
		new BigDecimal(compact.replace(',', '.'));
		return true;
	}

	private static boolean date(String answer) {
		try {
			LocalDate.parse(answer);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static String key(String given, String prefix, Set<String> taken) {
		if (given != null && KEY.matcher(given).matches() && taken.add(given)) {
			return given;
		}
		String key;
		do {
			key = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		}
		while (!taken.add(key));
		return key;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
