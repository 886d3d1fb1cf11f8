package coop.platform.messaging.cooperative;

import java.util.Optional;

import coop.platform.contracts.members.CooperativeChanged;

/**
 * The service's own copy of the cooperative's settings: one record, replaced by a newer
 * one only (the newest {@code changedAt} wins, so a late or repeated message never puts
 * older settings back).
 */
public interface CooperativeStore {

	Optional<CooperativeChanged> find();

	void keep(CooperativeChanged settings);

}
