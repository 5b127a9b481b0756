package cn.petition.supervision;

/**
 * A notice or letter was issued now (not found issued already), published by {@link Letters} in the issuing
 * transaction; a letter that needs an answer gets its 函件回复 process from {@link LetterResponses}.
 */
public record LetterIssued(Letter letter) {}
