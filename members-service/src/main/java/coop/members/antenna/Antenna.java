package coop.members.antenna;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A site of the cooperative; its code is also the Keycloak group that gathers its people.
 */
@Document("antennas")
public record Antenna(@Id String code, String name, String street, String postalCode, String town) {
}
