package coop.events.antenna;

/**
 * An antenna as events-service knows it.
 *
 * @param code its stable code (the events' {@code antenna})
 * @param name its name as people read it
 * @param headOffice whether it is the head office
 * @param closed whether it is closed: no event may be created or changed for it
 */
public record Antenna(String code, String name, boolean headOffice, boolean closed) {
}
