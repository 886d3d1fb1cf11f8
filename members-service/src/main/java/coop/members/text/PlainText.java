package coop.members.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Plain text: no HTML tag, no {@code javascript:} address, no control character but line
 * breaks and tabs. The site shows text as text anyway; refusing markup tells the person
 * at once instead of showing their tags back to visitors. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	String message() default "Écrivez du texte simple, sans balise HTML ni lien « javascript: ».";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
