package vn.khuyenhoc.criteria.bundled;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.khuyenhoc.criteria.CriteriaSetsLoaded;
import vn.khuyenhoc.criteria.SetDocument;
import vn.khuyenhoc.criteria.SetStatus;
import vn.khuyenhoc.criteria.set.SetExchange;
import vn.khuyenhoc.criteria.set.SetRecords;

/**
 * Loads the official sets shipped in {@code src/main/resources/criteria/} (the exchange format) at every start,
 * in every environment: a set whose code and version are already stored is left alone, so a restart changes
 * nothing and an administrator's later versions are never touched. Drafts ship as drafts (the placeholders to be
 * written), the rest as published.
 */
@Component
@Order(5)
class BundledSets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundledSets.class);
    static final String LOCATION = "classpath:criteria/*.json";
    private final SetRecords records;
    private final SetExchange exchange;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    BundledSets(SetRecords records, SetExchange exchange, ApplicationEventPublisher events,
                TransactionTemplate transaction) {
        this.records = records;
        this.exchange = exchange;
        this.events = events;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> load());
    }

    void load() {
        var codes = new ArrayList<String>();
        var ids = new ArrayList<Long>();
        for (Resource file : files()) {
            SetDocument doc = read(file);
            if (!records.exists(doc.code(), doc.version())) {
                boolean draft = file.getFilename() != null && file.getFilename().startsWith("draft-");
                ids.add(records.insert(doc, null, draft ? SetStatus.DRAFT : SetStatus.PUBLISHED, null, true));
                codes.add(doc.code() + "/" + doc.version());
            }
        }
        if (!ids.isEmpty()) {
            events.publishEvent(new CriteriaSetsLoaded(codes, ids));
            log.info("Bundled criteria sets loaded: {}", codes);
        }
    }

    static List<Resource> files() {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(LOCATION))
                    .sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SetDocument read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return exchange.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Bundled criteria set " + file.getFilename(), e);
        }
    }
}
