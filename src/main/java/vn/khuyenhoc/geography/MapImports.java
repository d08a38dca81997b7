package vn.khuyenhoc.geography;

/**
 * Importing official lists: {@link #preview} stores the file and says what it would create, change and set
 * aside; {@link #commit} applies it in one transaction. A malformed file is refused whole.
 * (Implementation in progress: see geography.imports.)
 */
public interface MapImports {

    ImportPreview preview(ImportFormat format, String fileName, byte[] content);

    ImportPreview commit(long importId);
}
