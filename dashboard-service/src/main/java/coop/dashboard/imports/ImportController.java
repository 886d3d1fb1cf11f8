package coop.dashboard.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import coop.platform.web.problem.ProblemException;
import coop.platform.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff of the head office import the cooperative's files: the body of the request is the
 * file itself, streamed to the spool (never held in memory) and refused past the size
 * limit; the answer is the job, which staff follow until its report.
 */
@RestController
class ImportController {

	private final ImportJobs jobs;

	private final Imports imports;

	private final ImportProperties properties;

	private final String headOffice;

	ImportController(ImportJobs jobs, Imports imports, ImportProperties properties,
			@Value("${coop.head-office-antenna:seynod}") String headOffice) {
		this.jobs = jobs;
		this.imports = imports;
		this.properties = properties;
		this.headOffice = headOffice;
	}

	@PostMapping(path = "/api/dashboard/imports",
			consumes = { "text/csv", "text/plain", "application/octet-stream",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/x-sylk",
					"application/vnd.ms-excel" })
	ResponseEntity<ImportView> upload(CurrentUser user, HttpServletRequest request,
			@RequestParam(name = "fileName") String fileName) throws IOException {
		mustManageEverything(user);
		String name = fileName.strip();
		if (name.isEmpty() || name.length() > 255 || name.contains("/") || name.contains("\\")) {
			throw ProblemException.invalid("fileName",
					"Donnez le nom du fichier (255 caractères au plus, sans « / »).");
		}
		long declared = request.getContentLengthLong();
		if (declared > this.properties.maxSize().toBytes()) {
			throw new Spool(this.properties).tooLarge(this.properties.maxSize().toBytes());
		}
		UUID id;
		try (InputStream body = request.getInputStream()) {
			id = this.jobs.receive(body, name, "UPLOAD", user.subject());
		}
		ImportView view = this.imports.find(id).orElseThrow();
		return ResponseEntity.accepted().location(URI.create("/api/dashboard/imports/" + id)).body(view);
	}

	@GetMapping("/api/dashboard/imports")
	List<ImportView> recent(CurrentUser user) {
		mustManageEverything(user);
		return this.imports.recent(50);
	}

	@GetMapping("/api/dashboard/imports/{id}")
	ImportView one(CurrentUser user, @PathVariable UUID id) {
		mustManageEverything(user);
		return this.imports.find(id).orElseThrow(() -> ProblemException.notFound("Cet import n'existe pas."));
	}

	private void mustManageEverything(CurrentUser user) {
		if (!user.managesEveryAntenna(this.headOffice)) {
			throw ProblemException.forbidden(
					"Les fichiers de la comptabilité concernent toute la coopérative : seule l'équipe du siège les importe.");
		}
	}

}
