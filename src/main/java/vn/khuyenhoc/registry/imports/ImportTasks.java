package vn.khuyenhoc.registry.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * The background workers of imports: two threads (one per core of a small server), so the upload answers at once
 * and the page polls for progress. Each task runs as the user who started it (their security context), so the
 * guard and the audit log see them.
 */
@Component
class ImportTasks implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ImportTasks.class);
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private final ImportRecords store;

    ImportTasks(ImportRecords store) {
        this.store = store;
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(100);
        executor.setThreadNamePrefix("registry-import-");
        executor.initialize();
    }

    /** Tasks live in memory: those running when the server stopped are closed with a message at its start. */
    @EventListener(ApplicationReadyEvent.class)
    void closeInterrupted() {
        int interrupted = store.interruptedByRestart();
        if (interrupted > 0) {
            LOG.warn("{} import(s) interrupted by the last stop were closed", interrupted);
        }
    }

    void submit(Runnable task) {
        executor.execute(DelegatingSecurityContextRunnable.create(task, null));
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
