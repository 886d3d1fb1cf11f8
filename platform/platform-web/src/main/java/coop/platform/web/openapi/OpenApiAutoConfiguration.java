package coop.platform.web.openapi;

import coop.platform.web.security.CurrentUser;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;

/**
 * Makes each service's OpenAPI document a contract the web UI can be generated from (see
 * {@code web-ui/README.md}): record components are required unless omitted when null,
 * nullable only when annotated {@code @Nullable}; every operation declares its
 * problem+json errors; operation ids name the controller method, so they do not change
 * when another endpoint is added; the current user is not a request parameter.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(SpringDocUtils.class)
public class OpenApiAutoConfiguration {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	@Bean
	RecordSchemas recordSchemas() {
		return new RecordSchemas();
	}

	@Bean
	GlobalOpenApiCustomizer contractCustomizer(RecordSchemas records) {
		return new ContractCustomizer(records);
	}

	@Bean
	GlobalOperationCustomizer stableOperationIds() {
		return (operation, handler) -> operation
			.operationId(handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName());
	}

}
