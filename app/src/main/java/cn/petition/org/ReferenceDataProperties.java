package cn.petition.org;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * {@code petition.reference-data}: how departments, regions and categories are cached.
 *
 * @param refresh how long the cached tables are used before they are read again
 */
public record ReferenceDataProperties(@NotNull Duration refresh) {}
