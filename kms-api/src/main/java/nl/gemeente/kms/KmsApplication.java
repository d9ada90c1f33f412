package nl.gemeente.kms;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API under {@code /api}; every resource in the {@code interfaces.rest} packages. */
@ApplicationPath("/api")
@DeclareRoles({"AGENT", "EDITOR", "KNOWLEDGE_MANAGER", "ADMINISTRATOR"})
@OpenAPIDefinition(
    info =
        @Info(
            title = "KMS API",
            version = "0.1",
            description =
                "Knowledge management for the municipal contact center: articles, their editorial"
                    + " workflow, and search. Errors are RFC 9457 problem details."))
public class KmsApplication extends Application {}
