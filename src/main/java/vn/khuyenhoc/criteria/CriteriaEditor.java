package vn.khuyenhoc.criteria;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.criteria.set.NodeRecords;
import vn.khuyenhoc.criteria.set.SetRecords;
import vn.khuyenhoc.geography.UnitKind;
import vn.khuyenhoc.geography.Units;
import vn.khuyenhoc.shared.InvalidInput;
import vn.khuyenhoc.shared.NotFound;

/**
 * Changes to criteria sets: copying a set into a new version or a province's variant, editing a draft's header,
 * rule and tree, publishing it, importing an exchange file. National sets are changed by administrators, a
 * province's variants by that province's officers. A published set never changes: it is copied into a new
 * draft. Every change is guarded, checked against the draft's row version and audited in one transaction.
 */
@Service
public class CriteriaEditor {

    private final SetRecords sets;
    private final NodeRecords nodes;
    private final AreaGuard guard;
    private final Units units;
    private final ApplicationEventPublisher events;

    CriteriaEditor(SetRecords sets, NodeRecords nodes, AreaGuard guard, Units units, ApplicationEventPublisher events) {
        this.sets = sets;
        this.nodes = nodes;
        this.guard = guard;
        this.units = units;
        this.events = events;
    }

    /**
     * A new draft from the set: its next version when the owner stays the same, otherwise the province's variant
     * (code suffixed with the province code). {@code ownerUnitId} null means national.
     */
    @Transactional
    public long copy(long sourceId, Long ownerUnitId) {
        CriteriaSet source = require(sourceId);
        String provinceCode = requireOwner(ownerUnitId);
        var doc = source.content();
        boolean sameOwner = java.util.Objects.equals(ownerUnitId, source.ownerUnitId());
        String code = sameOwner ? doc.code() : doc.code() + "-" + provinceCode;
        var copy = new SetDocument(SetDocument.FORMAT, doc.title(), code, sets.nextVersion(code), doc.name(),
                doc.legalBasis(), doc.yearFrom(), doc.yearTo(), doc.variant(), doc.targetGroups(), doc.incomplete(),
                doc.notes(), doc.rule(), doc.criteria());
        long id = sets.insert(copy, ownerUnitId, SetStatus.DRAFT, sourceId, false);
        events.publishEvent(new CriteriaSetChanged(id, "copy", ownerUnitId, null,
                Map.of("copiedFrom", sourceId, "code", code, "version", copy.version())));
        return id;
    }

    /** A new draft from an exchange file, owned by the province given (null: national). */
    @Transactional
    public long importDocument(SetDocument doc, Long ownerUnitId) {
        requireOwner(ownerUnitId);
        SetImportCheck.requireValid(doc);
        String code = doc.code().trim();
        int version = sets.exists(code, doc.version()) ? sets.nextVersion(code) : doc.version();
        var stored = new SetDocument(SetDocument.FORMAT, doc.title(), code, version, doc.name(), doc.legalBasis(),
                doc.yearFrom(), doc.yearTo(), doc.variant(), doc.targetGroups(), doc.incomplete(), doc.notes(),
                doc.rule(), doc.criteria());
        long id = sets.insert(stored, ownerUnitId, SetStatus.DRAFT, null, false);
        events.publishEvent(new CriteriaSetChanged(id, "import", ownerUnitId, null,
                Map.of("code", code, "version", version)));
        return id;
    }

    @Transactional
    public void updateHeader(long id, int rowVersion, HeaderForm form) {
        CriteriaSet set = requireDraft(id);
        var doc = form.applyTo(set.content());
        if (doc.name() == null) {
            throw new InvalidInput("criteria.editor.nameMissing");
        }
        if (!sets.updateHeader(id, rowVersion, doc)) {
            throw new InvalidInput("criteria.editor.changedMeanwhile");
        }
        sets.replaceBands(id, doc.rule().bands());
        changed(set, "update", header(set.content()), header(doc));
    }

    @Transactional
    public long addNode(long id, int rowVersion, Long parentId, NodeForm form) {
        CriteriaSet set = claim(id, rowVersion);
        if (parentId != null) {
            var parent = requireNode(id, parentId);
            if (parent.parentId() != null) {
                throw new InvalidInput("criteria.editor.tooDeep");
            }
        }
        long nodeId = nodes.append(id, parentId, form.toNode());
        changed(set, "add-node", null, node(nodeId, form));
        return nodeId;
    }

