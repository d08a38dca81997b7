package vn.khuyenhoc.registry.imports;

import org.springframework.beans.factory.DisposableBean;
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

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    ImportTasks() {
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(100);
        executor.setThreadNamePrefix("registry-import-");
        executor.initialize();
    }

    void submit(Runnable task) {
        executor.execute(DelegatingSecurityContextRunnable.create(task, null));
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
