package coop.members.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A prescriber organisation; its code is the {@code organisation} attribute of its
 * prescribers' accounts.
 */
@Document("organisations")
public record Organisation(@Id String code, String name, OrganisationKind kind, String town) {
}