    @Transactional
    public void updateNode(long id, int rowVersion, long nodeId, NodeForm form) {
        CriteriaSet set = claim(id, rowVersion);
        requireNode(id, nodeId);
        nodes.update(nodeId, form.toNode());
        changed(set, "update-node", null, node(nodeId, form));
    }

    @Transactional
    public void moveNode(long id, int rowVersion, long nodeId, boolean up) {
        CriteriaSet set = claim(id, rowVersion);
        if (!nodes.move(requireNode(id, nodeId), up)) {
            throw new InvalidInput("criteria.editor.cannotMove");
        }
        changed(set, up ? "move-up" : "move-down", null, Map.of("nodeId", nodeId));
    }

    @Transactional
    public void removeNode(long id, int rowVersion, long nodeId) {
        CriteriaSet set = claim(id, rowVersion);
        nodes.remove(requireNode(id, nodeId));
        changed(set, "remove-node", Map.of("nodeId", nodeId), null);
    }

    /** Publishes a draft whose rule check finds no error; from then on it never changes. */
    @Transactional
    public void publish(long id, int rowVersion) {
        CriteriaSet set = requireDraft(id);
        SetCheck.of(set.content()).stream().filter(Finding::error).findFirst().ifPresent(error -> {
            throw new InvalidInput(error.key(), error.arguments());
        });
        if (!sets.publish(id, rowVersion)) {
            throw new InvalidInput("criteria.editor.changedMeanwhile");
        }
        events.publishEvent(new CriteriaSetChanged(id, "publish", set.ownerUnitId(), Map.of("status", "DRAFT"),
                Map.of("status", "PUBLISHED", "incomplete", set.incomplete())));
    }

    private CriteriaSet require(long id) {
        return sets.find(id).orElseThrow(() -> new NotFound("criteria-set", id));
    }

    private CriteriaSet requireDraft(long id) {
        CriteriaSet set = require(id);
        guard.requireWrite(set.ownerUnitId() == null ? AreaGuard.WHOLE_COUNTRY : set.ownerUnitId());
        if (!set.isDraft()) {
            throw new InvalidInput("criteria.editor.published");
        }
        return set;
    }

    private CriteriaSet claim(long id, int rowVersion) {
        CriteriaSet set = requireDraft(id);
        if (!sets.claim(id, rowVersion)) {
            throw new InvalidInput("criteria.editor.changedMeanwhile");
        }
        return set;
    }

    private NodeRecords.Stored requireNode(long setId, long nodeId) {
        return nodes.find(setId, nodeId).orElseThrow(() -> new NotFound("criteria-node", nodeId));
    }

    /** The owner's province code; a national owner (null) needs an administrator. */
    private String requireOwner(Long ownerUnitId) {
        guard.requireWrite(ownerUnitId == null ? AreaGuard.WHOLE_COUNTRY : ownerUnitId);
        if (ownerUnitId == null) {
            return null;
        }
        var unit = units.on(ownerUnitId, LocalDate.now()).orElseThrow(() -> new NotFound("unit", ownerUnitId));
        if (unit.kind() != UnitKind.PROVINCE) {
            throw new InvalidInput("criteria.editor.ownerNotProvince", unit.name());
        }
        return unit.code();
    }

    /** Records the change and keeps the incomplete flag true to what the draft now lacks. */
    private void changed(CriteriaSet before, String action, Map<String, ?> was, Map<String, ?> now) {
        sets.setIncomplete(before.id(), require(before.id()).content().lacksContent());
        events.publishEvent(new CriteriaSetChanged(before.id(), action, before.ownerUnitId(), was, now));
    }

    private static Map<String, Object> header(SetDocument doc) {
        var map = new HashMap<String, Object>();
        map.put("name", doc.name());
        map.put("passMark", doc.rule().passMark());
        map.put("maxPoints", doc.rule().maxPoints());
        map.put("bands", doc.rule().bands().size());
        map.put("levels", doc.rule().levels());
        return map;
    }

    private static Map<String, Object> node(long nodeId, NodeForm form) {
        var map = new HashMap<String, Object>();
        map.put("nodeId", nodeId);
        map.put("maxPoints", form.maxPoints());
        map.put("level", form.level());
        return map;
    }
}
