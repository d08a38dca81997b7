package vn.khuyenhoc.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.geography.ImportFormat;
import vn.khuyenhoc.geography.MapImports;

/**
 * The demo map, from small files in the official formats, loaded through the real importers: the demo
 * provinces before the reform (Bình Thuận → Tuy Phong → Thị trấn Liên Hương; Hồ Chí Minh → Nhà Bè → three
 * communes; Đắk Nông and Lâm Đồng, which merged with Bình Thuận), the 34 provinces after it with Xã Liên Hương
 * and Xã Nhà Bè, their villages, and then the links of 1 July 2025, which move the villages of the merged
 * communes into Xã Nhà Bè.
 */
@Component
class DemoMap {

    private final MapImports imports;

    DemoMap(MapImports imports) {
        this.imports = imports;
    }

    void load() {
        load(ImportFormat.UNITS_BEFORE_REFORM, "demo/units-before-reform.json");
        load(ImportFormat.UNITS_AFTER_REFORM, "demo/units-after-reform.json");
        load(ImportFormat.UNITS_CSV, "demo/villages.csv");
        load(ImportFormat.LINEAGE_2025, "demo/lineage-2025-07-01.json");
    }

    private void load(ImportFormat format, String resource) {
        try {
            byte[] content = new ClassPathResource(resource).getContentAsByteArray();
            var preview = imports.preview(format, resource, content);
            imports.commit(preview.importId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
