package vn.khuyenhoc.registry.demo;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.khuyenhoc.registry.common.Names;
import vn.khuyenhoc.shared.Text;

/**
 * The search and sort keys of a person's name. Computing a Vietnamese collation key is the slowest step of
 * writing a person, and names repeat (a commune of 31,000 people has about 11,600 different names), so each
 * distinct name is keyed once, on every core.
 */
record NameKeys(String folded, byte[] sortKey) {

    static Map<String, NameKeys> of(Stream<String> names) {
        return names.distinct().toList().parallelStream().collect(Collectors.toConcurrentMap(Function.identity(),
                name -> new NameKeys(Text.fold(name), Names.personSortKey(name))));
    }
}
