package coop.platform.web.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Import;

/**
 * Registers the platform's exception handler in every servlet service.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
@Import(ApiExceptionHandler.class)
public class ProblemDetailsAutoConfiguration {

}
