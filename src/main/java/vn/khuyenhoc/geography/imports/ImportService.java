package vn.khuyenhoc.geography.imports;

import org.springframework.stereotype.Service;
import vn.khuyenhoc.geography.ImportFormat;
import vn.khuyenhoc.geography.ImportPreview;
import vn.khuyenhoc.geography.MapImports;
import vn.khuyenhoc.shared.InvalidInput;

/** Placeholder being replaced by the real importer in this same change. */
@Service
class ImportService implements MapImports {

    @Override
    public ImportPreview preview(ImportFormat format, String fileName, byte[] content) {
        throw new InvalidInput("geography.import.unavailable");
    }

    @Override
    public ImportPreview commit(long importId) {
        throw new InvalidInput("geography.import.unavailable");
    }
}
