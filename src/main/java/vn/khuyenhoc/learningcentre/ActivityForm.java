package vn.khuyenhoc.learningcentre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A class or topic session of a centre, its days and how many took part (lượt người). */
public record ActivityForm(@NotNull ActivityKind kind, @NotNull Topic topic, @NotBlank @Size(max = 300) String title,
                           @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
                           @NotNull @PositiveOrZero Integer participants) {
}
