package coop.dashboard.imports;

/**
 * The file cannot be read on from some point: the French message says where and why.
 */
class UnreadableFileException extends RuntimeException {

	UnreadableFileException(String message) {
		super(message);
	}

	UnreadableFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
