package coop.dashboard.portfolio;

import java.util.List;

import coop.dashboard.people.PeopleDirectory;

import org.springframework.stereotype.Component;

/**
 * The alerts a person's coach sees about them now (for the person's own export).
 */
@Component
public class PersonAlerts {

	private final Alerts alerts;

	private final AlertSettings.Store settings;

	PersonAlerts(Alerts alerts, AlertSettings.Store settings) {
		this.alerts = alerts;
		this.settings = settings;
	}

	public List<PortfolioEntry.Alert> of(PeopleDirectory.Entry person) {
		return this.alerts.entry(person, this.settings.current()).alerts();
	}

}
