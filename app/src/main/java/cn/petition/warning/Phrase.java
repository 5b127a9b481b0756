package cn.petition.warning;

/**
 * One alarming expression of rules/warning/phrases.txt.
 *
 * @param text the phrase, e.g. 堵路
 * @param level the text signal it gives (YELLOW, ORANGE or RED)
 * @param online whether it hints at online-opinion risk (网络舆情), e.g. 直播
 */
public record Phrase(String text, WarningLevel level, boolean online) {}
