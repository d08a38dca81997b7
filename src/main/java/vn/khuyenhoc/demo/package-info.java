/**
 * Demo data (dữ liệu mẫu): loaded on an empty database when the embedded database is used, or when
 * {@code KHUYENHOC_DEMO=true}; never on a real installation otherwise. It goes through the modules' own APIs
 * (the map through the importers, accounts through {@code Accounts}, the registry of Xã Liên Hương through
 * {@code DemoRegistry} and the project's household generator, its association through {@code DemoAssociation},
 * its study-promotion funds through {@code DemoFund}, the past rounds of Liên Hương and the 2022 pilot of
 * Nhà Bè through {@code PastRounds} and, for Nhà Bè's records, {@code DemoCitizens}, its commendations through
 * {@code DemoCommendations}, the learning centres of Liên Hương and of the communes that became Xã Nhà Bè
 * through {@code DemoLearningCentres}), so the demo exercises the real paths.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "geography", "accounts", "registry", "association",
        "fund", "criteria", "round", "commendation", "learningcentre", "statistics"})
package vn.khuyenhoc.demo;
