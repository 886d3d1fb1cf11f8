package coop.platform.files;

import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;

import org.springframework.http.HttpStatus;

/**
 * Why an upload is refused, in French, with stable types.
 */
public final class FileProblems {

	public static final ProblemType EMPTY = ProblemType.of("empty-file", HttpStatus.BAD_REQUEST, "Fichier vide");

	public static final ProblemType UNREADABLE = ProblemType.of("unreadable-file", HttpStatus.BAD_REQUEST,
			"Fichier illisible");

	public static final ProblemType ENCRYPTED = ProblemType.of("encrypted-file", HttpStatus.BAD_REQUEST,
			"Fichier protégé");

	public static final ProblemType ARCHIVE_LIMITS = ProblemType.of("archive-limits", HttpStatus.BAD_REQUEST,
			"Contenu compressé démesuré");

	public static final ProblemType INTERRUPTED = ProblemType.of("upload-interrupted", HttpStatus.BAD_REQUEST,
			"Envoi interrompu");

	private FileProblems() {
	}

	static ProblemException empty(String name) {
		return new ProblemException(EMPTY, "Le fichier « " + name + " » est vide : rien n'a été enregistré.");
	}

	static ProblemException unreadable(String name) {
		return new ProblemException(UNREADABLE,
				"Le fichier « " + name + " » est endommagé ou illisible : il n'a pas été enregistré.");
	}

	static ProblemException encrypted(String name) {
		return new ProblemException(ENCRYPTED, "Le fichier « " + name
				+ " » est protégé par un mot de passe ou chiffré : enregistrez-en une version sans protection.");
	}

	static ProblemException archiveLimits(String name) {
		return new ProblemException(ARCHIVE_LIMITS, "Le fichier « " + name
				+ " » contient trop d'éléments ou se décompresse en un volume démesuré : il n'a pas été enregistré.");
	}

	static ProblemException interrupted() {
		return new ProblemException(INTERRUPTED, "L'envoi du fichier a été interrompu : rien n'a été enregistré.");
	}

	static ProblemException tooLarge(String name, FileRule rule) {
		return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "Le fichier « " + name + " » dépasse "
				+ megabytes(rule.maxSize().toBytes()) + ", la taille maximale des " + rule.label() + ".");
	}

	static ProblemException tooLarge(long limit) {
		return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
				"Le fichier dépasse " + megabytes(limit) + ", la taille maximale acceptée.");
	}

	static ProblemException unsupported(String name, String mediaType, FilePolicy policy) {
		return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Le format du fichier « " + name + " » ("
				+ mediaType + ") n'est pas accepté. Formats acceptés : " + policy.acceptedFormats() + ".");
	}

	static ProblemException archive(String name) {
		return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Le fichier « " + name
				+ " » est une archive : les archives ne sont pas acceptées, envoyez les fichiers un par un.");
	}

	static ProblemException legacyOffice(String name) {
		return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Le fichier « " + name
				+ " » est dans un ancien format Office : enregistrez-le en .docx, .xlsx, .odt ou .ods puis recommencez.");
	}

	static ProblemException macros(String name) {
		return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Le fichier « " + name
				+ " » contient des macros : enregistrez-le sans macros (.docx, .xlsx, .pptx) puis recommencez.");
	}

	static String megabytes(long bytes) {
		long mb = bytes / (1024 * 1024);
		return (mb >= 1) ? mb + " Mo" : (bytes / 1024) + " Ko";
	}

}
