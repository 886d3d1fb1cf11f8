package coop.members.cooperative;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import coop.platform.web.problem.FieldProblem;

/**
 * The platform's colours: white, three greys and the cooperative's one or two brand
 * colours (the brief's charter). Brand colours are used for text on white and on the
 * light grey, and under white text (buttons, banners), so each must reach WCAG AA's 4.5:1
 * contrast against both.
 */
public final class Palette {

	public static final String WHITE = "#ffffff";

	public static final String GREY_LIGHT = "#f2f4f5";

	public static final String GREY = "#5c636a";

	public static final String GREY_DARK = "#262b30";

	/** WCAG 2.2 AA, normal text. */
	public static final double MINIMUM_CONTRAST = 4.5;

	private Palette() {
	}

	/** The palette's colours, named as the web UI's style sheet names them. */
	public static List<Colour> of(String primary, String secondary) {
		return List.of(new Colour("white", WHITE), new Colour("grey-light", GREY_LIGHT), new Colour("grey", GREY),
				new Colour("text", GREY_DARK), new Colour("primary", primary),
				new Colour("accent", (secondary != null) ? secondary : primary));
	}

	public record Colour(String name, String hex) {
	}

	/**
	 * What is wrong with these brand colours, field by field, in French; empty when both
	 * are readable.
	 */
	static List<FieldProblem> check(String primary, String secondary) {
		List<FieldProblem> problems = new ArrayList<>();
		checkOne("primaryColour", primary).ifPresent(problems::add);
		if (secondary != null) {
			checkOne("secondaryColour", secondary).ifPresent(problems::add);
		}
		return problems;
	}

	private static java.util.Optional<FieldProblem> checkOne(String field, String colour) {
		double onWhite = contrast(colour, WHITE);
		double onGrey = contrast(colour, GREY_LIGHT);
		double worst = Math.min(onWhite, onGrey);
		if (worst >= MINIMUM_CONTRAST) {
			return java.util.Optional.empty();
		}
		String background = (onGrey < onWhite) ? "le fond gris clair" : "le blanc";
		return java.util.Optional.of(new FieldProblem(field,
				String.format(Locale.FRANCE,
						"Le contraste entre %s et %s n'est que de %.2f:1 ; il faut au moins 4,5:1 (WCAG AA) pour que "
								+ "les textes et les boutons restent lisibles. Choisissez une teinte plus foncée.",
						colour, background, worst)));
	}

	/** WCAG contrast ratio of two {@code #rrggbb} colours, from 1 to 21. */
	static double contrast(String a, String b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminance(String hex) {
		double[] channels = new double[3];
		for (int i = 0; i < 3; i++) {
			double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
			channels[i] = (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
	}

}
