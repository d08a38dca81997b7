package vn.khuyenhoc.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;

/**
 * The registry's import API: upload a file (read in the background into a preview), follow it, commit it.
 * An import belongs to the user who uploaded it: anyone else but an administrator is told it does not exist.
 */
@Service
class RegistryImports {

    private final ImportRecords store;
    private final ImportWork work;
    private final ImportTasks tasks;
    private final AreaGuard guard;

    RegistryImports(ImportRecords store, ImportWork work, ImportTasks tasks, AreaGuard guard) {
        this.store = store;
        this.work = work;
        this.tasks = tasks;
        this.guard = guard;
    }

    /** Keeps the upload in a temporary file and starts reading it; answers the import's id at once. */
    long upload(ImportKind kind, String fileName, InputStream content) throws IOException {
        CurrentUser user = guard.requireUser();
        if (!kind.allowedTo(user.role())) {
            throw new AccessDenied();
        }
        store.expire();
        Path file = Files.createTempFile("registry-import-", ".upload");
        try {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        String name = fileName == null ? "" : fileName;
        long id = store.create(kind, name, user.id());
        tasks.submit(() -> {
            try {
                work.read(id, kind, name, file, user);
            } finally {
                file.toFile().delete();
            }
        });
        return id;
    }

    ImportView find(long id) {
        CurrentUser user = guard.requireUser();
        return store.find(id).filter(view -> user.isAdmin() || view.userId() == user.id())
                .orElseThrow(() -> new NotFound("import", id));
    }

    List<ImportView> history() {
        CurrentUser user = guard.requireUser();
        return store.history(user.isAdmin() ? null : user.id());
    }

    /** Starts committing a preview without problems; the whole file or nothing. */
    void commit(long id) {
        var view = find(id);
        CurrentUser user = guard.requireUser();
        if (!view.committable() || !store.claim(id)) {
            throw new InvalidInput("registry.imports.notCommittable");
        }
        tasks.submit(() -> work.commit(id, view.kind(), user));
    }
}
