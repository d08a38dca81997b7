/**
 * Administrative units (đơn vị hành chính) and villages (thôn, khu phố, ấp, bản, tổ dân phố) as dated versions
 * with predecessor → successor links (sáp nhập, chia tách, đổi tên, điều chỉnh), so that history stays
 * comparable across the reform of 1 July 2025 and later changes; and the import of the official lists.
 * Other modules use {@link vn.khuyenhoc.geography.Units} and the read-only views {@code geography_unit_current},
 * {@code geography_unit_version} and {@code geography_unit_scope}, never the tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accounts", "web"})
package vn.khuyenhoc.geography;
