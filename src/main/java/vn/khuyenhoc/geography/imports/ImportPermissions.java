package vn.khuyenhoc.geography.imports;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.khuyenhoc.accounts.AccessDenied;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.accounts.CurrentUser;
import vn.khuyenhoc.accounts.Role;
import vn.khuyenhoc.geography.ImportFormat;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.imports.ImportPlan.VersionRow;
import vn.khuyenhoc.shared.InvalidInput;

/**
 * Who may import what. Administrators import every list. Province and commune officers keep the villages of
 * their area, so they may import a CSV of villages whose communes lie in their area, and commit only what they
 * uploaded themselves. The application itself (demo data) imports with nobody signed in.
 */
@Component
class ImportPermissions {

    private static final Set<Role> VILLAGE_KEEPERS = EnumSet.of(Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);
    private final AreaGuard guard;

    ImportPermissions(AreaGuard guard) {
        this.guard = guard;
    }

    List<ImportFormat> formatsFor(CurrentUser user) {
        return user.isAdmin() ? List.of(ImportFormat.values()) : List.of(ImportFormat.UNITS_CSV);
    }

    void requireFormat(ImportFormat format, CurrentUser user) {
        if (user == null || user.isAdmin()) {
            return;
        }
        if (format != ImportFormat.UNITS_CSV || !VILLAGE_KEEPERS.contains(user.role())) {
            throw new AccessDenied();
        }
    }

    void requireOwnUpload(ImportStore.Stored stored, CurrentUser user) {
        if (user != null && !user.isAdmin() && !Long.valueOf(user.id()).equals(stored.uploadedBy())) {
            throw new AccessDenied();
        }
    }

    /** Every row an officer's file writes is a village, in a commune of their area, and stays there. */
    void requireWithinArea(ImportPlan plan, CurrentUser user) {
        if (user == null || user.isAdmin()) {
            return;
        }
        var writable = new HashMap<Long, Boolean>(); // a file names the same few communes on many rows
        Stream.concat(plan.newVersions().stream(), plan.versionUpdates().stream())
                .filter(row -> !withinArea(row, writable))
                .findFirst()
                .ifPresent(row -> {
                    throw new InvalidInput("geography.import.outsideArea", row.code());
                });
    }

    private boolean withinArea(VersionRow row, Map<Long, Boolean> writable) {
        boolean parentInArea = row.parentId() != null && row.parentId() > 0
                && writable.computeIfAbsent(row.parentId(), guard::canWrite);
        boolean unitInArea = row.unitId() < 0 || guard.canWrite(row.unitId()); // negative: created by this file
        return row.kind() == UnitKind.VILLAGE && parentInArea && unitInArea;
    }
}
