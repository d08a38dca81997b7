/**
 * Demo data (dữ liệu mẫu): loaded on an empty database when the embedded database is used, or when
 * {@code KHUYENHOC_DEMO=true}; never on a real installation otherwise. It goes through the modules' own APIs
 * (the map through the importers, accounts through {@code Accounts}, the registry of Xã Liên Hương through
 * {@code DemoRegistry} and the project's household generator, its association through {@code DemoAssociation},
 * its study-promotion funds through {@code DemoFund}, its commendations through {@code DemoCommendations}), so
 * the demo exercises the real paths.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "geography", "accounts", "registry", "association",
        "fund", "commendation"})
package vn.khuyenhoc.demo;
