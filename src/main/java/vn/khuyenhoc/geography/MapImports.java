package vn.khuyenhoc.geography;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.geography.imports.Importer;
import vn.khuyenhoc.geography.unit.UnitScopes;

/**
 * Importing the official lists (formats in docs/import-formats.md): {@link #preview} keeps the file and says what
 * it would create, change and set aside, writing no unit; {@link #commit} applies the same bytes in one
 * transaction with one audit entry. A malformed file is refused whole. Administrators import every list,
 * province and commune officers a CSV of the villages of their area (see imports.ImportPermissions); the
 * application itself (demo data) imports with nobody signed in, which no web request can do as the guard
 * refuses anonymous requests before they get here.
 */
@Service
public class MapImports {

    private final Importer importer;
    private final AreaGuard guard;
    private final UnitScopes scopes;
    private final ApplicationEventPublisher events;

    MapImports(Importer importer, AreaGuard guard, UnitScopes scopes, ApplicationEventPublisher events) {
        this.importer = importer;
        this.guard = guard;
        this.scopes = scopes;
        this.events = events;
    }

    @Transactional
    public ImportPreview preview(ImportFormat format, String fileName, byte[] content) {
        return importer.preview(format, fileName, content, signedIn());
    }

    @Transactional
    public ImportPreview commit(long importId) {
        var committed = importer.commit(importId, signedIn());
        // Listeners (statistics' ancestries) read the paths: rebuild them before telling anyone
        scopes.rebuild();
        events.publishEvent(new MapChanged("import", importId, "import", null, null, committed.summary(),
                committed.affectedIds()));
        return committed.preview();
    }

    private CurrentUser signedIn() {
        return guard.currentUser().orElse(null);
    }
}
