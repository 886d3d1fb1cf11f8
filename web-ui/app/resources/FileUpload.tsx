// Adding files to a resource: the one upload widget (ui/FileUpload.tsx) sending to the resource's files.
import { fileUploadUrl } from "../api/resources";
import { FileUpload as Upload } from "../ui/FileUpload";

const ACCEPT =
  ".pdf,.odt,.ods,.odp,.docx,.xlsx,.pptx,.txt,.csv,.md,.png,.jpg,.jpeg,.gif,.webp,.mp4,.webm,.mov,.mp3,.m4a,.ogg,.opus,.wav";

export function FileUpload({ resourceId }: { resourceId: string }) {
  return (
    <Upload
      endpoint={(name) => fileUploadUrl(resourceId, name)}
      label="Ajouter des fichiers"
      hint="Documents (PDF, traitement de texte, tableur, présentation, texte), images (25 Mo au plus), vidéo et audio (200 Mo au plus). Le type réel de chaque fichier est vérifié à l'envoi."
      accept={ACCEPT}
      added="est ajouté à la ressource."
    />
  );
}
