package vn.khuyenhoc.learningcentre;

import jakarta.validation.constraints.Size;

/** The centre's director: a person of the registry, or only a name (one of the two; neither clears it). */
public record DirectorForm(Long personId, @Size(max = 200) String name) {
}
