package coop.events;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Agenda of the cooperative (information meetings, monthly meetings, fairs, workshops,
 * appointments) and registrations to it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class EventsApplication {

	public static void main(String[] args) {
		SpringApplication.run(EventsApplication.class, args);
	}

}
