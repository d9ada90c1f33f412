package nl.gemeente.kms.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.gemeente.kms.search.infrastructure.ElasticsearchArticleIndex;
import nl.gemeente.kms.search.infrastructure.SearchCluster;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when Elasticsearch is connected and the article index exists. */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

  @Inject SearchCluster cluster;
  @Inject ElasticsearchArticleIndex index;

  @Override
  public HealthCheckResponse call() {
    var builder = HealthCheckResponse.named("search").status(index.isAvailable());
    cluster.problem().ifPresent(p -> builder.withData("problem", p));
    return builder.build();
  }
}
