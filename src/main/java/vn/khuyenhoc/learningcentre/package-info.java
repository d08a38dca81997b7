/**
 * Community learning centres (Trung tâm học tập cộng đồng, TTHTCĐ): one per commune for a dated period, merged
 * along geography's lineage with history kept, their director, activities (classes and topic sessions),
 * learner visits per year and annual rating (tốt, khá, trung bình, yếu), scored with the province's criteria set
 * for TTHTCĐ where there is one. Other modules use {@link vn.khuyenhoc.learningcentre.LearningCentres}, its
 * events and the read-only view {@code learningcentre_figures_by_year}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "web", "geography", "accounts", "registry", "criteria"})
package vn.khuyenhoc.learningcentre;
