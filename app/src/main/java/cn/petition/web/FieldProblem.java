package cn.petition.web;

/** One bad field of a request: its JSON path and what is wrong, in Chinese. */
public record FieldProblem(String field, String message) {}
