package vn.khuyenhoc.learningcentre;

/** What an activity teaches; labels are {@code learningcentre.topic.<NAME>}. */
public enum Topic {
    LITERACY, LAW, AGRICULTURE, IT, CULTURE, HEALTH, FOREIGN_LANGUAGE, OTHER
}
