package coop.platform.test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The structure every service keeps: features that do not depend on each other in
 * circles, no code of another service, constructor injection, and no stored entity or
 * document on the wire.
 */
public final class ServiceArchitecture {

	private ServiceArchitecture() {
	}

	/**
	 * @param basePackage the service's package, e.g. {@code coop.events}
	 */
	public static void verify(String basePackage) {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(basePackage);

		slices().matching(basePackage + ".(*)..")
			.should()
			.beFreeOfCycles()
			.because("features of a service may use each other, but never in a circle")
			.check(classes);

		noClasses().that()
			.resideInAPackage(basePackage + "..")
			.should()
			.dependOnClassesThat(otherServices(basePackage))
			.because("services share only the platform modules; everything else travels by HTTP or messages")
			.check(classes);

		noFields().should()
			.beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
			.because("dependencies come through constructors")
			.allowEmptyShould(true)
			.check(classes);

		methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
			.should(notReturnStoredTypes())
			.allowEmptyShould(true)
			.check(classes);
	}

	private static DescribedPredicate<JavaClass> otherServices(String basePackage) {
		return DescribedPredicate.describe("classes of another service", (JavaClass type) -> {
			String pkg = type.getPackageName();
			return pkg.startsWith("coop.") && !pkg.startsWith(basePackage) && !pkg.startsWith("coop.platform");
		});
	}

	private static ArchCondition<JavaMethod> notReturnStoredTypes() {
		return new ArchCondition<>("not return a JPA entity or a MongoDB document") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				JavaClass returned = method.getRawReturnType();
				boolean stored = returned.isAnnotatedWith("jakarta.persistence.Entity")
						|| returned.isAnnotatedWith("org.springframework.data.mongodb.core.mapping.Document");
				if (stored) {
					events.add(SimpleConditionEvent.violated(method,
							method.getFullName() + " returns " + returned.getName() + ": use a response record"));
				}
			}
		};
	}

}
