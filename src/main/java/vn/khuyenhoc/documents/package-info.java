/**
 * The official paperwork of a recognition round, rendered from plain records: the decision (quyết định) as PDF
 * and .docx in the format of Nghị định 30/2020/NĐ-CP, its dossier (tờ trình, biên bản họp xét, danh sách đề nghị)
 * as .docx, and certificates (giấy công nhận) as one PDF, one A4 landscape page each. It keeps no data: the
 * modules that own decisions build the records and call {@link vn.khuyenhoc.documents.Documents}. Fonts are
 * bundled (Liberation Serif, SIL OFL 1.1), never taken from the system.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web", "accounts"})
package vn.khuyenhoc.documents;
