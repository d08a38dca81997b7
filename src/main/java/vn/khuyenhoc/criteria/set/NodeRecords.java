package vn.khuyenhoc.criteria.set;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.khuyenhoc.criteria.Comparison;
import vn.khuyenhoc.criteria.Measure;
import vn.khuyenhoc.criteria.Node;
import vn.khuyenhoc.criteria.UnescoTag;

/** The tree of a set: criteria (no parent) and their indicators, each ordered by position among its siblings. */
@Repository
public class NodeRecords {

    private final JdbcClient jdbc;

    NodeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A node as stored, with its parent and position, for the editor. */
    public record Stored(long id, long setId, Long parentId, int position) {
    }

    void insertTree(long setId, List<Node> criteria) {
        for (int i = 0; i < criteria.size(); i++) {
            long id = insert(setId, null, i, criteria.get(i));
            var indicators = criteria.get(i).indicators();
            for (int j = 0; j < indicators.size(); j++) {
                insert(setId, id, j, indicators.get(j));
            }
        }
    }

    /** Adds a node at the end of its siblings. */
    public long append(long setId, Long parentId, Node node) {
        int position = jdbc.sql("""
                select coalesce(max(position), -1) + 1 from criteria_node
                where set_id = :set and parent_id is not distinct from :parent""")
                .param("set", setId).param("parent", parentId).query(Integer.class).single();
        return insert(setId, parentId, position, node);
    }

    private long insert(long setId, Long parentId, int position, Node n) {
        return jdbc.sql("""
                insert into criteria_node (set_id, parent_id, position, text, measure, max_points, min_points,
                    must_meet, evidence, unesco, level, figure, comparison, threshold, to_be_completed)
                values (:set, :parent, :position, :text, :measure, :max, :min, :must, :evidence, :unesco, :level,
                    :figure, :comparison, :threshold, :tbc)
                returning id""")
                .param("set", setId).param("parent", parentId).param("position", position)
                .param("text", n.text()).param("measure", n.measure().name()).param("max", n.maxPoints())
                .param("min", n.minPoints()).param("must", n.mustMeet()).param("evidence", n.evidence())
                .param("unesco", n.unesco() == null ? null : n.unesco().name()).param("level", n.level())
                .param("figure", n.figure()).param("comparison", n.comparison() == null ? null : n.comparison().name())
                .param("threshold", n.threshold()).param("tbc", n.toBeCompleted())
                .query(Long.class).single();
    }

    public void update(long nodeId, Node n) {
        jdbc.sql("""
                update criteria_node set text = :text, measure = :measure, max_points = :max, min_points = :min,
                    must_meet = :must, evidence = :evidence, unesco = :unesco, level = :level, figure = :figure,
                    comparison = :comparison, threshold = :threshold, to_be_completed = :tbc
                where id = :id""")
                .param("text", n.text()).param("measure", n.measure().name()).param("max", n.maxPoints())
                .param("min", n.minPoints()).param("must", n.mustMeet()).param("evidence", n.evidence())
                .param("unesco", n.unesco() == null ? null : n.unesco().name()).param("level", n.level())
                .param("figure", n.figure()).param("comparison", n.comparison() == null ? null : n.comparison().name())
                .param("threshold", n.threshold()).param("tbc", n.toBeCompleted()).param("id", nodeId).update();
    }

    public Optional<Stored> find(long setId, long nodeId) {
        return jdbc.sql("select id, set_id, parent_id, position from criteria_node where id = :id and set_id = :set")
                .param("id", nodeId).param("set", setId).query(Stored.class).optional();
    }

    /** Swaps the node with its neighbour above or below; false when it is already first or last. */
    public boolean move(Stored node, boolean up) {
        Optional<Long> neighbour = jdbc.sql("""
                select id from criteria_node
                where set_id = :set and parent_id is not distinct from :parent and position = :position""")
                .param("set", node.setId()).param("parent", node.parentId())
                .param("position", node.position() + (up ? -1 : 1)).query(Long.class).optional();
        neighbour.ifPresent(other -> {
            setPosition(other, node.position());
            setPosition(node.id(), node.position() + (up ? -1 : 1));
        });
        return neighbour.isPresent();
    }

    /** Removes the node (and its indicators) and closes the gap among its siblings. */
    public void remove(Stored node) {
        jdbc.sql("delete from criteria_node where id = :id").param("id", node.id()).update();
        jdbc.sql("""
                update criteria_node set position = position - 1
                where set_id = :set and parent_id is not distinct from :parent and position > :position""")
                .param("set", node.setId()).param("parent", node.parentId()).param("position", node.position())
                .update();
    }

    private void setPosition(long id, int position) {
        jdbc.sql("update criteria_node set position = :p where id = :id").param("p", position).param("id", id).update();
    }

    List<Node> tree(long setId) {
        var rows = jdbc.sql("select * from criteria_node where set_id = :set order by parent_id nulls first, position")
                .param("set", setId).query((rs, n) -> new Row((Long) rs.getObject("parent_id"), node(rs))).list();
        var children = new LinkedHashMap<Long, List<Node>>();
        rows.stream().filter(r -> r.parent() != null)
                .forEach(r -> children.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r.node()));
        return rows.stream().filter(r -> r.parent() == null).map(r -> withIndicators(r.node(),
                children.getOrDefault(r.node().id(), List.of()))).toList();
    }

    private record Row(Long parent, Node node) {
    }

    private static Node withIndicators(Node n, List<Node> indicators) {
        return new Node(n.id(), n.text(), n.measure(), n.maxPoints(), n.minPoints(), n.mustMeet(), n.evidence(),
                n.unesco(), n.level(), n.figure(), n.comparison(), n.threshold(), n.toBeCompleted(), indicators);
    }

    private static Node node(ResultSet rs) throws SQLException {
        String unesco = rs.getString("unesco");
        String comparison = rs.getString("comparison");
        return new Node(rs.getLong("id"), rs.getString("text"), Measure.valueOf(rs.getString("measure")),
                rs.getBigDecimal("max_points"), rs.getBigDecimal("min_points"), rs.getBoolean("must_meet"),
                rs.getString("evidence"), unesco == null ? null : UnescoTag.valueOf(unesco),
                (Integer) rs.getObject("level"), rs.getString("figure"),
                comparison == null ? null : Comparison.valueOf(comparison), rs.getBigDecimal("threshold"),
                rs.getBoolean("to_be_completed"), List.of());
    }
}
