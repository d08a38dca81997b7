/**
 * Value types used everywhere: text normalisation and accent-insensitive folding (Vietnamese "đ" folds to "d"),
 * the {@link vn.khuyenhoc.shared.Audited} contract that every change event fulfils, and the user-facing error
 * type that the web shell turns into a Vietnamese message. Depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {}, type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.khuyenhoc.shared;
