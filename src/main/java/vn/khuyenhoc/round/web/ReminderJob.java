package vn.khuyenhoc.round.web;

import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.khuyenhoc.round.RoundReminders;

/**
 * The daily job that records the reminders of rounds' deadlines, early each morning Vietnam time. Off where
 * {@code khuyenhoc.round.reminders.enabled} is false (the tests, which call {@link RoundReminders#record} directly).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "khuyenhoc.round.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final RoundReminders reminders;

    ReminderJob(RoundReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${khuyenhoc.round.reminders.cron:0 15 6 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        int recorded = reminders.record(LocalDate.now(VIETNAM));
        LOG.info("{} round deadline reminder(s) recorded", recorded);
    }
}
