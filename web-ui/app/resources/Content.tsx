// One version of a resource as readers see it: its text (HTML made and sanitised by resources-service), a selected
// site's address, a training module's steps, an exercise with its correction after an attempt, and its files, played
// or shown in the page when the browser can (video, audio, pictures, a PDF's first page).
import { useId, useState } from "react";
import { Link } from "react-router";
import type { ContentView, FileView } from "../api/resources";
import { formatDate, safeHttpUrl } from "../ui/format";
import { ServiceHtml } from "../ui/ServiceHtml";
import { formatSize } from "./labels";
import { resourcePath } from "./ResourceCard";

export { ServiceHtml };

const inline = (file: FileView) => `${file.url}?inline=true`;

function FileItem({ file, withStatus }: { file: FileView; withStatus: boolean }) {
  const type = file.mediaType;
  const size = formatSize(file.size);
  return (
    <li className="card">
      <p className="card-title">{file.name}</p>
      {type.startsWith("video/") && (
        // biome-ignore lint/a11y/useMediaCaption: the cooperative's videos have no caption files yet; the text says what they show
        <video controls preload="metadata" src={inline(file)}>
          <a href={file.url}>Télécharger la vidéo</a>
        </video>
      )}
      {(type.startsWith("audio/") || type === "application/ogg") && (
        // biome-ignore lint/a11y/useMediaCaption: sound without speech (a timer); the text says what it is
        <audio controls preload="metadata" src={inline(file)}>
          <a href={file.url}>Télécharger le son</a>
        </audio>
      )}
      {type.startsWith("image/") && <img src={inline(file)} alt={file.name} loading="lazy" />}
      {type === "application/pdf" && file.thumbnailUrl && (
        <img src={file.thumbnailUrl} alt={`Première page de ${file.name}`} width={240} loading="lazy" />
      )}
      <p className="actions">
        {(type === "application/pdf" || type.startsWith("image/")) && (
          <a
            href={inline(file)}
            target="_blank"
            rel="noopener"
            className="button button-secondary button-small"
            aria-label={`Ouvrir ${file.name} (nouvel onglet)`}
          >
            Ouvrir {type === "application/pdf" ? "le PDF" : "l'image"}
          </a>
        )}
        <a href={file.url} download className="button button-small" aria-label={`Télécharger ${file.name} (${size})`}>
          Télécharger ({size})
        </a>
      </p>
      {withStatus && file.textStatus && <p className="muted">{file.textStatus}</p>}
    </li>
  );
}

export function Files({ files, withStatus = false }: { files: FileView[]; withStatus?: boolean }) {
  if (files.length === 0) return null;
  return (
    <section aria-labelledby="fichiers">
      <h2 id="fichiers">{files.length > 1 ? "Fichiers" : "Fichier"}</h2>
      <ul className="plain stack">
        {files.map((file) => (
          <FileItem key={file.id} file={file} withStatus={withStatus} />
        ))}
      </ul>
    </section>
  );
}

/** An exercise: the person writes an answer (kept in the page), then reads the correction. */
export function Exercise({ correctionHtml }: { correctionHtml: string }) {
  const id = useId();
  const [answer, setAnswer] = useState("");
  const [shown, setShown] = useState(false);
  const [missing, setMissing] = useState(false);
  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>À vous</h2>
      <div className="field">
        <label htmlFor={`${id}-answer`}>Votre réponse</label>
        <p className="field-hint" id={`${id}-hint`}>
          La correction s'affiche après votre essai. Votre réponse reste sur cette page.
        </p>
        <textarea
          id={`${id}-answer`}
          rows={5}
          value={answer}
          aria-describedby={missing ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={missing || undefined}
          onChange={(e) => {
            setAnswer(e.target.value);
            setMissing(false);
          }}
        />
        {missing && (
          <p className="field-error" id={`${id}-error`}>
            Écrivez d'abord votre réponse : la correction vient après un essai.
          </p>
        )}
      </div>
      {!shown && (
        <button type="button" className="button" onClick={() => (answer.trim() ? setShown(true) : setMissing(true))}>
          Voir la correction
        </button>
      )}
      {shown && (
        <div role="status">
          <h3>Correction</h3>
          <ServiceHtml html={correctionHtml} />
        </div>
      )}
    </section>
  );
}

/**
 * A filled copy of an online template proposed to the centre: each section's questions with the answers of this
 * version, to read (its owner fills in their own copy elsewhere).
 */
export function FilledAnswers({
  form,
  answers,
}: {
  form: NonNullable<ContentView["form"]>;
  answers: Record<string, string>;
}) {
  return (
    <section aria-labelledby="reponses-document">
      <h2 id="reponses-document">Le document rempli</h2>
      {form.sections.map((section) => (
        <section key={section.key} aria-labelledby={`partie-${section.key}`}>
          <h3 id={`partie-${section.key}`}>{section.title}</h3>
          <dl className="answers">
            {section.questions.map((question) => {
              const answer = answers[question.key];
              return (
                <div key={question.key}>
                  <dt>{question.label}</dt>
                  <dd>
                    {answer === undefined ? (
                      <span className="muted">Sans réponse</span>
                    ) : question.type === "DATE" ? (
                      formatDate(`${answer}T12:00:00Z`)
                    ) : (
                      answer
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </section>
  );
}

export function Content({
  content,
  withFileStatus = false,
  publicPage = false,
}: {
  content: ContentView;
  /** the authors' and reviewers' view: whether search finds the words of each file */
  withFileStatus?: boolean;
  /** on the public site, steps do not lead into the intranet */
  publicPage?: boolean;
}) {
  const site = safeHttpUrl(content.url);
  return (
    <>
      {content.summary && <p className="lead">{content.summary}</p>}
      {site && (
        <p>
          <a
            href={site}
            rel="noopener noreferrer"
            className="button"
            aria-label={`Aller sur le site : ${content.title}`}
          >
            Aller sur le site
          </a>{" "}
          <span className="url">{site}</span>
        </p>
      )}
      <ServiceHtml html={content.bodyHtml} />
      {content.steps.length > 0 && (
        <section aria-labelledby="etapes">
          <h2 id="etapes">Les étapes</h2>
          <ol className="stack">
            {content.steps.map((step, i) => (
              <li key={i}>
                <h3>{step.title}</h3>
                <ServiceHtml html={step.bodyHtml} />
                {step.resourceSlug && !publicPage && (
                  <p>
                    <Link to={resourcePath(step.resourceSlug)}>Ouvrir la ressource de cette étape</Link>
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      {content.correctionHtml && <Exercise correctionHtml={content.correctionHtml} />}
      {content.form && content.answers && <FilledAnswers form={content.form} answers={content.answers} />}
      <Files files={content.files} withStatus={withFileStatus} />
    </>
  );
}
