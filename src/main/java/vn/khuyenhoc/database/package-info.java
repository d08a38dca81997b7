/**
 * Where the data lives: an embedded PostgreSQL started by the app itself (data kept under {@code ./data/}) unless
 * {@code SPRING_DATASOURCE_URL} points at an external server. Knows no feature; no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.khuyenhoc.database;
