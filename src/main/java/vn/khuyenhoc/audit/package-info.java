/**
 * The audit log (nhật ký thay đổi): an append-only record of every change made through the app and of access
 * to personal data. It listens for {@link vn.khuyenhoc.shared.Audited} events in the same transaction as the
 * change (ADR 0004), so it depends on no feature module; administrators and province officers read it in a
 * filterable page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accounts", "web"})
package vn.khuyenhoc.audit;
