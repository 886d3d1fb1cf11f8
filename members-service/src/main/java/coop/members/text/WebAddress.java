package coop.members.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * An absolute {@code http} or {@code https} address with a host, nothing else
 * ({@code javascript:}, {@code data:} or a relative path are refused). {@code null} is
 * valid.
 */
@Documented
@Constraint(validatedBy = WebAddressValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {

	String message() default "Indiquez une adresse web complète qui commence par https:// (ou http://).";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
