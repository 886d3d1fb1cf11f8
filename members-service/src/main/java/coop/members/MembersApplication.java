package coop.members;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * People and organisations of the cooperative: entrepreneurs and their showcase pages,
 * antennas.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MembersApplication {

	public static void main(String[] args) {
		SpringApplication.run(MembersApplication.class, args);
	}

}
