package vn.khuyenhoc.learningcentre;

/** A class (lớp học) or a topic session (chuyên đề). */
public enum ActivityKind {
    CLASS, TOPIC
}
