package vn.khuyenhoc.round;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.khuyenhoc.accounts.AreaGuard;
import vn.khuyenhoc.documents.Certificate;
import vn.khuyenhoc.documents.Documents;
import vn.khuyenhoc.shared.NotFound;

/**
 * Certificates of a decision as one PDF, rendered in the background so the page answers at once and polls the
 * progress. The certificates' texts are read in the request (checked like the decision's papers); the worker only
 * renders them to a temporary file. Batches live in this instance's memory for an hour (ADR 0017): only the
 * officer who started one (or an administrator) sees it.
 */
@Service
public class CertificateBatches implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateBatches.class);
    private static final Duration KEPT = Duration.ofHours(1);
    private final DecisionPapers papers;
    private final Documents documents;
    private final AreaGuard guard;
    private final ApplicationEventPublisher events;
    private final Map<Long, BatchJob> jobs = new ConcurrentHashMap<>();
    // seeded by the clock, so that a page left polling across a restart does not meet another batch under its id
    private final AtomicLong ids = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1000);
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    CertificateBatches(DecisionPapers papers, Documents documents, AreaGuard guard, ApplicationEventPublisher events) {
        this.papers = papers;
        this.documents = documents;
        this.guard = guard;
        this.events = events;
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(20);
        executor.setThreadNamePrefix("round-certificates-");
        executor.initialize();
    }

    /** Starts rendering every certificate of the decision; one audit entry says who asked for them. */
    @Transactional
    public CertificateBatch start(long roundId, long decisionId) {
        var context = papers.recognitionContext(roundId, decisionId);
        List<Certificate> certificates = papers.certificatesOf(context);
        forgetOld();
        var job = new BatchJob(ids.incrementAndGet(), roundId, decisionId, context.decision().number(),
                guard.requireUser().id(), certificates.size());
        jobs.put(job.id, job);
        events.publishEvent(RoundChanged.one("decision", decisionId, "certificates", context.round().areaUnitId(),
                Map.of("round", roundId, "count", certificates.size())));
        executor.execute(() -> render(job, certificates));
        return job.view();
    }

    public CertificateBatch find(long roundId, long batchId) {
        return mine(roundId, batchId).view();
    }

    /** The finished PDF; a batch still working (or failed) has none. */
    public Resource file(long roundId, long batchId) {
        BatchJob job = mine(roundId, batchId);
        if (!job.view().ready()) {
            throw new NotFound("certificate-batch", batchId);
        }
        return new FileSystemResource(job.file);
    }

    private BatchJob mine(long roundId, long batchId) {
        var user = guard.requireUser();
        BatchJob job = jobs.get(batchId);
        if (job == null || job.roundId != roundId || (job.owner != user.id() && !user.isAdmin())) {
            throw new NotFound("certificate-batch", batchId);
        }
        return job;
    }

    private void render(BatchJob job, List<Certificate> certificates) {
        try {
            Path file = Files.createTempFile("khuyenhoc-certificates-", ".pdf");
            try (OutputStream out = Files.newOutputStream(file)) {
                documents.certificatesPdf(certificates, out, (done, total) -> job.done = done);
            }
            job.finish(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("certificate batch {} of decision {} failed", job.id, job.decisionId, e);
            job.status = "FAILED";
        }
    }

    private void forgetOld() {
        Instant before = Instant.now().minus(KEPT);
        jobs.values().removeIf(job -> {
            boolean old = job.startedAt.isBefore(before) && !"WORKING".equals(job.status);
            if (old && job.file != null) {
                delete(job.file);
            }
            return old;
        });
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
        jobs.values().stream().filter(job -> job.file != null).forEach(job -> delete(job.file));
    }

    /** One batch's state, written by its worker and read by the polling page. */
    private static final class BatchJob {
        final long id;
        final long roundId;
        final long decisionId;
        final String number;
        final long owner;
        final int total;
        final Instant startedAt = Instant.now();
        volatile int done;
        volatile String status = "WORKING";
        volatile Long millis;
        volatile Path file;

        BatchJob(long id, long roundId, long decisionId, String number, long owner, int total) {
            this.id = id;
            this.roundId = roundId;
            this.decisionId = decisionId;
            this.number = number;
            this.owner = owner;
            this.total = total;
        }

        void finish(Path pdf) {
            file = pdf;
            millis = Duration.between(startedAt, Instant.now()).toMillis();
            status = "READY";
        }

        CertificateBatch view() {
            return new CertificateBatch(id, roundId, decisionId, number, status, done, total, startedAt, millis);
        }
    }
}
